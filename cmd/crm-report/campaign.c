/* crm-report --campaign: a treatment group against its control, overall
 * and per segment: response rate and revenue per customer in the
 * customer table of the window after the campaign, with 95% intervals. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "opts.h"
#include "report.h"

#define Z95 1.959963984540054	/* the normal's 97.5% point */

/* One arm of one segment: customers, responders, revenue and its
 * squares (in money units and their squares, as doubles). */
struct arm {
	size_t n, resp;
	__int128 sum;
	double sq;
};

struct campaign {
	char **seg;		/* segment names; 0 is every customer */
	struct arm (*arm)[2];	/* per segment: control, treatment */
	size_t nseg, segcap;
	int revenue;		/* the table has a value column */
	size_t absent;		/* campaign customers not in the table */
};

/* The Wilson score interval of k in n. */
static void
wilson(size_t k, size_t n, double *lo, double *hi)
{
	double p = (double)k / (double)n, z2 = Z95 * Z95, d = 1 + z2 / n;
	double mid = (p + z2 / (2 * n)) / d;
	double half = Z95 * sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / d;

	*lo = mid - half;
	*hi = mid + half;
}

/* Newcombe's hybrid score interval of p1 - p2 (his method 10), from the
 * two Wilson intervals: good where a rate is near 0 or 1. */
static void
newcombe(const struct arm *t, const struct arm *c, double *lo, double *hi)
{
	double p1 = (double)t->resp / t->n, p2 = (double)c->resp / c->n;
	double l1, u1, l2, u2;

	wilson(t->resp, t->n, &l1, &u1);
	wilson(c->resp, c->n, &l2, &u2);
	*lo = p1 - p2 - sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
	*hi = p1 - p2 + sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
}

/* Student's t 97.5% point for df degrees of freedom, by the
 * Cornish-Fisher expansion in the normal's: within 1e-3 from df = 3. */
static double
t975(double df)
{
	double z = Z95, z2 = z * z;

	return z + z * (z2 + 1) / (4 * df) +
	    z * ((5 * z2 + 16) * z2 + 3) / (96 * df * df) +
	    z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / (384 * df * df * df) +
	    z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945) /
	    (92160 * df * df * df * df);
}

static double
mean(const struct arm *a)
{
	return (double)a->sum / MONEY_SCALE / (double)a->n;
}

/* Welch's interval of the difference of mean revenue; 0 when an arm
 * has fewer than two customers or the degrees of freedom are under 3. */
static int
welch(const struct arm *t, const struct arm *c, double *lo, double *hi)
{
	if (t->n < 2 || c->n < 2)
		return 0;
	double m1 = mean(t), m2 = mean(c);
	double v1 = fmax(0, (t->sq - t->n * m1 * m1) / (t->n - 1)) / t->n;
	double v2 = fmax(0, (c->sq - c->n * m2 * m2) / (c->n - 1)) / c->n;
	double se = sqrt(v1 + v2);
	double df = se == 0 ? INFINITY : (v1 + v2) * (v1 + v2) /
	    (v1 * v1 / (t->n - 1) + v2 * v2 / (c->n - 1));

	if (!(df >= 3))
		return 0;
	double half = se == 0 ? 0 : t975(df) * se;
	*lo = m1 - m2 - half;
	*hi = m1 - m2 + half;
	return 1;
}

/* The segment of a name, added when new. */
static size_t
segment(struct campaign *c, const char *name, size_t len)
{
	for (size_t i = 1; i < c->nseg; i++)
		if (strlen(c->seg[i]) == len && memcmp(c->seg[i], name, len) == 0)
			return i;
	if (c->nseg == MAXGROUP + 1)
		die(EXIT_DATA, "--campaign: more than %d segments", MAXGROUP);
	if (c->nseg == c->segcap) {
		c->segcap = grow_cap(c->segcap, c->nseg + 1);
		c->seg = xreallocarray(c->seg, c->segcap, sizeof(*c->seg));
		c->arm = xreallocarray(c->arm, c->segcap, sizeof(*c->arm));
	}
	c->seg[c->nseg] = xstrndup(name, len);
	memset(c->arm[c->nseg], 0, sizeof(c->arm[0]));
	return c->nseg++;
}

static void
add(struct arm *a, int responded, money revenue)
{
	double r = (double)revenue / MONEY_SCALE;

	a->n++;
	a->resp += responded != 0;
	a->sum += revenue;
	a->sq += r * r;
}

struct campaign *
campaign_read(const char *path, const struct reader_opts *ro,
    const struct snap *s, const char *by, struct rejects *rj, size_t *nread)
{
	struct campaign *c = xcalloc(1, sizeof(*c));
	struct reader *r = reader_open(path, ro);
	struct table *t = table_read(r, rj, nread);
	const char *idname = s->t->header.f[s->icol];
	int ic = col_find(&t->header, idname), gc = col_find(&t->header, "group");
	int sc = by ? col_find(&t->header, by) : -1;
	struct htab *seen = htab_new();

	if (ic < 0 || gc < 0)
		die(EXIT_DATA, "--campaign %s: no column \"%s\" (it needs %s "
		    "and group, treatment or control)", path, ic < 0 ? idname :
		    "group", idname);

	c->revenue = s->value != NULL;
	c->seg = xcalloc(1, sizeof(*c->seg));
	c->arm = xcalloc(1, sizeof(*c->arm));
	c->seg[0] = xstrdup("all customers");
	c->nseg = c->segcap = 1;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct row *v = table_row(t, i);
		const char *g = v->f[gc];
		int added, treated = strcasecmp(g, "treatment") == 0;

		if (!treated && strcasecmp(g, "control") != 0) {
			reject(rj, reader_where(r), v, "bad group", "column "
			    "\"group\": \"%s\" is neither treatment nor control",
			    g);
			continue;
		}
		htab_intern(seen, v->f[ic], v->len[ic], &added);
		if (!added) {
			reject(rj, reader_where(r), v, "duplicate customer",
			    "customer \"%s\" is in the campaign twice",
			    v->f[ic]);
			continue;
		}
		int64_t k = htab_find(s->ids, v->f[ic], v->len[ic]);
		money rev = k >= 0 && s->value && s->value[k] != MISSING ?
		    s->value[k] : 0;
		int resp = k >= 0 && (s->frequency ? s->frequency[k] != MISSING &&
		    s->frequency[k] > 0 : rev > 0);
		c->absent += k < 0;
		add(&c->arm[0][treated], resp, rev);
		if (sc >= 0 && v->len[sc] > 0) {
			size_t g = segment(c, v->f[sc], v->len[sc]);
			add(&c->arm[g][treated], resp, rev);
		}
	}
	htab_free(seen);
	table_free(t);
	reader_close(r);
	return c;
}

static char *
fixed(double v, int decimals)
{
	return xsprintf("%.*f", decimals, fabs(v) < 0.5 * pow(10, -decimals) ?
	    0.0 : v);
}

/* The verdict in words, from the interval of the response lift. */
static const char *
verdict(double lo, double hi)
{
	return lo > 0 ? "treatment higher" : hi < 0 ? "treatment lower" :
	    "no clear difference";
}

/* The section's columns; the revenue ones where the table has a value. */
static const struct {
	const char *key, *head;
	char align;
	int revenue;
} cols[] = {
	{ "segment", "Segment", AL_LEFT, 0 },
	{ "treated", "Treated", AL_NUM, 0 },
	{ "control", "Control", AL_NUM, 0 },
	{ "response_treated", "Response T %", AL_NUM, 0 },
	{ "response_control", "Response C %", AL_NUM, 0 },
	{ "lift_pp", "Lift pp", AL_NUM, 0 },
	{ "lift_low", "95% low", AL_NUM, 0 },
	{ "lift_high", "95% high", AL_NUM, 0 },
	{ "revenue_treated", "Revenue/cust T", AL_NUM, 1 },
	{ "revenue_control", "Revenue/cust C", AL_NUM, 1 },
	{ "revenue_lift", "Revenue lift", AL_NUM, 1 },
	{ "revenue_low", "95% low", AL_NUM, 1 },
	{ "revenue_high", "95% high", AL_NUM, 1 },
	{ "verdict", "Verdict", AL_LEFT, 0 },
};

void
campaign_tab(struct report *rp, const struct campaign *c)
{
	struct tab *t = tab_new(rp, "campaign", 2, "Campaign");

	t->note = xsprintf("Response: a customer with a purchase in this "
	    "table. Lift: the treatment's rate less the control's, in "
	    "percentage points, with Newcombe's 95%% interval%s; %zu "
	    "customers of the campaign are not in the table (no purchase).",
	    c->revenue ? "; revenue per customer with Welch's" : "",
	    c->absent);
	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		if (c->revenue || !cols[i].revenue)
			tab_col(t, cols[i].key, cols[i].head, cols[i].align);
	for (size_t i = 0; i < c->nseg; i++) {
		const struct arm *ctl = &c->arm[i][0], *trt = &c->arm[i][1];
		size_t r = tab_row(t), k = 0;
		double lo, hi;
		int both = trt->n > 0 && ctl->n > 0;

		tab_set(t, r, k++, xstrdup(c->seg[i]));
		tab_set(t, r, k++, fmt_size(trt->n));
		tab_set(t, r, k++, fmt_size(ctl->n));
		tab_set(t, r, k++, trt->n ? fmt_pct(trt->resp, trt->n) : NULL);
		tab_set(t, r, k++, ctl->n ? fmt_pct(ctl->resp, ctl->n) : NULL);
		if (both) {
			newcombe(trt, ctl, &lo, &hi);
			tab_set(t, r, k++, fixed(100 * ((double)trt->resp /
			    trt->n - (double)ctl->resp / ctl->n), 1));
			tab_set(t, r, k++, fixed(100 * lo, 1));
			tab_set(t, r, k++, fixed(100 * hi, 1));
		} else
			k += 3;
		const char *word = both ? verdict(lo, hi) : "no comparison";
		if (c->revenue) {
			tab_set(t, r, k++, trt->n ? fixed(mean(trt), 2) : NULL);
			tab_set(t, r, k++, ctl->n ? fixed(mean(ctl), 2) : NULL);
			if (both && welch(trt, ctl, &lo, &hi)) {
				tab_set(t, r, k++, fixed(mean(trt) - mean(ctl),
				    2));
				tab_set(t, r, k++, fixed(lo, 2));
				tab_set(t, r, k++, fixed(hi, 2));
			} else
				k += 3;
		}
		tab_set(t, r, k, xstrdup(word));
	}
}

void
campaign_free(struct campaign *c)
{
	if (c == NULL)
		return;
	for (size_t i = 0; i < c->nseg; i++)
		free(c->seg[i]);
	free(c->seg);
	free(c->arm);
	free(c);
}
