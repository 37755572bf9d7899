#include <math.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "par.h"
#include "segment.h"

/*
 * k-means: k-means++ seeding, Lloyd's iterations, several restarts, the
 * best (least within-cluster sum of squares) kept. Each restart draws from
 * its own generator seeded from --seed and its number, so the answer does
 * not depend on how many threads ran the restarts.
 */

struct rng {
	uint64_t s[4];
};

static uint64_t
splitmix(uint64_t *x)
{
	uint64_t z = (*x += 0x9e3779b97f4a7c15);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
	return z ^ (z >> 31);
}

static void
rng_seed(struct rng *r, uint64_t seed, uint64_t stream)
{
	uint64_t x = seed ^ (stream * 0xd1342543de82ef95);

	for (int i = 0; i < 4; i++)
		r->s[i] = splitmix(&x);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

/* xoshiro256** */
static uint64_t
rng_next(struct rng *r)
{
	uint64_t *s = r->s, out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;

	s[2] ^= s[0];
	s[3] ^= s[1];
	s[1] ^= s[2];
	s[0] ^= s[3];
	s[2] ^= t;
	s[3] = rotl(s[3], 45);
	return out;
}

/* Uniform in [0, 1). */
static double
rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) * 0x1.0p-53;
}

static size_t
rng_below(struct rng *r, size_t n)
{
	return (size_t)(rng_unit(r) * (double)n);
}

struct job {
	const double *x;
	size_t n, d, k, max_iter;
	double tol;
	uint64_t seed;
	/* per restart */
	double *centers;	/* restarts x k x d */
	double *inertia;
	size_t restarts;
	atomic_size_t next;	/* the next restart to run */
};

static double
dist2(const double *a, const double *b, size_t d)
{
	double s = 0;

	for (size_t j = 0; j < d; j++) {
		double t = a[j] - b[j];
		s += t * t;
	}
	return s;
}

/* The nearest centre of each point; the sum of the squared distances. */
static double
assign(const double *x, size_t n, size_t d, const double *c, size_t k,
    int *label, double *dist)
{
	double total = 0;

	for (size_t i = 0; i < n; i++) {
		const double *p = x + i * d;
		double best = dist2(p, c, d);
		int bl = 0;
		for (size_t m = 1; m < k; m++) {
			double t = dist2(p, c + m * d, d);
			if (t < best) {
				best = t;
				bl = (int)m;
			}
		}
		label[i] = bl;
		if (dist)
			dist[i] = best;
		total += best;
	}
	return total;
}

/* D-squared sampling: a point drawn with probability in proportion to
 * its squared distance from the nearest centre so far. */
static size_t
draw(struct rng *r, const double *dist, size_t n, double total)
{
	double pick = rng_unit(r) * total;
	size_t i;

	/* All points on the centres so far: any point will do. */
	if (total <= 0)
		return rng_below(r, n);
	for (i = 0; i + 1 < n && pick >= dist[i]; i++)
		pick -= dist[i];
	return i;
}

/*
 * k-means++, greedy as in scikit-learn: of 2 + ln k points drawn for each
 * new centre, the one that lowers the sum of squared distances most.
 */
static void
seed_centers(const struct job *j, struct rng *r, double *c, double *dist,
    double *trial, double *kept)
{
	size_t n = j->n, d = j->d, tries = 2 + (size_t)log((double)j->k);
	double total = 0;

	memcpy(c, j->x + rng_below(r, n) * d, d * sizeof(double));
	for (size_t i = 0; i < n; i++)
		total += dist[i] = dist2(j->x + i * d, c, d);
	for (size_t m = 1; m < j->k; m++) {
		double best = INFINITY;
		size_t pick = 0;
		for (size_t t = 0; t < tries; t++) {
			size_t cand = draw(r, dist, n, total);
			double sum = 0;
			for (size_t i = 0; i < n; i++) {
				double v = dist2(j->x + i * d, j->x + cand * d, d);
				sum += trial[i] = v < dist[i] ? v : dist[i];
			}
			if (sum < best) {
				double *t = kept;
				kept = trial;
				trial = t;
				best = sum;
				pick = cand;
			}
		}
		memcpy(dist, kept, n * sizeof(double));
		total = best;
		memcpy(c + m * d, j->x + pick * d, d * sizeof(double));
	}
}

static double
lloyd(const struct job *j, double *c, int *label, double *dist,
    double *sum, size_t *count)
{
	size_t n = j->n, d = j->d, k = j->k;

	for (size_t it = 0; it < j->max_iter; it++) {
		assign(j->x, n, d, c, k, label, dist);
		memset(sum, 0, k * d * sizeof(double));
		memset(count, 0, k * sizeof(size_t));
		for (size_t i = 0; i < n; i++) {
			count[label[i]]++;
			for (size_t q = 0; q < d; q++)
				sum[(size_t)label[i] * d + q] += j->x[i * d + q];
		}
		double shift = 0;
		for (size_t m = 0; m < k; m++) {
			double *cm = c + m * d;
			if (count[m] == 0) {
				/* An empty cluster takes the point that is
				 * farthest from its centre. */
				size_t far = 0;
				for (size_t i = 1; i < n; i++)
					if (dist[i] > dist[far])
						far = i;
				dist[far] = 0;
				shift += dist2(cm, j->x + far * d, d);
				memcpy(cm, j->x + far * d, d * sizeof(double));
				continue;
			}
			for (size_t q = 0; q < d; q++) {
				double v = sum[m * d + q] / (double)count[m];
				shift += (v - cm[q]) * (v - cm[q]);
				cm[q] = v;
			}
		}
		if (shift <= j->tol)
			break;
	}
	return assign(j->x, n, d, c, k, label, dist);
}

/* Restarts, the next one not taken each time, as long as there are:
 * each worker with buffers of its own, on a thread of its own (par.h). */
static void
worker(void *arg, unsigned w)
{
	struct job *j = arg;
	int *label = xmalloc(j->n * sizeof(int));
	double *dist = xmalloc(j->n * sizeof(double));
	double *trial = xmalloc(j->n * sizeof(double));
	double *kept = xmalloc(j->n * sizeof(double));
	double *sum = xmalloc(j->k * j->d * sizeof(double));
	size_t *count = xmalloc(j->k * sizeof(size_t));

	(void)w;
	for (size_t r; (r = atomic_fetch_add(&j->next, 1)) < j->restarts;) {
		struct rng g;
		double *c = j->centers + r * j->k * j->d;
		rng_seed(&g, j->seed, r);
		seed_centers(j, &g, c, dist, trial, kept);
		j->inertia[r] = lloyd(j, c, label, dist, sum, count);
	}
	free(label);
	free(dist);
	free(trial);
	free(kept);
	free(sum);
	free(count);
}

/* The best of the restarts' centres (the first, among equals). */
static double *
cluster(const struct kmeans_opts *o, const double *x, size_t n, size_t d,
    size_t k, double tol)
{
	struct job j = { .x = x, .n = n, .d = d, .k = k, .tol = tol,
	    .max_iter = o->max_iter, .seed = o->seed, .restarts = o->restarts };
	unsigned nt = par_cpus();

	atomic_init(&j.next, 0);
	j.centers = xmalloc(o->restarts * k * d * sizeof(double));
	j.inertia = xmalloc(o->restarts * sizeof(double));
	par_each(n * o->restarts, o->restarts < nt ? (unsigned)o->restarts : nt,
	    worker, &j);

	size_t best = 0;
	for (size_t r = 1; r < o->restarts; r++)
		if (j.inertia[r] < j.inertia[best])
			best = r;
	double *c = xmalloc(k * d * sizeof(double));
	memcpy(c, j.centers + best * k * d, k * d * sizeof(double));
	free(j.centers);
	free(j.inertia);
	return c;
}

/* The mean silhouette of a sample: how much nearer each point is to its
 * own cluster than to the next one, from -1 to 1. */
static double
silhouette(const double *x, size_t d, const size_t *pick, size_t s,
    const int *label, size_t k)
{
	double *mean = xmalloc(k * sizeof(double)), total = 0;
	size_t *size = xcalloc(k, sizeof(size_t));

	for (size_t a = 0; a < s; a++)
		size[label[pick[a]]]++;
	for (size_t a = 0; a < s; a++) {
		int la = label[pick[a]];
		memset(mean, 0, k * sizeof(double));
		for (size_t b = 0; b < s; b++)
			if (b != a)
				mean[label[pick[b]]] += sqrt(dist2(x + pick[a] * d,
				    x + pick[b] * d, d));
		if (size[la] < 2)
			continue;	/* alone in its cluster: 0 */
		double own = mean[la] / (double)(size[la] - 1), other = INFINITY;
		for (size_t m = 0; m < k; m++)
			if ((int)m != la && size[m] > 0 &&
			    mean[m] / (double)size[m] < other)
				other = mean[m] / (double)size[m];
		double big = own > other ? own : other;
		if (isfinite(other) && big > 0)
			total += (other - own) / big;
	}
	free(mean);
	free(size);
	return s ? total / (double)s : 0;
}

static int
empty_cluster(const int *label, size_t n, size_t k)
{
	size_t *size = xcalloc(k, sizeof(size_t)), empty = 0;

	for (size_t i = 0; i < n; i++)
		size[label[i]]++;
	for (size_t m = 0; m < k; m++)
		empty += size[m] == 0;
	free(size);
	return empty > 0;
}

static double
signed_log(double v)
{
	return v < 0 ? -log1p(-v) : log1p(v);
}

static double
signed_exp(double v)
{
	return v < 0 ? -expm1(-v) : expm1(v);
}

struct order {
	double key;
	size_t m;
	int asc;
};

static int
order_cmp(const void *a, const void *b)
{
	const struct order *p = a, *q = b;
	int c = (p->key > q->key) - (p->key < q->key);

	if (p->asc == 0)
		c = -c;
	return c ? c : (p->m > q->m) - (p->m < q->m);
}

size_t
kmeans_run(const struct kmeans_opts *o, double *x, size_t n, size_t d,
    int *label, double **centers)
{
	double *mu = xcalloc(d, sizeof(double)), *sd = xmalloc(d * sizeof(double));
	double tol = 0;

	for (size_t q = 0; q < d; q++)
		sd[q] = 1;
	for (size_t i = 0; o->log && i < n * d; i++)
		x[i] = signed_log(x[i]);
	for (size_t q = 0; q < d; q++) {
		double m = 0, v = 0;
		for (size_t i = 0; i < n; i++)
			m += x[i * d + q];
		m /= (double)n;
		for (size_t i = 0; i < n; i++)
			v += (x[i * d + q] - m) * (x[i * d + q] - m);
		v /= (double)n;
		if (o->standardize) {
			mu[q] = m;
			sd[q] = v > 0 ? sqrt(v) : 1;
			v = v > 0 ? 1 : 0;
			for (size_t i = 0; i < n; i++)
				x[i * d + q] = (x[i * d + q] - mu[q]) / sd[q];
		}
		tol += v;
	}
	/* Converged when the centres move less than this, as scikit-learn. */
	tol = 1e-4 * tol / (double)d;

	size_t k = o->k;
	double *c;
	if (k == 0) {
		struct rng g;
		size_t s = n < o->sample ? n : o->sample;
		size_t *idx = xmalloc(n * sizeof(size_t));
		double best = -2;
		for (size_t i = 0; i < n; i++)
			idx[i] = i;
		rng_seed(&g, o->seed, UINT64_MAX);
		for (size_t i = 0; i < s; i++) {
			size_t r = i + rng_below(&g, n - i), t = idx[i];
			idx[i] = idx[r];
			idx[r] = t;
		}
		c = NULL;
		for (size_t kk = o->kmin; kk <= o->kmax && kk <= n; kk++) {
			double *ck = cluster(o, x, n, d, kk, tol);
			assign(x, n, d, ck, kk, label, NULL);
			if (empty_cluster(label, n, kk)) {
				free(ck);
				break;	/* more clusters than distinct points */
			}
			double sil = silhouette(x, d, idx, s, label, kk);
			if (!o->quiet)
				warnmsg("k %zu: silhouette %.4f (sample of %zu)",
				    kk, sil, s);
			if (sil > best) {
				best = sil;
				k = kk;
				free(c);
				c = ck;
			} else
				free(ck);
		}
		free(idx);
		if (c == NULL)
			die(EXIT_DATA, "k-means: fewer distinct points than %zu "
			    "clusters", o->kmin);
		if (!o->quiet)
			warnmsg("chose k %zu, the highest silhouette", k);
	} else
		c = cluster(o, x, n, d, k, tol);
	double inertia = assign(x, n, d, c, k, label, NULL);
	if (empty_cluster(label, n, k))
		die(EXIT_DATA, "k-means: fewer distinct points than %zu clusters",
		    k);

	/* Numbered by the centres of one column, so that cluster 1 means the
	 * same thing from one week to the next. */
	struct order *ord = xmalloc(k * sizeof(*ord));
	int *rename = xmalloc(k * sizeof(int));
	for (size_t m = 0; m < k; m++)
		ord[m] = (struct order){ c[m * d + (size_t)o->order_col], m,
		    o->order_asc };
	qsort(ord, k, sizeof(*ord), order_cmp);
	double *out = xmalloc(k * d * sizeof(double));
	for (size_t m = 0; m < k; m++) {
		rename[ord[m].m] = (int)m;
		for (size_t q = 0; q < d; q++) {
			double v = c[ord[m].m * d + q] * sd[q] + mu[q];
			out[m * d + q] = o->log ? signed_exp(v) : v;
		}
	}
	for (size_t i = 0; i < n; i++)
		label[i] = rename[label[i]];
	if (!o->quiet)
		warnmsg("k-means: %zu clusters of %zu customers, within-cluster "
		    "sum of squares %.6g", k, n, inertia);
	free(ord);
	free(rename);
	free(c);
	free(mu);
	free(sd);
	*centers = out;
	return k;
}
