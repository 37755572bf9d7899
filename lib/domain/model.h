#ifndef CRM_MODEL_H
#define CRM_MODEL_H

#include <stddef.h>

/*
 * The "buy till you die" models on one customer's summary: x repeat
 * purchase days, tx the time from the first to the last purchase, T the
 * time from the first purchase to the end of calibration (all in the
 * chosen unit), m the mean amount of the repeat purchase days.
 */
struct obs {
	double x, tx, T, m;
};

enum model { MODEL_BGNBD, MODEL_PNBD, MODEL_GG };

#define MAXPAR 4

struct fit {
	enum model model;
	int npar;
	double par[MAXPAR];	/* BG/NBD r, alpha, a, b; Pareto/NBD r, alpha, s, beta; GG p, q, gamma */
	double se[MAXPAR];	/* from the numerical Hessian; NAN when it is not invertible */
	double loglik;
	int iterations;		/* optimiser iterations, all starts together */
	int evaluations;	/* log-likelihood evaluations */
	size_t n;		/* customers fitted */
	double penalizer;	/* C of the fit's penalty */
	unsigned boundary;	/* bit i: the data do not pin par[i] down */
};

/*
 * Maximum likelihood, or with penalizer C > 0 the maximum of
 * LL - C n sum over the parameters of (ln par)^2, n the customers fitted.
 * 0, or -1 with *why saying why the data cannot be fitted.  A fit whose
 * optimum lies at the edge of the parameter space (a parameter run off
 * towards 0 or infinity, a singular Hessian, a standard error above the
 * value) is still a fit: boundary says which parameters.  loglik is the
 * log-likelihood without the penalty.
 */
int model_fit(enum model m, const struct obs *d, size_t n, double penalizer,
    struct fit *f, const char **why);
double model_loglik(enum model m, const double *par, const struct obs *d,
    size_t n);
const char *model_param_name(enum model m, int i);

/* BG/NBD and Pareto/NBD: probability the customer is still alive at T,
 * and expected repeat purchases in (T, T + t]. */
double bgnbd_p_alive(const double *par, const struct obs *c);
double bgnbd_expected(const double *par, const struct obs *c, double t);
double pnbd_p_alive(const double *par, const struct obs *c);
double pnbd_expected(const double *par, const struct obs *c, double t);

/* Gamma-Gamma: expected mean amount per purchase of the customer (the
 * population mean p*gamma/(q-1) when x = 0). */
double gg_expected_spend(const double *par, const struct obs *c);

/* Gaussian hypergeometric 2F1(a, b; c; z) for z < 1, stable for large
 * parameters (exposed for its tests). */
double hyp2f1(double a, double b, double c, double z);

/* --model textbook's terms of a customer, in money units. */
struct textbook_terms {
	double acquisition, first, yearly, service;	/* yearly: NAN unset */
};

/*
 * The course's lifetime value (COURSE.md 20): first - acquisition + the
 * sum over years t = 1..years of (yearly + (t-1) growth - service)
 * retention^(t-1) / (1 + discount)^t, the year's gain at its end.
 */
double textbook_clv(const struct textbook_terms *c, int years, double growth,
    double retention, double discount);

#endif
