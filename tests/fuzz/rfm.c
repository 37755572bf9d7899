/* crm-rfm's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ "-q" }, { "-q", "--segment-names", "--bins", "3" },
		{ "-q", "--window", "30d", "--trend", "--asof", "2024-01-01" },
		{ "-q", "--summary-only" }, { "-q", "--from-summary" },
		{ "-q", "--r-breaks", "7,30,60,120", "--m-breaks", "10,100" },
	};
	enum { N = sizeof(opts) / sizeof(opts[0]) };
	const char *args[20] = { "crm-rfm", "-o", "/dev/null" };
	size_t k = 3;

	if (n == 0)
		return 0;
	for (size_t i = 0; opts[data[0] % N][i]; i++)
		args[k++] = opts[data[0] % N][i];
	args[k] = fuzz_file(data + 1, n - 1);
	fuzz_main(args);
	return 0;
}
