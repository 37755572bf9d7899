/* crm-segment's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ "-q", "--scheme", "rfm" }, { "-q", "--scheme", "value-loyalty" },
		{ "-q", "--scheme", "mvc", "--set", "potential=monetary" },
		{ "-q", "--tiers", "a:10,b:20,c", "--value", "2" },
		{ "-q", "--kmeans", "2", "--cols", "2,3", "--restarts", "2" },
		{ "-q", "-e", "a: $2 > median($3) or $1 in (\"x\", 2)",
		  "--default", "z" },
	};
	enum { N = sizeof(opts) / sizeof(opts[0]) };
	const char *args[20] = { "crm-segment", "-o", "/dev/null" };
	size_t k = 3;

	if (n == 0)
		return 0;
	for (size_t i = 0; opts[data[0] % N][i]; i++)
		args[k++] = opts[data[0] % N][i];
	args[k] = fuzz_file(data + 1, n - 1);
	fuzz_main(args);
	return 0;
}
