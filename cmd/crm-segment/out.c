/* An output row: the input row, its segment and the segment's actions. */
#include <string.h>

#include "segment.h"

void
put_header(struct out *out, const struct row *h)
{
	writer_row(out->w, h);
	writer_str(out->w, out->name);
	if (out->act)
		actions_header(out->w, out->act);
	writer_end(out->w);
}

void
put_segment(struct out *out, const char *seg)
{
	size_t n = strlen(seg);

	writer_field(out->w, seg, n);
	if (out->act)
		actions_put(out->w, out->act, seg, n);
	writer_end(out->w);
}

const char *
segment_of(struct rules *rs, struct env *e, const char *deflt)
{
	int m = rules_match(rs, e);

	return m >= 0 ? rs->r[m].name : deflt ? deflt : "";
}
