/* crm-clv's run: the customers, the fits, the scores, the account of
 * the rows. */
#include <stdio.h>
#include <string.h>

#include "clv.h"
#include "err.h"
#include "schema.h"
#include "tally.h"

/* --model textbook: each row in, with its clv out. */
static void
textbook(const struct clv_opts *o, const struct common *co,
    const char *input, struct reader *r, struct writer *w,
    struct rejects *rj)
{
	struct tally t = { .input = input, .rj = rj };
	size_t none;

	t.written = textbook_run(r, w, o, rj, &t.read, &none);
	rejects_close(rj, t.read);
	rejects_need_output(rj, t.read, t.written, NULL);
	snprintf(t.tail, sizeof(t.tail), "%zu customers scored, %zu without "
	    "a purchase not scored", t.written - none, none);
	tally_close(co, w, &t, 1);
}

void
clv_run(const struct clv_opts *o, const struct common *co, const char *input)
{
	struct book b;
	struct fit tx, gg;
	size_t nread;

	struct reader *r = common_input(co, input);
	struct writer *w = common_output(co, co->output, schema_kind);
	struct rejects *rj = common_rejects(co);

	if (o->textbook) {
		textbook(o, co, input, r, w, rj);
		rejects_free(rj);
		reader_close(r);
		return;
	}
	read_book(r, o, rj, &b, &nread);
	rejects_close(rj, nread);
	rejects_need_output(rj, nread, b.n + b.skipped, NULL);
	if (o->cal_end != DAY_NONE && b.kind == IN_TRANSACTIONS && b.n == 0)
		die(EXIT_DATA, "no customer bought on or before the calibration end");
	if (o->simple)
		memset(&tx, 0, sizeof(tx)), memset(&gg, 0, sizeof(gg));
	else if (o->params_in)
		load_params(o->params_in, o->model, &tx, &gg);
	else
		fit_models(o, &b, &tx, &gg);
	if (!o->simple)
		judge_fits(o, &tx, &gg);
	if (o->params_out)
		save_params(o->params_out, &tx, &gg);
	if (o->summary_out)
		write_summary_out(o->summary_out, &b);
	write_scores(w, o, &b, &tx, &gg);
	if (b.holdout)
		holdout_table(o, &b, &tx);

	/* From transactions, the rows of a customer are summed into one. */
	struct tally t = { .input = input, .read = nread,
	    .written = b.n + b.skipped, .rj = rj };
	t.merged = nread - rejects_count(rj) - t.written;
	int k = snprintf(t.tail, sizeof(t.tail), "%zu customers scored, %zu "
	    "without a purchase not scored", b.n, b.skipped);
	if (b.late)
		snprintf(t.tail + k, sizeof(t.tail) - (size_t)k, " (%zu first "
		    "seen after the calibration end)", b.late);
	tally_close(co, w, &t, 1);
	free_book(&b);
	rejects_free(rj);
	reader_close(r);
}
