/* crm-report's run: this table and --previous, the report, the account
 * of the rows of each. */
#include <stdlib.h>

#include "err.h"
#include "report.h"
#include "tally.h"

/* The last run's table, its columns found by the names they have now;
 * its rejects counted apart, as the --rejects file has this table's
 * columns. */
static struct snap *
previous(const char *path, const struct reader_opts *rdo,
    const struct snap *cur, const char *value, struct htab *names,
    struct rejects *rj)
{
	const struct row *h = &cur->t->header;
	struct cols c = { h->f[cur->icol], h->f[cur->gcol],
	    cur->vcol >= 0 ? h->f[cur->vcol] : value, 0 };
	struct snap *s = snap_read(path, rdo, &c, 1, names, rj);

	rejects_close(rj, s->nread);
	return s;
}

void
report_run(const struct cols *cols, const struct report_opts *o,
    const struct common *co, const char *input)
{
	const char **given = NULL;
	size_t ngiven = 0;
	struct reader_opts rdo;

	common_reader(co, &rdo);
	struct rejects *rj = common_rejects(co), *prj = NULL;
	struct htab *names = htab_new();
	struct snap *cur = snap_read(input, &rdo, cols, 0, names, rj),
	    *prev = NULL;
	rejects_close(rj, cur->nread);
	rejects_need_output(rj, cur->nread, cur->n, NULL);
	if (o->previous) {
		prj = common_side_rejects(co);
		prev = previous(o->previous, &rdo, cur, cols->value, names, prj);
	}
	/* the campaign's rejects apart too, as the --rejects file has this
	 * table's columns */
	struct report_opts ro = *o;
	struct rejects *crj = NULL;
	struct campaign *camp = NULL;
	size_t cread = 0;
	if (o->campaign_file) {
		crj = common_side_rejects(co);
		camp = campaign_read(o->campaign_file, &rdo, cur,
		    cur->t->header.f[cur->gcol], crj, &cread);
		rejects_close(crj, cread);
		ro.campaign = camp;
	}
	if (o->order)
		given = opt_list(o->order, &ngiven);
	struct stats *st = stats_new(cur, prev, names, given, ngiven, co->quiet);
	/* Tables of two schemes share no group: every customer would show
	 * as moved. */
	if (prev && prev->n > 0 && cur->n > 0 && stats_shared_groups(st) == 0)
		die(EXIT_DATA, "--previous %s: none of its groups is a group of "
		    "this table: it comes from another scheme or another --by "
		    "column, and every customer would show as moved",
		    o->previous);
	struct moves *mv = prev ? moves_new(st, (size_t)o->top_groups) : NULL;
	struct report *rp = report_build(st, mv, &ro);
	/* Opened last: a usage error on the way leaves no temporary behind. */
	struct writer *w = common_output(co, co->output, schema_kind);
	/* The call list alone is a table, a customer a row. */
	int alone = o->call_list && (o->format == F_CSV || co->tsv);
	switch (alone ? F_CSV : o->format) {
	case F_CSV:
		if (alone)
			csv_table(w, rp->tab[0]);
		else
			csv_write(w, rp);
		break;
	case F_TEXT: text_write(w, rp, o->color); break;
	case F_MARKDOWN: markdown_write(w, rp); break;
	case F_HTML: html_write(w, rp); break;
	}
	struct tally t[3] = { { .input = input, .read = cur->nread,
	    .written = cur->n, .rj = rj, .written_as = "reported" } };
	size_t nt = 1;
	if (prev)
		t[nt++] = (struct tally){ .input = o->previous, .named = 1,
		    .read = prev->nread, .written = prev->n, .rj = prj,
		    .written_as = "compared" };
	if (camp)
		t[nt++] = (struct tally){ .input = o->campaign_file,
		    .named = 1, .read = cread, .written = cread -
		    rejects_count(crj), .rj = crj,
		    .written_as = "in the campaign", .terse = 1 };
	tally_close(co, w, t, nt);
	campaign_free(camp);
	rejects_free(crj);
	report_free(rp);
	moves_free(mv);
	stats_free(st);
	opt_list_free(given, ngiven);
	snap_free(prev);
	snap_free(cur);
	htab_free(names);
	rejects_free(rj);
	rejects_free(prj);
}
