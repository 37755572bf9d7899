#include "report.h"

/*
 * Every number of the report, one per row, under one header: a pipeline
 * picks what it needs with a filter, whatever sections the input allowed.
 * Lists of customers and the plans are words, not numbers: not here.
 */
void
csv_write(struct writer *w, const struct report *rp)
{
	writer_str(w, "section");
	writer_str(w, "row");
	writer_str(w, "column");
	writer_str(w, "value");
	writer_end(w);
	for (size_t i = 0; i < rp->ntab; i++) {
		const struct tab *t = rp->tab[i];
		if (t->id == NULL)
			continue;
		for (size_t r = 0; r < t->nrow; r++)
			for (size_t c = t->list ? 0 : 1; c < t->ncol; c++) {
				const char *v = t->cell[r * t->ncol + c];
				if (v == NULL)
					continue;
				writer_str(w, t->id);
				writer_str(w, t->list ? "all" : t->cell[r * t->ncol]);
				writer_str(w, t->key[c]);
				writer_str(w, v);
				writer_end(w);
			}
	}
}
