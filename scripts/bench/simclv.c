/*
 * Simulates customers of the BG/NBD model with Gamma-Gamma spend and
 * writes their summaries (customer_id,frequency,recency,T,monetary_value,
 * in weeks) for scripts/bench-clv, or with "tx" their transactions
 * (customer_id,order_date,amount; first purchases in the first 12 weeks
 * of 1997, calibration to 1997-09-30) for the tests, or with "pnbd" the
 * summaries of Pareto/NBD customers (r 0.55, alpha 10.5, s 0.6, beta
 * 11.7: CDNOW's fit), each alive for an exponential lifetime.
 * Usage: simclv N [SEED [tx|pnbd]]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state;

static double
uniform(void)
{
	uint64_t z = (state += UINT64_C(0x9e3779b97f4a7c15));

	z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
	z ^= z >> 31;
	return ((z >> 11) + 0.5) / 9007199254740992.0;
}

static double
normal(void)
{
	return sqrt(-2 * log(uniform())) * cos(2 * M_PI * uniform());
}

/* Marsaglia and Tsang; shape < 1 by the boost u^(1/shape). */
static double
gamma_draw(double shape, double rate)
{
	double boost = 1;

	if (shape < 1) {
		boost = pow(uniform(), 1 / shape);
		shape += 1;
	}
	double d = shape - 1.0 / 3, c = 1 / sqrt(9 * d);
	for (;;) {
		double x = normal(), v = 1 + c * x;
		if (v <= 0)
			continue;
		v = v * v * v;
		double u = uniform();
		if (log(u) < 0.5 * x * x + d - d * v + d * log(v))
			return boost * d * v / rate;
	}
}

static void
day(long d, char *buf, size_t cap)
{
	static const int len[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int m = 0;

	while (d >= len[m]) {
		d -= len[m];
		m++;
	}
	snprintf(buf, cap, "1997-%02d-%02d", m + 1, (int)d + 1);
}

int
main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	int tx = argc > 3 && argv[3][0] == 't';
	int pnbd = argc > 3 && argv[3][0] == 'p';
	const double r = 0.25, alpha = 4, a = 0.8, b = 2.5;
	const double p = 6, q = 4, gam = 15;
	char date[32];

	state = argc > 2 ? strtoull(argv[2], NULL, 10) : 42;
	printf(tx ? "customer_id,order_date,amount\n" :
	    "customer_id,frequency,recency,T,monetary_value\n");
	for (long i = 0; i < n; i++) {
		double lambda = pnbd ? gamma_draw(0.55, 10.5) : gamma_draw(r, alpha);
		double g1 = gamma_draw(a, 1), g2 = gamma_draw(b, 1);
		double death = pnbd ? 0 : g1 / (g1 + g2);
		double life = pnbd ? -log(uniform()) / gamma_draw(0.6, 11.7) :
		    HUGE_VAL;
		long first = (long)(84 * uniform());
		double T = tx ? (272 - first) / 7.0 : 27 + 12 * uniform();
		double t = 0, last = 0, nu = gamma_draw(q, gam), sum = 0;
		long x = 0;
		if (tx) {
			day(first, date, sizeof(date));
			printf("C%07ld,%s,%.2f\n", i, date, gamma_draw(p, nu));
		}
		for (;;) {
			/* whole days apart, so no two purchases share a day */
			t += ceil(-log(uniform()) / lambda * 7) / 7;
			if (t > T || t > life)
				break;
			x++;
			last = t;
			double z = gamma_draw(p, nu);
			sum += z;
			if (tx) {
				day(first + lround(t * 7), date, sizeof(date));
				printf("C%07ld,%s,%.2f\n", i, date, z);
			}
			if (uniform() < death)
				break;
		}
		if (!tx)
			printf("C%07ld,%ld,%.4f,%.4f,%.2f\n", i, x, last, T,
			    x ? sum / x : 0);
	}
	return ferror(stdout) ? 1 : 0;
}
