/* crm-segment's run: the input, the mode, the account of the rows. */
#include <stdlib.h>

#include "err.h"
#include "schema.h"
#include "segment.h"
#include "tally.h"

void
segment_run(struct segment_opts *o, const struct common *co,
    const char *input)
{
	size_t nread = 0, nout;

	if (o->print) {
		print_rules(o);
		return;
	}
	o->km.quiet = co->quiet;

	struct reader *r = common_input(co, input);
	const struct row *h = reader_header(r);
	if (h == NULL)
		die(EXIT_DATA, "%sempty input: no header line", reader_where(r));
	if (col_find(h, o->name) >= 0)
		usage_error("the input has a column \"%s\" already; name the "
		    "new one with --name", o->name);
	struct out out = { common_output(co, co->output, schema_kind),
	    o->actions ? actions_read(o->actions, o->name) : NULL, o->name };
	struct rejects *rj = common_rejects(co);
	struct rules rs;

	if (out.act)
		actions_clash(out.act, h);
	rules_init(&rs, h);
	rs.p.today = o->today;
	rs.p.has_today = o->has_today;
	if (o->kmeans)
		nout = kmeans_table(r, o, co, rj, &out, &nread);
	else {
		load_rules(&rs, o);
		nout = rules_need_all(&rs) ?
		    rules_table(r, &rs, rj, &out, o->deflt, &nread) :
		    rules_stream(r, &rs, rj, &out, o->deflt, &nread);
		rejects_close(rj, nread);
		rejects_need_output(rj, nread, nout, NULL);
	}
	if (!o->kmeans)
		rules_report(&rs, o->deflt, co->quiet);
	if (out.act)
		actions_report(out.act);
	struct tally t = { .input = input, .read = nread, .written = nout,
	    .rj = rj, .written_as = "written" };
	tally_close(co, out.w, &t, 1);
	rules_free(&rs);
	actions_free(out.act);
	rejects_free(rj);
	reader_close(r);
}
