/* crm-rfm's run: transactions or sums in, customers out, the account of
 * the rows. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "err.h"
#include "rfm.h"
#include "schema.h"
#include "tally.h"

/* No customer from rows read fails the run; rows on or after the as-of
 * date are set aside, not rejected, so they are said apart. */
static void
need_customers(struct rejects *rj, size_t nread, size_t n, size_t late,
    int32_t asof)
{
	char day[16], other[64] = "";

	if (late) {
		date_format(asof, day);
		snprintf(other, sizeof(other), "%zu on or after %s (--asof)",
		    late, day);
	}
	rejects_need_output(rj, nread, n, late ? other : NULL);
}

void
rfm_run(const struct rfm_opts *o, const struct common *co, const char *input)
{
	struct reader *r = common_input(co, input);
	struct writer *w = common_output(co, co->output, schema_kind);
	struct rejects *rj = common_rejects(co);
	struct summary *s = NULL;
	struct cust *c;
	struct extra x = { 0 };
	char *ids = NULL;
	size_t n, nread, late = 0;
	int32_t asof, first;

	/* Its mistakes before the long read. */
	if (o->join.path)
		x.master = master_read(&o->join);
	if (o->from_summary) {
		nread = read_summary(r, rj, &c, &n, &ids, o->so.trend,
		    o->so.asof, &x);
		asof = o->so.asof != DAY_NONE ? o->so.asof : default_asof(c, n);
		first = first_purchase(c, n);
	} else {
		s = read_transactions(r, o, rj, &nread, &late, &first, &x);
		asof = summary_finish(s, &c, &n);
	}
	extra_join(&x, c, n);
	int extra = x.attrs || x.master;
	rejects_close(rj, nread);
	/* A part of a split run may hold no customer; the scoring of the
	 * parts' sums applies the rule to the whole. */
	if (!o->summary_only)
		need_customers(rj, nread, n, late, asof);
	/* Before the score lines, so that it is not lost among them. A part
	 * of a split run does not know where the whole data starts. */
	if (!co->quiet && !o->summary_only)
		warn_coverage(&o->so, asof, first);
	if (o->summary_only)
		write_summary(w, c, n, o->so.trend, extra ? &x : NULL);
	else {
		struct score *sc = score(o, c, n, asof);
		write_scored(w, o, c, sc, n, asof, extra ? &x : NULL);
		free(sc);
	}
	char day[32] = "on or after ";
	date_format(asof, day + strlen(day));
	struct tally t = { .input = input, .read = nread, .written = n,
	    .aside = late, .rj = rj, .written_as = "used",
	    .aside_as = day, .aside_always = 1 };
	t.merged = nread - late - rejects_count(rj) - n;
	snprintf(t.tail, sizeof(t.tail), "%zu customers", n);
	extra_report(&x, n, co->quiet, t.tail, sizeof(t.tail));
	tally_close(co, w, &t, 1);
	extra_free(&x);
	free(ids);
	if (s)
		summary_free(s);	/* with c */
	else
		free(c);
	rejects_free(rj);
	reader_close(r);
}
