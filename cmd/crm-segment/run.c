/* crm-segment's run: the input, the mode, the account of the rows. */
#include <stdlib.h>

#include "alloc.h"
#include "err.h"
#include "schema.h"
#include "segment.h"
#include "tally.h"

/* The whole input, with the master file's columns after its own when m
 * is given (--join): the key column names the ids on both sides. */
static struct table *
read_whole(struct reader *r, struct rejects *rj, size_t *nread,
    struct master *m, const struct segment_opts *o, size_t *without)
{
	struct table *t = table_read(r, rj, nread);

	if (m == NULL)
		return t;
	const struct row *h = &t->header;
	int idcol = col_need(h, o->join.key, "--join-key");
	const char **taken = xcalloc(h->nf + 1, sizeof(char *));
	for (size_t i = 0; i < h->nf; i++)
		taken[i] = h->f[i];
	taken[h->nf] = o->name;
	master_clash(m, taken, h->nf + 1);
	free(taken);
	struct table *j = master_join_table(m, t, idcol, without);
	table_free(t);
	return j;
}

void
segment_run(struct segment_opts *o, const struct common *co,
    const char *input)
{
	size_t nread = 0, nout, without = 0;

	if (o->print) {
		print_rules(o);
		return;
	}
	o->km.quiet = co->quiet;

	/* Its mistakes before the input's. */
	struct master *m = o->join.path ? master_read(&o->join) : NULL;
	struct reader *r = common_input(co, input);
	const struct row *h = reader_header(r);
	if (h == NULL)
		die(EXIT_DATA, "%sempty input: no header line", reader_where(r));
	if (!o->actions_by && col_find(h, o->name) >= 0)
		usage_error("the input has a column \"%s\" already; name the "
		    "new one with --name", o->name);
	struct out out = { common_output(co, co->output, schema_kind),
	    o->actions ? actions_read(o->actions, o->actions_by ?
	    o->actions_by : o->name) : NULL, o->name };
	struct rejects *rj = common_rejects(co);
	struct table *t = NULL;
	struct rules rs;

	/* The rules and the actions see the joined columns too. */
	if (m || o->kmeans) {
		t = read_whole(r, rj, &nread, m, o, &without);
		h = &t->header;
	}
	if (out.act)
		actions_clash(out.act, h);
	rules_init(&rs, h);
	rs.p.today = o->today;
	rs.p.has_today = o->has_today;
	if (o->kmeans)
		nout = kmeans_table(t, reader_where(r), o, co, rj, &out, nread);
	else if (o->actions_by) {
		nout = actions_keyed(r, o->actions_by, rj, &out, &nread);
		rejects_close(rj, nread);
		rejects_need_output(rj, nread, nout, NULL);
	} else {
		load_rules(&rs, o);
		if (t == NULL && rules_need_all(&rs))
			t = read_whole(r, rj, &nread, NULL, o, NULL);
		nout = t ? rules_table(t, &rs, &out, o->deflt) :
		    rules_stream(r, &rs, rj, &out, o->deflt, &nread);
		rejects_close(rj, nread);
		rejects_need_output(rj, nread, nout, NULL);
	}
	if (!o->kmeans && !o->actions_by)
		rules_report(&rs, o->deflt, co->quiet);
	if (out.act)
		actions_report(out.act);
	if (m && !co->quiet)
		master_report(m, t->nrows, without);
	struct tally tl = { .input = input, .read = nread, .written = nout,
	    .rj = rj, .written_as = "written" };
	tally_close(co, out.w, &tl, 1);
	rules_free(&rs);
	actions_free(out.act);
	if (t)
		table_free(t);
	if (m)
		master_free(m);
	rejects_free(rj);
	reader_close(r);
}
