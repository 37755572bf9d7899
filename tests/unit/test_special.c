#include <check.h>
#include <float.h>
#include <math.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#include "model.h"
#include "suites.h"

/*
 * crm-clv's special functions over a grid of extreme arguments (issue
 * 14): parameters from 1e-6 to 1e8, the boundary fits seen on real data
 * (BG/NBD a = 0.0009, b = 3.2e6; Pareto/NBD s = 2e-6, beta = 2.5e7),
 * frequencies up to 10,000, T up to 520 weeks, horizons up to 520 weeks,
 * and 2F1 as the models call it, up to z = 1 - 1e-9 and down to z = -1e9.
 * The reference values in REF_FILE were computed once with mpmath at 60
 * digits from the mathematical definitions, not from our code, by
 * tests/unit/special-ref.py, which states each definition, how each
 * value was checked, and which cases it left out and why.
 *
 * Each row is checked against the bound of its function (bounds[]):
 *
 *	error <= max(bound, SLACK * DBL_EPSILON * cond)
 *
 * where error is |got - want| / |want| for the functions and
 * |got - want| for the log-likelihoods (the error in the log of the
 * likelihood, which is what the fit sees), and cond is the row's
 * condition number from the table: the sum over its real arguments v of
 * |d log f / d log v| (plus, for a log-likelihood, the magnitudes of its
 * terms, each of which a double carries with its own rounding).  The
 * arguments are rounded to doubles before any implementation sees them,
 * and alpha + T and the like are rounded again inside, so an error of a
 * few eps times cond cannot be avoided; SLACK = 32 allows for the handful
 * of roundings on the way.  That term exceeds the fixed bound on about
 * one row in eight: 2F1(1, b; c; z) near z = 1 with b and c near 1e8
 * (cond up to 1e7), the log-likelihoods of customers with 100 or more
 * purchases (lgamma(10001) is 82,000), Gamma-Gamma, and a few
 * predictions with parameters past 1e5.
 *
 * Every call must also return, and soon: one that has used CALL_LIMIT
 * seconds of CPU (times $CK_TIMEOUT_MULTIPLIER, as Check's own timeouts)
 * is abandoned by a jump out of the profiling timer's signal handler and
 * counted as a failure, so that one loop hides none of the other rows.
 * 50 ms is thousands of times what a good evaluation takes, and a call
 * that takes it is one that makes scoring 4,000 customers take minutes,
 * the hang of issue 14; CPU time, not wall-clock time, so that a busy
 * machine does not fail the test.  The functions under test must
 * therefore not allocate or take locks.
 */

#ifndef REF_FILE
#define REF_FILE	"tests/unit/special-ref.csv"	/* from the repository root */
#endif
#define SLACK		32
#define CALL_LIMIT	0.05	/* seconds of CPU */

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

enum fn {
	F_HYP2F1, F_BG_ALIVE, F_BG_EXPECTED, F_PN_ALIVE, F_PN_EXPECTED,
	F_BG_LL, F_PN_LL, F_GG_SPEND
};

/*
 * The fixed bounds.  1e-10 relative for 2F1 and the predictions: a
 * prediction needs far fewer digits, but 2F1 and the Pareto/NBD integral
 * can be computed to a few hundred eps wherever the value is a double,
 * and a looser bound would let a series that stopped early pass.  The
 * log-likelihoods: 1e-12 absolute, i.e. the likelihood to 1e-12
 * relative (their terms' magnitudes, up to 1e9 with parameters of 1e8,
 * enter through cond).  Gamma-Gamma's spend is a closed form: a few eps.
 */
static const struct {
	const char *name;
	double bound;
	int absolute;
} bounds[] = {
	[F_HYP2F1] = { "hyp2f1", 1e-10, 0 },
	[F_BG_ALIVE] = { "bgnbd_p_alive", 1e-10, 0 },
	[F_BG_EXPECTED] = { "bgnbd_expected", 1e-10, 0 },
	[F_PN_ALIVE] = { "pnbd_p_alive", 1e-10, 0 },
	[F_PN_EXPECTED] = { "pnbd_expected", 1e-10, 0 },
	[F_BG_LL] = { "bgnbd_loglik", 1e-12, 1 },
	[F_PN_LL] = { "pnbd_loglik", 1e-12, 1 },
	[F_GG_SPEND] = { "gg_expected_spend", 1e-14, 0 },
};

/*
 * The rows past the bounds, each with the error it is held to and why:
 * limits of double arithmetic or of the routes crm-clv has, far from any
 * fit seen on real data.  A row listed here that no longer matches the
 * table fails the test, so the list cannot outlive its rows.
 */
static const struct {
	const char *row;	/* the row's text up to its value */
	double bound;		/* relative; NAN: hyp2f1 must answer NAN */
	const char *why;
} known[] = {
	{ "hyp2f1,z<0,1.533,0.4964,6.52e-06,-1000000000.0,", NAN,
	  "c = 6.5e-6 below both a and b at z = -1e9: Euler's integral "
	  "applies to neither Pfaff form and a series would need 1e9 terms; "
	  "hyp2f1 answers NAN, as documented, and the models never ask for "
	  "z < 0" },
	{ "bgnbd_expected,corner,1e-06,1e-06,1e-06,1e-06,0.0,0.0,260.0,104.0,",
	  1e-4,
	  "b + x = 1e-6: Beta(1 + 1e-6, 1e-6) lies on a plateau 1e6 wide in "
	  "logit p beside a cliff, which the quadrature resolves to 4 digits" },
	{ "pnbd_p_alive,corner,1e-06,1e-06,100000000.0,100000000.0,0.0,0.0,52.0,",
	  1e-7,
	  "r = 1e-6 beside s = 1e8: r + s + x, a parameter of the 2F1, keeps "
	  "r to 1e-9 of itself, and a p_alive of 1e-23 follows it" },
};

/* One line of the table: function, shape, par1..par4, x, tx, T, t, m,
 * value, cond; empty fields are 0. */
struct ref {
	int line;
	enum fn fn;
	double par[4], x, tx, T, t, m, want, cond;
	char text[256];
};

#define NFIELD	13

static int
parse(const char *line, int lineno, struct ref *r)
{
	char buf[sizeof(r->text)], *f[NFIELD], *p = buf;
	int n = 0;

	if (strlen(line) >= sizeof(buf))
		return 0;
	strcpy(buf, line);
	buf[strcspn(buf, "\r\n")] = '\0';
	strcpy(r->text, buf);
	while (n < NFIELD && p != NULL) {
		f[n++] = p;
		if ((p = strchr(p, ',')) != NULL)
			*p++ = '\0';
	}
	if (n != NFIELD || p != NULL)
		return 0;
	r->line = lineno;
	for (r->fn = 0; r->fn < NELEM(bounds); r->fn++)
		if (strcmp(f[0], bounds[r->fn].name) == 0)
			break;
	if (r->fn == NELEM(bounds))
		return 0;
	double *v[] = { &r->par[0], &r->par[1], &r->par[2], &r->par[3],
		&r->x, &r->tx, &r->T, &r->t, &r->m, &r->want, &r->cond };
	for (size_t i = 0; i < NELEM(v); i++) {
		char *end;

		*v[i] = strtod(f[i + 2], &end);
		if (*end != '\0')
			return 0;
	}
	return 1;
}

/* The rows of fn in the table; *n their number. */
static struct ref *
load(enum fn fn, size_t *n)
{
	FILE *fp = fopen(REF_FILE, "r");
	char line[512];
	struct ref *rows = NULL, r;
	size_t cap = 0;
	int lineno = 0;

	ck_assert_msg(fp != NULL, "%s: cannot open (run from the repository "
	    "root)", REF_FILE);
	*n = 0;
	while (fgets(line, sizeof(line), fp)) {
		lineno++;
		if (line[0] == '#' || strncmp(line, "function,", 9) == 0)
			continue;
		ck_assert_msg(parse(line, lineno, &r), "%s:%d: bad row",
		    REF_FILE, lineno);
		if (r.fn != fn)
			continue;
		if (*n == cap) {
			cap = cap ? 2 * cap : 64;
			rows = realloc(rows, cap * sizeof(*rows));
			ck_assert_ptr_nonnull(rows);
		}
		rows[(*n)++] = r;
	}
	fclose(fp);
	return rows;
}

static double
eval(const struct ref *r)
{
	struct obs o = { r->x, r->tx, r->T, r->m };

	switch (r->fn) {
	case F_HYP2F1:
		return hyp2f1(r->par[0], r->par[1], r->par[2], r->par[3]);
	case F_BG_ALIVE:
		return bgnbd_p_alive(r->par, &o);
	case F_BG_EXPECTED:
		return bgnbd_expected(r->par, &o, r->t);
	case F_PN_ALIVE:
		return pnbd_p_alive(r->par, &o);
	case F_PN_EXPECTED:
		return pnbd_expected(r->par, &o, r->t);
	case F_BG_LL:
		return model_loglik(MODEL_BGNBD, r->par, &o, 1);
	case F_PN_LL:
		return model_loglik(MODEL_PNBD, r->par, &o, 1);
	case F_GG_SPEND:
		return gg_expected_spend(r->par, &o);
	}
	return NAN;
}

static sigjmp_buf too_long;

static void
on_prof(int sig)
{
	(void)sig;
	siglongjmp(too_long, 1);
}

/* The profiling timer: SIGPROF after seconds of CPU; 0 stops it. */
static void
arm(double seconds)
{
	struct itimerval it = { { 0, 0 }, { (time_t)seconds,
		(suseconds_t)(fmod(seconds, 1) * 1e6) } };

	setitimer(ITIMER_PROF, &it, NULL);
}

/* eval(r), or 1 in *late when it has not returned after limit seconds
 * of CPU. */
static double
timed_eval(const struct ref *r, double limit, int *late)
{
	*late = 0;
	if (sigsetjmp(too_long, 1)) {
		*late = 1;
		return NAN;
	}
	arm(limit);
	double v = eval(r);
	arm(0);
	return v;
}

/* The entry of known[] for r, or -1; *used marks the ones found. */
static int
known_row(const struct ref *r, int *used)
{
	for (size_t i = 0; i < NELEM(known); i++)
		if (strncmp(r->text, known[i].row, strlen(known[i].row)) == 0) {
			used[i] = 1;
			return (int)i;
		}
	return -1;
}

/* Whether got meets the bound of known[k]. */
static int
known_ok(int k, double got, double want)
{
	if (isnan(known[k].bound))
		return isnan(got);
	return fabs(got - want) <= known[k].bound * fabs(want);
}

START_TEST(test_special)
{
	enum fn fn = _i;
	const char *mult = getenv("CK_TIMEOUT_MULTIPLIER");
	double limit = CALL_LIMIT * (mult && atof(mult) > 0 ? atof(mult) : 1);
	struct sigaction sa = { .sa_handler = on_prof }, old;
	size_t n, bad = 0, late = 0, first = 0;
	struct ref *rows = load(fn, &n);
	int used[NELEM(known)] = { 0 };

	ck_assert_msg(n > 0, "%s: no rows for %s", REF_FILE, bounds[fn].name);
	sigemptyset(&sa.sa_mask);
	sigaction(SIGPROF, &sa, &old);
	for (size_t i = 0; i < n; i++) {
		const struct ref *r = &rows[i];
		int hang;
		double got = timed_eval(r, limit, &hang);
		double err = fabs(got - r->want);
		double bound = fmax(bounds[fn].bound,
		    SLACK * DBL_EPSILON * r->cond);
		int k = known_row(r, used);

		if (!bounds[fn].absolute)
			err /= fabs(r->want);
		if (hang) {
			fprintf(stderr, "%s:%d: %s\n  did not return within "
			    "%g s of CPU\n", REF_FILE, r->line, r->text, limit);
			late++;
		} else if (k >= 0 && !known_ok(k, got, r->want)) {
			fprintf(stderr, "%s:%d: %s\n  got %.17g, past the bound "
			    "%g of a known row (%s)\n", REF_FILE, r->line,
			    r->text, got, known[k].bound, known[k].why);
		} else if (k < 0 && !(err <= bound)) {
			fprintf(stderr, "%s:%d: %s\n  got %.17g, %s error %.3g "
			    "> bound %.3g\n", REF_FILE, r->line, r->text, got,
			    bounds[fn].absolute ? "absolute" : "relative", err,
			    bound);
		} else
			continue;
		if (bad++ == 0)
			first = i;
	}
	sigaction(SIGPROF, &old, NULL);
	for (size_t i = 0; i < NELEM(known); i++)
		ck_assert_msg(used[i] || strncmp(known[i].row,
		    bounds[fn].name, strlen(bounds[fn].name)) != 0 ||
		    known[i].row[strlen(bounds[fn].name)] != ',',
		    "known row \"%s\" is not in %s", known[i].row, REF_FILE);
	ck_assert_msg(bad == 0, "%s: %zu of %zu rows of %s out of bounds "
	    "(%zu too slow), the first on line %d (issue 14)",
	    bounds[fn].name, bad, n, REF_FILE, late, rows[first].line);
	free(rows);
}
END_TEST

Suite *
special_suite(void)
{
	Suite *s = suite_create("special");
	TCase *tc = tcase_create("special");

	/* one run per function: a failure in one hides none of the others */
	tcase_add_loop_test(tc, test_special, 0, NELEM(bounds));
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	return s;
}
