/* crm-import's whole input path, under several sets of options. */
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const opts[][12] = {
		{ NULL }, { "--encoding", "gbk" }, { "--lines" },
		{ "--returns", "drop", "--cancel-prefix", "C" },
		{ "--decimal-comma" }, { "--encoding", "latin1" },
		{ "--link", "email,phone" },
		{ "-W", "--no-header", "--map", "customer_id=1", "--map",
		  "order_date=2", "--map", "amount=3" },
	};

	return fuzz_tool("crm-import", opts, sizeof(opts) / sizeof(opts[0]), data,
	    n);
}
