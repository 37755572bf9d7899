/* crm-import's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ "-q" }, { "-q", "--orders" }, { "-q", "--lines" },
		{ "-q", "--returns", "drop", "--cancel-prefix", "C" },
		{ "-q", "--decimal-comma" }, { "-q", "--encoding", "latin1" },
		{ "-q", "--link", "email,phone" },
		{ "-q", "-W", "--no-header", "--map", "customer_id=1", "--map",
		  "order_date=2", "--map", "amount=3" },
	};
	const char *args[20] = { "crm-import", "-o", "/dev/null" };
	size_t k = 3;

	if (n == 0)
		return 0;
	for (size_t i = 0; opts[data[0] % 8][i]; i++)
		args[k++] = opts[data[0] % 8][i];
	args[k] = fuzz_file(data + 1, n - 1);
	fuzz_main(args);
	return 0;
}
