/* crm-report's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ NULL }, { "--format", "html", "--top", "2" },
		{ "--format", "markdown", "--by", "2" },
		{ "--format", "csv", "--previous", "/dev/null" },
		{ "--color", "always", "--order", "b,a", "-v", "3" },
	};

	return fuzz_tool("crm-report", opts, sizeof(opts) / sizeof(opts[0]), data,
	    n);
}
