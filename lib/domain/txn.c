#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "bytes.h"
#include "canon.h"
#include "custid.h"
#include "date.h"
#include "err.h"
#include "opts.h"
#include "schema.h"
#include "txn.h"

struct txn_reader {
	struct reader *r;
	const struct row *h;
	struct rejects *rj;
	int customer, date, amount, order, kind;
	size_t rows;
	int canon_cols;		/* the columns as crm-import writes them */
	int id_exact;
	struct custid ids;
	struct canon_lines *lines;
	const struct row *row;	/* the last good one, with names->rows */
	struct date_parser *dates;
	char order_buf[32], buf[64];
};

/* The column named by the option, else the canonical one if there. */
static int
column(const struct row *h, const char *spec, const char *fallback,
    const char *opt, int required)
{
	if (spec || required)
		return col_need(h, spec ? spec : fallback, opt);
	return col_find(h, fallback);
}
/* 1 when ch is one of TXN_LONG's options. */
int
txn_opt(struct txn_names *n, int ch, const char *arg)
{
	switch (ch) {
	case OPT_CUSTOMER: n->customer = arg; return 1;
	case OPT_DATE: n->date = arg; return 1;
	case OPT_AMOUNT: n->amount = arg; return 1;
	case OPT_ORDER: n->order = arg; return 1;
	case OPT_KIND: n->kind = arg; return 1;
	case OPT_ID_EXACT: n->id_exact = 1; return 1;
	}
	return 0;
}

struct txn_reader *
txn_open(struct reader *r, const struct txn_names *n, struct rejects *rj)
{
	/* Its row count changes at every row, on the reading thread: a line
	 * of its own (alloc.h). */
	struct txn_reader *t = xaligned_line(sizeof(*t));

	t->r = r;
	t->rj = rj;
	t->dates = alloc_or_die(date_parser_new(NULL));
	if ((t->h = reader_header(r)) == NULL)
		die(EXIT_DATA, "%sempty input: no header line", reader_where(r));
	rejects_header(rj, t->h);
	t->customer = column(t->h, n->customer, COL_CUSTOMER_ID, "--customer",
	    1);
	t->date = column(t->h, n->date, COL_ORDER_DATE, "--date", 1);
	t->amount = column(t->h, n->amount, COL_AMOUNT, "--amount", 1);
	t->order = column(t->h, n->order, COL_ORDER_ID, "--order", 0);
	t->kind = column(t->h, n->kind, COL_KIND, "--kind", 0);
	t->id_exact = n->id_exact;
	t->canon_cols = !n->rows && t->customer == 0 && t->date == 1 && t->amount == 2 &&
	    t->order < 0 && (t->h->nf == 3 ? t->kind < 0 :
	    t->h->nf == 4 && t->kind == 3);
	t->lines = canon_lines_open(r, t->kind >= 0);
	return t;
}

int
txn_has_orders(const struct txn_reader *t)
{
	return t->order >= 0;
}

const struct row *
txn_row(const struct txn_reader *t)
{
	return t->row;
}

size_t
txn_rows(const struct txn_reader *t)
{
	return t->rows;
}

static int
is_word(const char *s, size_t n, const char *word)
{
	size_t len = strlen(word);

	/* As crm-import writes it, most often. */
	if (n == len && bytes_eq(s, word, n))
		return 1;
	field_trim(&s, &n);
	return len == n && strncasecmp(s, word, n) == 0;
}

/* Rejects the row for a value of column i that cannot be parsed. */
static int
bad(struct txn_reader *t, const struct row *row, int i, const char *reason,
    const char *why)
{
	reject(t->rj, reader_where(t->r), row, reason,
	    "column \"%s\": cannot parse \"%s\" (%s)", t->h->f[i],
	    shorten(row->f[i], row->len[i], t->buf, sizeof(t->buf)), why);
	return -1;
}

static int
parse(struct txn_reader *t, const struct row *row, struct txn *x)
{
	const char *why;
	int32_t secs;

	memset(x, 0, sizeof(*x));
	if (row->nf != t->h->nf) {
		reject(t->rj, reader_where(t->r), row, "wrong field count",
		    "expected %zu fields, found %zu", t->h->nf, row->nf);
		return -1;
	}
	x->cust = row->f[t->customer];
	x->clen = row->len[t->customer];
	field_trim(&x->cust, &x->clen);
	if (!t->id_exact)
		custid_normal(&t->ids, &x->cust, &x->clen);
	if (x->clen == 0) {
		reject(t->rj, reader_where(t->r), row, "missing customer_id",
		    "column \"%s\": no customer id", t->h->f[t->customer]);
		return -1;
	}
	if (date_parse(t->dates, row->f[t->date], row->len[t->date], &x->day,
	    &secs, &why) != DATE_OK)
		return bad(t, row, t->date, "bad order_date", why);
	if (money_parse(row->f[t->amount], row->len[t->amount], 0, &x->amount,
	    &why))
		return bad(t, row, t->amount, "bad amount", why);
	x->is_return = x->amount < 0;
	if (t->kind >= 0 && row->len[t->kind] > 0) {
		const char *k = row->f[t->kind];
		if (is_word(k, row->len[t->kind], KIND_RETURN))
			x->is_return = 1;
		else if (is_word(k, row->len[t->kind], KIND_PURCHASE))
			x->is_return = 0;
		else
			return bad(t, row, t->kind, "bad kind",
			    "neither purchase nor return");
	}
	/* A return takes money back, whatever sign the export gave it. */
	if (x->is_return && x->amount > 0)
		x->amount = -x->amount;
	if (t->order >= 0) {
		x->order = row->f[t->order];
		x->olen = row->len[t->order];
		field_trim(&x->order, &x->olen);
		if (x->olen == 0) {
			/* No order id: the day stands for the order. */
			x->olen = (size_t)snprintf(t->order_buf,
			    sizeof(t->order_buf), "\001%d", (int)x->day);
			x->order = t->order_buf;
		}
	}
	return 0;
}

/* The next good transaction: 1, or 0 at the end of the input. */
int
txn_next(struct txn_reader *t, struct txn *x)
{
	const struct row *row;
	int got;

	while ((got = canon_lines_next(t->lines, t->canon_cols, x, &row)) !=
	    LINE_END) {
		t->rows++;
		if (got == LINE_TXN || parse(t, row, x) == 0) {
			t->row = got == LINE_ROW ? row : NULL;
			return 1;
		}
	}
	return 0;
}

void
txn_close(struct txn_reader *t)
{
	custid_free(&t->ids);
	canon_lines_close(t->lines);
	date_parser_free(t->dates);
	free(t);
}
