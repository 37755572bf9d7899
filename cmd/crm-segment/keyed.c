#include "segment.h"

/*
 * --actions-by COL: the plan joined on a column the input has already
 * (abc_class, a segment of an earlier run), with no rules and no new
 * segment column. The action columns go right after COL, where
 * crm-report --by COL looks for a group's actions.
 */
size_t
actions_keyed(struct reader *r, const char *col, struct rejects *rj,
    struct out *out, size_t *nread)
{
	const struct row *h = reader_header(r), *row;
	size_t c = (size_t)col_need(h, col, "--actions-by"), n = 0;

	rejects_header(rj, h);
	for (size_t i = 0; i < h->nf; i++) {
		writer_field(out->w, h->f[i], h->len[i]);
		if (i == c)
			actions_header(out->w, out->act);
	}
	writer_end(out->w);
	while ((row = next_row(r, rj, nread)) != NULL) {
		for (size_t i = 0; i < row->nf; i++) {
			writer_field(out->w, row->f[i], row->len[i]);
			if (i == c)
				actions_put(out->w, out->act, row->f[i],
				    row->len[i]);
		}
		writer_end(out->w);
		n++;
	}
	return n;
}
