/* crm-clv's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ NULL }, { "--model", "simple", "--retention", "0.8" },
		{ "--model", "pnbd" },
		{ "--calibration-end", "2024-01-01" },
		{ "--penalizer", "0.01", "--strict-fit" },
	};

	return fuzz_tool("crm-clv", opts, sizeof(opts) / sizeof(opts[0]), data,
	    n);
}
