/* An output row: the input row, its segment and the segment's actions;
 * and the rows in, the malformed rejected. */
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

const struct row *
next_row(struct reader *r, struct rejects *rj, size_t *nread)
{
	const struct row *h = reader_header(r), *row;

	while ((row = reader_next(r)) != NULL) {
		++*nread;
		if (row->nf == h->nf)
			return row;
		reject(rj, reader_where(r), row, "wrong field count",
		    "expected %zu fields, found %zu", h->nf, row->nf);
	}
	return NULL;
}

const char *
segment_of(struct rules *rs, struct env *e, const char *deflt)
{
	int m = rules_match(rs, e);

	return m >= 0 ? rs->r[m].name : deflt ? deflt : "";
}
