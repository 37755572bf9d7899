#include <stdlib.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include "custid.h"
#include "err.h"

/* White_Space, and the format characters that show as nothing. */
static int
invisible(ucs4_t c)
{
	return uc_is_property_white_space(c) || (c >= 0x200B && c <= 0x200D) ||
	    c == 0x2060 || c == 0xFEFF;
}

void
custid_normal(struct custid *b, const char **s, size_t *n)
{
	const uint8_t *p = (const uint8_t *)*s, *end = p + *n;
	size_t i = 0;
	ucs4_t c;
	int k;

	while (i < *n && p[i] < 0x80)
		i++;
	/* ASCII: field_trim did all there is; not UTF-8: as it came */
	if (i == *n || u8_check(p + i, *n - i) != NULL)
		return;
	while (p < end && (k = u8_mbtoucr(&c, p, (size_t)(end - p))) > 0 &&
	    invisible(c))
		p += k;
	for (const uint8_t *q; p < end && (q = u8_prev(&c, end, p)) != NULL &&
	    invisible(c);)
		end = q;
	size_t len = b->cap;
	uint8_t *r = u8_normalize(UNINORM_NFC, p, (size_t)(end - p), b->buf,
	    &len);
	if (r == NULL)
		die_sys(EXIT_INTERNAL, "normalizing a customer id");
	if (r != b->buf) {
		free(b->buf);
		b->buf = r;
		b->cap = len;
	}
	*s = (const char *)r;
	*n = len;
}

void
custid_free(struct custid *b)
{
	free(b->buf);
	b->buf = NULL;
	b->cap = 0;
}
