#include "report.h"

/*
 * Every cell of the report, one per row, under one header: a pipeline
 * picks what it needs with a filter, whatever sections the input allowed.
 * Each row of a table is named by its label column (a group, or for the
 * lists of customers the customer); the headings and notes are for
 * people: not here.
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
		for (size_t r = 0; r < t->nrow; r++) {
			const char *row = t->list ? "all" :
			    t->cell[r * t->ncol + t->label];
			if (t->also) {
				writer_str(w, t->id);
				writer_str(w, row);
				writer_str(w, t->also_key);
				writer_str(w, t->also);
				writer_end(w);
			}
			for (size_t c = 0; c < t->ncol; c++) {
				const char *v = t->cell[r * t->ncol + c];
				if (v == NULL || (!t->list && c == t->label))
					continue;
				writer_str(w, t->id);
				writer_str(w, row);
				writer_str(w, t->key[c]);
				writer_str(w, v);
				writer_end(w);
			}
		}
	}
}

void
csv_table(struct writer *w, const struct tab *t)
{
	for (size_t c = 0; c < t->ncol; c++)
		writer_str(w, t->key[c]);
	writer_end(w);
	for (size_t r = 0; r < t->nrow; r++) {
		for (size_t c = 0; c < t->ncol; c++) {
			const char *v = t->cell[r * t->ncol + c];
			writer_str(w, v ? v : "");
		}
		writer_end(w);
	}
}
