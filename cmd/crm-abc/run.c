/* crm-abc's run: the values checked, the ranks, the account of the rows. */
#include <stdlib.h>

#include "abc.h"
#include "alloc.h"
#include "err.h"
#include "schema.h"

/* Rows whose value is not an amount are rejected; ok[] marks the rest. */
static int *
check_values(struct table *t, size_t vcol, struct rejects *rj,
    const char *where, size_t *n)
{
	int *ok = xcalloc(t->nrows ? t->nrows : 1, sizeof(int));
	char buf[64];

	*n = 0;
	for (size_t i = 0; i < t->nrows; i++) {
		size_t len;
		money v;
		const char *why, *s = table_get(t, i, vcol, &len);
		/* An empty value (an average of no orders) counts as zero. */
		if (len == 0 || money_parse(s, len, 0, &v, &why) == 0) {
			ok[i] = 1;
			++*n;
			continue;
		}
		const struct row *view = table_row(t, i);
		reject(rj, where, view, "bad value",
		    "column \"%s\": cannot parse \"%s\" (%s)", t->header.f[vcol],
		    shorten(s, len, buf, sizeof(buf)), why);
	}
	return ok;
}

void
abc_run(const struct abc_opts *o, const struct common *co, const char *input)
{
	struct reader *r = common_input(co, input);
	struct writer *w = common_output(co, co->output, schema_kind);
	struct rejects *rj = common_rejects(co);
	size_t nread, n;
	struct table *t = table_read(r, rj, &nread);
	int vcol = col_need(&t->header, o->value, "-v");
	int icol = col_need(&t->header, o->id, "--id");
	int *ok = check_values(t, (size_t)vcol, rj, reader_where(r), &n);
	rejects_close(rj, nread);
	rejects_need_output(rj, nread, n, NULL);

	struct abc *a = abc_rank(o, t, (size_t)vcol, (size_t)icol, ok, n);
	if (o->summary)
		abc_summary(w, o, a, co->quiet);
	else
		abc_write(w, o, t, a, ok);
	struct tally tl = { .input = input, .read = nread, .written = n,
	    .rj = rj, .written_as = "ranked" };
	tally_close(co, w, &tl, 1);
	abc_free(a);
	free(ok);
	table_free(t);
	rejects_free(rj);
	reader_close(r);
}
