/* crm-segment's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ "--scheme", "rfm" }, { "--scheme", "value-loyalty" },
		{ "--scheme", "mvc", "--set", "potential=monetary" },
		{ "--tiers", "a:10,b:20,c", "--value", "2" },
		{ "--kmeans", "2", "--cols", "2,3", "--restarts", "2" },
		{ "-e", "a: $2 > median($3) or $1 in (\"x\", 2)",
		  "--default", "z" },
	};

	return fuzz_tool("crm-segment", opts, sizeof(opts) / sizeof(opts[0]), data,
	    n);
}
