/*
 * Simulates customers of the BG/NBD model with Gamma-Gamma spend and
 * writes their summaries (customer_id,frequency,recency,T,monetary_value,
 * in weeks) for scripts/bench-clv. Usage: simclv N [SEED]
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

int
main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	const double r = 0.25, alpha = 4, a = 0.8, b = 2.5;
	const double p = 6, q = 4, gam = 15;

	state = argc > 2 ? strtoull(argv[2], NULL, 10) : 42;
	printf("customer_id,frequency,recency,T,monetary_value\n");
	for (long i = 0; i < n; i++) {
		double lambda = gamma_draw(r, alpha);
		double g1 = gamma_draw(a, 1), g2 = gamma_draw(b, 1);
		double death = g1 / (g1 + g2);
		double T = 27 + 12 * uniform(), t = 0, last = 0;
		long x = 0;
		for (;;) {
			t += -log(uniform()) / lambda;
			if (t > T)
				break;
			x++;
			last = t;
			if (uniform() < death)
				break;
		}
		double nu = gamma_draw(q, gam), sum = 0;
		for (long k = 0; k < x; k++)
			sum += gamma_draw(p, nu);
		printf("C%07ld,%ld,%.4f,%.4f,%.2f\n", i, x, last, T,
		    x ? sum / x : 0);
	}
	return ferror(stdout) ? 1 : 0;
}
