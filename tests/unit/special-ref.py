#!/usr/bin/env python3
"""
special-ref.py: writes tests/unit/special-ref.csv, the reference values
test_special.c checks crm-clv's special functions against (issue 14).

    python3 tests/unit/special-ref.py >tests/unit/special-ref.csv

(-v names each case on stderr as it goes.)  It needs python3-mpmath
and takes about a quarter of an hour; the table is committed and this
script is run again only to change the grid.  The grid is fixed
(explicit lists and a seeded random.Random, and every decision below
counts terms, never time), so a rerun writes the same table.

The values come from the mathematical definitions, evaluated with mpmath
at DPS significant digits, never from our C code:

  hyp2f1(a, b, c, z)       the Gauss series (mpmath's hypsum), summed at
                           z, after Euler's transformation, for z < 0
                           after either of Pfaff's, or for z < -1 as the
                           two series in 1/z (DLMF 15.8.2): whichever
                           needs the fewest terms, at most CAP, and does
                           not cancel; for 2F1(1, b; c; z), c > 1, where
                           none does, its integral (one_integral).
                           mpmath.hyp2f1 itself is not used: on large
                           parameters near z = 1 it runs for hours
  bgnbd_p_alive            1 / (1 + [x>0] a/(b+x-1)
                           ((alpha+T)/(alpha+tx))^(r+x))
  bgnbd_expected           Fader, Hardie & Lee (2005) eq. 10 times p_alive;
                           at a = 1 the mean of a = 1 -+ 1e-25; where its
                           2F1 has no route, the Beta integral (bg_quad)
  pnbd_p_alive             alive / (alive + dead), alive = (alpha+T)^-(r+x)
                           (beta+T)^-s, dead = s (I(tx) - I(T)), I(tau) the
                           integral from tau to infinity of
                           (alpha+u)^-(r+x) (beta+u)^-(s+1) du in closed
                           form, (alpha+tau)^-m / m 2F1(s+1, m; m+1;
                           (alpha-beta)/(alpha+tau)), m = r+s+x (the roles
                           swapped when beta > alpha), or by quadrature
                           where that 2F1 has no route
  pnbd_expected            (r+x)(beta+T) / ((alpha+T)(s-1))
                           (1 - ((beta+T)/(beta+T+t))^(s-1)) p_alive,
                           at s = 1 its limit (r+x)(beta+T)/(alpha+T)
                           log((beta+T+t)/(beta+T)) p_alive
  bgnbd_loglik             lgamma(r+x) - lgamma(r) + r log alpha
                           + log B(a, b+x) - log B(a, b)
                           + log((alpha+T)^-(r+x)
                           + [x>0] a/(b+x-1) (alpha+tx)^-(r+x))
  pnbd_loglik              lgamma(r+x) - lgamma(r) + r log alpha + s log beta
                           + log(alive + dead)
  gg_expected_spend        p (gamma + x m) / (p x + q - 1), for p x + q > 1

Checks made while writing (the script stops if one fails):
  - every value is computed at DPS and at DPS + 30 digits (and at DPS +
    60 when those differ: quadrature can stop short), and the last two
    must agree to 1e-30;
  - hyp2f1 rows: where a second series route converges in CAP/4 terms,
    both agree to 1e-35; 2F1(1, b; c; z) also agrees with its integral to
    1e-25;
  - every pnbd_p_alive row with tx < T whose closed form exists: the
    death integral again by quadrature (mpmath.quad over breakpoints that
    follow the integrand's scales), agreeing to 1e-17 (the digits a
    double test needs);
  - every bgnbd_expected row whose 2F1 has a route: the conditional
    expectation again as the integral over the death probability p ~
    Beta(a, b+x) of (1 - ((alpha+T)/(alpha+T+pt))^(r+x)) / p, to 1e-17.
  The count of rows so cross-checked is printed at the end.

Cases left out of the grid (counted on stderr):
  - the true value is not a finite double of at least DBL_MIN in
    magnitude: 2F1 past 1e308 (x = 10000 near z = 1), p_alive below
    1e-308 (x large and tx far below T) and the expectations with it;
  - the value is ill-conditioned in double: 32 eps cond > 1e-6 (for a
    log-likelihood, 1e-4 absolute), i.e. the arguments' own rounding
    moves it by more than that (cond below);
  - hyp2f1 rows with no route to 2F1 in CAP terms but the integral
    (large parameters with z near 1 or far below 0);
  - gg_expected_spend with p x + q <= 1 (no mean: the code returns a mode).

Columns of the table:
  function   one of the names above
  shape      where the case comes from (cdnow, retail, corner, random, ...)
  par1..par4 the parameters (hyp2f1: a, b, c, z; gg: p, q, gamma)
  x, tx, T   the customer (empty for hyp2f1); m for gg in column m
  t          the horizon of *_expected
  value      the reference, 20 significant digits
  cond       the row's condition number: the sum over its real arguments
             v of |d log|f| / d log v| (for z: |d log|f|/dz| min(|z|,
             |1-z|), since 1-z is exact for z >= 1/2); for the loglik rows
             that sum (of d loglik / d log v) plus the sum of the
             magnitudes of the terms of the formula above.  The test allows
             an error of 32 eps cond where that exceeds its fixed bound:
             no double implementation can beat the rounding of its
             arguments and of those terms.
"""

import collections
import math
import random
import sys

import mpmath as mp
from mpmath import mpf

DPS = 60		# digits of a reference
MORE = 30		# extra digits of the second evaluation
CAP = 30000		# Gauss series terms a route may take
EPS = 2.0 ** -52
DBL_MIN = 2.2250738585072014e-308
DBL_MAX = 1.7976931348623157e308
VERBOSE = len(sys.argv) > 1 and sys.argv[1] == "-v"
OUT_OF_DOUBLE = "true value not a finite double >= DBL_MIN"


class Skip(Exception):
	pass


skipped = collections.Counter()


def m(v):
	"""A double as an exact mpf."""
	return mpf(float(v))


def sig(v, d=4):
	"""v rounded to d significant digits: short, readable doubles."""
	return float("%.*g" % (d, v))


# 2F1

def log_term(a, b, c, z, n):
	"""log |t_n| of the Gauss series, at low precision."""
	with mp.workdps(20):
		p = mp.rf(a, n) * mp.rf(b, n) / (mp.rf(c, n) * mp.factorial(n))
		if p == 0:
			return -mp.inf
		return float(mp.log(abs(p)) + n * mp.log(abs(z)))


def terms_needed(a, b, c, z, digits):
	"""Terms the Gauss series of 2F1(a, b; c; z), |z| < 1, needs for
	digits digits, or None beyond CAP, or when its terms alternate and
	the largest is past 1e20 (the sum would cancel: mpmath's hypsum
	raises the precision until it no longer does, which on terms of
	1e100000 takes hours).  Past n0 each factor of the term ratio moves
	monotonically towards 1, so rho bounds every later ratio and the
	tail is below t_n rho / (1 - rho)."""
	if z == 0:
		return 1
	for p in (a, b):	# a terminating series
		if p <= 0 and p == mp.floor(p):
			return int(-p) + 1 if -p <= CAP else None
	n0 = int(max(0, -a, -b, -c)) + 2
	if n0 > CAP:
		return None
	alternate = z < 0 or min(a, b, c) < 0
	peak = 0.0
	n = n0
	while n <= CAP:
		lt = log_term(a, b, c, z, n)
		peak = max(peak, lt)
		if alternate and peak > 20 * math.log(10):
			return None
		rho = float(abs(z) * max(1, (a + n + 1) / (n + 2)) *
		    max(1, (b + n + 1) / (c + n + 1)))
		if rho < 1 and lt + math.log(rho / (1 - rho)) < \
		    peak - digits * math.log(10):
			return n
		n *= 2
	return None


def gauss(a, b, c, z):
	return mp.mp.hypsum(2, 1, ("R", "R", "R"), [a, b, c], z,
	    maxterms=2 * CAP)


def routes(a, b, c, z):
	"""(name, terms, thunk) for each series route to 2F1(a, b; c; z)."""
	out = []
	if abs(z) < 1:
		out.append(("direct", a, b, c, z, lambda: 1))
	if 0 <= z < 1:
		out.append(("euler", c - a, c - b, c, z,
		    lambda: (1 - z) ** (c - a - b)))
	if z < 0:
		w = z / (z - 1)
		out.append(("pfaff-a", a, c - b, c, w, lambda: (1 - z) ** -a))
		out.append(("pfaff-b", c - a, b, c, w, lambda: (1 - z) ** -b))
	res = []
	for name, p, q, r, y, pre in out:
		n = terms_needed(p, q, r, y, mp.mp.dps + 10)
		if n is not None:
			res.append((n, name,
			    lambda p=p, q=q, r=r, y=y, pre=pre: pre() *
			    gauss(p, q, r, y)))
	# past z = -1, the two series in 1/z (DLMF 15.8.2), b-a not whole
	if z < -1 and b - a != mp.floor(b - a):
		y = 1 / z
		n1 = terms_needed(a, a - c + 1, a - b + 1, y, mp.mp.dps + 10)
		n2 = terms_needed(b, b - c + 1, b - a + 1, y, mp.mp.dps + 10)
		if n1 is not None and n2 is not None:
			res.append((n1 + n2, "inverse", lambda: mp.gamma(c) * (
			    mp.gamma(b - a) * mp.rgamma(b) * mp.rgamma(c - a) *
			    (-z) ** -a * gauss(a, a - c + 1, a - b + 1, y) +
			    mp.gamma(a - b) * mp.rgamma(a) * mp.rgamma(c - b) *
			    (-z) ** -b * gauss(b, b - c + 1, b - a + 1, y))))
	res.sort(key=lambda e: e[0])
	return res


def hyp2f1(a, b, c, z):
	"""2F1 at the working precision by the cheapest series route that
	converges (mpmath's hypsum gives up on heavy cancellation), else for
	2F1(1, b; c; z), c > 1, by its integral; and the route's name.
	mpmath.hyp2f1 is not used: on large parameters near z = 1 it can run
	for hours before it gives up."""
	if c <= 0 and c == mp.floor(c):
		raise Skip("c a non-positive integer")
	for n, name, f in routes(a, b, c, z):
		try:
			return f(), name
		except (ValueError, mp.libmp.NoConvergence):
			pass
	if (a == 1 or b == 1) and c > 1:
		return one_integral(a + b - 1, c, z), "integral"
	raise Skip("no series route to 2F1 within %d terms" % CAP)


def one_integral(b, c, z):
	"""2F1(1, b; c; z), c > 1, z < 1, as the Pareto/NBD tail integral it
	is (see pn_tail): (1-z)^(c-b-1) (c-1) times the integral from 0 to
	infinity of (1+u)^-b (1-z+u)^-(c-b) du."""
	return (1 - z) ** (c - b - 1) * (c - 1) * tail_quad(1, b, 1 - z, c - b,
	    0, mp.inf)


def breakpoints(lo, hi, factors):
	"""Points in (lo, hi) where, for each factor (base+u)^-k, log(base+u)
	has grown by 2^j / |k| since lo: between two of them no factor
	changes by more than a factor e^(2^j), which is small next to what
	the points before hold, the integrands below being monotone or
	unimodal.  Up to where base+u passes 1e40 (base+lo)."""
	pts = set()
	for base, k in factors:
		if k == 0:
			continue
		for j in range(-4, 400):
			g = mpf(2) ** j / abs(k)
			if g > 93:
				break
			u = (base + lo) * mp.exp(g) - base
			if lo < u < hi:
				pts.add(u)
	return sorted(pts)


def tail_quad(A, RA, B, RB, lo, hi):
	"""The integral from lo to hi (possibly infinity) of (A+u)^-RA
	(B+u)^-RB du, A + lo > 0, B + lo > 0, by mpmath.quad over
	breakpoints; an infinite tail from U on is U^(1-C)/(C-1) (C = RA+RB
	> 1) plus the integral of u^-C ((1+A/u)^-RA (1+B/u)^-RB - 1), which
	falls as u^-(C+1)."""
	# mpmath.quad stops at an absolute error of eps: the integrand is
	# scaled to its value at lo, and the result back
	s0 = (A + lo) ** -RA * (B + lo) ** -RB

	def f(u):
		return (A + u) ** -RA * (B + u) ** -RB / s0

	pts = [lo] + breakpoints(lo, hi, ((A, RA), (B, RB)))
	if hi != mp.inf:
		return s0 * mp.quad(f, pts + [hi])
	C = RA + RB
	U = max(pts[-1], 1e6 * (abs(A) + abs(B) + abs(lo)) + 1)
	pts = sorted(set(pts + [U]))

	def g(u):
		v = 1 / u
		return u ** -C * mp.expm1(-RA * mp.log1p(A * v) -
		    RB * mp.log1p(B * v)) / s0

	return s0 * (mp.quad(f, pts) + mp.quad(g, [U, mp.inf])) + \
	    U ** (1 - C) / (C - 1)


def hyp2f1_two_ways(a, b, c, z):
	"""Where two series routes are cheap, both, compared; 2F1(1, b; c;
	z) also against its integral."""
	if (a == 1 or b == 1) and c > 1:
		u, v = hyp2f1(a, b, c, z)[0], one_integral(a + b - 1, c, z)
		assert close(u, v, mpf("1e-25")), ("2F1 integral", a, b, c, z,
		    u, v)
	rs = [e for e in routes(a, b, c, z) if e[0] <= CAP // 4]
	if len(rs) >= 2:
		try:
			u, v = rs[0][2](), rs[1][2]()
		except (ValueError, mp.libmp.NoConvergence):
			return
		assert close(u, v, mpf("1e-35")), ("2F1 routes disagree", a, b,
		    c, z, u, v)


def close(u, v, tol):
	return abs(u - v) <= tol * max(abs(u), abs(v)) or u == v


# the models, on mpf arguments

def bg_p_alive(r, al, a, b, x, tx, T):
	if x == 0:
		return mpf(1)
	return 1 / (1 + a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x))


def bg_cond_mean(r, al, a, b, x, T, t, quad=True):
	"""E[Y(t)] / p_alive, FHL 2005 eq. 10; at a = 1 the mean of the
	values either side (the singularity is removable)."""
	if a == 1:
		e = mpf(10) ** -25
		return (bg_cond_mean(r, al, a + e, b, x, T, t, quad) +
		    bg_cond_mean(r, al, a - e, b, x, T, t, quad)) / 2
	c = a + b + x - 1
	z = t / (al + T + t)
	try:
		f, _ = hyp2f1(r + x, b + x, c, z)
	except Skip:
		if not quad:
			raise
		return bg_quad(r, al, a, b, x, T, t)
	return c / (a - 1) * (1 - ((al + T) / (al + T + t)) ** (r + x) * f)


def bg_expected(r, al, a, b, x, tx, T, t):
	return bg_cond_mean(r, al, a, b, x, T, t) * bg_p_alive(r, al, a, b,
	    x, tx, T)


def bg_quad(r, al, a, b, x, T, t):
	"""E[Y(t)] / p_alive as the Beta(a, b+x) mean of
	h(p) = (1 - ((alpha+T)/(alpha+T+pt))^(r+x)) / p, in y = logit p:
	the density becomes e^(a y) / (1+e^y)^(a+b+x) / B(a, b+x), with
	exponential tails of rates a and b+x about the mode log(a/(b+x))."""
	bx = b + x
	lb = lbeta(a, bx)

	def f(y):
		p = 1 / (1 + mp.exp(-y))
		lp = -mp.log1p(mp.exp(-y))	# log p
		lq = -mp.log1p(mp.exp(y))	# log (1-p)
		h = -mp.expm1(-(r + x) * mp.log1p(p * t / (al + T))) / p
		return mp.exp(a * lp + bx * lq - lb) * h / h0

	# h falls from h0 at p = 0: the integrand scaled by it is at most
	# the density, for mpmath.quad's absolute error
	h0 = (r + x) * t / (al + T)

	# the mode, the width there, the tails; and where h turns from
	# (r+x) t / (alpha+T) to 1/p, at p t (r+x) ~ alpha+T
	mode = mp.log(a / bx)
	sd = 1 / mp.sqrt(a * bx / (a + bx))
	pts = {mode}
	for k in (1, 4, 16, 64, 256):
		pts |= {mode - k / a, mode + k / bx, mode - k * sd, mode + k * sd}
	ph = (al + T) / (t * (r + x))
	if ph < 1:
		yh = mp.log(ph / (1 - ph))
		pts |= {yh + d for d in (-16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16)}
	return h0 * mp.quad(f, [-mp.inf] + sorted(pts) + [mp.inf])


def pn_tail(r, al, s, be, x, tau, quad=True):
	"""The integral from tau to infinity of (alpha+u)^-(r+x)
	(beta+u)^-(s+1) du: in closed form, or by quadrature (unless not
	quad) where no series route to its 2F1 converges."""
	mm = r + s + x
	if not quad:
		return pn_closed(r, al, s, be, x, tau)
	try:
		return pn_closed(r, al, s, be, x, tau)
	except Skip:
		return tail_quad(al, r + x, be, s + 1, tau, mp.inf)


def pn_closed(r, al, s, be, x, tau):
	"""pn_tail by its 2F1, or Skip."""
	mm = r + s + x
	if al >= be:
		f, _ = hyp2f1(s + 1, mm, mm + 1, (al - be) / (al + tau))
		return (al + tau) ** -mm / mm * f
	f, _ = hyp2f1(r + x, mm, mm + 1, (be - al) / (be + tau))
	return (be + tau) ** -mm / mm * f


def pn_parts(r, al, s, be, x, tx, T):
	alive = (al + T) ** -(r + x) * (be + T) ** -s
	dead = s * (pn_tail(r, al, s, be, x, tx) - pn_tail(r, al, s, be, x, T))
	return alive, dead


def pn_dead_quad(r, al, s, be, x, tx, T):
	"""s times the integral from tx to T, by quadrature."""
	return s * tail_quad(al, r + x, be, s + 1, tx, T)


def pn_p_alive(r, al, s, be, x, tx, T):
	alive, dead = pn_parts(r, al, s, be, x, tx, T)
	return alive / (alive + dead)


def pn_expected(r, al, s, be, x, tx, T, t):
	l = mp.log1p(t / (be + T))
	g = l if s == 1 else -mp.expm1(-(s - 1) * l) / (s - 1)
	return (r + x) * (be + T) / (al + T) * g * pn_p_alive(r, al, s, be, x,
	    tx, T)


def lbeta(a, b):
	return mp.loggamma(a) + mp.loggamma(b) - mp.loggamma(a + b)


def bg_ll_terms(r, al, a, b, x, tx, T):
	l = (al + T) ** -(r + x)
	if x > 0:
		l += a / (b + x - 1) * (al + tx) ** -(r + x)
	return [mp.loggamma(r + x), -mp.loggamma(r), r * mp.log(al),
	    lbeta(a, b + x), -lbeta(a, b), mp.log(l)]


def pn_ll_terms(r, al, s, be, x, tx, T):
	alive, dead = pn_parts(r, al, s, be, x, tx, T)
	return [mp.loggamma(r + x), -mp.loggamma(r), r * mp.log(al),
	    s * mp.log(be), mp.log(alive + dead)]


def gg_spend(p, q, g, x, mm):
	return p * (g + x * mm) / (p * x + q - 1)


# functions of the table: the mpf function, its argument columns, which of
# them are real (perturbed in cond; x is a whole number)

FUNCS = {
	"hyp2f1": (lambda a, b, c, z: hyp2f1(a, b, c, z)[0],
	    ("par1", "par2", "par3", "par4")),
	"bgnbd_p_alive": (bg_p_alive,
	    ("par1", "par2", "par3", "par4", "x", "tx", "T")),
	"bgnbd_expected": (bg_expected,
	    ("par1", "par2", "par3", "par4", "x", "tx", "T", "t")),
	"pnbd_p_alive": (pn_p_alive,
	    ("par1", "par2", "par3", "par4", "x", "tx", "T")),
	"pnbd_expected": (pn_expected,
	    ("par1", "par2", "par3", "par4", "x", "tx", "T", "t")),
	"bgnbd_loglik": (lambda *v: sum(bg_ll_terms(*v)),
	    ("par1", "par2", "par3", "par4", "x", "tx", "T")),
	"pnbd_loglik": (lambda *v: sum(pn_ll_terms(*v)),
	    ("par1", "par2", "par3", "par4", "x", "tx", "T")),
	"gg_expected_spend": (gg_spend, ("par1", "par2", "par3", "x", "m")),
}
LOGLIK = {"bgnbd_loglik": bg_ll_terms, "pnbd_loglik": pn_ll_terms}
COLS = ("function", "shape", "par1", "par2", "par3", "par4", "x", "tx",
    "T", "t", "m", "value", "cond")


def evaluate(fn, args):
	f = FUNCS[fn][0]
	return f(*[m(v) for v in args])


def reference(fn, args):
	"""The value at DPS digits, checked at DPS + MORE (and at DPS + 2
	MORE when those differ: quadrature can stop short)."""
	tol = mpf(10) ** -30
	vals = []
	for dps in (DPS, DPS + MORE, DPS + 2 * MORE):
		with mp.workdps(dps):
			vals.append(evaluate(fn, args))
		if len(vals) < 2:
			continue
		v, w = vals[-2:]
		if fn in LOGLIK:
			if abs(v - w) <= tol * (1 + abs(w)):
				return w
		elif close(v, w, tol):
			return w
	raise SystemExit("%s%s: %s at %d, %d and %d digits" % (fn,
	    tuple(args), vals, DPS, DPS + MORE, DPS + 2 * MORE))


def condition(fn, args, value):
	"""The row's cond (see the docstring): central differences in
	log v with step 1e-12 at 40 digits; two digits of it are needed."""
	cols = FUNCS[fn][1]
	h = mpf(10) ** -12
	total = mpf(0)
	with mp.workdps(40):
		base = [m(v) for v in args]

		def g(vals):
			y = FUNCS[fn][0](*vals)
			return y if fn in LOGLIK else mp.log(abs(y))

		for i, col in enumerate(cols):
			# whole numbers are exact: x, and the 1 of 2F1(1, b; c; z)
			if col == "x" or base[i] == 0 or (fn == "hyp2f1" and
			    base[i] == 1):
				continue
			if fn == "hyp2f1" and col == "par4":
				z = base[i]
				step = h * min(abs(z), abs(1 - z))
				up, dn = list(base), list(base)
				up[i] += step
				dn[i] -= step
				d = (g(up) - g(dn)) / 2 / h
			else:
				up, dn = list(base), list(base)
				up[i] *= mp.exp(h)
				dn[i] *= mp.exp(-h)
				d = (g(up) - g(dn)) / (2 * h)
			total += abs(d)
		if fn in LOGLIK:
			total += sum(abs(t) for t in LOGLIK[fn](*base))
	return float(total)


def row(fn, shape, args):
	"""A row of the table, or None with the reason counted."""
	if VERBOSE:
		print(fn, shape, args, file=sys.stderr, flush=True)
	try:
		v = reference(fn, args)
	except Skip as e:
		skipped[(fn, str(e))] += 1
		return None
	except ZeroDivisionError:
		skipped[(fn, "division by zero")] += 1
		return None
	if fn not in LOGLIK and not (DBL_MIN <= abs(v) <= DBL_MAX):
		skipped[(fn, OUT_OF_DOUBLE)] += 1
		return None
	try:
		cond = condition(fn, args, v)
	except Skip as e:
		skipped[(fn, "beside the point: " + str(e))] += 1
		return None
	if 32 * EPS * cond > (1e-4 if fn in LOGLIK else 1e-6):
		skipped[(fn, "ill-conditioned: 32 eps cond > 1e-6 "
		    "(loglik: 1e-4)")] += 1
		return None
	cols = dict(zip(FUNCS[fn][1], args))
	out = [fn, shape] + [repr(float(cols[c])) if c in cols else ""
	    for c in COLS[2:11]]
	out.append(mp.nstr(v, 20, strip_zeros=False, min_fixed=0,
	    max_fixed=0))
	out.append("%.3g" % cond)
	return out


# the grid

XS = (0, 1, 2, 10, 100, 1000, 10000)
TS = (1, 6.5, 13, 38.86, 52, 104, 260, 520)
FRACS = (0.01, 0.25, 0.5, 0.9, 0.999, 1)
HORIZONS = (1, 13, 52, 104, 520)

NAMED_BG = [
	("cdnow", (0.242593, 4.413532, 0.792886, 2.425752)),
	("a=1", (0.5, 6, 1, 3)),
	("a~1", (0.5, 6, 1.0004, 3)),
	("retail", (0.8, 9, 0.0009, 3.2e6)),		# Online Retail, full
	("retail-week", (0.8, 9, 2e-5, 242641)),	# one week: a = 0.0000
	("r>>a+b", (150, 2, 0.6, 1.2)),
]
NAMED_PN = [
	("cdnow", (0.553276, 10.577612, 0.606214, 11.667915)),
	("s=1", (0.5, 10, 1, 12)),
	("retail", (0.8, 9, 2e-6, 2.5e7)),
	("alpha=beta", (1.5, 7, 1.5, 7)),
	("z~1", (2, 0.5, 1, 400)),
]


def corners():
	"""Each parameter at 1e-6 or 1e8, eight of the sixteen."""
	out = []
	for k in (0, 3, 5, 6, 9, 10, 12, 15):
		out.append(tuple(1e-6 if k >> i & 1 else 1e8 for i in range(4)))
	return out


def draw_par(rng):
	"""Log-uniform over 1e-6 .. 1e8, or a third of the time over the
	0.1 .. 100 where fits usually land."""
	if rng.random() < 1 / 3:
		return sig(10 ** rng.uniform(-1, 2))
	return sig(10 ** rng.uniform(-6, 8))


def draw_customer(rng, x=None):
	x = rng.choice(XS) if x is None else x
	T = rng.choice(TS)
	tx = 0.0 if x == 0 else sig(T * rng.choice(FRACS), 6)
	return float(x), min(tx, T), float(T)


def param_sets(rng, named, nrandom):
	sets = [(n, p) for n, p in named]
	sets += [("corner", p) for p in corners()]
	sets += [("random", tuple(draw_par(rng) for _ in range(4)))
	    for _ in range(nrandom)]
	return sets


def model_rows(rng, fn, sets, per, with_t):
	"""per rows for each parameter set; for the named ones (CDNOW, the
	boundary fits) per rows for each frequency in XS instead."""
	rows = []
	for shape, par in sets:
		named = shape not in ("corner", "random")
		xs = [x for x in XS if x > 0 or fn != "bgnbd_p_alive" or
		    shape == "cdnow"]	# BG/NBD p_alive is 1 at x = 0
		for want in ([(x, per) for x in xs] if named else [(None, per)]):
			x, k = want
			got = tries = 0
			while got < k and tries < 4 * k:
				tries += 1
				if x is None and fn == "bgnbd_p_alive":
					x1 = rng.choice(XS[1:])
				else:
					x1 = x
				c = draw_customer(rng, x1)
				args = par + c + ((float(rng.choice(HORIZONS)),)
				    if with_t else ())
				r = row(fn, shape, args)
				if r:
					rows.append(r)
					got += 1
	return rows


def hyp_rows(rng, bg_sets, pn_sets):
	"""2F1 as the models call it, near 1, and at negative z."""
	cands = []
	for shape, (r, al, a, b) in bg_sets:
		for _ in range(3):
			x, tx, T = draw_customer(rng)
			t = float(rng.choice(HORIZONS))
			z = t / (al + T + t)
			c = a + b + x - 1
			if c > 0:
				cands.append(("bg-" + shape, (r + x, b + x, c, z)))
				# after Euler's transformation
				cands.append(("bg-euler-" + shape,
				    (a + b - 1 - r, a - 1, c, z)))
	for shape, (r, al, s, be) in pn_sets:
		for _ in range(3):
			x, tx, T = draw_customer(rng)
			tau = rng.choice((tx, T))
			mm = r + s + x
			if al >= be:
				z = (al - be) / (al + tau)
				cands.append(("pn-" + shape, (s + 1, mm, mm + 1, z)))
				cands.append(("pn-euler-" + shape,
				    (1, r + x, mm + 1, z)))
			else:
				z = (be - al) / (be + tau)
				cands.append(("pn-" + shape, (r + x, mm, mm + 1, z)))
				cands.append(("pn-euler-" + shape,
				    (1, s + 1, mm + 1, z)))
	# 2F1(1, b; c; z) up to z = 1 - 1e-9
	for z in (0.9, 1 - 1e-3, 1 - 1e-6, 1 - 1e-9):
		for _ in range(5):
			b = draw_par(rng)
			c = sig(b + draw_par(rng))
			cands.append(("z~1", (1.0, b, c, z)))
	# negative z, through Pfaff's transformation
	for z in (-1e-3, -0.5, -1, -10, -1e3, -1e6, -1e9):
		for _ in range(4):
			a, b, c = (draw_par(rng) for _ in range(3))
			cands.append(("z<0", (a, b, c, z)))
		b = draw_par(rng)
		cands.append(("z<0", (1.0, b, sig(b + draw_par(rng)), z)))
	rows = []
	for shape, args in cands:
		args = tuple(float(v) for v in args)
		if not args[3] < 1:
			continue
		r = row("hyp2f1", shape, args)
		if r:
			with mp.workdps(DPS):
				hyp2f1_two_ways(*[m(v) for v in args])
			rows.append(r)
	return rows


def gg_rows(rng):
	rows = []
	for p, q, g in ((6.248802, 3.744589, 15.447751), (1e-6, 1.5, 1e8),
	    (1e8, 2, 1e-6), (0.5, 1e8, 3), (2, 1.000001, 40)):
		for x, mm in ((0, 0), (1, 40), (10000, 0.01), (100, 1e6)):
			r = row("gg_expected_spend", "gg", (p, q, g, float(x),
			    float(mm)))
			if r:
				rows.append(r)
	return rows


def cross_checks(rows):
	"""Each pnbd_p_alive row's death integral (tx < T) by the closed
	form and by quadrature; each bgnbd_expected row's conditional mean
	by eq. 10 and by the Beta integral.  Where one way is the only one
	that converges the row was computed that way and is not counted.
	17 digits are what a double test needs of a reference."""
	tol = mpf("1e-17")
	n = 0
	for r in rows:
		fn = r[0]
		if fn == "pnbd_p_alive":
			rr, al, s, be, x, tx, T = v = [m(float(c)) for c in r[2:9]]
			if not tx < T:
				continue
			with mp.workdps(50):
				try:
					dead = s * (pn_tail(rr, al, s, be, x, tx, False) -
					    pn_tail(rr, al, s, be, x, T, False))
				except Skip:
					continue
				q = pn_dead_quad(*v)
			assert close(dead, q, tol), ("pnbd dead", r, dead, q)
			n += 1
		elif fn == "bgnbd_expected":
			rr, al, a, b, x, tx, T, t = [m(float(c)) for c in r[2:10]]
			with mp.workdps(50):
				try:
					u = bg_cond_mean(rr, al, a, b, x, T, t, False)
				except Skip:
					continue
				q = bg_quad(rr, al, a, b, x, T, t)
			assert close(u, q, tol), ("bg quad", r, u, q)
			n += 1
	return n


def main():
	rng = random.Random(14)
	bg = param_sets(rng, NAMED_BG, 14)
	pn = param_sets(rng, NAMED_PN, 14)
	rows = []
	rows += hyp_rows(rng, bg, pn)
	rows += model_rows(rng, "bgnbd_p_alive", bg, 1, False)
	rows += model_rows(rng, "bgnbd_expected", bg, 2, True)
	rows += model_rows(rng, "bgnbd_loglik", bg, 1, False)
	rows += model_rows(rng, "pnbd_p_alive", pn, 2, False)
	rows += model_rows(rng, "pnbd_expected", pn, 2, True)
	rows += model_rows(rng, "pnbd_loglik", pn, 1, False)
	rows += gg_rows(rng)
	checked = cross_checks(rows)

	out = sys.stdout
	out.write("# Reference values for tests/unit/test_special.c, written by "
	    "tests/unit/special-ref.py\n# (mpmath %s, %d digits); see that "
	    "script for the definitions and the columns.\n" % (mp.__version__,
	    DPS))
	out.write(",".join(COLS) + "\n")
	for r in rows:
		out.write(",".join(r) + "\n")
	counts = collections.Counter(r[0] for r in rows)
	for fn in FUNCS:
		print("%-18s %4d rows" % (fn, counts[fn]), file=sys.stderr)
	print("%d rows cross-checked by quadrature" % checked, file=sys.stderr)
	for (fn, why), k in sorted(skipped.items()):
		print("skipped %-18s %4d: %s" % (fn, k, why), file=sys.stderr)


if __name__ == "__main__":
	main()
