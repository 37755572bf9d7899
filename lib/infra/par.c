#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

#include "alloc.h"
#include "err.h"
#include "par.h"

int
par_worth(size_t n)
{
	return n >= PAR_MIN && crm_fuzz_catch == NULL;
}

unsigned
par_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	return n > 1 ? (n < PAR_PARTS ? (unsigned)n : PAR_PARTS) : 1;
}

/* One part of a par_each, as a thread runs it. */
struct part {
	void (*fn)(void *, unsigned);
	void *arg;
	unsigned k;
};

static void *
run_part(void *p)
{
	struct part *q = p;

	q->fn(q->arg, q->k);
	return NULL;
}

void
par_each(size_t work, unsigned parts, void (*fn)(void *arg, unsigned k),
    void *arg)
{
	struct part q[PAR_PARTS];
	pthread_t t[PAR_PARTS];
	int started[PAR_PARTS] = { 0 };
	int threads = par_worth(work);

	if (parts > PAR_PARTS)
		die(EXIT_INTERNAL, "par_each: %u parts", parts);
	for (unsigned k = 1; threads && k < parts; k++) {
		q[k] = (struct part){ fn, arg, k };
		started[k] = pthread_create(&t[k], NULL, run_part, &q[k]) == 0;
	}
	if (parts > 0)
		fn(arg, 0);
	for (unsigned k = 1; k < parts; k++) {
		if (started[k])
			pthread_join(t[k], NULL);
		else
			fn(arg, k);
	}
}

struct slices {
	void (*fn)(void *, unsigned, size_t, size_t);
	void *arg;
	size_t n;
	unsigned parts;
};

static void
run_slice(void *p, unsigned k)
{
	struct slices *s = p;

	s->fn(s->arg, k, s->n * k / s->parts, s->n * (k + 1) / s->parts);
}

void
par_slices(size_t n, unsigned parts,
    void (*fn)(void *arg, unsigned k, size_t from, size_t to), void *arg)
{
	struct slices s = { fn, arg, n, parts };

	par_each(n, parts, run_slice, &s);
}

struct two {
	void (*fn[2])(void *);
	void *arg[2];
};

static void
run_one(void *p, unsigned k)
{
	struct two *t = p;

	t->fn[k](t->arg[k]);
}

void
par_two(void (*a)(void *), void *arg_a, void (*b)(void *), void *arg_b,
    size_t n)
{
	struct two t = { { a, b }, { arg_a, arg_b } };

	par_each(n, 2, run_one, &t);
}

/*
 * The pipe counts slots handed over, done by fn and taken back, each
 * only ever growing: taken <= done <= handed <= taken + nslots. The
 * thread waits for done < handed, the caller for done > taken; a count
 * changes under the lock, and each change is broadcast.
 */
struct par_pipe {
	void (*fn)(void *, unsigned);
	void *arg;
	unsigned nslots;
	size_t handed, done, taken;
	int threaded, stop;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
};

static void *
stage(void *arg)
{
	struct par_pipe *p = arg;

	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (p->done == p->handed && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->done == p->handed)
			break;
		unsigned slot = (unsigned)(p->done % p->nslots);
		pthread_mutex_unlock(&p->mu);
		p->fn(p->arg, slot);
		pthread_mutex_lock(&p->mu);
		p->done++;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

struct par_pipe *
par_pipe_new(size_t work, unsigned nslots,
    void (*fn)(void *arg, unsigned slot), void *arg)
{
	struct par_pipe *p = xcalloc(1, sizeof(*p));

	if (nslots < 1 || nslots > 64)
		die(EXIT_INTERNAL, "par_pipe_new: %u slots", nslots);
	p->fn = fn;
	p->arg = arg;
	p->nslots = nslots;
	if (!par_worth(work))
		return p;
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	p->threaded = pthread_create(&p->thread, NULL, stage, p) == 0;
	if (!p->threaded) {
		pthread_cond_destroy(&p->cv);
		pthread_mutex_destroy(&p->mu);
	}
	return p;
}

unsigned
par_pipe_next(const struct par_pipe *p)
{
	return (unsigned)(p->handed % p->nslots);
}

unsigned
par_pipe_out(const struct par_pipe *p)
{
	return (unsigned)(p->handed - p->taken);
}

void
par_pipe_hand(struct par_pipe *p)
{
	if (p->handed - p->taken >= p->nslots)
		die(EXIT_INTERNAL, "par_pipe_hand: every slot is out");
	if (!p->threaded) {
		p->fn(p->arg, par_pipe_next(p));
		p->handed++;
		p->done++;
		return;
	}
	pthread_mutex_lock(&p->mu);
	p->handed++;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

unsigned
par_pipe_take(struct par_pipe *p)
{
	if (p->taken == p->handed)
		die(EXIT_INTERNAL, "par_pipe_take: no slot is out");
	if (p->threaded) {
		pthread_mutex_lock(&p->mu);
		while (p->done == p->taken)
			pthread_cond_wait(&p->cv, &p->mu);
		pthread_mutex_unlock(&p->mu);
	}
	return (unsigned)(p->taken++ % p->nslots);
}

void
par_pipe_free(struct par_pipe *p)
{
	if (p == NULL)
		return;
	while (p->taken < p->handed)
		par_pipe_take(p);
	if (p->threaded) {
		pthread_mutex_lock(&p->mu);
		p->stop = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
		pthread_join(p->thread, NULL);
		pthread_cond_destroy(&p->cv);
		pthread_mutex_destroy(&p->mu);
	}
	free(p);
}
