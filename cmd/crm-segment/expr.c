#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "expr.h"
#include "grow.h"

enum op {
	N_NUM, N_STR, N_COL, N_NEG, N_ADD, N_SUB, N_MUL, N_DIV,
	N_EQ, N_NE, N_LT, N_LE, N_GT, N_GE, N_AND, N_OR, N_NOT, N_IN,
	N_ABS, N_LOG, N_MIN, N_MAX,
	N_DATE, N_TODAY, N_SINCE, N_UNTIL, N_BETWEEN, N_YEAR, N_MONTH, N_DAY,
	N_ANNIV,
	N_PCT, N_MEDIAN, N_MEAN, N_SUM, N_PERCENTILE,	/* whole input */
	N_LET,		/* a let's expression, shared by every use */
};

/* Deeper expressions would risk the stack, in parsing and in evaluation. */
enum { MAX_DEPTH = 200, MAX_HEIGHT = 1000 };

struct node {
	enum op op;
	int col;
	double num;		/* N_NUM; the answer of a whole-input constant */
	char *str;		/* N_STR, and the text of N_NUM */
	size_t len;
	struct node **kid;
	size_t nkid, kidcap;
	double *vals;		/* whole input: the argument's values, sorted */
	size_t nvals, cap;
	int height;		/* of the tree below, lets included */
	/* N_LET: the value for the row of stamp, and what it counted */
	uint64_t stamp, visit;
	struct val memo;
	unsigned undefined, nan;
	struct node *next;	/* every node of a parser, for freeing */
};

static const struct {
	const char *name;
	enum op op;
	size_t min, max;
} funcs[] = {
	{ "abs", N_ABS, 1, 1 }, { "log", N_LOG, 1, 1 },
	{ "min", N_MIN, 2, 64 }, { "max", N_MAX, 2, 64 },
	{ "pct", N_PCT, 1, 1 }, { "median", N_MEDIAN, 1, 1 },
	{ "mean", N_MEAN, 1, 1 }, { "sum", N_SUM, 1, 1 },
	{ "percentile", N_PERCENTILE, 2, 2 },
	{ "date", N_DATE, 1, 1 }, { "today", N_TODAY, 0, 0 },
	{ "days_since", N_SINCE, 1, 1 }, { "days_until", N_UNTIL, 1, 1 },
	{ "days_between", N_BETWEEN, 2, 2 }, { "year", N_YEAR, 1, 1 },
	{ "month", N_MONTH, 1, 1 }, { "day", N_DAY, 1, 1 },
	{ "days_to_anniversary", N_ANNIV, 1, 1 },
};

/* The functions that count from today. */
static int
uses_today(enum op op)
{
	return op == N_TODAY || op == N_SINCE || op == N_UNTIL ||
	    op == N_ANNIV;
}

static int
is_agg(enum op op)
{
	return op >= N_PCT && op <= N_PERCENTILE;
}

/* ---- messages ---------------------------------------------------------- */

/* Columns count characters, not bytes, so the caret sits under the spot. */
static int
display_col(const char *line, const char *at)
{
	int c = 0;

	for (const char *p = line; p < at && *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			c++;
	return c;
}

void
src_error(const struct src *src, const char *at, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	int col = at ? display_col(src->text, at) : 0;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* A long line is shown around the spot only. */
	const char *from = src->text;
	int skip = col > 60 ? col - 40 : 0;
	for (int c = 0; *from && c < skip;)
		if (((unsigned char)*++from & 0xC0) != 0x80)
			c++;
	int width = (int)strlen(from) > 100 ? 100 : (int)strlen(from);
	while (width > 0 && ((unsigned char)from[width] & 0xC0) == 0x80)
		width--;
	const char *more = from[width] ? " ..." : "";
	if (src->line > 0)
		die(EXIT_USAGE, "%s:%d:%d: %s\n    %s%.*s%s\n    %*s^", src->name,
		    src->line, col + 1, msg, skip ? "... " : "", width, from,
		    more, col - skip + (skip ? 4 : 0), "");
	die(EXIT_USAGE, "%s, column %d: %s\n    %s%.*s%s\n    %*s^", src->name,
	    col + 1, msg, skip ? "... " : "", width, from, more,
	    col - skip + (skip ? 4 : 0), "");
}

/* ---- tokens ------------------------------------------------------------ */

enum tok {
	T_END, T_NUM, T_STR, T_NAME, T_LP, T_RP, T_COMMA,
	T_PLUS, T_MINUS, T_STAR, T_SLASH,
	T_EQ, T_NE, T_LT, T_LE, T_GT, T_GE, T_AND, T_OR, T_NOT, T_IN,
	T_TRUE, T_FALSE,
};

struct lex {
	struct parser *p;
	const struct src *src;
	const char *s, *end;
	enum tok tok;
	const char *at;		/* where the token starts */
	const char *text;	/* a name or a string, unescaped */
	size_t tlen;
	char *buf;
	int in_agg, depth;
};

static int
name_char(unsigned char c)
{
	return c == '_' || c == '.' || c >= 0x80 || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static void
take_quoted(struct lex *l, char q)
{
	size_t n = 0;
	const char *p = l->s + 1;

	l->buf = xrealloc(l->buf, (size_t)(l->end - l->s) + 1);
	for (;; p++) {
		if (p >= l->end)
			src_error(l->src, l->at, "%s not closed",
			    q == '`' ? "backquoted name" : "string");
		if (*p == q) {
			if (p + 1 < l->end && p[1] == q) {
				l->buf[n++] = q;
				p++;
				continue;
			}
			break;
		}
		l->buf[n++] = *p;
	}
	l->buf[n] = '\0';
	l->text = l->buf;
	l->tlen = n;
	l->s = p + 1;
}

/* Typographic operators, as people write them in specifications. */
static const struct {
	const char *utf8;
	enum tok tok;
} symbols[] = {
	{ "\xe2\x88\x92", T_MINUS }, { "\xc3\x97", T_STAR },
	{ "\xc3\xb7", T_SLASH }, { "\xe2\x89\xa4", T_LE },
	{ "\xe2\x89\xa5", T_GE }, { "\xe2\x89\xa0", T_NE },
};

static const struct {
	const char *word;
	enum tok tok;
} words[] = {
	{ "and", T_AND }, { "or", T_OR }, { "not", T_NOT }, { "in", T_IN },
	{ "true", T_TRUE }, { "false", T_FALSE },
};

static void
next(struct lex *l)
{
	while (l->s < l->end && (*l->s == ' ' || *l->s == '\t'))
		l->s++;
	l->at = l->s;
	if (l->s >= l->end || *l->s == '#') {
		l->tok = T_END;
		return;
	}
	for (size_t i = 0; i < sizeof(symbols) / sizeof(symbols[0]); i++) {
		size_t n = strlen(symbols[i].utf8);
		if ((size_t)(l->end - l->s) >= n &&
		    memcmp(l->s, symbols[i].utf8, n) == 0) {
			l->s += n;
			l->tok = symbols[i].tok;
			return;
		}
	}
	char c = *l->s, d = l->s + 1 < l->end ? l->s[1] : '\0';
	l->s++;
	switch (c) {
	case '(': l->tok = T_LP; return;
	case ')': l->tok = T_RP; return;
	case ',': l->tok = T_COMMA; return;
	case '+': l->tok = T_PLUS; return;
	case '-': l->tok = T_MINUS; return;
	case '*': l->tok = T_STAR; return;
	case '/': l->tok = T_SLASH; return;
	case '=': l->tok = T_EQ; l->s += d == '='; return;
	case '!':
		l->tok = d == '=' ? T_NE : T_NOT;
		l->s += d == '=';
		return;
	case '<':
		l->tok = d == '=' ? T_LE : d == '>' ? T_NE : T_LT;
		l->s += d == '=' || d == '>';
		return;
	case '>': l->tok = d == '=' ? T_GE : T_GT; l->s += d == '='; return;
	case '&':
	case '|':
		if (d != c)
			src_error(l->src, l->at, "\"%c\" alone: write %c%c or %s",
			    c, c, c, c == '&' ? "and" : "or");
		l->s++;
		l->tok = c == '&' ? T_AND : T_OR;
		return;
	case '"':
	case '\'':
	case '`':
		l->s--;
		take_quoted(l, c);
		l->tok = c == '`' ? T_NAME : T_STR;
		return;
	}
	l->s--;
	if ((c >= '0' && c <= '9') || (c == '.' && d >= '0' && d <= '9')) {
		const char *p = l->s;
		while (p < l->end && ((*p >= '0' && *p <= '9') || *p == '.'))
			p++;
		if (p < l->end && (*p == 'e' || *p == 'E')) {
			const char *q = p + 1;
			if (q < l->end && (*q == '+' || *q == '-'))
				q++;
			if (q < l->end && *q >= '0' && *q <= '9') {
				p = q;
				while (p < l->end && *p >= '0' && *p <= '9')
					p++;
			}
		}
		l->text = l->s;
		l->tlen = (size_t)(p - l->s);
		l->s = p;
		l->tok = T_NUM;
		return;
	}
	if (c == '$' || name_char((unsigned char)c)) {
		const char *p = l->s + (c == '$');
		while (p < l->end && name_char((unsigned char)*p))
			p++;
		l->text = l->s;
		l->tlen = (size_t)(p - l->s);
		l->s = p;
		l->tok = T_NAME;
		for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
			if (strlen(words[i].word) == l->tlen &&
			    strncasecmp(words[i].word, l->text, l->tlen) == 0)
				l->tok = words[i].tok;
		return;
	}
	src_error(l->src, l->at, "unexpected \"%c\"", c);
}

/* ---- parsing ----------------------------------------------------------- */

static struct node *
node_new(struct lex *l, enum op op)
{
	struct node *n = xcalloc(1, sizeof(*n));

	n->op = op;
	n->col = -1;
	n->next = l->p->nodes;
	l->p->nodes = n;
	return n;
}

static struct node *
node2(struct lex *l, enum op op, struct node *a, struct node *b)
{
	struct node *n = node_new(l, op);

	n->kid = xcalloc(2, sizeof(*n->kid));
	n->kidcap = 2;
	n->kid[0] = a;
	n->kid[1] = b;
	n->nkid = b ? 2 : 1;
	n->height = 1 + (b && b->height > a->height ? b->height : a->height);
	return n;
}

static void
add_kid(struct node *n, struct node *k)
{
	GROW(n->kid, n->nkid + 1, n->kidcap);
	n->kid[n->nkid++] = k;
	if (k->height >= n->height)
		n->height = k->height + 1;
}

static void
deeper(struct lex *l)
{
	if (++l->depth > MAX_DEPTH)
		src_error(l->src, l->at, "expression nested too deeply");
}

static void
expect(struct lex *l, enum tok t, const char *what)
{
	if (l->tok != t)
		src_error(l->src, l->at, "expected %s", what);
	next(l);
}

static struct node *parse_or(struct lex *l);

static size_t
edit_distance(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b), d[64];

	if (nb >= 64)
		return (size_t)-1;
	for (size_t j = 0; j <= nb; j++)
		d[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = d[0];
		d[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = d[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (d[j - 1] + 1 < best)
				best = d[j - 1] + 1;
			diag = up;
			d[j] = best;
		}
	}
	return d[nb];
}

static _Noreturn void
unknown_name(struct lex *l, const char *name, const char *at)
{
	const struct row *h = l->p->header;
	const char *near = NULL;
	size_t best = 3;

	for (size_t i = 0; i < h->nf; i++) {
		size_t d = edit_distance(name, h->f[i]);
		if (d < best && 3 * d <= strlen(name)) {
			best = d;
			near = h->f[i];
		}
	}
	if (near)
		src_error(l->src, at, "unknown column \"%s\" (did you mean "
		    "\"%s\"?); the columns are %s", name, near, col_list(h));
	src_error(l->src, at, "unknown column \"%s\"; the columns are %s", name,
	    col_list(h));
}

static struct node *
parse_call(struct lex *l, const char *name, const char *at)
{
	size_t f;

	for (f = 0; f < sizeof(funcs) / sizeof(funcs[0]); f++)
		if (strcasecmp(funcs[f].name, name) == 0)
			break;
	if (f == sizeof(funcs) / sizeof(funcs[0]))
		src_error(l->src, at, "unknown function \"%s\" (there are abs, "
		    "log, min, max, pct, median, mean, sum, percentile, date, "
		    "today, days_since, days_until, days_between, year, month, "
		    "day, days_to_anniversary)", name);
	struct node *n = node_new(l, funcs[f].op);
	int agg = is_agg(n->op);
	if (agg && l->in_agg)
		src_error(l->src, at, "%s() inside another whole-input "
		    "function", funcs[f].name);
	l->in_agg += agg;
	next(l);
	if (l->tok != T_RP)
		for (;;) {
			add_kid(n, parse_or(l));
			if (l->tok != T_COMMA)
				break;
			next(l);
		}
	expect(l, T_RP, "\",\" or \")\"");
	l->in_agg -= agg;
	if (n->nkid < funcs[f].min || n->nkid > funcs[f].max)
		src_error(l->src, at, "%s() takes %zu argument%s", funcs[f].name,
		    funcs[f].min, funcs[f].min == 1 ? "" : "s");
	if (uses_today(n->op)) {
		if (!l->p->has_today) {
			time_t now = time(NULL);
			struct tm tm;
			localtime_r(&now, &tm);
			l->p->today = date_from_ymd(tm.tm_year + 1900,
			    tm.tm_mon + 1, tm.tm_mday);
			l->p->has_today = 1;
		}
		n->num = l->p->today;
	}
	if (n->op == N_PERCENTILE && (n->kid[1]->op != N_NUM ||
	    n->kid[1]->num < 0 || n->kid[1]->num > 100))
		src_error(l->src, at, "percentile(x, P) takes a number P from 0 "
		    "to 100");
	if (agg) {
		GROW(l->p->aggs, l->p->naggs + 1, l->p->aggscap);
		l->p->aggs[l->p->naggs++] = n;
	}
	return n;
}

static struct node *
parse_name(struct lex *l)
{
	const char *at = l->at;
	char *name = xstrndup(l->text, l->tlen);
	int quoted = *at == '`';
	struct node *n;

	next(l);
	if (!quoted && l->tok == T_LP) {
		n = parse_call(l, name, at);
		free(name);
		return n;
	}
	for (size_t i = l->p->nlet; i-- > 0;)
		if (strcmp(l->p->let[i].name, name) == 0) {
			l->p->let[i].used = 1;
			free(name);
			return l->p->let[i].expr;
		}
	int c = col_find(l->p->header, name + (!quoted && *name == '$'));
	if (c < 0)
		unknown_name(l, name, at);
	free(name);
	n = node_new(l, N_COL);
	n->col = c;
	return n;
}

static struct node *
parse_primary(struct lex *l)
{
	struct node *n;

	switch (l->tok) {
	case T_NUM: {
		char *text = xstrndup(l->text, l->tlen);
		n = node_new(l, N_NUM);
		n->num = strtod(text, NULL);
		free(text);
		if (!isfinite(n->num))
			src_error(l->src, l->at, "number out of range");
		next(l);
		return n;
	}
	case T_STR:
		n = node_new(l, N_STR);
		n->str = xstrndup(l->text, l->tlen);
		n->len = l->tlen;
		next(l);
		return n;
	case T_TRUE:
	case T_FALSE:
		n = node_new(l, N_NUM);
		n->num = l->tok == T_TRUE;
		next(l);
		return n;
	case T_NAME:
		return parse_name(l);
	case T_LP:
		next(l);
		n = parse_or(l);
		expect(l, T_RP, "\")\"");
		return n;
	case T_END:
		src_error(l->src, l->at, "expression ends too soon");
	default:
		src_error(l->src, l->at, "expected a number, a string, a column "
		    "or \"(\"");
	}
}

static struct node *
parse_unary(struct lex *l)
{
	struct node *n;

	deeper(l);
	if (l->tok == T_MINUS) {
		next(l);
		n = node2(l, N_NEG, parse_unary(l), NULL);
	} else {
		if (l->tok == T_PLUS)
			next(l);
		n = parse_primary(l);
	}
	l->depth--;
	return n;
}

static struct node *
parse_product(struct lex *l)
{
	struct node *n = parse_unary(l);

	while (l->tok == T_STAR || l->tok == T_SLASH) {
		enum op op = l->tok == T_STAR ? N_MUL : N_DIV;
		next(l);
		n = node2(l, op, n, parse_unary(l));
	}
	return n;
}

static struct node *
parse_sum(struct lex *l)
{
	struct node *n = parse_product(l);

	while (l->tok == T_PLUS || l->tok == T_MINUS) {
		enum op op = l->tok == T_PLUS ? N_ADD : N_SUB;
		next(l);
		n = node2(l, op, n, parse_product(l));
	}
	return n;
}

static struct node *
parse_compare(struct lex *l)
{
	struct node *n = parse_sum(l);
	static const enum op ops[] = {
		[T_EQ] = N_EQ, [T_NE] = N_NE, [T_LT] = N_LT, [T_LE] = N_LE,
		[T_GT] = N_GT, [T_GE] = N_GE,
	};

	if (l->tok >= T_EQ && l->tok <= T_GE) {
		enum op op = ops[l->tok];
		next(l);
		return node2(l, op, n, parse_sum(l));
	}
	int negate = 0;
	if (l->tok == T_NOT) {
		next(l);
		if (l->tok != T_IN)
			src_error(l->src, l->at, "expected \"in\" after \"not\"");
		negate = 1;
	}
	if (l->tok != T_IN)
		return n;
	next(l);
	expect(l, T_LP, "\"(\" after \"in\"");
	struct node *in = node2(l, N_IN, n, NULL);
	for (;;) {
		add_kid(in, parse_sum(l));
		if (l->tok != T_COMMA)
			break;
		next(l);
	}
	expect(l, T_RP, "\",\" or \")\"");
	return negate ? node2(l, N_NOT, in, NULL) : in;
}

static struct node *
parse_not(struct lex *l)
{
	struct node *n;

	deeper(l);
	if (l->tok == T_NOT) {
		next(l);
		n = node2(l, N_NOT, parse_not(l), NULL);
	} else
		n = parse_compare(l);
	l->depth--;
	return n;
}

static struct node *
parse_and(struct lex *l)
{
	struct node *n = parse_not(l);

	while (l->tok == T_AND) {
		next(l);
		n = node2(l, N_AND, n, parse_not(l));
	}
	return n;
}

static struct node *
parse_or(struct lex *l)
{
	deeper(l);
	struct node *n = parse_and(l);

	while (l->tok == T_OR) {
		next(l);
		n = node2(l, N_OR, n, parse_and(l));
	}
	if (n->height > MAX_HEIGHT)
		src_error(l->src, l->at, "expression too long");
	l->depth--;
	return n;
}

/* s points into src->text, so that messages can show where. */
struct node *
expr_parse(struct parser *p, const struct src *src, const char *s, size_t len)
{
	struct lex l = { .p = p, .src = src, .s = s, .end = s + len };

	next(&l);
	struct node *n = parse_or(&l);
	if (l.tok != T_END)
		src_error(src, l.at, "expected an operator or the end of the "
		    "rule");
	free(l.buf);
	return n;
}

/* A let's expression is evaluated once a row however often it is used,
 * so that lets built on lets cost no more than they read. */
struct node *
expr_let(struct parser *p, const struct src *src, struct node *e)
{
	struct lex l = { .p = p, .src = src };
	struct node *n = node2(&l, N_LET, e, NULL);

	n->stamp = UINT64_MAX;
	if (n->height > MAX_HEIGHT)
		src_error(src, src->text, "expression too long");
	return n;
}

/* Walks visit each let's expression once, or a chain of lets would take
 * exponential time. */
static uint64_t walk;

static int
uses_aggs(struct node *n)
{
	if (n->op == N_LET) {
		if (n->visit == walk)
			return 0;
		n->visit = walk;
	}
	if (is_agg(n->op))
		return 1;
	for (size_t i = 0; i < n->nkid; i++)
		if (uses_aggs(n->kid[i]))
			return 1;
	return 0;
}

int
expr_uses_aggs(struct node *n)
{
	walk++;
	return uses_aggs(n);
}

static void
columns(struct node *n, void (*fn)(int, void *), void *arg)
{
	if (n->op == N_LET) {
		if (n->visit == walk)
			return;
		n->visit = walk;
	}
	if (n->op == N_COL)
		fn(n->col, arg);
	for (size_t i = 0; i < n->nkid; i++)
		columns(n->kid[i], fn, arg);
}

void
expr_columns(struct node *n, void (*fn)(int, void *), void *arg)
{
	walk++;
	columns(n, fn, arg);
}

/* ---- evaluation -------------------------------------------------------- */

/* Plain decimal numbers only: "inf", "0x10" and "1,5" are texts. */
int
expr_number(const char *s, size_t n, double *out)
{
	static const double pow10[] = { 1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
	    1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15 };
	size_t i = 0, digits = 0, frac = 0;
	uint64_t m = 0;

	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++, digits++)
		m = m * 10 + (uint64_t)(s[i] - '0');
	if (i < n && s[i] == '.')
		for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++, frac++)
			m = m * 10 + (uint64_t)(s[i] - '0');
	digits += frac;
	if (digits == 0)
		return -1;
	/* Up to 15 digits the quotient of two exact doubles is the correctly
	 * rounded value, as strtod gives, and much sooner. */
	if (i == n && digits <= 15) {
		*out = (double)m / pow10[frac];
		if (*s == '-')
			*out = -*out;
		return 0;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		size_t e = ++i;
		if (i < n && (s[i] == '-' || s[i] == '+'))
			e = ++i;
		for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == e)
			return -1;
	}
	if (i != n)
		return -1;
	*out = strtod(s, NULL);	/* fields end in NUL */
	return isfinite(*out) ? 0 : -1;
}

void
env_get(struct env *e, int c, struct val *v)
{
	if (e->stamp[c] != e->now) {
		struct val *x = &e->col[c];
		x->s = e->f[c];
		x->len = e->len[c];
		x->has_str = x->len > 0;
		x->has_num = x->len > 0 &&
		    expr_number(x->s, x->len, &x->num) == 0;
		e->stamp[c] = e->now;
	}
	*v = e->col[c];
}

static void
number(struct val *v, double x)
{
	v->num = x;
	v->has_num = 1;
	v->has_str = 0;
}

static const struct val missing;

/* -1, 0, 1, or 2 when the two cannot be compared (a number and a text,
 * or a missing value). */
static int
compare(struct env *e, const struct val *a, const struct val *b)
{
	if (a->has_num && b->has_num)
		return (a->num > b->num) - (a->num < b->num);
	if (a->has_str && b->has_str) {
		size_t n = a->len < b->len ? a->len : b->len;
		int c = memcmp(a->s, b->s, n);
		if (c == 0)
			c = (a->len > b->len) - (a->len < b->len);
		return (c > 0) - (c < 0);
	}
	if ((a->has_num && b->has_str) || (a->has_str && b->has_num))
		e->nan++;
	return 2;
}

/* The day of a date value: an ISO text, or a whole day number. */
static int
as_day(const struct val *v, int32_t *day)
{
	if (v->has_str)
		return v->len >= 10 && date_iso(v->s, day) &&
		    (v->len == 10 || v->s[10] == ' ' || v->s[10] == 'T');
	if (!v->has_num || v->num != floor(v->num) || fabs(v->num) > 4e6)
		return 0;
	*day = (int32_t)v->num;
	return 1;
}

/* Days from today to the next anniversary of day (0 on it); a 29
 * February falls on the 28th in other years. */
static double
anniversary(int32_t today, int32_t day)
{
	int ty, tm, td, y, m, d;

	date_to_ymd(today, &ty, &tm, &td);
	date_to_ymd(day, &y, &m, &d);
	int32_t next = today;
	/* this year's, or else next year's */
	for (int year = ty; year <= ty + 1; year++) {
		int dd = m == 2 && d == 29 && !date_valid(year, 2, 29) ? 28 : d;
		next = date_from_ymd(year, m, dd);
		if (next >= today)
			break;
	}
	return next - today;
}

/* The date functions: out missing, counted as undefined, where an
 * argument that is there is no date. */
static void
date_fn(const struct node *n, struct env *e, struct val *out)
{
	struct val a, b;
	int32_t x = 0, y = 0, today = (int32_t)n->num;
	int yy, mm, dd;

	if (n->op == N_TODAY) {
		number(out, today);
		return;
	}
	expr_eval(n->kid[0], e, &a);
	int ok = as_day(&a, &x);
	if (ok && n->nkid > 1) {
		expr_eval(n->kid[1], e, &b);
		ok = as_day(&b, &y);
		a = b;
	}
	if (!ok) {
		e->undefined += a.has_num || a.has_str;
		*out = missing;
		return;
	}
	if (n->op == N_YEAR || n->op == N_MONTH || n->op == N_DAY) {
		date_to_ymd(x, &yy, &mm, &dd);
		number(out, n->op == N_YEAR ? yy : n->op == N_MONTH ? mm : dd);
		return;
	}
	number(out, n->op == N_DATE ? x : n->op == N_SINCE ? today - x :
	    n->op == N_UNTIL ? x - today : n->op == N_BETWEEN ? y - x :
	    anniversary(today, x));
}

static int
truth(const struct val *v)
{
	return v->has_num ? v->num != 0 : v->has_str;
}

/* The row's percentile rank: the share of values below it, in percent. */
static double
rank_pct(const struct node *n, double x)
{
	size_t lo = 0, hi = n->nvals;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (n->vals[mid] < x)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 100.0 * (double)lo / (double)n->nvals;
}

void
expr_eval(const struct node *n, struct env *e, struct val *out)
{
	struct val a, b;

	switch (n->op) {
	case N_NUM:
		/* A number written in a rule is a number only: against a text
		 * field ("nan", "A") it compares as nothing, and is counted. */
		number(out, n->num);
		return;
	case N_STR:
		out->s = n->str;
		out->len = n->len;
		out->has_str = 1;
		out->has_num = 0;
		return;
	case N_COL:
		env_get(e, n->col, out);
		return;
	case N_LET: {
		struct node *m = (struct node *)n;
		if (m->stamp != e->now) {
			unsigned dz = e->undefined, nan = e->nan;
			expr_eval(n->kid[0], e, &m->memo);
			m->undefined = e->undefined - dz;
			m->nan = e->nan - nan;
			m->stamp = e->now;
		} else {
			e->undefined += m->undefined;
			e->nan += m->nan;
		}
		*out = m->memo;
		return;
	}
	case N_NEG:
	case N_ABS:
	case N_LOG:
		expr_eval(n->kid[0], e, &a);
		if (!a.has_num || (n->op == N_LOG && a.num <= 0)) {
			e->undefined += a.has_num;
			*out = missing;
			return;
		}
		number(out, n->op == N_NEG ? -a.num : n->op == N_ABS ?
		    fabs(a.num) : log(a.num));
		return;
	case N_ADD:
	case N_SUB:
	case N_MUL:
	case N_DIV:
		expr_eval(n->kid[0], e, &a);
		expr_eval(n->kid[1], e, &b);
		if (!a.has_num || !b.has_num) {
			*out = missing;
			return;
		}
		if (n->op == N_DIV && b.num == 0) {
			e->undefined++;
			*out = missing;
			return;
		}
		number(out, n->op == N_ADD ? a.num + b.num : n->op == N_SUB ?
		    a.num - b.num : n->op == N_MUL ? a.num * b.num :
		    a.num / b.num);
		return;
	case N_EQ: case N_NE: case N_LT: case N_LE: case N_GT: case N_GE: {
		expr_eval(n->kid[0], e, &a);
		expr_eval(n->kid[1], e, &b);
		int c = compare(e, &a, &b), r = 0;
		if (c != 2)
			r = n->op == N_EQ ? c == 0 : n->op == N_NE ? c != 0 :
			    n->op == N_LT ? c < 0 : n->op == N_LE ? c <= 0 :
			    n->op == N_GT ? c > 0 : c >= 0;
		number(out, r);
		return;
	}
	case N_AND:
		number(out, expr_true(n->kid[0], e) && expr_true(n->kid[1], e));
		return;
	case N_OR:
		number(out, expr_true(n->kid[0], e) || expr_true(n->kid[1], e));
		return;
	case N_NOT:
		number(out, !expr_true(n->kid[0], e));
		return;
	case N_IN:
		expr_eval(n->kid[0], e, &a);
		for (size_t i = 1; i < n->nkid; i++) {
			expr_eval(n->kid[i], e, &b);
			if (compare(e, &a, &b) == 0) {
				number(out, 1);
				return;
			}
		}
		number(out, 0);
		return;
	case N_MIN:
	case N_MAX:
		expr_eval(n->kid[0], e, out);
		for (size_t i = 1; i < n->nkid && out->has_num; i++) {
			expr_eval(n->kid[i], e, &b);
			if (!b.has_num)
				*out = missing;
			else if (n->op == N_MIN ? b.num < out->num :
			    b.num > out->num)
				number(out, b.num);
		}
		if (out->has_num)
			number(out, out->num);
		return;
	case N_DATE: case N_TODAY: case N_SINCE: case N_UNTIL: case N_BETWEEN:
	case N_YEAR: case N_MONTH: case N_DAY: case N_ANNIV:
		date_fn(n, e, out);
		return;
	case N_PCT:
		expr_eval(n->kid[0], e, &a);
		if (!a.has_num || n->nvals == 0)
			*out = missing;
		else
			number(out, rank_pct(n, a.num));
		return;
	case N_MEDIAN:
	case N_MEAN:
	case N_SUM:
	case N_PERCENTILE:
		if (n->nvals == 0 && n->op != N_SUM)
			*out = missing;
		else
			number(out, n->num);
		return;
	}
}

int
expr_true(const struct node *n, struct env *e)
{
	struct val v;

	expr_eval(n, e, &v);
	return truth(&v);
}

void
env_init(struct env *e, size_t ncols)
{
	e->col = xcalloc(ncols ? ncols : 1, sizeof(*e->col));
	e->stamp = xcalloc(ncols ? ncols : 1, sizeof(*e->stamp));
	e->now = 0;
}

void
env_row(struct env *e, const struct row *row)
{
	e->f = (const char *const *)row->f;
	e->len = row->len;
	e->now++;
	e->undefined = e->nan = 0;
}

/* A made-up value for one column, as if a row held it. */
void
env_set(struct env *e, int col, double v)
{
	number(&e->col[col], v);
	e->stamp[col] = e->now;
}

void
env_free(struct env *e)
{
	free(e->col);
	free(e->stamp);
}

/* ---- whole-input functions --------------------------------------------- */

void
aggs_add_row(struct parser *p, struct env *e)
{
	for (size_t i = 0; i < p->naggs; i++) {
		struct node *n = p->aggs[i];
		struct val v;
		expr_eval(n->kid[0], e, &v);
		if (!v.has_num)
			continue;
		GROW(n->vals, n->nvals + 1, n->cap);
		n->vals[n->nvals++] = v.num;
	}
}

static int
dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Linear between the closest ranks, as R's type 7 and numpy's default. */
static double
percentile(const double *v, size_t n, double p)
{
	double h = (double)(n - 1) * p / 100;
	size_t lo = (size_t)h;

	if (lo + 1 >= n)
		return v[n - 1];
	return v[lo] + (h - (double)lo) * (v[lo + 1] - v[lo]);
}

void
aggs_finish(struct parser *p)
{
	for (size_t i = 0; i < p->naggs; i++) {
		struct node *n = p->aggs[i];
		if (n->nvals == 0)
			continue;
		qsort(n->vals, n->nvals, sizeof(double), dbl_cmp);
		double sum = 0;
		switch (n->op) {
		case N_MEDIAN:
			n->num = percentile(n->vals, n->nvals, 50);
			break;
		case N_PERCENTILE:
			n->num = percentile(n->vals, n->nvals, n->kid[1]->num);
			break;
		case N_MEAN:
		case N_SUM:
			/* Summed in sorted order, so that row order cannot
			 * change the last digit. */
			for (size_t k = 0; k < n->nvals; k++)
				sum += n->vals[k];
			n->num = n->op == N_SUM ? sum : sum / (double)n->nvals;
			break;
		default:
			break;
		}
	}
}

void
parser_free(struct parser *p)
{
	for (struct node *n = p->nodes, *nx; n; n = nx) {
		nx = n->next;
		free(n->kid);
		free(n->str);
		free(n->vals);
		free(n);
	}
	for (size_t i = 0; i < p->nlet; i++)
		free(p->let[i].name);
	free(p->let);
	free(p->aggs);
}
