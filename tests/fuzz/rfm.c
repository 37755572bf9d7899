/* crm-rfm's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ NULL }, { "--segment-names", "--bins", "3" },
		{ "--window", "30d", "--trend", "--asof", "2024-01-01" },
		{ "--summary-only" }, { "--from-summary" },
		{ "--r-breaks", "7,30,60,120", "--m-breaks", "10,100" },
	};

	return fuzz_tool("crm-rfm", opts, sizeof(opts) / sizeof(opts[0]), data,
	    n);
}
