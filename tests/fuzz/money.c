/* Amounts in every form crm-import reads; what parses formats back to the
 * same amount, and sums and products report overflow. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "money.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	const char *why;
	money m, again, r;
	char buf[48];

	if (n == 0)
		return 0;
	char *s = fuzz_text(data + 1, n - 1);
	if (money_parse(s, n - 1, data[0] & 1, &m, &why) == 0) {
		money_format(m, data[0] >> 4, buf);
		if (money_parse(buf, strlen(buf), 0, &again, &why) != 0 ||
		    again != m)
			abort();
		__int128 wide = (__int128)m + m;
		if ((money_add(m, m, &r) == 0) != (wide == (money)wide))
			abort();
		money_mul(m, m, &r);
		money_div_cents(m, 1 + data[0]);
	}
	free(s);
	return 0;
}
