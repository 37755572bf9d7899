/* crm-clv --model textbook: the course's lifetime value, one customer at
 * a time, from columns of the customer's row or from the options. */
#include <math.h>
#include <string.h>

#include "clv.h"
#include "err.h"
#include "money.h"
#include "opts.h"
#include "schema.h"

/* The columns that give a customer's own terms, in struct textbook_terms'
 * order. */
static const char *const columns[] = {
	"acquisition_cost", "first_profit", "yearly_profit", "service_cost",
};

/* A term from its column, when the row has a number there; else the
 * option's value.  -1 when the field is there but no amount. */
static int
term(const struct row *v, int col, double dflt, double *out)
{
	money m;
	const char *why;

	if (col < 0 || v->len[col] == 0) {
		*out = dflt;
		return 0;
	}
	if (money_parse(v->f[col], v->len[col], 0, &m, &why))
		return -1;
	*out = (double)m / MONEY_SCALE;
	return 0;
}

size_t
textbook_run(struct reader *r, struct writer *w, const struct clv_opts *o,
    struct rejects *rj, size_t *nread, size_t *nopurchase)
{
	struct table *t = table_read(r, rj, nread);
	int col[4], mo = col_find(&t->header, "monetary");
	int years = horizon_years(o);
	const char *where = reader_where(r);
	size_t n = 0;

	*nopurchase = 0;

	for (int k = 0; k < 4; k++)
		col[k] = col_find(&t->header, columns[k]);
	if (isnan(o->terms.yearly) && mo < 0 && col[2] < 0)
		die(EXIT_DATA, "%s--model textbook needs each customer's "
		    "yearly profit: a column yearly_profit, --yearly-profit, or "
		    "a column monetary (crm-rfm --window 1y) times --margin",
		    where);
	static const char *const clv[] = { COL_CLV };

	col_clash(&t->header, clv, 1);
	table_put_header(w, t);
	writer_str(w, COL_CLV);
	writer_end(w);
	for (size_t i = 0; i < t->nrows; i++) {
		const struct row *v = table_row(t, i);
		struct textbook_terms c;
		double *out[4] = { &c.acquisition, &c.first, &c.yearly,
		    &c.service };
		const double dflt[4] = { o->terms.acquisition, o->terms.first,
		    o->terms.yearly, o->terms.service };
		int bad = -1;

		for (int k = 0; k < 4 && bad < 0; k++)
			if (term(v, col[k], dflt[k], out[k]))
				bad = col[k];
		if (bad < 0 && isnan(c.yearly)) {
			if (term(v, mo, NAN, &c.yearly))
				bad = mo;
			c.yearly *= o->margin;
		}
		if (bad >= 0) {
			reject(rj, where, v, "bad amount", "column \"%s\": not "
			    "an amount", t->header.f[bad]);
			continue;
		}
		table_put_row(w, t, i);
		if (isnan(c.yearly)) {
			writer_str(w, "");	/* no monetary: no purchase */
			++*nopurchase;
		} else
			put_double(w, textbook_clv(&c, years, o->growth,
			    o->retention, o->discount), 2);
		writer_end(w);
		n++;
	}
	table_free(t);
	return n;
}
