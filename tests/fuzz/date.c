/* Dates in every form crm-import reads; what parses formats back to the
 * same day. */
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static const char *const patterns[] = { NULL, "%d/%m/%Y", "%Y%m%d %H%M",
	    "%b %d, %Y" };
	/* A date that teaches a parser without a pattern each order. */
	static const char *const teach[] = { NULL, "13/1/2000", "1/13/2000" };
	int32_t day, secs, again;
	const char *why;
	char buf[16];

	if (n == 0)
		return 0;
	struct date_parser *p = date_parser_new(patterns[(data[0] >> 2) % 4]);
	struct date_parser *iso = date_parser_new(NULL);
	if (p == NULL || iso == NULL)
		abort();
	const char *t = teach[data[0] % 3];
	if (t != NULL)
		date_parse(p, t, strlen(t), &day, &secs, &why);
	char *s = fuzz_text(data + 1, n - 1);
	/* Twice: the second answer comes from the memo. */
	for (int k = 0; k < 2; k++)
		if (date_parse(p, s, n - 1, &day, &secs, &why) == DATE_OK) {
			int y, m, d;
			date_to_ymd(day, &y, &m, &d);
			if (!date_valid(y, m, d) || date_from_ymd(y, m, d) != day)
				abort();
			if (secs < -1 || secs >= 86400)
				abort();
			date_format(day, buf);
			if (date_parse(iso, buf, strlen(buf), &again, &secs,
			    &why) != DATE_OK || again != day)
				abort();
		}
	free(s);
	date_parser_free(iso);
	date_parser_free(p);
	return 0;
}
