#include <check.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"

/* The shared data directory, relative to the repository root (where the
 * tests run) unless $CRM_SHARED says otherwise. */
#ifndef CRM_SHARED
#define CRM_SHARED	"../shared/data"
#endif
#define CDNOW_FILE	"/cdnow/cdnow_customers_summary_with_transactions.csv"
#define CDNOW_N		2357

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const double bg_cdnow[] = { 0.242593, 4.413532, 0.792886, 2.425752 };
static const double pn_cdnow[] = { 0.553276, 10.577612, 0.606214, 11.667915 };
static const double gg_cdnow[] = { 6.248802, 3.744589, 15.447751 };

static int
close_to(double got, double want, double rel)
{
	return fabs(got - want) <= rel * fabs(want);
}

#define ck_close(got, want, rel) do {					\
	double g_ = (got), w_ = (want);					\
	ck_assert_msg(close_to(g_, w_, (rel)),				\
	    "%s = %.17g, want %.17g (rel %.1e)", #got, g_, w_,		\
	    fabs(g_ - w_) / fabs(w_));					\
} while (0)

/* 2F1 by its plain series in long double, for |z| < 1: slow, but with
 * 11 more bits than hyp2f1 has. */
static long double
slow2f1(long double a, long double b, long double c, long double z)
{
	long double t = 1, s = 1;

	for (long n = 0; n < 100000000; n++) {
		t *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
		s += t;
		if (n > 10 && fabsl(t) < 1e-22L * fabsl(s))
			break;
	}
	return s;
}

/*
 * Tanh-sinh quadrature in long double on [lo, hi]: x = tanh(pi/2 sinh t)
 * in steps of 1/128 up to |t| = 3.5 crowds the points at the ends, which
 * makes it exact to about 1e-18 for integrands analytic inside, even with
 * singular derivatives at the ends.  f must be finite at lo and hi.
 */
static long double
quad(long double (*f)(long double, const double *), const double *arg,
    long double lo, long double hi)
{
	const long double pi2 = 1.57079632679489661923L, h = 1.0L / 128;
	long double half = (hi - lo) / 2, s = pi2 * f(lo + half, arg);

	for (int k = 1; k * h <= 3.5L; k++) {
		long double t = k * h, u = pi2 * sinhl(t);
		long double d = 2 / (1 + expl(2 * u));	/* 1 - tanh u */

		s += pi2 * coshl(t) / (coshl(u) * coshl(u)) *
		    (f(lo + half * d, arg) + f(hi - half * d, arg));
	}
	return s * half * h;
}

/*
 * hyp2f1
 */

START_TEST(test_hyp2f1_identities)
{
	static const double zs[] = { 1e-9, 0.1, 0.5, 0.9, 0.99, 0.999,
		-0.3, -0.9, -5, -50 };

	for (size_t i = 0; i < NELEM(zs); i++) {
		double z = zs[i], tol = z > 0.9 ? 1e-11 : 1e-13;

		/* 2F1(1, 1; 2; z) = -log(1-z)/z */
		ck_close(hyp2f1(1, 1, 2, z), -log1p(-z) / z, tol);
		/* 2F1(a, b; b; z) = (1-z)^-a */
		ck_close(hyp2f1(2.5, 3.7, 3.7, z), pow(1 - z, -2.5), tol);
		ck_close(hyp2f1(0.243, 7, 7, z), pow(1 - z, -0.243), tol);
		/* a Pfaff pair: 2F1(1, 1; 2; z) at z/(z-1) */
		ck_close(hyp2f1(1, 1, 2, z / (z - 1)),
		    (1 - z) * log1p(-z) / -z, tol);
	}
	/* 2F1(1/2, 1; 3/2; -z^2) = atan(z)/z */
	ck_close(hyp2f1(0.5, 1, 1.5, -0.25), atan(0.5) / 0.5, 1e-14);
	ck_close(hyp2f1(0.5, 1, 1.5, -400), atan(20.0) / 20, 1e-13);
	/* 2F1(1/2, 1/2; 3/2; z^2) = asin(z)/z */
	ck_close(hyp2f1(0.5, 0.5, 1.5, 0.25), asin(0.5) / 0.5, 1e-14);
	ck_close(hyp2f1(0.5, 0.5, 1.5, 0.98), asin(sqrt(0.98)) / sqrt(0.98),
	    1e-12);
	/* a terminating series: 2F1(-3, b; c; z) is a cubic */
	double b = 2.2, c = 4.5, z = 0.7;
	ck_close(hyp2f1(-3, b, c, z), 1 - 3 * b * z / c +
	    3 * b * (b + 1) * z * z / (c * (c + 1)) -
	    b * (b + 1) * (b + 2) * z * z * z / (c * (c + 1) * (c + 2)), 1e-14);
	ck_assert_double_eq(hyp2f1(1.5, 2, 3, 0), 1);
}
END_TEST

START_TEST(test_hyp2f1_large)
{
	/* parameters as the models make them, against the slow series */
	static const double cases[][4] = {
		{ 100.25, 102.4, 101.2, 0.5 },		/* BG/NBD, x = 100 */
		{ 30.243, 32.43, 31.22, 0.9 },
		{ 1, 30.55, 32.16, 0.95 },		/* Pareto/NBD, x = 30 */
		{ 1, 1.61, 1001.16, 0.999 },
		{ 1, 1000.55, 1002.16, 0.9 },
		{ 31.16, 1.61, 32.16, 0.8 },		/* the note's own */
		{ 3.7, -2.5, 5.1, 0.7 },
		{ 0.8, -0.2, 2.2, 0.95 },
	};

	for (size_t i = 0; i < NELEM(cases); i++) {
		const double *k = cases[i];

		ck_close(hyp2f1(k[0], k[1], k[2], k[3]),
		    (double)slow2f1(k[0], k[1], k[2], k[3]), 1e-12);
	}
	/* negative z through Pfaff, against the alternating series */
	ck_close(hyp2f1(5.3, 2.1, 7.7, -0.6),
	    (double)slow2f1(5.3, 2.1, 7.7, -0.6), 1e-12);
	ck_close(hyp2f1(0.243, -0.207, 2.219, -23.5),
	    pow(24.5, -0.243) * (double)slow2f1(0.243, 2.426, 2.219,
	    23.5 / 24.5), 1e-12);
}
END_TEST

START_TEST(test_hyp2f1_domain)
{
	ck_assert(isnan(hyp2f1(1, 1, 2, 1)));
	ck_assert(isnan(hyp2f1(1, 1, 2, 1.5)));
	ck_assert(isnan(hyp2f1(1, 1, -2, 0.5)));
	ck_assert(isnan(hyp2f1(NAN, 1, 2, 0.5)));
	ck_assert(isinf(hyp2f1(1, 1000, 1, 0.9)));	/* 10^1000 */
}
END_TEST

/*
 * Arguments where every series and the continued fraction give up: the
 * value comes from Euler's integral, by quadrature, and must still be
 * right.  Closed forms: 2F1(1, 1; 2; z) = -log(1-z)/z (its connection
 * formula has a pole at e = 0), 2F1(1/2, 1; 3/2; -w^2) = atan(w)/w
 * (Pfaff's z/(z-1) within 1e-10 of 1), 2F1(1/2, 1/2; 3/2; w^2) =
 * asin(w)/w.
 */
START_TEST(test_hyp2f1_quadrature)
{
	static const double gaps[] = { 1e-6, 1e-9, 1e-12 };

	for (size_t i = 0; i < NELEM(gaps); i++) {
		double z = 1 - gaps[i];
		ck_close(hyp2f1(1, 1, 2, z), -log1p(-z) / z, 1e-10);
		ck_close(hyp2f1(0.5, 0.5, 1.5, z), asin(sqrt(z)) / sqrt(z),
		    1e-10);
	}
	ck_close(hyp2f1(0.5, 1, 1.5, -1e10), atan(1e5) / 1e5, 1e-10);
	ck_close(hyp2f1(0.5, 1, 1.5, -1e16), atan(1e8) / 1e8, 1e-10);
}
END_TEST

/*
 * Log-likelihoods
 */

static double
ll1(enum model m, const double *par, double x, double tx, double T,
    double mean)
{
	struct obs o = { x, tx, T, mean };

	return model_loglik(m, par, &o, 1);
}

/* The paper's form, with the Beta function ratios, in long double. */
static long double
bg_direct(const double *p, long double x, long double tx, long double T)
{
	long double r = p[0], al = p[1], a = p[2], b = p[3];
	long double lb = lgammal(a) + lgammal(b) - lgammal(a + b);
	long double c = lgammal(r + x) - lgammal(r) + r * logl(al);
	long double l = expl(c + lgammal(a) + lgammal(b + x) -
	    lgammal(a + b + x) - lb - (r + x) * logl(al + T));

	if (x > 0)
		l += expl(c + lgammal(a + 1) + lgammal(b + x - 1) -
		    lgammal(a + b + x) - lb - (r + x) * logl(al + tx));
	return logl(l);
}

START_TEST(test_ll_bgnbd)
{
	static const double cus[][3] = {
		{ 0, 0, 38.86 }, { 2, 30.43, 38.86 }, { 1, 1.71, 38.86 },
		{ 29, 38.57, 38.86 }, { 300, 12, 40 },
	};

	for (size_t i = 0; i < NELEM(cus); i++)
		ck_close(ll1(MODEL_BGNBD, bg_cdnow, cus[i][0], cus[i][1],
		    cus[i][2], 0), (double)bg_direct(bg_cdnow, cus[i][0],
		    cus[i][1], cus[i][2]), 1e-13);
	double bad[] = { 0.24, -4.4, 0.79, 2.4 };
	ck_assert(ll1(MODEL_BGNBD, bad, 1, 1, 2, 0) == -INFINITY);
}
END_TEST

/* The integrand s (alpha+u)^-(r+x) (beta+u)^-(s+1): dying at u. */
static long double
pn_death(long double u, const double *k)
{
	return k[2] * powl(k[1] + u, -(k[0] + k[4])) *
	    powl(k[3] + u, -(k[2] + 1));
}

/* The Pareto/NBD likelihood with the death integral done numerically. */
static long double
pn_direct(const double *p, double x, double tx, double T)
{
	double k[] = { p[0], p[1], p[2], p[3], x };
	long double c = lgammal(p[0] + x) - lgammal(p[0]) + p[0] * logl(p[1]) +
	    p[2] * logl(p[3]);

	return c + logl(powl(p[1] + T, -(p[0] + x)) * powl(p[3] + T, -p[2]) +
	    (tx < T ? quad(pn_death, k, tx, T) : 0));
}

START_TEST(test_ll_pnbd)
{
	static const double cus[][3] = {
		{ 0, 0, 38.86 }, { 2, 30.43, 38.86 }, { 1, 1.71, 38.86 },
		{ 29, 38.57, 38.86 }, { 500, 37, 38 }, { 3, 10, 10 },
	};
	static const double pars[][4] = {
		{ 0.553276, 10.577612, 0.606214, 11.667915 },	/* a < b */
		{ 0.55, 30, 0.61, 2 },				/* a > b */
		{ 2, 0.5, 1, 400 },				/* z near 1 */
		{ 1.5, 7, 1.5, 7 },				/* a = b */
	};

	for (size_t j = 0; j < NELEM(pars); j++)
		for (size_t i = 0; i < NELEM(cus); i++)
			ck_close(ll1(MODEL_PNBD, pars[j], cus[i][0], cus[i][1],
			    cus[i][2], 0), (double)pn_direct(pars[j],
			    cus[i][0], cus[i][1], cus[i][2]), 1e-13);
}
END_TEST

/* m^k f(m | x) with m = e^y, dm = m dy; k[3] = x, k[4] = the power. */
static long double
gg_dens(long double y, const double *k)
{
	long double m = expl(y);

	return expl(ll1(MODEL_GG, k, k[3], 0, 0, (double)m) +
	    (k[4] + 1) * y);
}

START_TEST(test_ll_gg)
{
	/* the density of the mean integrates to 1, and its mean is the
	 * population mean p gamma / (q-1) whatever x */
	for (int x = 1; x <= 20; x += 19) {
		double k[] = { 6.25, 3.74, 15.44, x, 0 };

		ck_close((double)quad(gg_dens, k, -12, 16), 1, 1e-10);
		k[4] = 1;
		ck_close((double)quad(gg_dens, k, -12, 16),
		    6.25 * 15.44 / 2.74, 1e-10);
	}
	/* customers with no repeat purchase, or nothing spent, add nothing */
	ck_assert_double_eq(ll1(MODEL_GG, gg_cdnow, 0, 0, 0, 0), 0);
	ck_assert_double_eq(ll1(MODEL_GG, gg_cdnow, 2, 0, 0, 0), 0);
}
END_TEST

/*
 * Predictions
 */

/*
 * BG/NBD E[Y(t)] given alive, as an integral over the death probability
 * p ~ Beta(a, b+x) of h(p) = (1 - ((alpha+T)/(alpha+T+pt))^(r+x)) / p.
 * In u = p^(1/k), k = ceil(a)/a, the integrand
 * k u^(ceil(a)-1) (1-p)^(b+x-1) h(p) is finite at both ends.
 */
static long double
bg_integrand(long double u, const double *k)
{
	long double r = k[0], al = k[1], a = k[2], b = k[3], x = k[4];
	long double T = k[5], t = k[6], e = ceill(a) / a, p = powl(u, e), h;

	h = p == 0 ? (r + x) * t / (al + T) :
	    -expm1l(-(r + x) * log1pl(p * t / (al + T))) / p;
	return e * powl(u, ceill(a) - 1) * powl(1 - p, b + x - 1) * h;
}

static double
bg_quad(const double *par, double x, double tx, double T, double t)
{
	double k[] = { par[0], par[1], par[2], par[3], x, T, t };
	struct obs c = { x, tx, T, 0 };
	long double a = par[2], b = par[3];
	long double lb = lgammal(a) + lgammal(b + x) - lgammal(a + b + x);

	return quad(bg_integrand, k, 0, 1) / expl(lb) *
	    bgnbd_p_alive(par, &c);
}

/* The paper's formula, straight, through hyp2f1. */
static double
bg_paper(const double *p, double x, double tx, double T, double t)
{
	double r = p[0], al = p[1], a = p[2], b = p[3];
	struct obs c = { x, tx, T, 0 };
	double f = pow((al + T) / (al + T + t), r + x) *
	    hyp2f1(r + x, b + x, a + b + x - 1, t / (al + T + t));

	return (a + b + x - 1) / (a - 1) * (1 - f) * bgnbd_p_alive(p, &c);
}

START_TEST(test_bgnbd_expected)
{
	static const double pars[][4] = {
		{ 0.242593, 4.413532, 0.792886, 2.425752 },
		{ 0.5, 6, 1, 3 },		/* a = 1: the paper divides by 0 */
		{ 1.2, 3, 3.5, 1.5 },
		{ 30, 2, 0.6, 1.2 },		/* r >> a + b: U alternates */
		{ 150, 2, 0.6, 1.2 },		/* and cancels: paper's form */
	};
	static const double cus[][4] = {	/* x, tx, T, t */
		{ 2, 30.43, 38.86, 39 }, { 1, 20, 38.86, 200 },
		{ 7, 35, 38.86, 1000 }, { 3, 36, 38.86, 0.5 },
	};

	for (size_t j = 0; j < NELEM(pars); j++)
		for (size_t i = 0; i < NELEM(cus); i++) {
			const double *c = cus[i];
			struct obs o = { c[0], c[1], c[2], 0 };

			ck_close(bgnbd_expected(pars[j], &o, c[3]),
			    bg_quad(pars[j], c[0], c[1], c[2], c[3]), 1e-12);
			if (pars[j][2] != 1)
				ck_close(bgnbd_expected(pars[j], &o, c[3]),
				    bg_paper(pars[j], c[0], c[1], c[2], c[3]),
				    1e-12);
		}
	/* CDNOW's first customer: 2 repeat purchases, the last at 30.43 of
	 * 38.86 weeks, expects 1.2259 in the next 39 */
	struct obs o = { 2, 30.43, 38.86, 0 };
	ck_assert(fabs(bgnbd_expected(bg_cdnow, &o, 39) - 1.2259) < 5e-5);
	/* continuous through a = 1 */
	double p0[] = { 0.5, 6, 1, 3 }, p1[] = { 0.5, 6, 1 + 1e-9, 3 };
	ck_close(bgnbd_expected(p0, &o, 39), bgnbd_expected(p1, &o, 39), 1e-8);
}
END_TEST

START_TEST(test_pnbd_predictions)
{
	struct obs o = { 2, 30.43, 38.86, 0 };
	const double *p = pn_cdnow;
	double k[] = { p[0], p[1], p[2], p[3], o.x };
	long double alive = powl(p[1] + o.T, -(p[0] + o.x)) *
	    powl(p[3] + o.T, -p[2]);
	long double dead = quad(pn_death, k, o.tx, o.T);
	double pa = (double)(alive / (alive + dead)), t = 39;

	ck_close(pnbd_p_alive(p, &o), pa, 1e-12);
	ck_close(pnbd_expected(p, &o, t), (p[0] + o.x) * (p[3] + o.T) /
	    ((p[1] + o.T) * (p[2] - 1)) * (1 - pow((p[3] + o.T) /
	    (p[3] + o.T + t), p[2] - 1)) * pa, 1e-12);
	/* continuous through s = 1 */
	double s1[] = { 0.5, 10, 1, 12 }, s2[] = { 0.5, 10, 1 + 1e-9, 12 };
	ck_close(pnbd_expected(s1, &o, t), pnbd_expected(s2, &o, t), 1e-8);
	/* alive for sure with the last purchase at T */
	o.tx = o.T;
	ck_assert_double_eq(pnbd_p_alive(p, &o), 1);
}
END_TEST

/* The course's formula against its closed forms: an annuity, an
 * arithmetic growth, and retention as a higher discount. */
START_TEST(test_textbook)
{
	struct textbook_terms c = { 500, 3000, 1000, 100 };
	double annuity = (1 - pow(1.08, -10)) / 0.08;

	ck_close(textbook_clv(&c, 10, 0, 1, 0), 11500, 1e-15);
	ck_close(textbook_clv(&c, 10, 0, 1, 0.08), 2500 + 900 * annuity,
	    1e-14);
	/* growth g: sum of (t-1) g over 10 years is 45 g */
	ck_close(textbook_clv(&c, 10, 1000, 1, 0), 11500 + 45000, 1e-15);
	/* retention R: the gain of year t weighs R^(t-1) */
	c.first = c.acquisition = 0;
	ck_close(textbook_clv(&c, 3, 0, 0.5, 0), 900 * 1.75, 1e-15);
	ck_assert_double_eq(textbook_clv(&c, 0, 0, 1, 0.08), 0);
}
END_TEST

/* Finite and in range for customers at the edges, with long horizons. */
START_TEST(test_extremes)
{
	static const double cus[][3] = {
		{ 0, 0, 38.86 }, { 0, 0, 0 }, { 500, 38.86, 38.86 },
		{ 500, 1, 38.86 }, { 5000, 100, 100 }, { 1, 0, 0.01 },
	};
	static const double ts[] = { 0, 1, 39, 1000, 1e5 };
	static const double bgs[][4] = {
		{ 0.242593, 4.413532, 0.792886, 2.425752 },
		{ 0.25, 4, 0.3, 0.2 },		/* a + b < 1 */
		{ 5, 0.1, 20, 0.05 },
	};
	static const double pns[][4] = {
		{ 0.553276, 10.577612, 0.606214, 11.667915 },
		{ 0.5, 1, 0.2, 300 }, { 3, 300, 3, 0.5 },
	};

	for (size_t i = 0; i < NELEM(cus); i++) {
		struct obs o = { cus[i][0], cus[i][1], cus[i][2], 0 };

		for (size_t j = 0; j < NELEM(bgs); j++) {
			double pa = bgnbd_p_alive(bgs[j], &o), last = 0;

			ck_assert(pa >= 0 && pa <= 1);
			for (size_t k = 0; k < NELEM(ts); k++) {
				double e = bgnbd_expected(bgs[j], &o, ts[k]);

				/* not falling, to nine digits:
				 * a customer who dies fast has bought all
				 * he will long before t = 1e5 */
				ck_assert_msg(isfinite(e) &&
				    e >= last * (1 - 1e-9),
				    "bg x %g t %g: %g", o.x, ts[k], e);
				last = e;
			}
		}
		for (size_t j = 0; j < NELEM(pns); j++) {
			double pa = pnbd_p_alive(pns[j], &o), last = 0;

			ck_assert_msg(pa >= 0 && pa <= 1, "pn x %g: %g", o.x, pa);
			for (size_t k = 0; k < NELEM(ts); k++) {
				double e = pnbd_expected(pns[j], &o, ts[k]);

				ck_assert_msg(isfinite(e) && e >= last,
				    "pn x %g t %g: %g", o.x, ts[k], e);
				last = e;
			}
		}
	}
	/* x = 500 bought up to T: alive, and buying about 500/T a week */
	struct obs busy = { 500, 38.86, 38.86, 0 };
	ck_assert(bgnbd_p_alive(bg_cdnow, &busy) > 0.99);
	ck_assert(pnbd_p_alive(pn_cdnow, &busy) == 1);
	ck_assert(bgnbd_expected(bg_cdnow, &busy, 1) > 9);
	ck_assert(pnbd_expected(pn_cdnow, &busy, 1) > 9);
	/* and silent since week 1: gone */
	struct obs gone = { 500, 1, 38.86, 0 };
	ck_assert(bgnbd_p_alive(bg_cdnow, &gone) < 1e-100);
	ck_assert(pnbd_p_alive(pn_cdnow, &gone) < 1e-100);
}
END_TEST

START_TEST(test_gg_spend)
{
	const double *p = gg_cdnow;
	struct obs none = { 0, 0, 38.86, 0 }, one = { 1, 5, 38.86, 40 };
	struct obs many = { 1e6, 5, 38.86, 40 };

	ck_close(gg_expected_spend(p, &none), p[0] * p[2] / (p[1] - 1), 1e-15);
	ck_close(gg_expected_spend(p, &one), p[0] * (p[2] + 40) /
	    (p[0] + p[1] - 1), 1e-15);
	ck_close(gg_expected_spend(p, &many), 40, 1e-5);
	/* q <= 1: no mean; the mode stands in */
	double heavy[] = { 0.1, 0.5, 15 };
	ck_close(gg_expected_spend(heavy, &none), 0.1 * 15 / 1.5, 1e-15);
	ck_close(gg_expected_spend(heavy, &one), 0.1 * 55 / 1.6, 1e-15);
}
END_TEST

START_TEST(test_names)
{
	ck_assert_str_eq(model_param_name(MODEL_BGNBD, 0), "r");
	ck_assert_str_eq(model_param_name(MODEL_BGNBD, 3), "b");
	ck_assert_str_eq(model_param_name(MODEL_PNBD, 2), "s");
	ck_assert_str_eq(model_param_name(MODEL_PNBD, 3), "beta");
	ck_assert_str_eq(model_param_name(MODEL_GG, 2), "gamma");
	ck_assert_ptr_null(model_param_name(MODEL_GG, 3));
	ck_assert_ptr_null(model_param_name(MODEL_BGNBD, -1));
}
END_TEST

/*
 * Fits on the CDNOW sample, against the published estimates
 */

static size_t
cdnow(struct obs *d)
{
	const char *dir = getenv("CRM_SHARED");
	char path[4096], line[256];
	size_t n = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s%s", dir ? dir : CRM_SHARED,
	    CDNOW_FILE);
	if ((fp = fopen(path, "r")) == NULL) {
		fprintf(stderr, "test_model: %s absent: CDNOW fits skipped\n",
		    path);
		return 0;
	}
	if (fgets(line, sizeof(line), fp) == NULL)
		ck_abort_msg("%s: empty", path);
	while (n < CDNOW_N + 1 && fgets(line, sizeof(line), fp))
		if (sscanf(line, "%*[^,],%lf,%lf,%lf,%lf", &d[n].x, &d[n].tx,
		    &d[n].T, &d[n].m) == 4)
			n++;
	fclose(fp);
	ck_assert_uint_eq(n, CDNOW_N);
	return n;
}

/* Published to the last digit given: within half a unit of it. */
static void
fit_cdnow(enum model m, const double *want, const double *tol,
    double ll, size_t nfit)
{
	static struct obs d[CDNOW_N + 1];
	size_t n = cdnow(d);
	const char *why;
	struct fit f;

	if (n == 0)
		return;
	ck_assert_msg(model_fit(m, d, n, 0, &f, &why) == 0, "%s", why);
	ck_assert_uint_eq(f.n, nfit);
	ck_assert(f.iterations > 0 && f.evaluations > f.iterations);
	for (int i = 0; i < f.npar; i++) {
		ck_assert_msg(fabs(f.par[i] - want[i]) <= tol[i],
		    "%s = %.5f, published %g", model_param_name(m, i),
		    f.par[i], want[i]);
		ck_assert(f.se[i] > 0 && f.se[i] < f.par[i]);
	}
	ck_assert_msg(fabs(f.loglik - ll) <= 0.1, "LL %.3f", f.loglik);
	ck_close(model_loglik(m, f.par, d, n), f.loglik, 1e-12);
}

START_TEST(test_fit_cdnow_bgnbd)
{
	static const double want[] = { 0.243, 4.414, 0.793, 2.426 };
	static const double tol[] = { 5e-4, 5e-4, 5e-4, 5e-4 };

	fit_cdnow(MODEL_BGNBD, want, tol, -9582.4, CDNOW_N);
}
END_TEST

START_TEST(test_fit_cdnow_pnbd)
{
	static const double want[] = { 0.55, 10.58, 0.61, 11.67 };
	static const double tol[] = { 5e-3, 5e-3, 5e-3, 5e-3 };

	fit_cdnow(MODEL_PNBD, want, tol, -9595.0, CDNOW_N);
}
END_TEST

START_TEST(test_fit_cdnow_gg)
{
	static const double want[] = { 6.25, 3.74, 15.44 };
	static const double tol[] = { 5e-3, 5e-3, 0.02 };

	fit_cdnow(MODEL_GG, want, tol, -4055.9, 946);
}
END_TEST

/*
 * Fits on simulated data
 */

static uint64_t
splitmix(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}

/* Uniform in (0, 1). */
static double
unif(uint64_t *s)
{
	return ((splitmix(s) >> 11) + 0.5) * 0x1p-53;
}

static double
normal(uint64_t *s)
{
	return sqrt(-2 * log(unif(s))) * cos(2 * M_PI * unif(s));
}

/* Gamma(k, 1), by Marsaglia and Tsang. */
static double
rgamma(uint64_t *s, double k)
{
	if (k < 1)
		return rgamma(s, k + 1) * pow(unif(s), 1 / k);
	double d = k - 1.0 / 3, c = 1 / sqrt(9 * d);

	for (;;) {
		double x = normal(s), v = 1 + c * x;

		if (v <= 0)
			continue;
		v = v * v * v;
		if (log(unif(s)) < x * x / 2 + d - d * v + d * log(v))
			return d * v;
	}
}

/* Within 3 standard errors of the truth. */
static void
ck_recovered(const struct fit *f, const double *truth)
{
	for (int i = 0; i < f->npar; i++)
		ck_assert_msg(isfinite(f->se[i]) &&
		    fabs(f->par[i] - truth[i]) <= 3 * f->se[i],
		    "%s = %g (se %g), true %g",
		    model_param_name(f->model, i), f->par[i], f->se[i],
		    truth[i]);
}

/* The BG/NBD process: purchases at rate lambda ~ Gamma(r, alpha); after
 * each repeat purchase the customer dies with p ~ Beta(a, b). */
START_TEST(test_fit_sim_bgnbd)
{
	static const double truth[] = { 0.25, 4, 0.8, 2.5 };
	static struct obs d[20000];
	uint64_t s = 20050101;
	const char *why;
	struct fit f;

	for (size_t i = 0; i < NELEM(d); i++) {
		double lam = rgamma(&s, truth[0]) / truth[1];
		double g = rgamma(&s, truth[2]);
		double p = g / (g + rgamma(&s, truth[3])), t = 0;

		d[i] = (struct obs){ 0, 0, 39, 0 };
		while ((t -= log(unif(&s)) / lam) <= 39) {
			d[i].x++;
			d[i].tx = t;
			if (unif(&s) < p)
				break;
		}
	}
	ck_assert_msg(model_fit(MODEL_BGNBD, d, NELEM(d), 0, &f, &why) == 0,
	    "%s", why);
	ck_recovered(&f, truth);
}
END_TEST

/* The Pareto/NBD process: purchases at rate lambda ~ Gamma(r, alpha)
 * for an exponential lifetime of rate mu ~ Gamma(s, beta); customers
 * arrive over 12 weeks, watched until week 39. */
START_TEST(test_fit_sim_pnbd)
{
	static const double truth[] = { 0.55, 10.5, 0.6, 11.7 };
	static struct obs d[5000];
	uint64_t s = 1987;
	const char *why;
	struct fit f;

	for (size_t i = 0; i < NELEM(d); i++) {
		double lam = rgamma(&s, truth[0]) / truth[1];
		double mu = rgamma(&s, truth[2]) / truth[3];
		double T = 27 + 12 * unif(&s), t = 0;
		double end = fmin(T, -log(unif(&s)) / mu);

		d[i] = (struct obs){ 0, 0, T, 0 };
		while ((t -= log(unif(&s)) / lam) <= end) {
			d[i].x++;
			d[i].tx = t;
		}
	}
	ck_assert_msg(model_fit(MODEL_PNBD, d, NELEM(d), 0, &f, &why) == 0,
	    "%s", why);
	ck_recovered(&f, truth);
}
END_TEST

/* Amounts Gamma(p, nu), nu ~ Gamma(q, gamma); 1 to 10 purchases each. */
START_TEST(test_fit_sim_gg)
{
	static const double truth[] = { 6, 4, 15 };
	static struct obs d[20000];
	uint64_t s = 20130101;
	const char *why;
	struct fit f;

	for (size_t i = 0; i < NELEM(d); i++) {
		double nu = rgamma(&s, truth[1]) / truth[2], sum = 0;
		int x = 1 + (int)(unif(&s) * 10);

		for (int j = 0; j < x; j++)
			sum += rgamma(&s, truth[0]) / nu;
		d[i] = (struct obs){ x, 0, 0, sum / x };
	}
	ck_assert_msg(model_fit(MODEL_GG, d, NELEM(d), 0, &f, &why) == 0,
	    "%s", why);
	ck_assert_uint_eq(f.n, NELEM(d));
	ck_recovered(&f, truth);
}
END_TEST

/*
 * Data that cannot be fitted
 */

START_TEST(test_fit_degenerate)
{
	struct obs d[12];
	const char *why;
	struct fit f;

	for (size_t i = 0; i < NELEM(d); i++)
		d[i] = (struct obs){ 0, 0, 30, 0 };
	ck_assert_int_eq(model_fit(MODEL_BGNBD, d, 0, 0, &f, &why), -1);
	ck_assert_str_eq(why, "no customers");
	ck_assert_int_eq(model_fit(MODEL_PNBD, d, 9, 0, &f, &why), -1);
	ck_assert_str_eq(why, "too few customers to fit (9); need at least 10");
	ck_assert_int_eq(model_fit(MODEL_BGNBD, d, 12, 0, &f, &why), -1);
	ck_assert_str_eq(why, "no repeat purchases: nothing to fit");
	ck_assert_int_eq(model_fit(MODEL_PNBD, d, 12, 0, &f, &why), -1);
	ck_assert_str_eq(why, "no repeat purchases: nothing to fit");
	for (size_t i = 0; i < 9; i++)
		d[i] = (struct obs){ 1 + i % 3, 10, 30, 10 + i };
	ck_assert_int_eq(model_fit(MODEL_GG, d, 12, 0, &f, &why), -1);
	ck_assert_str_eq(why, "too few customers with repeat purchases "
	    "to fit (9); need at least 10");
	d[10] = (struct obs){ 1, 31, 30, 5 };	/* t_x > T */
	ck_assert_int_eq(model_fit(MODEL_BGNBD, d, 12, 0, &f, &why), -1);
	ck_assert_ptr_nonnull(strstr(why, "t_x <= T"));
}
END_TEST

Suite *
model_suite(void)
{
	Suite *s = suite_create("model");
	TCase *tc = tcase_create("core");
	TCase *fit = tcase_create("fit");

	tcase_add_test(tc, test_textbook);
	tcase_add_test(tc, test_hyp2f1_identities);
	tcase_add_test(tc, test_hyp2f1_large);
	tcase_add_test(tc, test_hyp2f1_domain);
	tcase_add_test(tc, test_hyp2f1_quadrature);
	tcase_add_test(tc, test_ll_bgnbd);
	tcase_add_test(tc, test_ll_pnbd);
	tcase_add_test(tc, test_ll_gg);
	tcase_add_test(tc, test_bgnbd_expected);
	tcase_add_test(tc, test_pnbd_predictions);
	tcase_add_test(tc, test_extremes);
	tcase_add_test(tc, test_gg_spend);
	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_fit_degenerate);
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	tcase_add_test(fit, test_fit_cdnow_bgnbd);
	tcase_add_test(fit, test_fit_cdnow_pnbd);
	tcase_add_test(fit, test_fit_cdnow_gg);
	tcase_add_test(fit, test_fit_sim_bgnbd);
	tcase_add_test(fit, test_fit_sim_pnbd);
	tcase_add_test(fit, test_fit_sim_gg);
	tcase_set_timeout(fit, 300);
	suite_add_tcase(s, fit);
	return s;
}
