/* crm-abc's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ NULL }, { "--summary" }, { "--by", "count", "--sort" },
		{ "-v", "2", "--id", "1", "--no-zero-class" },
	};

	return fuzz_tool("crm-abc", opts, sizeof(opts) / sizeof(opts[0]), data,
	    n);
}
