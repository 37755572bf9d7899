/*
 * "Buy till you die" models on per-customer summaries: BG/NBD (Fader,
 * Hardie & Lee 2005), Pareto/NBD (Schmittlein, Morrison & Colombo 1987,
 * in the closed form of Fader & Hardie's 2005 note) and the Gamma-Gamma
 * spend model (Fader & Hardie 2013).  Log-likelihoods, maximum-likelihood
 * fits, and each customer's predictions.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "model.h"
#include "par.h"

#define SERIES_MAX	20000	/* terms of a series before another way */
#define CF_MAX		2000	/* levels of a continued fraction */
#define GOOD		(64 * DBL_EPSILON)	/* series error needing no rival */
#define MINFIT		10	/* fewest customers worth a fit */
#define NSTART		3	/* starting points of the search */
#define SAMPLE		20000	/* customers a big fit starts from */
#define PARALLEL	100000	/* customers worth cutting the sum */
#define PARTS		4	/* slices of the log-likelihood sum */
#define LOGWALL		25	/* the search keeps |log parameter| below */
#define MAXITER		4000	/* Nelder-Mead iterations per run */
#define MAXRUNS		10	/* Nelder-Mead runs per starting point */
#define STALL		200	/* iterations that must gain */
#define STALL_GAIN	1e-6	/* log-likelihood they must gain */
#define FTOL		1e-13	/* relative spread of the simplex values */
#define XTOL		1e-8	/* spread of its log parameters */
#define BIGFTOL		1e-10	/* both, on more than 2 * SAMPLE customers */
#define BIGXTOL		1e-5
#define SCREENF		1e-6	/* the same, when screening starting points */
#define SCREENX		1e-2
#define HSTEP		1e-3	/* relative step of the numerical Hessian */
#define RSE_MAX		1	/* relative standard error of a parameter known */

static const int npars[] = { [MODEL_BGNBD] = 4, [MODEL_PNBD] = 4,
	[MODEL_GG] = 3 };
static const char *names[][MAXPAR] = {
	[MODEL_BGNBD] = { "r", "alpha", "a", "b" },
	[MODEL_PNBD] = { "r", "alpha", "s", "beta" },
	[MODEL_GG] = { "p", "q", "gamma" },
};

const char *
model_param_name(enum model m, int i)
{
	if ((unsigned)m > MODEL_GG || i < 0 || i >= npars[m])
		return NULL;
	return names[m][i];
}

/* log(e^p + e^q), exact when either is infinite. */
static double
lse(double p, double q)
{
	double hi = fmax(p, q);

	if (isinf(hi))
		return hi;
	return hi + log1p(exp(fmin(p, q) - hi));
}

/* log(e^p - e^q) for p >= q: -inf when they are equal. */
static double
lde(double p, double q)
{
	if (q >= p)
		return -INFINITY;
	return p + log1p(-exp(q - p));
}

/* lgamma sets the global signgam, which the likelihood's threads would
 * race on; lgamma_r keeps the sign to itself. */
static double
lgam(double x)
{
	int sign;

	return lgamma_r(x, &sign);
}

/* Stirling's series for lgamma(z) less its leading terms, z >= 20:
 * the next term is below 1e-17. */
static double
stirling(double z)
{
	double w = 1 / (z * z);

	return (1.0 / 12 - w * (1.0 / 360 - w * (1.0 / 1260 -
	    w / 1680))) / z;
}

/*
 * lgamma(z+x) - lgamma(z), z > 0, x >= 0, to a few eps of the result:
 * with z near 1e8 the two lgammas are 1.7e9 and their difference would
 * keep only their absolute error, 4e-7.  Past z = 20 by Stirling's
 * series, whose large parts cancel on paper first.
 */
static double
lgamma_ratio(double z, double x)
{
	if (x == 0)
		return 0;
	if (z < 20)
		return lgam(z + x) - lgam(z);
	return (z - 0.5) * log1p(x / z) + x * (log(z + x) - 1) +
	    (stirling(z + x) - stirling(z));
}

/* ln B(a, b), the larger argument's lgamma cancelled on paper. */
static double
lnbeta(double a, double b)
{
	double lo = fmin(a, b);

	return lgam(lo) - lgamma_ratio(fmax(a, b), lo);
}

/* ln B(a, b+x) - ln B(a, b). */
static double
lnbeta_ratio(double a, double b, double x)
{
	return lgamma_ratio(b, x) - lgamma_ratio(a + b, x);
}

/* log(1-z) given k = 1-z as well: log1p keeps the digits of a small z
 * that k has lost. */
static double
log1mz(double z, double k)
{
	return fabs(z) < 0.5 ? log1p(-z) : log(k);
}

/* (1 - e^(e l)) / e, continuous through e = 0. */
static double
gap(double e, double l)
{
	return e == 0 ? -l : -expm1(e * l) / e;
}

/*
 * Quadrature, the fallback of every series and continued fraction: the
 * integral over the real line of e^phi(y), phi smooth with exponential
 * tails, by the trapezoidal rule after y = y0 + sigma sinh(t).  Centred
 * on phi's peak and scaled by its width, the tails fall double
 * exponentially in t; step sizes are halved until two agree to 1e-10,
 * at most QUAD_LEVELS halvings over |t| <= QUAD_TMAX.  A slowly falling
 * tail (e^(0.004 y)) needs all nine to reach 1e-14.
 */

#define QUAD_TMAX	10	/* y0 +- 11013 sigma */
#define QUAD_LEVELS	9	/* steps 1/2 .. 1/512 */
#define QUAD_TOL	1e-10
#define QUAD_TINY	1e-20	/* a node this small beside the sum ends a side */

struct curve {
	/* phi at y; with d1 and d2 (not NULL) its first two derivatives */
	double (*phi)(const void *arg, double y, double *d1, double *d2);
	const void *arg;
};

/* log(1 + e^y) for any y; with wide in long double, for a sum of
 * terms near 1e9 that must keep 1e-10 of a unit (and costs four times
 * as much). */
static long double
softplus(double y, int wide)
{
	if (wide)
		return y > 0 ? y + log1pl(expl(-y)) : log1pl(expl(y));
	return y > 0 ? y + log1p(exp(-y)) : log1p(exp(y));
}

/* Whether terms with coefficients up to v need softplus's wide. */
static int
wide(double v)
{
	return v >= 1e5;
}

/* 1 / (1 + e^-y). */
static double
logistic(double y)
{
	return y > 0 ? 1 / (1 + exp(-y)) : exp(y) / (1 + exp(y));
}

/*
 * The peak of a concave phi, searched from y: a bracket grown by doubling
 * steps, then Newton steps kept inside it, a bisection where one would
 * leave it.  *d2 gets the curvature at the peak.
 */
static double
peak(const struct curve *c, double y, double *d2)
{
	double d1, lo = y, hi = y, step = 1;

	c->phi(c->arg, y, &d1, d2);
	if (d1 > 0)
		for (int i = 0; i < 64 && d1 > 0; i++, step *= 2) {
			lo = hi;
			hi += step;
			c->phi(c->arg, hi, &d1, d2);
		}
	else
		for (int i = 0; i < 64 && d1 < 0; i++, step *= 2) {
			hi = lo;
			lo -= step;
			c->phi(c->arg, lo, &d1, d2);
		}
	y = (lo + hi) / 2;
	for (int i = 0; i < 100; i++) {
		c->phi(c->arg, y, &d1, d2);
		if (d1 > 0)
			lo = y;
		else
			hi = y;
		double next = *d2 < 0 ? y - d1 / *d2 : NAN;
		if (fabs(next - y) <= 1e-9 * (1 + fabs(y)) || hi - lo <=
		    1e-9 * (1 + fabs(y)))
			break;
		y = next > lo && next < hi ? next : (lo + hi) / 2;
	}
	return y;
}

/* One node of the rule: the weight of t, relative to the peak's e^top. */
static double
node(const struct curve *c, double y0, double sigma, double top, double t)
{
	double v = c->phi(c->arg, y0 + sigma * sinh(t), NULL, NULL) - top;

	return isnan(v) ? 0 : sigma * cosh(t) * exp(v);
}

/* Where phi falls 1 below top, going from y0 by step: doubling steps,
 * then a few bisections. */
static double
edge(const struct curve *c, double y0, double top, double step)
{
	double in = y0, out = y0 + step;

	for (int i = 0; i < 64 && c->phi(c->arg, out, NULL, NULL) > top - 1;
	    i++) {
		in = out;
		step *= 2;
		out = y0 + step;
	}
	for (int i = 0; i < 10; i++) {
		double mid = (in + out) / 2;
		if (c->phi(c->arg, mid, NULL, NULL) > top - 1)
			in = mid;
		else
			out = mid;
	}
	return (in + out) / 2;
}

/*
 * log of the integral of e^phi, with the peak near y0 of width about
 * sigma.  The rule's centre and scale are where and how far apart phi
 * falls 1 below the peak: a flat top (phi's slope going from 1 to 0 and
 * on to -1 over 20 units, 2F1 near z = 1) keeps its edges as wide in t
 * as a narrow peak does.
 */
static double
logquad(const struct curve *c, double y0, double sigma)
{
	double top = c->phi(c->arg, y0, NULL, NULL), h = 0.5, s, v, i, prev;
	int end[2];

	if (!isfinite(top))
		return top;
	double lo = edge(c, y0, top, -sigma), hi = edge(c, y0, top, sigma);
	y0 = (lo + hi) / 2;
	sigma = (hi - lo) / (2 * M_SQRT2);
	top = fmax(top, c->phi(c->arg, y0, NULL, NULL));
	s = node(c, y0, sigma, top, 0);
	for (int side = 0; side < 2; side++) {
		int k = 1;
		for (; k * h <= QUAD_TMAX; k++) {
			s += v = node(c, y0, sigma, top, (side ? -k : k) * h);
			if (v <= QUAD_TINY * s)
				break;
		}
		end[side] = k;
	}
	i = h * s;
	for (int level = 1, m = 1; level < QUAD_LEVELS; level++) {
		h /= 2;
		m *= 2;
		for (int side = 0; side < 2; side++)
			for (int k = 1; k < end[side] * m; k += 2)
				s += node(c, y0, sigma, top, (side ? -k : k) * h);
		prev = i;
		i = h * s;
		if (fabs(i - prev) <= QUAD_TOL * i)
			break;
	}
	return top + log(i);
}

/*
 * Euler's integral after t = v/(1+v), v = e^y: for a, b > 0 and c > a, b,
 * 2F1(a, b; c; z) = Gamma(c) / (Gamma(b) Gamma(c-b)) times the integral
 * of v^b (1+v)^(a-c) (1+(1-z)v)^-a dy, whose log is concave.  With
 * parameters near 1e8 its three terms are near 1e9 and cancel to a few
 * units: they are then summed in long double, which keeps 1e-10 of a
 * unit where double would keep 1e-7.
 */
struct euler {
	double a, b, c, lk;	/* lk = log(1-z) */
	int wide;
};

static double
euler_phi(const void *arg, double y, double *d1, double *d2)
{
	const struct euler *e = arg;

	if (d1 != NULL) {
		double p = logistic(y), q = logistic(y + e->lk);
		*d1 = e->b - (e->c - e->a) * p - e->a * q;
		*d2 = -(e->c - e->a) * p * (1 - p) - e->a * q * (1 - q);
	}
	return (long double)e->b * y -
	    ((long double)e->c - e->a) * softplus(y, e->wide) -
	    (long double)e->a * softplus(y + e->lk, e->wide);
}

/* log 2F1(a, b; c; z) for 0 <= z < 1, k = 1-z, by quadrature; NAN
 * unless c > b > 0 and either a <= 0 or c > a.  For a <= 0 the log is
 * not concave, but the integrand has one peak: in t its log's slope,
 * b/t - (c-b)/(1-t) + az/(1-zt), falls as t grows. */
static double
euler_quad(double a, double b, double c, double z, double k)
{
	struct euler e = { a, b, c, log1mz(z, k), wide(fmax(fabs(a), c)) };
	struct curve cv = { euler_phi, &e };
	double d2, y0;

	if (!(b > 0 && c > b && (a <= 0 || c > a)))
		return NAN;
	y0 = peak(&cv, 0, &d2);
	return -lnbeta(b, c - b) +
	    logquad(&cv, y0, d2 < 0 ? 1 / sqrt(-d2) : 1);
}

/*
 * Hypergeometric series.
 */

struct series {
	double sum;
	double abs;	/* sum of |terms|: rounding error is about eps abs */
	int ok;
};

/* A bound on the term ratios past n of a pairing of the ratio's factors
 * (p+n)/(q+n): each moves monotonically towards 1 once p+n, q+n > 0. */
static double
bound(double p1, double q1, double p2, double q2, int n)
{
	return fmax(1, (p1 + n + 1) / (q1 + n + 1)) *
	    fmax(1, (p2 + n + 1) / (q2 + n + 1));
}

/*
 * Sums the terms t_n, t_n+1, ... of 2F1(a, b; c; z), 0 <= z < 1, from
 * t_n = t, at most SERIES_MAX of them.  Past n > -a, -b, -c the term
 * ratio z (a+n)(b+n) / ((n+1)(c+n)) is bounded by z times either pairing
 * of its factors, whichever bound is less: that bounds the tail by
 * t rho / (1 - rho), and summing stops once that is below a quarter of
 * an ulp.
 */
static struct series
sum(double a, double b, double c, double z, int n, double t)
{
	struct series s = { t, fabs(t), 0 };

	for (int end = n + SERIES_MAX; n < end; n++) {
		t *= (a + n) / (n + 1) * ((b + n) / (c + n)) * z;
		s.sum += t;
		s.abs += fabs(t);
		if (!isfinite(s.abs))
			return s;
		/* the tail is at least t z: no need for rho yet */
		if (t != 0 && (fabs(t) * z > DBL_EPSILON / 4 * fabs(s.sum) ||
		    a + n + 1 <= 0 || b + n + 1 <= 0 || c + n + 1 <= 0))
			continue;
		double rho = z * fmin(bound(a, 1, b, c, n), bound(a, c, b, 1, n));
		if (t == 0 || (rho < 1 && fabs(t) * rho / (1 - rho) <=
		    DBL_EPSILON / 4 * fabs(s.sum))) {
			s.ok = 1;
			return s;
		}
	}
	return s;
}

static double
relerr(struct series s)
{
	return s.abs == 0 ? 0 : 4 * DBL_EPSILON * s.abs / fabs(s.sum);
}

/*
 * 2F1(1, b; c; z) by Gauss's continued fraction for 2F1(a+1, b; c'+1; z)
 * / 2F1(a, b; c'; z) at a = 0, c' = c-1, evaluated by Lentz's method in
 * at most CF_MAX levels: for b < c and z <= 0.9 about a hundred keep 13
 * digits; NAN if they do not converge.
 */
static double
gauss_cf(double b, double c, double z)
{
	double f = 1, cc = 1, d = 0, k;

	for (int j = 1; j < CF_MAX; j++) {
		int n = j / 2;

		if (j % 2)
			k = -(c - 1 + n) * (b + n) /
			    ((c + 2 * n - 1) * (c + 2 * n));
		else
			k = (b - c + 1 - n) * n /
			    ((c + 2 * n - 2) * (c + 2 * n - 1));
		d = 1 + k * z * d;
		cc = 1 + k * z / cc;
		d = 1 / (d != 0 ? d : DBL_MIN);
		cc = cc != 0 ? cc : DBL_MIN;
		f *= cc * d;
		if (fabs(cc * d - 1) <= DBL_EPSILON)
			return 1 / f;
	}
	return NAN;
}

/*
 * 2F1(1, b; c; z) near z = 1 by the connection formula: with k = 1-z and
 * e = c-1-b not an integer,
 *	(c-1)/e 2F1(1, b; 1-e; k) + Gamma(c) Gamma(-e) / Gamma(b) k^e z^(1-c)
 * (the second series of the formula sums to z^(1-c)).  The two parts
 * have poles at whole e that cancel: within 1e-3 of one, or where they
 * cancel to less than 1e-3 of their size, NAN.
 */
static double
near_one(double b, double c, double k)
{
	double e = c - 1 - b;

	if (fabs(e - nearbyint(e)) < 1e-3)
		return NAN;
	struct series s = sum(1, b, 1 - e, k, 0, 1);
	if (!s.ok || relerr(s) > 1e-12)
		return NAN;
	/* a likelihood asks for one b and c many times over */
	static _Thread_local double lb = NAN, lc, lg;
	static _Thread_local int sign;
	if (b != lb || c != lc) {
		lb = b;
		lc = c;
		lg = lgamma_ratio(b, c - b) + lgamma_r(-e, &sign);
	}
	double first = (c - 1) / e * s.sum;
	double second = sign * exp(lg + e * log(k) + (1 - c) * log1p(-k));
	double v = first + second;
	return fabs(v) >= 1e-3 * (fabs(first) + fabs(second)) ? v : NAN;
}

/* v e^l, not overflowing on the way when the product is finite. */
static double
scale(double l, double v)
{
	double e = exp(l);

	if (v == 0 || (e != 0 && isfinite(e)))
		return e * v;
	return copysign(exp(l + log(fabs(v))), v);
}

/* The series of 2F1(a, b; c; z), or with euler of 2F1(c-a, c-b; c; z). */
static struct series
form(int euler, double a, double b, double c, double z)
{
	if (euler)
		return sum(c - a, c - b, c, z, 0, 1);
	return sum(a, b, c, z, 0, 1);
}

/*
 * e^l 2F1(a, b; c; z) for 0 <= z < 1, k = 1-z to full precision.
 * 2F1(1, b; c; z), b < c, by the continued fraction, or past z = 0.9 by
 * the connection formula.  Others, and those where these fail, summed
 * directly or by Euler's
 * (1-z)^(c-a-b) 2F1(c-a, c-b; c; z): the series whose terms decay faster
 * (as n^(a+b-c-1) and n^(c-a-b-1)) goes first; the other only if the
 * first cancelled or failed, and the more accurate one wins.  Where none
 * of these keeps ten digits, Euler's integral, if it applies; else the
 * series if it keeps six, or NAN.
 */
static double
positive(double l, double a, double b, double c, double z, double k)
{
	struct series s[2];
	int i = a + b > c;
	double v, rough = NAN;

	if (a == 1 && b < c) {
		v = z > 0.9 ? near_one(b, c, k) : gauss_cf(b, c, z);
		if (isfinite(v))
			return scale(l, v);
	}
	s[i] = form(i, a, b, c, z);
	if (!s[i].ok || relerr(s[i]) > GOOD) {
		s[!i] = form(!i, a, b, c, z);
		if (s[!i].ok && (!s[i].ok || relerr(s[!i]) < relerr(s[i])))
			i = !i;
	}
	if (s[i].ok && relerr(s[i]) <= 1e-6)
		rough = scale(i ? l + (c - a - b) * log1mz(z, k) : l, s[i].sum);
	if (s[i].ok && relerr(s[i]) <= 1e-10)
		return rough;	/* ten digits at least */
	/* the integrand falls as e^(b y) to the left and e^((b-c) y) to the
	 * right: the b of the two that makes both fast, or the one that
	 * has an integral */
	int swap = fmin(a, c - a) > fmin(b, c - b);
	v = swap ? euler_quad(b, a, c, z, k) : euler_quad(a, b, c, z, k);
	if (isnan(v))
		v = swap ? euler_quad(a, b, c, z, k) : euler_quad(b, a, c, z, k);
	return isnan(v) ? rough : exp(l + v);
}

/* hyp2f1 given k = 1-z as well, which near z = 1 holds the digits z
 * cannot. */
static double
hyp2f1k(double a, double b, double c, double z, double k)
{
	if (!isfinite(a + b + c + z) || !(k > 0) || (c <= 0 && c == floor(c)))
		return NAN;
	if (b == 1 && a != 1)	/* symmetric: the 1 first */
		return hyp2f1k(b, a, c, z, k);
	if (z < 0)	/* Pfaff: z/(z-1) is in (0, 1) */
		return positive(-a * log1mz(z, k), a, c - b, c, z / (z - 1),
		    1 / k);
	return positive(0, a, b, c, z, k);
}

/*
 * NAN for z >= 1, for c a non-positive integer, or when nothing converges
 * (the integral needs a, b > 0 and c > a, b after the transformations);
 * +-HUGE_VAL when the value overflows.
 */
double
hyp2f1(double a, double b, double c, double z)
{
	return hyp2f1k(a, b, c, z, 1 - z);
}

/*
 * Log-likelihoods.  w weighs each customer (NULL: all 1).  Terms that
 * depend on x alone are kept while x repeats: the fit sorts by x.
 */

/* log((u+v) / u) given lu = log(u): by log1p where a factor of 1e3 or
 * more (ratio_exact) would magnify the rounding of the difference, else
 * by the difference, which costs half as much. */
static double
lratio(double u, double lu, double v, int exact)
{
	return exact ? log1p(v / u) : log(u + v) - lu;
}

static int
ratio_exact(double factor)
{
	return factor > 1e3;
}

static double
ll_bgnbd(const double *par, const struct obs *d, const double *w, size_t n)
{
	double r = par[0], al = par[1], a = par[2], b = par[3];
	double ll = 0, cx = NAN, byx = 0, la = log(al);
	int exact = ratio_exact(r);

	for (size_t i = 0; i < n; i++) {
		double x = d[i].x, l;

		/* Gamma(r+x) alpha^r / Gamma(r) B(a, b+x) / B(a, b), the
		 * alpha^r folded into the terms below as alpha^-x */
		if (x != cx) {
			cx = x;
			byx = lgamma_ratio(r, x) - x * la +
			    lnbeta_ratio(a, b, x);
		}
		/* alive at T, or died right after the purchase at tx */
		l = -(r + x) * lratio(al, la, d[i].T, exact);
		if (x > 0)
			l = lse(l, log(a / (b + (x - 1))) -
			    (r + x) * lratio(al, la, d[i].tx, exact));
		ll += (w ? w[i] : 1) * (byx + l);
	}
	return ll;
}

/* What the Pareto/NBD's powers are taken relative to: (alpha+ref)^(r+x)
 * (beta+ref)^s.  With logs, ref is 0 and la, lb are log alpha and log
 * beta, for lratio. */
struct base {
	double ref, la, lb;
	int logs;
};

/* log of ((alpha+tau) / (alpha+ref))^-(r+x) ((beta+tau) / (beta+ref))^-s:
 * with r or s near 1e8, r log(alpha+tau) alone is 1e9 and would keep
 * only its absolute error, 2e-7, of a difference of such terms. */
static double
lpow(const double *par, double x, double tau, const struct base *b)
{
	double r = par[0], al = par[1], s = par[2], be = par[3];

	if (b->logs)
		return -(r + x) * lratio(al, b->la, tau, ratio_exact(r + x)) -
		    s * lratio(be, b->lb, tau, ratio_exact(s));
	return -(r + x) * log1p((tau - b->ref) / (al + b->ref)) -
	    s * log1p((tau - b->ref) / (be + b->ref));
}

/*
 * log of the integral from tau to infinity of (alpha+u)^-(r+x)
 * (beta+u)^-(s+1) du, relative to b: the note's 2F1(r+s+x, s+1 (or
 * r+x); r+s+x+1; z) / (r+s+x) / (alpha+tau (or beta+tau))^(r+s+x), after
 * Euler's transformation.  That leaves 2F1(1, r+x (or s+1); r+s+x+1; z),
 * whose terms are positive and fall at least as fast as z^n however
 * large x.
 */
static double
pnbd_tail(const double *par, double x, double tau, const struct base *b)
{
	double r = par[0], al = par[1], s = par[2], be = par[3];
	double m = r + s + x;

	if (al >= be)
		return log(hyp2f1k(1, r + x, m + 1, (al - be) / (al + tau),
		    (be + tau) / (al + tau)) / m) + lpow(par, x, tau, b);
	return log(hyp2f1k(1, s + 1, m + 1, (be - al) / (be + tau),
	    (al + tau) / (be + tau)) / m) + lpow(par, x, tau, b) +
	    log((al + tau) / (be + tau));
}

/* pnbd_tail, kept for the next call with the same x and tau. */
struct memo {
	double x, tau, v;
};

static double
tail_memo(struct memo *m, const double *par, double x, double tau,
    const struct base *b)
{
	if (x != m->x || tau != m->tau) {
		m->x = x;
		m->tau = tau;
		m->v = pnbd_tail(par, x, tau, b);
	}
	return m->v;
}

/*
 * The Pareto/NBD likelihood of a customer is
 * Gamma(r+x) alpha^r beta^s / Gamma(r) (e^alive + e^dead):
 * alive at T, or died between tx and T.  Both are relative to b, as are
 * ltx and lT, pnbd_tail at tx and T.
 */
static void
pnbd_parts(const double *par, const struct obs *o, double ltx, double lT,
    const struct base *b, double *alive, double *dead)
{
	*alive = lpow(par, o->x, o->T, b);
	*dead = log(par[2]) + lde(ltx, lT);
}

static double
ll_pnbd(const double *par, const struct obs *d, const double *w, size_t n)
{
	double r = par[0], al = par[1];
	double ll = 0, cx = NAN, byx = 0, alive, dead;
	struct base b = { 0, log(al), log(par[3]), 1 };
	/* sorted by x, T, tx: all x = 0 share a tail at tx, and runs of
	 * one x and T share one at T */
	struct memo mtx = { NAN, NAN, 0 }, mT = { NAN, NAN, 0 };

	for (size_t i = 0; i < n; i++) {
		double x = d[i].x;

		if (x != cx) {
			cx = x;
			/* alpha^r beta^s over (alpha+0)^(r+x)
			 * (beta+0)^s, the parts' ref */
			byx = lgamma_ratio(r, x) - x * b.la;
		}
		pnbd_parts(par, &d[i], tail_memo(&mtx, par, x, d[i].tx, &b),
		    tail_memo(&mT, par, x, d[i].T, &b), &b, &alive, &dead);
		ll += (w ? w[i] : 1) * (byx + lse(alive, dead));
	}
	return ll;
}

/*
 * Given the rate nu, the mean m of x Gamma(p, nu) amounts is
 * Gamma(px, nu x); nu is Gamma(q, gamma).  Integrating nu out:
 * f(m | x) = Gamma(px+q) / (Gamma(px) Gamma(q)) gamma^q x^(px)
 * m^(px-1) / (gamma + m x)^(px+q).
 */
static double
ll_gg(const double *par, const struct obs *d, const double *w, size_t n)
{
	double p = par[0], q = par[1], g = par[2];
	double base = q * log(g) - lgam(q);
	double ll = 0, cx = NAN, byx = 0;

	for (size_t i = 0; i < n; i++) {
		double x = d[i].x, m = d[i].m, px = p * x;

		if (!(x > 0 && m > 0))
			continue;
		if (x != cx) {
			cx = x;
			byx = base + lgam(px + q) - lgam(px) + px * log(x);
		}
		ll += (w ? w[i] : 1) *
		    (byx + (px - 1) * log(m) - (px + q) * log(g + m * x));
	}
	return ll;
}

/* -inf outside the parameter space, or where the sum is not finite. */
static double
slice(enum model m, const double *par, const struct obs *d, const double *w,
    size_t n)
{
	switch (m) {
	case MODEL_BGNBD:
		return ll_bgnbd(par, d, w, n);
	case MODEL_PNBD:
		return ll_pnbd(par, d, w, n);
	default:
		return ll_gg(par, d, w, n);
	}
}

/* The log-likelihood's sum, cut in slices, each summed on its own. */
struct parts {
	enum model m;
	const double *par, *w;
	const struct obs *d;
	double ll[PARTS];
};

static void
sum_slice(void *arg, unsigned k, size_t from, size_t to)
{
	struct parts *q = arg;

	q->ll[k] = slice(q->m, q->par, q->d + from, q->w ? q->w + from : NULL,
	    to - from);
}

/*
 * Big fits spend their time here: from PARALLEL customers on, they are
 * cut in PARTS fixed slices, summed at once (par.h), and the slices
 * added in one order, so the result is the same on any number of cores.
 */
static double
loglik(enum model m, const double *par, const struct obs *d,
    const double *w, size_t n)
{
	struct parts q = { m, par, w, d, { 0 } };
	unsigned parts = n < PARALLEL ? 1 : PARTS;
	double ll = 0;

	for (int i = 0; i < npars[m]; i++)
		if (!(par[i] > 0 && isfinite(par[i])))
			return -INFINITY;
	par_slices(n, parts, sum_slice, &q);
	for (unsigned k = 0; k < parts; k++)
		ll += q.ll[k];
	return isfinite(ll) ? ll : -INFINITY;
}

double
model_loglik(enum model m, const double *par, const struct obs *d, size_t n)
{
	if ((unsigned)m > MODEL_GG)
		return -INFINITY;
	return loglik(m, par, d, NULL, n);
}

/*
 * Predictions.
 */

/* BG/NBD customers can die only after a repeat purchase. */
double
bgnbd_p_alive(const double *par, const struct obs *c)
{
	double r = par[0], al = par[1], a = par[2], b = par[3];

	if (c->x == 0)
		return 1;
	return 1 / (1 + exp(log(a / (b + (c->x - 1))) +
	    (r + c->x) * log1p((c->T - c->tx) / (al + c->tx))));
}

/*
 * E[Y(t)] / P(alive) by integrating over the customer's dropout
 * probability p, Beta(a, b+x) given that it is alive: with n = r+x and
 * k = t/(alpha+T), the purchases a customer of rate lambda and dropout
 * p makes are (1 - e^(-lambda p t)) / p, whose mean over lambda ~
 * Gamma(n, alpha+T) is k g(pk), g(u) = (1 - (1+u)^-n) / u.  For a >= 1
 * that is the mean k E[g(pk)], p ~ Beta(a, b+x).  For a < 1 that
 * Beta's density falls too slowly towards p = 0 (as p^(a-1)); as
 * g(0) - g(u) = u D(u), the mean over p is then
 *	n k - a/(a+b+x) k^2 E[D(pk)], p ~ Beta(a+1, b+x),
 * whose subtraction cancels only where a is small beside b+x.  Over
 * y = logit p either is the quadrature's, centred at the Beta's peak.
 */
struct dropout {
	double n, k, a, bx;	/* r+x, t/(alpha+T), the Beta's a and b+x */
	double (*h)(double n, double u);	/* g or D */
	int wide;	/* both terms near 1e9 */
};

/* g(u) = (1 - (1+u)^-n) / u, n at u = 0. */
static double
mean_rate(double n, double u)
{
	return u == 0 ? n : -expm1(-n * log1p(u)) / u;
}

/* D(u) = (n - g(u)) / u: its series where that cancels. */
static double
loss(double n, double u)
{
	if ((n + 1) * u < 0.5) {
		double t = n * (n + 1) / 2, d = t;
		for (int j = 3; j < 60 && fabs(t) > DBL_EPSILON * d; j++) {
			t *= -(n + j - 1) / (j) * u;
			d += t;
		}
		return d;
	}
	return (n - mean_rate(n, u)) / u;
}

static double
dropout_phi(const void *arg, double y, double *d1, double *d2)
{
	const struct dropout *o = arg;

	(void)d1, (void)d2;
	return -(long double)o->a * softplus(-y, o->wide) -
	    (long double)o->bx * softplus(y, o->wide) +
	    log(o->h(o->n, o->k * logistic(y)));
}

static double
bgnbd_quad(const double *par, const struct obs *c, double t)
{
	double a = par[2], bx = par[3] + c->x;
	struct dropout o = { par[0] + c->x, t / (par[1] + c->T),
	    a >= 1 ? a : a + 1, bx, a >= 1 ? mean_rate : loss,
	    wide(fmin(a, bx)) };
	struct curve cv = { dropout_phi, &o };
	double mean = logquad(&cv, log(o.a / bx),
	    sqrt((o.a + bx) / (o.a * bx))) - lnbeta(o.a, bx);

	if (a >= 1)
		return o.k * exp(mean);
	return o.n * o.k - a / (a + bx) * o.k * o.k * exp(mean);
}

/*
 * E[Y(t)] / P(alive) is the paper's c/(a-1) (1 - (1-z)^(r+x) 2F1(r+x,
 * b+x; c; z)), c = a+b+x-1, z = t/(alpha+T+t).  Euler's transformation
 * makes the 2F1 (1-z)^(a-1-r-x) 2F1(A, a-1; c; z), A = a+b-1-r, whose
 * terms past the first all carry the factor a-1.  Dividing it out:
 *	c (1 - (1-z)^(a-1)) / (a-1) - (1-z)^(a-1) U,
 *	U = sum over n >= 1 of (A)_n (a)_(n-1) z^n / ((c+1)_(n-1) n!),
 * finite and exact for every a > 0 (1 included), however large x or t.
 */
static double
bgnbd_scaled(const double *par, const struct obs *c, double t)
{
	double r = par[0], al = par[1], a = par[2], b = par[3];
	double cc = a + b + c->x - 1, aa = a + b - 1 - r;
	double z = t / (al + c->T + t), l = -log1p(t / (al + c->T));
	double head = cc * gap(a - 1, l), w = exp((a - 1) * l);
	struct series u = sum(aa, a - 1, cc, z, 1, aa * z);
	double v = head - w * u.sum, f;

	if (u.ok && 4 * DBL_EPSILON * (fabs(head) + w * u.abs) <=
	    1e-10 * fabs(v))
		return v;
	/* U's terms alternate and cancel (r well above a+b): the paper's
	 * form, while 1 - f keeps ten digits */
	f = exp((r + c->x) * l) * hyp2f1(r + c->x, b + c->x, cc, z);
	if (isfinite(f) && fabs(1 - f) >= 1e-5 * f)
		return cc * (1 - f) / (a - 1);
	return bgnbd_quad(par, c, t);
}

double
bgnbd_expected(const double *par, const struct obs *c, double t)
{
	return bgnbd_scaled(par, c, t) * bgnbd_p_alive(par, c);
}

double
pnbd_p_alive(const double *par, const struct obs *c)
{
	double alive, dead;
	struct base b = { c->T, 0, 0, 0 };

	pnbd_parts(par, c, pnbd_tail(par, c->x, c->tx, &b),
	    pnbd_tail(par, c->x, c->T, &b), &b, &alive, &dead);
	return exp(alive - lse(alive, dead));
}

/* (r+x)(beta+T) / ((alpha+T)(s-1)) (1 - ((beta+T)/(beta+T+t))^(s-1))
 * P(alive), continuous through s = 1. */
double
pnbd_expected(const double *par, const struct obs *c, double t)
{
	double r = par[0], al = par[1], s = par[2], be = par[3];

	return (r + c->x) * (be + c->T) / (al + c->T) *
	    gap(s - 1, -log1p(t / (be + c->T))) * pnbd_p_alive(par, c);
}

/*
 * The posterior of nu is Gamma(px+q, gamma+xm), and the mean amount
 * p/nu has the mean p (gamma+xm) / (px+q-1).  With px+q <= 1 it has
 * none (the tail is too heavy): its mode p (gamma+xm) / (px+q+1) stands
 * in, finite and positive.
 */
double
gg_expected_spend(const double *par, const struct obs *c)
{
	double p = par[0], q = par[1], g = par[2];
	double x = c->x > 0 ? c->x : 0, k = p * x + q;

	return p * (g + (x > 0 ? x * c->m : 0)) / (k > 1 ? k - 1 : k + 1);
}

/*
 * Fitting: Nelder-Mead on the log parameters.
 */

struct prob {
	enum model m;
	const struct obs *d;
	const double *w;
	size_t n;
	int k;
	int iter, evals;
	double ftol, xtol;	/* a simplex this small has collapsed */
	double penalizer, weight;	/* weight: the customers' in all */
};

/* The penalty on log parameters lp: the penalizer times the customers
 * times their sum of squares, so that it weighs the same per customer
 * on a sample as on all. */
static double
penalty(const struct prob *p, const double *lp)
{
	double s = 0;

	for (int i = 0; i < p->k; i++)
		s += lp[i] * lp[i];
	return p->penalizer * p->weight * s;
}

static double
cost(struct prob *p, const double *lp)
{
	double par[MAXPAR];

	for (int i = 0; i < p->k; i++) {
		if (!(fabs(lp[i]) < LOGWALL))
			return INFINITY;
		par[i] = exp(lp[i]);
	}
	p->evals++;
	return -loglik(p->m, par, p->d, p->w, p->n) + penalty(p, lp);
}

/* y = c + f (v - c), and its cost. */
static double
probe(struct prob *p, const double *c, const double *v, double f, double *y)
{
	for (int i = 0; i < p->k; i++)
		y[i] = c[i] + f * (v[i] - c[i]);
	return cost(p, y);
}

static void
order(double v[][MAXPAR], double *f, int k)
{
	for (int i = 1; i <= k; i++)
		for (int j = i; j > 0 && f[j] < f[j - 1]; j--) {
			double t[MAXPAR], ft = f[j];

			memcpy(t, v[j], sizeof(t));
			memcpy(v[j], v[j - 1], sizeof(t));
			memcpy(v[j - 1], t, sizeof(t));
			f[j] = f[j - 1];
			f[j - 1] = ft;
		}
}

static int
collapsed(const struct prob *p, double v[][MAXPAR], const double *f)
{
	int k = p->k;

	if (!(f[k] - f[0] <= p->ftol * fabs(f[0])))
		return 0;
	for (int i = 1; i <= k; i++)
		for (int j = 0; j < k; j++)
			if (fabs(v[i][j] - v[0][j]) > p->xtol)
				return 0;
	return 1;
}

/* The worst vertex moves to the centroid of the others, or beyond. */
static void
step(struct prob *p, double v[][MAXPAR], double *f)
{
	int k = p->k;
	double c[MAXPAR] = { 0 }, y[MAXPAR], z[MAXPAR], fy, fz;

	for (int i = 0; i < k; i++)
		for (int j = 0; j < k; j++)
			c[j] += v[i][j] / k;
	fy = probe(p, c, v[k], -1, y);
	if (fy < f[0]) {
		fz = probe(p, c, v[k], -2, z);
		if (fz < fy) {
			memcpy(y, z, sizeof(y));
			fy = fz;
		}
	} else if (fy >= f[k - 1]) {
		fz = probe(p, c, v[k], fy < f[k] ? -0.5 : 0.5, z);
		if (!(fz < fmin(fy, f[k]))) {
			/* shrink towards the best */
			for (int i = 1; i <= k; i++)
				f[i] = probe(p, v[0], v[i], 0.5, v[i]);
			return;
		}
		memcpy(y, z, sizeof(y));
		fy = fz;
	}
	memcpy(v[k], y, sizeof(y));
	f[k] = fy;
}

/* One run from x (log parameters), edges of length len; x gets the best. */
static double
nelder_mead(struct prob *p, double *x, double len)
{
	double v[MAXPAR + 1][MAXPAR], f[MAXPAR + 1];
	int k = p->k;

	for (int i = 0; i <= k; i++) {
		memcpy(v[i], x, sizeof(v[i]));
		if (i > 0)
			v[i][i - 1] += len;
		f[i] = cost(p, v[i]);
	}
	order(v, f, k);
	double mark = f[0];
	for (int it = 1; it <= MAXITER && !collapsed(p, v, f); it++) {
		p->iter++;
		step(p, v, f);
		order(v, f, k);
		/* crawling along a ridge towards a boundary gains nothing
		 * a likelihood can tell */
		if (it % STALL == 0) {
			if (mark - f[0] < STALL_GAIN)
				break;
			mark = f[0];
		}
	}
	memcpy(x, v[0], sizeof(v[0]));
	return f[0];
}

/* Runs restart from their own result, as a simplex can collapse away
 * from the optimum, until one gains nothing. */
static double
polish(struct prob *p, double *x, double len, double ftol, double xtol)
{
	double fx = INFINITY, prev;

	p->ftol = ftol;
	p->xtol = xtol;
	for (int run = 0; run < MAXRUNS; run++) {
		prev = fx;
		fx = nelder_mead(p, x, len);
		if (!(prev - fx > ftol * fabs(fx)))
			break;
	}
	return fx;
}

/* Solves a s = b for k <= MAXPAR by Gaussian elimination with partial
 * pivoting; 0 when a is singular. */
static int
solve(double a[][MAXPAR], double *b, int k, double *s)
{
	for (int c = 0; c < k; c++) {
		int piv = c;
		for (int r = c + 1; r < k; r++)
			if (fabs(a[r][c]) > fabs(a[piv][c]))
				piv = r;
		if (!(fabs(a[piv][c]) > 0))
			return 0;
		for (int j = 0; j < k; j++) {
			double t = a[c][j];
			a[c][j] = a[piv][j];
			a[piv][j] = t;
		}
		double t = b[c];
		b[c] = b[piv];
		b[piv] = t;
		for (int r = c + 1; r < k; r++) {
			double f = a[r][c] / a[c][c];
			for (int j = c; j < k; j++)
				a[r][j] -= f * a[c][j];
			b[r] -= f * b[c];
		}
	}
	for (int r = k - 1; r >= 0; r--) {
		double v = b[r];
		for (int j = r + 1; j < k; j++)
			v -= a[r][j] * s[j];
		s[r] = v / a[r][r];
	}
	return 1;
}

/* -LL at x: x the log parameters, or with raw the parameters. */
static double
value(struct prob *p, const double *x, int raw)
{
	double lp[MAXPAR];

	if (!raw)
		return cost(p, x);
	for (int i = 0; i < p->k; i++)
		lp[i] = log(x[i]);
	p->evals++;
	return -loglik(p->m, x, p->d, p->w, p->n) + penalty(p, lp);
}

static double
value_at(struct prob *p, const double *x, int raw, int i, double di, int j,
    double dj)
{
	double y[MAXPAR];

	memcpy(y, x, sizeof(y));
	y[i] += di;
	y[j] += dj;
	return value(p, y, raw);
}

/* Central differences of -LL at x (where it is fx) with steps h: the
 * gradient g (unless NULL) and the Hessian a. */
static void
derivatives(struct prob *p, const double *x, int raw, const double *h,
    double fx, double *g, double a[][MAXPAR])
{
	for (int i = 0; i < p->k; i++) {
		double fp = value_at(p, x, raw, i, h[i], i, 0);
		double fm = value_at(p, x, raw, i, -h[i], i, 0);
		if (g != NULL)
			g[i] = (fp - fm) / (2 * h[i]);
		a[i][i] = (fp - 2 * fx + fm) / (h[i] * h[i]);
		for (int j = 0; j < i; j++)
			a[i][j] = a[j][i] = (value_at(p, x, raw, i, h[i], j, h[j]) -
			    value_at(p, x, raw, i, h[i], j, -h[j]) -
			    value_at(p, x, raw, i, -h[i], j, h[j]) +
			    value_at(p, x, raw, i, -h[i], j, -h[j])) /
			    (4 * h[i] * h[j]);
	}
}

/*
 * From a point near the optimum (fitted on a sample), Newton steps on
 * the log parameters with a finite-difference gradient and Hessian reach
 * it in far fewer passes over all the customers than Nelder-Mead; a step
 * that does not lower the cost is halved. 0 when the Hessian is of no
 * use, and the caller falls back to Nelder-Mead.
 */
static int
newton(struct prob *p, double *x, double *fx)
{
	const double h[MAXPAR] = { 1e-3, 1e-3, 1e-3, 1e-3 };
	int k = p->k;

	*fx = cost(p, x);
	for (int it = 0; it < 8; it++) {
		double g[MAXPAR], hs[MAXPAR][MAXPAR], st[MAXPAR], y[MAXPAR], fy;
		derivatives(p, x, 0, h, *fx, g, hs);
		for (int i = 0; i < k; i++) {
			if (!(hs[i][i] > 0))
				return 0;
			g[i] = -g[i];
		}
		if (!solve(hs, g, k, st))
			return 0;
		double len = 0;
		for (int i = 0; i < k; i++)
			len = fmax(len, fabs(st[i]));
		for (int half = 0; half < 20; half++) {
			for (int i = 0; i < k; i++)
				y[i] = x[i] + st[i];
			fy = cost(p, y);
			if (fy <= *fx)
				break;
			for (int i = 0; i < k; i++)
				st[i] /= 2;
		}
		if (!(fy <= *fx))
			return len < BIGXTOL;
		p->iter++;
		memcpy(x, y, sizeof(y));
		double gain = *fx - fy;
		*fx = fy;
		if (len < BIGXTOL || gain < BIGFTOL * fabs(fy))
			return 1;
	}
	return 1;
}

/* Starting points spread over typical fits, in the data's units. */
static void
starts(enum model m, const struct obs *d, const double *w, size_t n,
    double st[][MAXPAR])
{
	static const double shape[NSTART][2] = { { 1, 1 }, { 0.3, 0.5 },
		{ 3, 2 } };
	double sw = 0, sx = 0, sT = 0, sm = 0;

	for (size_t i = 0; i < n; i++) {
		sw += w[i];
		sx += w[i] * d[i].x;
		sT += w[i] * d[i].T;
		sm += w[i] * d[i].m;
	}
	/* the mean rate r/alpha and the mean amount p gamma/(q-1) as
	 * observed; Pareto/NBD lifetimes of about T */
	for (int i = 0; i < NSTART; i++) {
		double u = shape[i][0], v = shape[i][1];
		double bg[] = { u, u * sT / sx, v, 3 * v };
		double pn[] = { u, u * sT / sx, v, v * sT / sw };
		double gg[] = { 2 * u, 1 + 2 * v, sm / sw * v / u, 0 };

		memcpy(st[i], m == MODEL_BGNBD ? bg : m == MODEL_PNBD ? pn : gg,
		    sizeof(st[i]));
	}
}

/* Diagonal of the inverse of a, by Cholesky; 0 if a is not positive
 * definite. */
static int
invdiag(double a[][MAXPAR], int k, double *d)
{
	double l[MAXPAR][MAXPAR] = { { 0 } }, li[MAXPAR][MAXPAR] = { { 0 } };

	for (int j = 0; j < k; j++)
		for (int i = j; i < k; i++) {
			double s = a[i][j];

			for (int h = 0; h < j; h++)
				s -= l[i][h] * l[j][h];
			if (i == j && !(s > 0))
				return 0;
			l[i][j] = i == j ? sqrt(s) : s / l[j][j];
		}
	for (int j = 0; j < k; j++) {	/* li = l^-1, lower triangular */
		li[j][j] = 1 / l[j][j];
		for (int i = j + 1; i < k; i++) {
			double s = 0;

			for (int h = j; h < i; h++)
				s -= l[i][h] * li[h][j];
			li[i][j] = s / l[i][i];
		}
	}
	for (int i = 0; i < k; i++) {	/* a^-1 = li' li */
		d[i] = 0;
		for (int h = i; h < k; h++)
			d[i] += li[h][i] * li[h][i];
	}
	return 1;
}

/* From the Hessian H of the objective (-LL, plus the penalty) at its
 * minimum fx, by central differences: the square roots of the diagonal
 * of H^-1; NAN where H is not positive definite. */
static void
std_errors(struct prob *p, const double *par, double fx, double *se)
{
	double h[MAXPAR] = { 0 }, a[MAXPAR][MAXPAR];
	int k = p->k;

	for (int i = 0; i < k; i++)
		h[i] = HSTEP * par[i];
	derivatives(p, par, 1, h, fx, NULL, a);
	if (!invdiag(a, k, se)) {
		for (int i = 0; i < k; i++)
			se[i] = NAN;
		return;
	}
	for (int i = 0; i < k; i++)
		se[i] = sqrt(se[i]);
}

static int
fail(const char **why, const char *msg)
{
	*why = msg;
	return -1;
}

static int
valid(enum model m, const struct obs *o)
{
	if (!(isfinite(o->x) && o->x >= 0 && o->x == floor(o->x)))
		return 0;
	if (m == MODEL_GG)
		return o->x == 0 || isfinite(o->m);
	return isfinite(o->T) && o->tx >= 0 && o->tx <= o->T &&
	    (o->x > 0 || o->tx == 0);
}

static int
cmpobs(const void *p, const void *q)
{
	const struct obs *a = p, *b = q;

	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	if (a->T != b->T)
		return a->T < b->T ? -1 : 1;
	if (a->tx != b->tx)
		return a->tx < b->tx ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	return 0;
}

/* The customers the model uses, with what it uses of them, sorted by x,
 * T, tx, equal ones merged into one of weight their number. */
static size_t
compact(enum model m, const struct obs *d, size_t n, struct obs *o,
    double *w)
{
	size_t k = 0, j = 0;

	for (size_t i = 0; i < n; i++) {
		if (m != MODEL_GG)
			o[k++] = (struct obs){ d[i].x, d[i].tx, d[i].T, 0 };
		else if (d[i].x > 0 && d[i].m > 0)
			o[k++] = (struct obs){ d[i].x, 0, 0, d[i].m };
	}
	qsort(o, k, sizeof(*o), cmpobs);
	for (size_t i = 0; i < k; i++) {
		if (j > 0 && cmpobs(&o[j - 1], &o[i]) == 0) {
			w[j - 1]++;
			continue;
		}
		o[j] = o[i];
		w[j++] = 1;
	}
	return j;
}

/* A rough search from each starting point, then the best one polished;
 * best gets the log parameters. */
static double
search(struct prob *p, double *best)
{
	double st[NSTART][MAXPAR], x[MAXPAR] = { 0 }, fx, fbest = INFINITY;
	struct prob s = *p;
	struct obs *so = NULL;
	double *sw = NULL;

	/* Many customers: the starting points are screened, and the best
	 * polished, on an even sample of the (sorted) customers first, so
	 * that the whole data costs only the last few iterations. */
	if (p->n > 2 * SAMPLE) {
		size_t stride = p->n / SAMPLE;
		so = xreallocarray(NULL, p->n / stride + 1, sizeof(*so));
		sw = xreallocarray(NULL, p->n / stride + 1, sizeof(*sw));
		s.n = 0;
		s.weight = 0;
		for (size_t i = 0; i < p->n; i += stride, s.n++) {
			so[s.n] = p->d[i];
			s.weight += sw[s.n] = p->w[i];
		}
		s.d = so;
		s.w = sw;
	}
	starts(p->m, s.d, s.w, s.n, st);
	s.ftol = SCREENF;
	s.xtol = SCREENX;
	for (int i = 0; i < NSTART; i++) {
		for (int j = 0; j < p->k; j++)
			x[j] = log(st[i][j]);
		fx = nelder_mead(&s, x, 0.5);
		if (fx < fbest) {
			fbest = fx;
			memcpy(best, x, sizeof(x));
		}
	}
	if (so != NULL)
		polish(&s, best, 0.05, FTOL, XTOL);
	p->iter = s.iter;
	p->evals = s.evals;
	/* A million customers pin the parameters to about 1e-3: the last
	 * digits are not worth hundreds of passes over them. */
	if (so == NULL)
		fx = polish(p, best, 0.05, FTOL, XTOL);
	else if (!newton(p, best, &fx))
		fx = polish(p, best, 0.005, BIGFTOL, BIGXTOL);
	free(so);
	free(sw);
	return fx;
}

/*
 * The customers the fitted model expects to have dropped out by the end
 * of calibration: in BG/NBD 1 - B(a, b+x) / B(a, b) each, the chance of
 * a dropout at one of x repeat purchases; in Pareto/NBD 1 - (beta /
 * (beta+T))^s, of a lifetime shorter than T.  Fewer than one means the
 * data show no dropout at all, however confident the standard errors.
 */
static double
dropouts(const struct fit *f, const struct prob *p)
{
	double a = f->par[2], b = f->par[3], sum = 0;

	for (size_t i = 0; i < p->n; i++) {
		const struct obs *o = &p->d[i];
		sum += p->w[i] * -expm1(f->model == MODEL_BGNBD ?
		    lnbeta_ratio(a, b, o->x) : -a * log1p(o->T / b));
	}
	return sum;
}

/*
 * The parameters the data do not pin down: run to the search's wall,
 * not bounded by the Hessian, or known only within a factor of e^2 or
 * more (a standard error above RSE_MAX of the value), the dropout
 * process where it has vanished.  Gamma-Gamma's q <= 1 leaves the mean
 * spend infinite.
 */
static unsigned
unidentified(const struct fit *f, const double *lp, const struct prob *p)
{
	unsigned b = 0;

	for (int i = 0; i < f->npar; i++)
		if (fabs(lp[i]) > LOGWALL - 1 || !(f->se[i] <= RSE_MAX * f->par[i]))
			b |= 1u << i;
	if (f->model == MODEL_GG && f->par[1] <= 1)
		b |= 1u << 1;
	if (f->model != MODEL_GG && dropouts(f, p) < 1)
		b |= 3u << 2;
	return b;
}

int
model_fit(enum model m, const struct obs *d, size_t n, double penalizer,
    struct fit *f, const char **why)
{
	static char msg[96];
	struct prob p = { .m = m, .penalizer = penalizer };
	struct obs *o;
	double lp[MAXPAR], fx, *w;
	size_t use = 0, rep = 0;

	memset(f, 0, sizeof(*f));
	if ((unsigned)m > MODEL_GG)
		return fail(why, "unknown model");
	f->model = m;
	f->npar = p.k = npars[m];
	if (n == 0)
		return fail(why, "no customers");
	for (size_t i = 0; i < n; i++) {
		if (!valid(m, &d[i]))
			return fail(why, m == MODEL_GG ?
			    "bad customer: x must be whole and >= 0, m finite" :
			    "bad customer: x must be whole and >= 0, "
			    "0 <= t_x <= T, t_x = 0 when x = 0");
		rep += d[i].x > 0;
		use += m != MODEL_GG || (d[i].x > 0 && d[i].m > 0);
	}
	if (use < MINFIT) {
		snprintf(msg, sizeof(msg),
		    "too few customers%s to fit (%zu); need at least %d",
		    m == MODEL_GG ? " with repeat purchases" : "", use, MINFIT);
		return fail(why, msg);
	}
	if (rep == 0)
		return fail(why, "no repeat purchases: nothing to fit");
	o = xreallocarray(NULL, n, sizeof(*o));
	w = xreallocarray(NULL, n, sizeof(*w));
	p.d = o;
	p.w = w;
	p.n = compact(m, d, n, o, w);
	p.weight = (double)use;
	fx = search(&p, lp);
	*why = isfinite(fx) ? NULL :
	    "the likelihood is not finite anywhere searched";
	if (*why == NULL) {
		for (int i = 0; i < p.k; i++)
			f->par[i] = exp(lp[i]);
		f->loglik = penalty(&p, lp) - fx;
		f->penalizer = penalizer;
		std_errors(&p, f->par, fx, f->se);
		f->boundary = unidentified(f, lp, &p);
		f->n = use;
	}
	f->iterations = p.iter;
	f->evaluations = p.evals;
	free(o);
	free(w);
	return *why ? -1 : 0;
}

double
textbook_clv(const struct textbook_terms *c, int years, double growth,
    double retention, double discount)
{
	double sum = 0, stay = 1, back = 1;

	for (int t = 1; t <= years; t++) {
		back /= 1 + discount;
		sum += (c->yearly + (t - 1) * growth - c->service) * stay * back;
		stay *= retention;
	}
	return c->first - c->acquisition + sum;
}
