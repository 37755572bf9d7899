#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "opts.h"
#include "report.h"
#include "schema.h"

/* The groups the tools before write, best guess first. */
static const char *const by_default[] = { COL_SEGMENT, COL_ABC_CLASS,
    COL_RFM_GROUP };

struct check {
	struct snap *s;
	struct rejects *rj;
	const char *where;
	struct date_parser *dates;
	char buf[64];
};

static int
col_of(const struct row *h, const char *spec, const char *opt, int previous,
    const char *path)
{
	int i = col_find(h, spec);

	if (i >= 0 || !previous)
		return i >= 0 || !opt ? i : col_need(h, spec, opt);
	if (opt)
		usage_error("--previous %s: no column \"%s\" (columns: %s)", path,
		    spec, col_list(h));
	return -1;
}

static int
group_col(const struct row *h, const struct cols *c)
{
	if (c->by)
		return col_need(h, c->by, "--by");
	for (size_t k = 0; k < sizeof(by_default) / sizeof(by_default[0]); k++) {
		int i = col_find(h, by_default[k]);
		if (i >= 0)
			return i;
	}
	usage_error("no group column (segment, abc_class or rfm_group); name "
	    "one with --by (columns: %s)", col_list(h));
}

static int
bad(struct check *k, size_t i, const char *reason, int col, const char *s,
    size_t len, const char *why)
{
	reject(k->rj, k->where, table_row(k->s->t, i), reason,
	    "column \"%s\": cannot parse \"%s\" (%s)", k->s->t->header.f[col],
	    shorten(s, len, k->buf, sizeof(k->buf)), why);
	return -1;
}

/* A number, or MISSING when empty. */
static int
number(struct check *k, size_t i, int col, const char *reason, money *out)
{
	size_t len;
	const char *why, *s = table_get(k->s->t, i, (size_t)col, &len);

	*out = MISSING;
	if (len == 0 || money_parse(s, len, 0, out, &why) == 0)
		return 0;
	return bad(k, i, reason, col, s, len, why);
}

static int
score(struct check *k, size_t i, int col, uint8_t *out)
{
	money v;
	size_t len;
	const char *s = table_get(k->s->t, i, (size_t)col, &len);

	if (number(k, i, col, "bad score", &v))
		return -1;
	*out = 0;
	if (v == MISSING)
		return 0;
	if (v % MONEY_SCALE || v < MONEY_SCALE || v > SCORE_MAX * MONEY_SCALE)
		return bad(k, i, "bad score", col, s, len, "not a score 1 to 100");
	_Static_assert(SCORE_MAX == 100, "the message above names it");
	*out = (uint8_t)(v / MONEY_SCALE);
	return 0;
}

static int
day(struct check *k, size_t i, int col, int32_t *out)
{
	size_t len;
	int32_t secs;
	const char *why = "not a date", *s = table_get(k->s->t, i, (size_t)col,
	    &len);

	*out = DAY_NONE;
	if (len == 0)
		return 0;
	if (date_parse(k->dates, s, len, out, &secs, &why) == DATE_OK)
		return 0;
	return bad(k, i, "bad date", col, s, len, why);
}

/* The call list's numbers of row i, each MISSING when its column is
 * absent or empty. */
static int
numbers(struct check *k, size_t i, const int *col, money *out)
{
	for (int n = 0; n < NNUM; n++) {
		out[n] = MISSING;
		if (col[n] >= 0 && number(k, i, col[n], "bad number", &out[n]))
			return -1;
	}
	return 0;
}

static void
range(struct snap *s, int32_t first, int32_t last)
{
	if (first != DAY_NONE && (s->first == DAY_NONE || first < s->first))
		s->first = first;
	if (last != DAY_NONE && (s->last == DAY_NONE || last > s->last))
		s->last = last;
}

/*
 * The current table, or with previous the last run's: its id, group and
 * value columns are found by the names they have in the current one, the
 * columns of crm-rfm and crm-clv by their own names.
 */
struct snap *
snap_read(const char *path, const struct reader_opts *ro,
    const struct cols *c, int previous, struct htab *names,
    struct rejects *rj)
{
	struct snap *s = xcalloc(1, sizeof(*s));
	struct reader *r = reader_open(path, ro);
	struct check *k = xcalloc(1, sizeof(*k));

	k->dates = alloc_or_die(date_parser_new(NULL));
	s->t = table_read(r, rj, &s->nread);
	const struct row *h = &s->t->header;
	s->icol = col_of(h, c->id, "--id", previous, path);
	s->gcol = previous ? col_of(h, c->by, "--by", 1, path) :
	    group_col(h, c);
	s->vcol = col_of(h, c->value, c->value_given && !previous ? "-v" : NULL,
	    previous, path);
	static const char *const numname[NNUM] = { COL_MONETARY,
	    COL_PURCHASE_DAYS, COL_CLV, COL_MONETARY_CHANGE_PCT };
	/* The previous table's too: who was active, for the retention, and
	 * what changed, for the call list's reasons. */
	int fcol = col_find(h, COL_FREQUENCY), ncol[NNUM];
	int rcol = col_find(h, COL_RECENCY_DAYS), rs = col_find(h, COL_R_SCORE);
	int fs = col_find(h, COL_F_SCORE), ms = col_find(h, COL_M_SCORE);
	int first = col_find(h, COL_FIRST_DATE), last = col_find(h,
	    COL_LAST_DATE);
	size_t cap = s->t->nrows ? s->t->nrows : 1;
	s->row = xcalloc(cap, sizeof(size_t));
	s->grp = xcalloc(cap, sizeof(uint32_t));
	if (s->vcol >= 0)
		s->value = xcalloc(cap, sizeof(money));
	if (rcol >= 0)
		s->recency = xcalloc(cap, sizeof(money));
	if (fcol >= 0)
		s->frequency = xcalloc(cap, sizeof(money));
	if (rs >= 0 && fs >= 0) {
		s->r = xcalloc(cap, 1);
		s->f = xcalloc(cap, 1);
	}
	if (ms >= 0)
		s->m = xcalloc(cap, 1);
	for (int n = 0; n < NNUM; n++)
		if ((ncol[n] = col_find(h, numname[n])) >= 0)
			s->num[n] = xcalloc(cap, sizeof(money));
	if (first >= 0)
		s->d0 = xcalloc(cap, sizeof(int32_t));
	if (last >= 0)
		s->d1 = xcalloc(cap, sizeof(int32_t));
	s->first = s->last = DAY_NONE;
	s->ids = htab_new();
	k->s = s;
	k->rj = rj;
	k->where = reader_where(r);
	for (size_t i = 0; i < s->t->nrows; i++) {
		size_t n = s->n, len, glen;
		money v = 0, rec = 0, freq = 0, x[NNUM];
		uint8_t rsc = 0, fsc = 0, msc = 0;
		int32_t d0 = DAY_NONE, d1 = DAY_NONE;
		const char *id = table_get(s->t, i, (size_t)s->icol, &len);
		field_trim(&id, &len);
		if (len == 0) {
			reject(rj, k->where, table_row(s->t, i), "missing id",
			    "column \"%s\" is empty", h->f[s->icol]);
			continue;
		}
		const char *g = table_get(s->t, i, (size_t)s->gcol, &glen);
		/* A name is printed as a C string: a NUL would cut it, and
		 * make one group of "A" and "A\0x". */
		int nul = memchr(id, '\0', len) ? s->icol :
		    memchr(g, '\0', glen) ? s->gcol : -1;
		if (nul >= 0) {
			reject(rj, k->where, table_row(s->t, i), "NUL byte",
			    "column \"%s\": a NUL byte", h->f[nul]);
			continue;
		}
		/* An empty value (crm-rfm's average of no orders) is zero. */
		if ((s->value && number(k, i, s->vcol, "bad value", &v)) ||
		    (s->recency && number(k, i, rcol, "bad number", &rec)) ||
		    (s->frequency && number(k, i, fcol, "bad number", &freq)) ||
		    (s->r && (score(k, i, rs, &rsc) || score(k, i, fs, &fsc))) ||
		    (s->m && score(k, i, ms, &msc)) || numbers(k, i, ncol, x) ||
		    (first >= 0 && day(k, i, first, &d0)) ||
		    (last >= 0 && day(k, i, last, &d1)))
			continue;
		int added;
		uint32_t at = htab_intern(s->ids, id, len, &added);
		if (!added) {
			reject(rj, k->where, table_row(s->t, i), "repeated id",
			    "column \"%s\": \"%s\" again (first on line %ld)",
			    h->f[s->icol], shorten(id, len, k->buf, sizeof(k->buf)),
			    s->t->line[s->row[at]]);
			continue;
		}
		s->grp[n] = glen ? htab_intern(names, g, glen, &added) :
		    htab_intern(names, "(none)", 6, &added);
		s->row[n] = i;
		if (s->value)
			s->value[n] = v == MISSING ? 0 : v;
		if (s->recency)
			s->recency[n] = rec;
		if (s->frequency)
			s->frequency[n] = freq;
		if (s->r) {
			s->r[n] = rsc && fsc ? rsc : 0;
			s->f[n] = rsc && fsc ? fsc : 0;
		}
		if (s->m)
			s->m[n] = msc;
		for (int j = 0; j < NNUM; j++)
			if (s->num[j])
				s->num[j][n] = x[j];
		if (s->d0)
			s->d0[n] = d0;
		if (s->d1)
			s->d1[n] = d1;
		range(s, d0, d1);
		s->n++;
	}
	date_parser_free(k->dates);
	free(k);
	reader_close(r);
	/* A guessed column of that many values is likely an id; one named
	 * with --by may hold any number of groups. */
	if (!previous && !c->by && htab_count(names) > MAXGROUP)
		die(EXIT_USAGE, "column \"%s\" has %zu different values, more "
		    "than %d groups; name it with --by to report them all",
		    h->f[s->gcol], htab_count(names), MAXGROUP);
	return s;
}

const char *
snap_id(const struct snap *s, size_t i, size_t *len)
{
	return htab_key(s->ids, (uint32_t)i, len);
}

void
snap_free(struct snap *s)
{
	if (s == NULL)
		return;
	table_free(s->t);
	free(s->row);
	free(s->grp);
	free(s->value);
	free(s->recency);
	free(s->frequency);
	free(s->r);
	free(s->f);
	free(s->m);
	for (int n = 0; n < NNUM; n++)
		free(s->num[n]);
	free(s->d0);
	free(s->d1);
	htab_free(s->ids);
	free(s);
}
