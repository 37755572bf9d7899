#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "canon.h"
#include "custid.h"
#include "err.h"
#include "grow.h"
#include "import.h"
#include "schema.h"
#include "txn.h"

/* An output row kept until the end: an order being summed, or any row
 * when --link must see every id before it can name a customer. */
struct rec {
	money amount, qty;
	int32_t day, secs;
	uint32_t cust, nrows;
	size_t text;		/* its text columns in im->text */
	int cancelled;
};

struct import {
	const struct import_opts *o;
	struct parts *out;
	struct rejects *rj;
	struct date_parser *dates;	/* one for all the files */
	struct reader *r;
	struct canon_lines *lines;	/* r's rows, canonical lines taken fast */
	const struct row *h;
	struct mapping m;

	int started, orders, stored;
	int has[NCANON];	/* optional columns written */
	size_t ntext;		/* text columns after the fixed ones */
	const char **tv;	/* a row's text columns, ntext of them */
	size_t *tl;

	size_t nread, nwritten, nmerged, ndropped;
	size_t nother;		/* rows of customers --lookup did not ask for */
	money total;
	int total_overflow;

	struct link *link;
	struct custid ids;
	struct htab *okeys;	/* (customer, order id) -> rec */
	struct rec *recs;
	size_t nrec, reccap;
	char *text, *kbuf;
	size_t tlen, tcap, kcap;

	struct row *pend;	/* rows whose day/month order is not known yet */
	size_t npend, pendcap;
};

struct import *
import_new(const struct import_opts *o, struct parts *out, struct rejects *rj)
{
	struct import *im = xcalloc(1, sizeof(*im));

	im->o = o;
	im->out = out;
	im->rj = rj;
	im->dates = alloc_or_die(date_parser_new(o->date_format));
	return im;
}

static const char *
colname(const struct import *im, enum canon c)
{
	return im->h->f[im->m.col[c]];
}

static void
write_header(struct import *im, struct writer *w)
{
	writer_str(w, COL_CUSTOMER_ID);
	writer_str(w, COL_ORDER_DATE);
	if (im->o->keep_time)
		writer_str(w, COL_ORDER_TIME);
	writer_str(w, COL_AMOUNT);
	writer_str(w, COL_KIND);
	for (int c = C_ORDER; c < NCANON; c++)
		if (im->has[c])
			writer_str(w, canon_name[c]);
	for (size_t i = 0; i < im->o->nkeep; i++)
		writer_str(w, im->h->f[im->m.keep[i]]);
	if (im->o->lookup)
		writer_str(w, COL_ORIGINAL_ID);
	writer_end(w);
}

/* The first file decides the columns; later files must map the same. */
static void
start_file(struct import *im)
{
	int has[NCANON] = { 0 };

	for (int c = C_ORDER; c < NCANON; c++)
		has[c] = im->m.col[c] >= 0;
	if (has[C_ORDER] && !im->o->lines)
		has[C_PRICE] = has[C_PRODUCT] = 0;
	if (im->started) {
		if (memcmp(has, im->has, sizeof(has)) != 0)
			die(EXIT_USAGE, "%sits columns map differently from the "
			    "first file's; import it separately",
			    reader_where(im->r));
		return;
	}
	im->started = 1;
	memcpy(im->has, has, sizeof(has));
	im->orders = has[C_ORDER] && !im->o->lines;
	im->stored = im->orders || im->o->nlink > 0 || im->o->lookup;
	im->ntext = im->o->nkeep;
	for (int c = C_ORDER; c < NCANON; c++)
		im->ntext += c != C_QUANTITY && has[c];
	im->tv = xcalloc(im->ntext + 1, sizeof(char *));
	im->tl = xcalloc(im->ntext + 1, sizeof(size_t));
	if (im->stored) {
		im->link = link_new(im->o->phone_country);
		im->okeys = htab_new();
	}
	for (unsigned p = 0; p < parts_n(im->out); p++)
		write_header(im, parts_nth(im->out, p));
}

/* Whether a row of nrows rows with this amount is written: returns are
 * dropped with --drop-returns; the counts either way. */
static int
counted(struct import *im, money amount, int ret, size_t nrows)
{
	if (ret && im->o->drop_returns) {
		im->ndropped += nrows;
		return 0;
	}
	im->nwritten++;
	im->nmerged += nrows - 1;
	if (money_add(im->total, amount, &im->total))
		im->total_overflow = 1;
	return 1;
}

static void
write_kind(struct writer *w, int ret)
{
	if (ret)
		writer_unquoted(w, KIND_RETURN, sizeof(KIND_RETURN) - 1);
	else
		writer_unquoted(w, KIND_PURCHASE, sizeof(KIND_PURCHASE) - 1);
}

/* A canonical line (canon.h) out as it came: its date and amount are
 * copied, being what writer_day and writer_money would write. */
static void
emit_canon(struct import *im, const struct txn *x)
{
	const char *date, *amount;
	size_t alen;

	if (!counted(im, x->amount, x->amount < 0, 1))
		return;
	struct writer *w = parts_row(im->out, x->cust, x->clen);
	canon_lines_text(im->lines, &date, &amount, &alen);
	writer_field(w, x->cust, x->clen);
	writer_unquoted(w, date, 10);
	if (money_canonical(amount, alen, x->amount))
		writer_unquoted(w, amount, alen);
	else
		writer_money(w, x->amount, 2);
	write_kind(w, x->amount < 0);
	writer_end(w);
}

/* A row out; with --lookup the id it came in with (orig) last. */
static void
emit(struct import *im, const char *cust, size_t cl, const struct rec *rc,
    const char *const *tv, const size_t *tl, const char *orig, size_t ol)
{
	char buf[48];
	int ret = rc->amount < 0 || rc->cancelled;
	size_t t = 0;

	if (!counted(im, rc->amount, ret, rc->nrows))
		return;
	struct writer *w = parts_row(im->out, cust, cl);
	writer_field(w, cust, cl);
	writer_day(w, rc->day);
	if (im->o->keep_time)
		writer_unquoted(w, buf, rc->secs == DATE_NO_TIME ? 0 :
		    (size_t)time_format(rc->secs, buf));
	writer_money(w, rc->amount, 2);
	write_kind(w, ret);
	if (im->has[C_ORDER])
		writer_field(w, tv[t], tl[t]), t++;
	if (im->has[C_QUANTITY])
		writer_money(w, rc->qty, 0);
	for (; t < im->ntext; t++)
		writer_field(w, tv[t], tl[t]);
	if (orig)
		writer_field(w, orig, ol);
	writer_end(w);
}

static int
get_money(struct import *im, const struct row *row, enum canon c, money *v)
{
	const char *why;
	char buf[64];
	int i = im->m.col[c];

	if (money_parse(row->f[i], row->len[i], im->o->decimal_comma, v, &why)
	    == 0)
		return 0;
	reject(im->rj, reader_where(im->r), row,
	    c == C_AMOUNT ? "bad amount" : c == C_QUANTITY ? "bad quantity" :
	    "bad unit_price", "column \"%s\": cannot parse \"%s\" (%s)",
	    colname(im, c), shorten(row->f[i], row->len[i], buf, sizeof(buf)),
	    why);
	return -1;
}

static int
flag_set(const char *s, size_t n, const char *want)
{
	static const char *const no[] = { "0", "false", "no", "n", "f", "" };

	field_trim(&s, &n);
	if (want)
		return strlen(want) == n && strncasecmp(s, want, n) == 0;
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (strlen(no[i]) == n && strncasecmp(s, no[i], n) == 0)
			return 0;
	return 1;
}

static void
pend(struct import *im, const struct row *row)
{
	GROW(im->pend, im->npend + 1, im->pendcap);
	struct row *p = &im->pend[im->npend++];
	p->nf = row->nf;
	p->line = row->line;
	p->f = xcalloc(row->nf, sizeof(char *));
	p->len = xcalloc(row->nf, sizeof(size_t));
	for (size_t i = 0; i < row->nf; i++) {
		p->f[i] = xmalloc(row->len[i] + 1);
		memcpy(p->f[i], row->f[i], row->len[i] + 1);
		p->len[i] = row->len[i];
	}
}

static void
free_rows(struct row *rows, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < rows[i].nf; j++)
			free(rows[i].f[j]);
		free(rows[i].f);
		free(rows[i].len);
	}
}

static size_t
add_text(struct import *im, const char *const *tv, const size_t *tl)
{
	size_t at = im->tlen;

	for (size_t i = 0; i < im->ntext; i++) {
		GROW(im->text, im->tlen + tl[i] + 1, im->tcap);
		memcpy(im->text + im->tlen, tv[i], tl[i]);
		im->text[im->tlen + tl[i]] = '\0';
		im->tlen += tl[i] + 1;
	}
	return at;
}

static struct rec *
new_rec(struct import *im)
{
	GROW(im->recs, im->nrec + 1, im->reccap);
	return &im->recs[im->nrec++];
}

/* Sums a line item into its order; 0 when the row was merged. */
static int
merge_order(struct import *im, const struct row *row, struct rec *rc,
    const char *ord, size_t ol)
{
	char day[16];

	/* Lines without an order id: the day stands for the order. */
	if (ol == 0) {
		ol = (size_t)snprintf(day, sizeof(day), "\001%d", (int)rc->day);
		ord = day;
	}
	GROW(im->kbuf, 4 + ol, im->kcap);
	memcpy(im->kbuf, &rc->cust, 4);
	memcpy(im->kbuf + 4, ord, ol);
	int added;
	uint32_t id = htab_intern(im->okeys, im->kbuf, 4 + ol, &added);
	if (added)
		return -1;
	struct rec *o = &im->recs[id];
	money a, q;
	if (money_add(o->amount, rc->amount, &a) || money_add(o->qty, rc->qty, &q)) {
		reject(im->rj, reader_where(im->r), row, "amount out of range",
		    "column \"%s\": order total out of range",
		    colname(im, C_ORDER));
		return 0;
	}
	o->amount = a;
	o->qty = q;
	if (rc->day < o->day || (rc->day == o->day && rc->secs < o->secs)) {
		o->day = rc->day;
		o->secs = rc->secs;
	}
	o->cancelled |= rc->cancelled;
	o->nrows++;
	return 0;
}

static void process(struct import *im, const struct row *row);

static void
replay(struct import *im)
{
	struct row *p = im->pend;
	size_t n = im->npend;

	im->pend = NULL;
	im->npend = im->pendcap = 0;
	for (size_t i = 0; i < n; i++)
		process(im, &p[i]);
	free_rows(p, n);
	free(p);
}

/* Parses one data row into a record; 0, or -1 when it was rejected or held. */
static int
parse(struct import *im, const struct row *row, struct rec *rc, money *price)
{
	const struct mapping *m = &im->m;
	const char *w = reader_where(im->r), *why;
	char buf[64];
	int i;

	memset(rc, 0, sizeof(*rc));
	rc->nrows = 1;
	i = m->col[C_DATE];
	switch (date_parse(im->dates, row->f[i], row->len[i], &rc->day,
	    &rc->secs, &why)) {
	case DATE_BAD:
		reject(im->rj, w, row, "bad order_date",
		    "column \"%s\": cannot parse \"%s\" (%s)", colname(im, C_DATE),
		    shorten(row->f[i], row->len[i], buf, sizeof(buf)), why);
		return -1;
	case DATE_AMBIGUOUS:
		pend(im, row);
		return -1;
	case DATE_OK:
		break;
	}
	/* Rows keep their input order: one that parses while earlier ones
	 * wait waits too, until a date tells day from month. */
	if (im->npend > 0 &&
	    date_parser_order(im->dates) == DATE_ORDER_UNKNOWN) {
		pend(im, row);
		return -1;
	}
	if (im->npend > 0)
		replay(im);
	int computed = m->col[C_AMOUNT] < 0;
	*price = 0;
	if ((m->col[C_QUANTITY] >= 0 && get_money(im, row, C_QUANTITY, &rc->qty)) ||
	    ((computed || im->has[C_PRICE]) &&
	    get_money(im, row, C_PRICE, price)))
		return -1;
	if (!computed && get_money(im, row, C_AMOUNT, &rc->amount))
		return -1;
	if (computed && money_mul(rc->qty, *price, &rc->amount)) {
		reject(im->rj, w, row, "amount out of range",
		    "columns \"%s\" and \"%s\": quantity x unit price out of "
		    "range or beyond 6 decimals", colname(im, C_QUANTITY),
		    colname(im, C_PRICE));
		return -1;
	}
	if (im->o->cancel_prefix && m->col[C_ORDER] >= 0) {
		const char *s = row->f[m->col[C_ORDER]];
		size_t n = row->len[m->col[C_ORDER]];
		field_trim(&s, &n);
		size_t pl = strlen(im->o->cancel_prefix);
		rc->cancelled = n >= pl && memcmp(s, im->o->cancel_prefix, pl) == 0;
	}
	if (m->cancel >= 0)
		rc->cancelled |= flag_set(row->f[m->cancel], row->len[m->cancel],
		    m->cancel_value);
	if (rc->cancelled && rc->amount > 0)
		rc->amount = -rc->amount;
	if (rc->cancelled && rc->qty > 0)
		rc->qty = -rc->qty;
	return 0;
}

static void
process(struct import *im, const struct row *row)
{
	const struct mapping *m = &im->m;
	const char **tv = im->tv, *cust;
	size_t *tl = im->tl, cl, t = 0;
	struct rec rc;
	money price;
	char pbuf[48];

	if (row->nf != m->nf) {
		reject(im->rj, reader_where(im->r), row, "wrong field count",
		    "expected %zu fields, found %zu", m->nf, row->nf);
		return;
	}
	cust = row->f[m->col[C_CUSTOMER]];
	cl = row->len[m->col[C_CUSTOMER]];
	field_trim(&cust, &cl);
	if (!im->o->id_exact)
		custid_normal(&im->ids, &cust, &cl);
	if (cl == 0) {
		reject(im->rj, reader_where(im->r), row, "missing customer_id",
		    "column \"%s\": no customer id", colname(im, C_CUSTOMER));
		return;
	}
	if (parse(im, row, &rc, &price) != 0)
		return;
	for (int c = C_ORDER; c < NCANON; c++) {
		if (!im->has[c] || c == C_QUANTITY)
			continue;
		if (c == C_PRICE) {
			tl[t] = money_format(price, 2, pbuf);
			tv[t++] = pbuf;
			continue;
		}
		tv[t] = row->f[m->col[c]];
		tl[t] = row->len[m->col[c]];
		field_trim(&tv[t], &tl[t]);
		t++;
	}
	for (size_t k = 0; k < im->o->nkeep; k++, t++) {
		tv[t] = row->f[m->keep[k]];
		tl[t] = row->len[m->keep[k]];
	}
	if (!im->stored) {
		emit(im, cust, cl, &rc, tv, tl, NULL, 0);
		return;
	}
	rc.cust = link_customer(im->link, cust, cl);
	for (size_t k = 0; k < im->o->nlink; k++)
		link_value(im->link, rc.cust, row->f[m->link[k]],
		    row->len[m->link[k]]);
	if (!im->orders || merge_order(im, row, &rc, tv[0], tl[0]) != 0) {
		rc.text = add_text(im, tv, tl);
		*new_rec(im) = rc;
	}
}

static void
unresolved(struct import *im)
{
	const struct row *a = &im->pend[0], *b = &im->pend[im->npend - 1];
	int i = im->m.col[C_DATE];
	char x[64], y[64], also[160] = "";

	if (im->npend > 1)
		snprintf(also, sizeof(also), " and \"%s\" on line %ld",
		    shorten(b->f[i], b->len[i], y, sizeof(y)), b->line);
	die(EXIT_DATA, "%scolumn \"%s\": day and month order cannot be told "
	    "from the data (%zu dates such as \"%s\" on line %ld%s); give "
	    "--date-format %%d/%%m/%%Y or %%m/%%d/%%Y", reader_where(im->r),
	    im->h->f[i], im->npend, shorten(a->f[i], a->len[i], x, sizeof(x)),
	    a->line, also);
}

/* Only customer_id, order_date and amount, in that order, and nothing
 * asked of them beyond the defaults: canonical lines (canon.h) are then
 * taken fast, as process would take them. */
static int
canon_columns(const struct import *im)
{
	const struct mapping *m = &im->m;

	for (int c = C_ORDER; c < NCANON; c++)
		if (m->col[c] >= 0)
			return 0;
	return m->nf == 3 && m->col[C_CUSTOMER] == 0 && m->col[C_DATE] == 1 &&
	    m->col[C_AMOUNT] == 2 && m->cancel < 0 && im->ntext == 0 &&
	    !im->stored && !im->o->keep_time && !im->o->decimal_comma &&
	    im->o->date_format == NULL;
}

void
import_file(struct import *im, struct reader *r)
{
	const struct row *row;
	struct txn x;
	int got;

	im->r = r;
	if ((im->h = reader_header(r)) == NULL)
		die(EXIT_DATA, "%sempty input: no header line", reader_where(r));
	map_columns(im->h, im->o, &im->m, reader_where(r));
	rejects_header(im->rj, im->h);
	start_file(im);
	im->lines = canon_lines_open(r, 0);
	int fast = canon_columns(im);
	/* Rows wait while earlier ones wait for the day/month order. */
	while ((got = canon_lines_next(im->lines, fast && im->npend == 0, &x,
	    &row)) != LINE_END) {
		im->nread++;
		if (got == LINE_TXN)
			emit_canon(im, &x);
		else
			process(im, row);
	}
	canon_lines_close(im->lines);
	im->lines = NULL;
	if (im->npend > 0)
		unresolved(im);
	map_free(&im->m);
}

static void
write_id_map(struct import *im)
{
	struct writer *w = writer_open(im->o->id_map, ',');
	size_t n;
	const char *s;

	writer_str(w, COL_ORIGINAL_ID);
	writer_str(w, COL_CUSTOMER_ID);
	writer_end(w);
	for (size_t i = 0; i < link_customers(im->link); i++) {
		uint32_t c = link_nth_customer(im->link, i);
		s = link_original(im->link, c, &n);
		writer_field(w, s, n);
		s = link_canonical(im->link, c, &n);
		writer_field(w, s, n);
		writer_end(w);
	}
	writer_close(w);
}

/* The set of --lookup's id or value; dies when no row has it. */
static uint32_t
lookup_set(struct import *im)
{
	const char *id = im->o->lookup;
	size_t n = strlen(id);
	uint32_t set;

	field_trim(&id, &n);
	if (!im->o->id_exact)
		custid_normal(&im->ids, &id, &n);
	if (!link_lookup(im->link, id, n, im->o->lookup,
	    strlen(im->o->lookup), &set))
		die(EXIT_DATA, "--lookup \"%s\": %s of the input",
		    im->o->lookup, im->o->nlink ? "neither a customer id nor "
		    "a --link value" : "not a customer id");
	return set;
}

static void
flush_stored(struct import *im)
{
	link_resolve(im->link);
	uint32_t want = im->o->lookup ? lookup_set(im) : 0;
	for (size_t i = 0; i < im->nrec; i++) {
		const struct rec *rc = &im->recs[i];
		const char *orig = NULL;
		size_t ol = 0;
		if (im->o->lookup) {
			if (link_set_of(im->link, rc->cust) != want) {
				im->nother += rc->nrows;
				continue;
			}
			orig = link_original(im->link, rc->cust, &ol);
		}
		const char *s = im->text + rc->text;
		for (size_t t = 0; t < im->ntext; t++) {
			im->tv[t] = s;
			im->tl[t] = strlen(s);
			s += im->tl[t] + 1;
		}
		size_t cl;
		const char *cust = link_canonical(im->link, rc->cust, &cl);
		emit(im, cust, cl, rc, im->tv, im->tl, orig, ol);
	}
	if (im->o->id_map)
		write_id_map(im);
}

/* Writes what was kept; returns the rows read, which must balance. */
size_t
import_finish(struct import *im)
{
	if (im->stored)
		flush_stored(im);
	if (im->nread != im->nwritten + im->nmerged + im->ndropped +
	    im->nother + rejects_count(im->rj))
		die(EXIT_INTERNAL, "row counts do not balance");
	return im->nread;
}

/* No row written from rows read fails the run, before the output is
 * renamed into place; returns dropped on request are said apart. */
void
import_need_output(struct import *im)
{
	char dropped[64];

	snprintf(dropped, sizeof(dropped), "%zu returns dropped (--returns "
	    "drop)", im->ndropped);
	rejects_need_output(im->rj, im->nread, im->nwritten,
	    im->ndropped ? dropped : NULL);
}

size_t
import_written(const struct import *im)
{
	return im->nwritten;
}

/* The run's account of its rows, once the output is safely written. */
void
import_tally(struct import *im, struct tally *t)
{
	char total[48];

	t->read = im->nread;
	t->written = im->nwritten;
	t->merged = im->nmerged;
	t->aside = im->ndropped + im->nother;
	t->rj = im->rj;
	t->written_as = "written";
	t->merged_as = "merged into orders";
	t->aside_as = !im->nother ? "returns dropped" : !im->ndropped ?
	    "left out by --lookup" : "returns dropped or left out by --lookup";
	money_format(im->total, 2, total);
	int n = snprintf(t->tail, sizeof(t->tail), "amount written %s",
	    im->total_overflow ? "out of range" : total);
	/* ids, not rows: in the words, not in a count of --stats */
	if (im->o->nlink && im->link)
		snprintf(t->tail + n, sizeof(t->tail) - (size_t)n, "; %zu %s "
		    "merged into other customers by --link",
		    link_merged(im->link), link_merged(im->link) == 1 ? "id" :
		    "ids");
}

void
import_free(struct import *im)
{
	if (im->link)
		link_free(im->link);
	htab_free(im->okeys);
	custid_free(&im->ids);
	date_parser_free(im->dates);
	free(im->recs);
	free(im->text);
	free(im->kbuf);
	free(im->tv);
	free(im->tl);
	free(im);
}
