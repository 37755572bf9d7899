#include "segment.h"

/* pct(), median()...: the whole input first, then the rows. */
size_t
rules_table(struct table *t, struct rules *rs, struct out *out,
    const char *deflt)
{
	struct env e;

	env_init(&e, t->header.nf);
	for (size_t i = 0; i < t->nrows; i++) {
		env_row(&e, table_row(t, i));
		aggs_add_row(&rs->p, &e);
	}
	aggs_finish(&rs->p);
	put_header(out, &t->header);
	for (size_t i = 0; i < t->nrows; i++) {
		env_row(&e, table_row(t, i));
		const char *seg = segment_of(rs, &e, deflt);
		table_put_row(out->w, t, i);
		put_segment(out, seg);
	}
	env_free(&e);
	return t->nrows;
}
