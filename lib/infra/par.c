#include <pthread.h>

#include "err.h"
#include "par.h"

struct job {
	void (*fn)(void *);
	void *arg;
};

static void *
run(void *p)
{
	struct job *j = p;

	j->fn(j->arg);
	return NULL;
}

int
par_worth(size_t n)
{
	return n >= PAR_MIN && crm_fuzz_catch == NULL;
}

void
par_two(void (*a)(void *), void *arg_a, void (*b)(void *), void *arg_b,
    size_t n)
{
	struct job jb = { b, arg_b };
	pthread_t t;

	if (!par_worth(n) || pthread_create(&t, NULL, run, &jb) != 0) {
		a(arg_a);
		b(arg_b);
		return;
	}
	a(arg_a);
	pthread_join(t, NULL);
}

struct half {
	void (*fn)(void *, size_t, size_t);
	void *arg;
	size_t from, to;
};

static void
run_half(void *p)
{
	struct half *h = p;

	h->fn(h->arg, h->from, h->to);
}

void
par_halves(void (*fn)(void *, size_t, size_t), void *arg, size_t n)
{
	struct half lo = { fn, arg, 0, n / 2 }, hi = { fn, arg, n / 2, n };

	par_two(run_half, &lo, run_half, &hi, n);
}
