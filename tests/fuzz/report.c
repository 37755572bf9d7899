/* crm-report's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ "-q" }, { "-q", "--format", "html", "--top", "2" },
		{ "-q", "--format", "markdown", "--by", "2" },
		{ "-q", "--format", "csv", "--previous", "/dev/null" },
		{ "-q", "--color", "always", "--order", "b,a", "-v", "3" },
	};
	enum { N = sizeof(opts) / sizeof(opts[0]) };
	const char *args[20] = { "crm-report", "-o", "/dev/null" };
	size_t k = 3;

	if (n == 0)
		return 0;
	for (size_t i = 0; opts[data[0] % N][i]; i++)
		args[k++] = opts[data[0] % N][i];
	args[k] = fuzz_file(data + 1, n - 1);
	fuzz_main(args);
	return 0;
}
