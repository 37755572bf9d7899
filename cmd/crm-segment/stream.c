#include "segment.h"

/* Rules that need no whole-input figure: one row in, one row out. */
size_t
rules_stream(struct reader *r, struct rules *rs, struct rejects *rj,
    struct out *out, const char *deflt, size_t *nread)
{
	const struct row *h = reader_header(r), *row;
	struct env e;
	size_t n = 0;

	env_init(&e, h->nf);
	rejects_header(rj, h);
	put_header(out, h);
	while ((row = next_row(r, rj, nread)) != NULL) {
		env_row(&e, row);
		writer_row(out->w, row);
		put_segment(out, segment_of(rs, &e, deflt));
		n++;
	}
	env_free(&e);
	return n;
}
