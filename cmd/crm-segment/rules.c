#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "htab.h"
#include "segment.h"

void
rules_init(struct rules *rs, const struct row *header)
{
	memset(rs, 0, sizeof(*rs));
	rs->p.header = header;
	rs->score_hi = xcalloc(header->nf ? header->nf : 1, sizeof(int));
}

/* --set NAME=EXPR: replaces the rules' own "let NAME = ...". */
void
rules_set(struct rules *rs, const char *name, const char *expr)
{
	GROW(rs->set, rs->nset + 1, rs->setcap);
	rs->set[rs->nset].name = xstrdup(name);
	rs->set[rs->nset].expr = xstrdup(expr);
	rs->set[rs->nset++].used = 0;
}

static char *
keep_text(struct rules *rs, const char *s, size_t n)
{
	GROW(rs->text, rs->ntext + 1, rs->textcap);
	return rs->text[rs->ntext++] = xstrndup(s, n);
}

static const char *
skip_blanks(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

static void
add_let(struct rules *rs, const struct src *src, const char *s)
{
	const char *name = skip_blanks(s + 3), *p = name;

	while (*p == '_' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' &&
	    *p <= 'Z') || (*p >= '0' && *p <= '9') || (unsigned char)*p >= 0x80)
		p++;
	if (p == name)
		src_error(src, name, "expected a name after \"let\"");
	char *id = xstrndup(name, (size_t)(p - name));
	const char *eq = skip_blanks(p);
	if (*eq != '=')
		src_error(src, eq, "expected \"=\" after \"let %s\"", id);
	for (size_t i = 0; i < rs->p.nlet; i++)
		if (strcmp(rs->p.let[i].name, id) == 0)
			src_error(src, name, "\"%s\" is defined twice", id);

	struct node *e = NULL;
	for (size_t i = 0; i < rs->nset; i++)
		if (strcmp(rs->set[i].name, id) == 0) {
			struct src set = { "--set", 0, rs->set[i].expr };
			e = expr_parse(&rs->p, &set, set.text, strlen(set.text));
			rs->set[i].used = 1;
		}
	if (e == NULL)
		e = expr_parse(&rs->p, src, eq + 1, strlen(eq + 1));
	e = expr_let(&rs->p, src, e);
	GROW(rs->p.let, rs->p.nlet + 1, rs->p.letcap);
	rs->p.let[rs->p.nlet].name = id;
	rs->p.let[rs->p.nlet].expr = e;
	rs->p.let[rs->p.nlet++].used = 0;
}

static void
add_rule(struct rules *rs, const struct src *src, const char *s)
{
	const char *p = s, *colon;
	char *name;

	if (*s == '"' || *s == '\'') {
		size_t n = 0;
		name = xmalloc(strlen(s) + 1);
		for (p = s + 1;; p++) {
			if (*p == '\0')
				src_error(src, s, "name not closed");
			if (*p == *s && p[1] != *s)
				break;
			if (*p == *s)
				p++;
			name[n++] = *p;
		}
		name[n] = '\0';
		colon = skip_blanks(p + 1);
		if (*colon != ':')
			src_error(src, colon, "expected \":\" after the name");
	} else {
		colon = strchr(s, ':');
		if (colon == NULL)
			src_error(src, s, "expected \"NAME: CONDITION\" or "
			    "\"let NAME = EXPRESSION\"");
		const char *end = colon;
		while (end > s && (end[-1] == ' ' || end[-1] == '\t'))
			end--;
		name = xstrndup(s, (size_t)(end - s));
	}
	if (*name == '\0')
		src_error(src, s, "the rule has no name");
	GROW(rs->r, rs->n + 1, rs->cap);
	struct rule *r = &rs->r[rs->n++];
	memset(r, 0, sizeof(*r));
	r->name = name;
	r->src = *src;
	r->expr = expr_parse(&rs->p, src, colon + 1, strlen(colon + 1));
}

/* One rule or let per line; # starts a comment. */
void
rules_load(struct rules *rs, const char *name, const char *text, int numbered)
{
	int line = 0;

	name = keep_text(rs, name, strlen(name));
	for (const char *s = text; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s), next = n + !!nl;
		line++;
		if (n > 0 && s[n - 1] == '\r')
			n--;
		struct src src = { name, numbered ? line : 0,
		    keep_text(rs, s, n) };
		const char *b = skip_blanks(src.text);
		if (*b != '\0' && *b != '#') {
			if (strncasecmp(b, "let", 3) == 0 &&
			    (b[3] == ' ' || b[3] == '\t'))
				add_let(rs, &src, b);
			else
				add_rule(rs, &src, b);
		}
		s += next;
	}
}

static void memo_new(struct rules *rs);

static void
mark_score(int col, void *arg)
{
	struct rules *rs = arg;
	const char *name = rs->p.header->f[col];
	size_t n = strlen(name);

	if (n > 6 && strcmp(name + n - 6, "_score") == 0 &&
	    rs->score_hi[col] == 0)
		rs->score_hi[col] = 5;	/* the default number of bins */
}

void
rules_check(struct rules *rs)
{
	if (rs->n == 0)
		die(EXIT_USAGE, "no rules: give --scheme, --rules FILE or -e "
		    "'NAME: CONDITION'");
	for (size_t i = 0; i < rs->nset; i++)
		if (!rs->set[i].used)
			usage_error("--set %s: the rules have no \"let %s\"",
			    rs->set[i].name, rs->set[i].name);
	for (size_t i = 0; i < rs->n; i++)
		expr_columns(rs->r[i].expr, mark_score, rs);
	memo_new(rs);
}

int
rules_need_all(const struct rules *rs)
{
	return rs->p.naggs > 0;
}

/* Score columns are whole numbers from 1; a column that is not gives up
 * its claim (-1), and the rules that read it are not analysed. */
static void
watch_scores(struct rules *rs, struct env *e)
{
	for (size_t c = 0; c < rs->p.header->nf; c++) {
		struct val v;
		if (rs->score_hi[c] <= 0)
			continue;
		env_get(e, (int)c, &v);
		if (!v.has_str)
			continue;
		if (!v.has_num || v.num < 1 || v.num > 100 ||
		    v.num != (double)(int)v.num)
			rs->score_hi[c] = -1;
		else if (v.num > rs->score_hi[c])
			rs->score_hi[c] = (int)v.num;
	}
}

/*
 * The answer depends only on the few fields the rules read, and tables
 * repeat them (25 pairs of scores for a million customers): answers are
 * remembered by those fields' texts.
 */
enum { MEMO_COLS = 8, MEMO_RULES = 64, MEMO_KEYS = 1 << 16 };

struct memo {
	struct htab *h;
	int cols[MEMO_COLS];
	size_t ncols;
	struct answer { int rule; uint64_t undefined, nan; } *ans;
	char *key;
	size_t keycap;
};

static void
memo_col(int col, void *arg)
{
	struct memo *m = arg;

	for (size_t i = 0; i < m->ncols; i++)
		if (m->cols[i] == col)
			return;
	if (m->ncols < MEMO_COLS)
		m->cols[m->ncols] = col;
	m->ncols++;	/* past MEMO_COLS: no memo */
}

static void
memo_new(struct rules *rs)
{
	struct memo *m = xcalloc(1, sizeof(*m));

	for (size_t i = 0; i < rs->n; i++)
		expr_columns(rs->r[i].expr, memo_col, m);
	if (rs->n > MEMO_RULES || m->ncols > MEMO_COLS) {
		free(m);
		return;
	}
	m->h = htab_new();
	m->ans = xmalloc(MEMO_KEYS * sizeof(*m->ans));
	m->keycap = 64;		/* never NULL, even for rules that read nothing */
	m->key = xmalloc(m->keycap);
	rs->memo = m;
}

/* The fields, each after its length, so that no two rows share a key
 * unless they share the fields. */
static size_t
memo_key(struct memo *m, const struct env *e)
{
	size_t n = 0;

	for (size_t i = 0; i < m->ncols; i++) {
		size_t len = e->len[m->cols[i]];
		GROW(m->key, n + len + sizeof(len), m->keycap);
		memcpy(m->key + n, &len, sizeof(len));
		memcpy(m->key + n + sizeof(len), e->f[m->cols[i]], len);
		n += sizeof(len) + len;
	}
	return n;
}

static int
evaluate(struct rules *rs, struct env *e, struct answer *a)
{
	watch_scores(rs, e);
	a->undefined = a->nan = 0;
	for (size_t i = 0; i < rs->n; i++) {
		unsigned dz = e->undefined, nan = e->nan;
		int yes = expr_true(rs->r[i].expr, e);
		a->undefined |= (uint64_t)(e->undefined != dz) << (i % 64);
		a->nan |= (uint64_t)(e->nan != nan) << (i % 64);
		if (yes)
			return a->rule = (int)i;
	}
	return a->rule = -1;
}

int
rules_match(struct rules *rs, struct env *e)
{
	struct memo *m = rs->memo;
	struct answer fresh, *a = &fresh;

	if (m) {
		size_t n = memo_key(m, e);
		int64_t id = htab_find(m->h, m->key, n);
		if (id >= 0)
			a = &m->ans[id];
		else {
			evaluate(rs, e, a);
			if (htab_count(m->h) < MEMO_KEYS)
				m->ans[htab_intern(m->h, m->key, n, NULL)] = *a;
		}
	} else
		evaluate(rs, e, a);
	for (uint64_t b = a->undefined; b; b &= b - 1)
		rs->r[__builtin_ctzll(b)].undefined++;
	for (uint64_t b = a->nan; b; b &= b - 1)
		rs->r[__builtin_ctzll(b)].nan++;
	if (a->rule < 0) {
		rs->ndefault++;
		return -1;
	}
	rs->r[a->rule].hits++;
	return a->rule;
}

/* ---- what the rules can decide from the score ranges ------------------- */

struct scan {
	struct rules *rs;
	int ok;
	int *grid;		/* columns that span the grid */
	size_t ngrid, gridcap;
};

static void
decide_col(int col, void *arg)
{
	struct scan *s = arg;

	if (s->rs->score_hi[col] <= 0)
		s->ok = 0;
}

static int
decidable(struct rules *rs, const struct rule *r)
{
	struct scan s = { rs, 1, NULL, 0, 0 };

	if (expr_uses_aggs(r->expr))
		return 0;
	expr_columns(r->expr, decide_col, &s);
	return s.ok;
}

static void
grid_col(int col, void *arg)
{
	struct scan *s = arg;

	for (size_t i = 0; i < s->ngrid; i++)
		if (s->grid[i] == col)
			return;
	GROW(s->grid, s->ngrid + 1, s->gridcap);
	s->grid[s->ngrid++] = col;
}

static const char *
where(const struct rule *r, char *buf, size_t cap)
{
	if (r->src.line)
		snprintf(buf, cap, "%s:%d", r->src.name, r->src.line);
	else
		snprintf(buf, cap, "%s", r->src.name);
	return buf;
}

/*
 * Every combination of the scores the rules read is tried: a rule none
 * of whose combinations is left over by the rules before it can never
 * match, whatever the data.
 */
static void
dead_rules(struct rules *rs, const char *deflt)
{
	struct scan s = { rs, 1, NULL, 0, 0 };
	int *dec = xcalloc(rs->n, sizeof(int));
	char buf[256];

	for (size_t i = 0; i < rs->n; i++)
		if ((dec[i] = decidable(rs, &rs->r[i])))
			expr_columns(rs->r[i].expr, grid_col, &s);
	size_t points = 1;
	for (size_t g = 0; g < s.ngrid && points <= 1000000; g++)
		points *= (size_t)rs->score_hi[s.grid[g]];
	if (points > 1000000)
		goto out;

	struct env e;
	int *at = xcalloc(s.ngrid ? s.ngrid : 1, sizeof(int));
	char *reach = xcalloc(rs->n + 1, 1);
	size_t maxfirst = 0, unmatched = 0, alldec = 1;
	for (size_t i = 0; i < rs->n; i++)
		alldec &= dec[i] != 0;
	env_init(&e, rs->p.header->nf);
	for (size_t p = 0; p < points; p++) {
		size_t rest = p, first;
		e.now++;
		for (size_t g = 0; g < s.ngrid; g++) {
			size_t hi = (size_t)rs->score_hi[s.grid[g]];
			at[g] = (int)(rest % hi) + 1;
			rest /= hi;
			env_set(&e, s.grid[g], at[g]);
		}
		for (first = 0; first < rs->n; first++)
			if (dec[first] && expr_true(rs->r[first].expr, &e))
				break;
		reach[first] = 1;
		if (first > maxfirst)
			maxfirst = first;
		unmatched += first == rs->n;
	}
	for (size_t j = 0; j < rs->n; j++)
		if (dec[j] ? !reach[j] : maxfirst <= j)
			warnmsg("rule \"%s\" (%s) can never match: the rules "
			    "before it take every score it allows",
			    rs->r[j].name, where(&rs->r[j], buf, sizeof(buf)));
	if (alldec && unmatched && s.ngrid)
		warnmsg("%zu of %zu score combinations match no rule and go to "
		    "%s%s%s", unmatched, points, deflt ? "\"" : "",
		    deflt ? deflt : "the empty segment", deflt ? "\"" : "");
	env_free(&e);
	free(at);
	free(reach);
out:
	free(s.grid);
	free(dec);
}

void
rules_report(struct rules *rs, const char *deflt, int quiet)
{
	size_t total = rs->ndefault, width = 9;
	char buf[256];

	for (size_t i = 0; i < rs->n; i++) {
		total += rs->r[i].hits;
		if (strlen(rs->r[i].name) > width)
			width = strlen(rs->r[i].name);
	}
	if (!quiet) {
		warnmsg("%zu customers by rule:", total);
		for (size_t i = 0; i < rs->n; i++)
			fprintf(stderr, "  %-*s %9zu %6.2f%%  %s\n", (int)width,
			    rs->r[i].name, rs->r[i].hits, total ? 100.0 *
			    (double)rs->r[i].hits / (double)total : 0.0,
			    where(&rs->r[i], buf, sizeof(buf)));
		if (deflt || rs->ndefault)
			fprintf(stderr, "  %-*s %9zu %6.2f%%  %s\n", (int)width,
			    deflt ? deflt : "\"\"", rs->ndefault, total ? 100.0 *
			    (double)rs->ndefault / (double)total : 0.0,
			    deflt ? "--default" : "no rule matched, no --default");
	}
	for (size_t i = 0; i < rs->n; i++) {
		struct rule *r = &rs->r[i];
		where(r, buf, sizeof(buf));
		if (total && r->hits == 0 && !quiet)
			warnmsg("rule \"%s\" (%s) matched nobody", r->name, buf);
		if (r->undefined)
			warnmsg("rule \"%s\" (%s): a division by zero, the log "
			    "of a number <= 0 or a date that is none in %zu "
			    "row%s, taken as not matching", r->name, buf,
			    r->undefined, r->undefined > 1 ? "s" : "");
		if (r->nan)
			warnmsg("rule \"%s\" (%s): a number compared with a text "
			    "in %zu row%s, taken as not matching", r->name, buf,
			    r->nan, r->nan > 1 ? "s" : "");
	}
	dead_rules(rs, deflt);
}

void
rules_free(struct rules *rs)
{
	for (size_t i = 0; i < rs->n; i++)
		free(rs->r[i].name);
	free(rs->r);
	for (size_t i = 0; i < rs->ntext; i++)
		free(rs->text[i]);
	free(rs->text);
	for (size_t i = 0; i < rs->nset; i++) {
		free(rs->set[i].name);
		free(rs->set[i].expr);
	}
	free(rs->set);
	free(rs->score_hi);
	if (rs->memo) {
		htab_free(rs->memo->h);
		free(rs->memo->ans);
		free(rs->memo->key);
		free(rs->memo);
	}
	parser_free(&rs->p);
}
