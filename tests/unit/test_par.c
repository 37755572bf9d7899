#include <check.h>
#include <pthread.h>
#include <stdlib.h>

#include "par.h"
#include "suites.h"

/* Work below PAR_MIN, at it and above: no thread, then threads. */
static const size_t works[] = { 0, 1, PAR_MIN - 1, PAR_MIN, PAR_MIN * 3 + 1 };
#define NWORKS (sizeof(works) / sizeof(works[0]))

static void
mark(void *arg, unsigned k, size_t from, size_t to)
{
	unsigned char *seen = arg;

	(void)k;
	for (size_t i = from; i < to; i++)
		seen[i]++;
}

/* Every item once, whatever the parts and the threads. */
START_TEST(slices_cover_all_once)
{
	for (size_t w = 0; w < NWORKS; w++)
		for (unsigned parts = 1; parts <= 5; parts++) {
			size_t n = works[w];
			unsigned char *seen = calloc(n + 1, 1);
			par_slices(n, parts, mark, seen);
			for (size_t i = 0; i < n; i++)
				if (seen[i] != 1)	/* not ck_assert: a write each */
					ck_abort_msg("n %zu parts %u: item %zu "
					    "seen %d times", n, parts, i, seen[i]);
			ck_assert_int_eq(seen[n], 0);
			free(seen);
		}
}
END_TEST

struct cut {
	size_t from[4], to[4];
};

static void
note_cut(void *arg, unsigned k, size_t from, size_t to)
{
	struct cut *c = arg;

	c->from[k] = from;
	c->to[k] = to;
}

/* The cut the header promises, with or without threads. */
START_TEST(slices_cut_as_stated)
{
	for (size_t w = 0; w < NWORKS; w++) {
		size_t n = works[w];
		struct cut c;
		par_slices(n, 4, note_cut, &c);
		for (unsigned k = 0; k < 4; k++) {
			ck_assert_uint_eq(c.from[k], n * k / 4);
			ck_assert_uint_eq(c.to[k], n * (k + 1) / 4);
		}
	}
}
END_TEST

struct each {
	int ran[PAR_PARTS];
	pthread_t who[PAR_PARTS];
};

static void
note_part(void *arg, unsigned k)
{
	struct each *e = arg;

	e->ran[k]++;
	e->who[k] = pthread_self();
}

/* Every part once; all on the caller's thread when the work is small,
 * each on its own when it is not. */
START_TEST(each_runs_every_part_once)
{
	for (size_t w = 0; w < NWORKS; w++) {
		struct each e = { 0 };
		unsigned parts = 3;
		par_each(works[w], parts, note_part, &e);
		for (unsigned k = 0; k < parts; k++)
			ck_assert_int_eq(e.ran[k], 1);
		ck_assert(pthread_equal(e.who[0], pthread_self()));
		int here = pthread_equal(e.who[1], pthread_self()) &&
		    pthread_equal(e.who[2], pthread_self());
		ck_assert_int_eq(here, !par_worth(works[w]));
	}
	struct each e = { 0 };
	par_each(PAR_MIN, PAR_PARTS, note_part, &e);
	for (unsigned k = 0; k < PAR_PARTS; k++)
		ck_assert_int_eq(e.ran[k], 1);
}
END_TEST

static void
set_one(void *arg)
{
	*(int *)arg = 1;
}

START_TEST(two_both_run)
{
	for (size_t w = 0; w < NWORKS; w++) {
		int a = 0, b = 0;
		par_two(set_one, &a, set_one, &b, works[w]);
		ck_assert_int_eq(a + b, 2);
	}
}
END_TEST

START_TEST(worth_from_par_min)
{
	ck_assert(!par_worth(0));
	ck_assert(!par_worth(PAR_MIN - 1));
	ck_assert(par_worth(PAR_MIN));
	ck_assert_uint_ge(par_cpus(), 1);
	ck_assert_uint_le(par_cpus(), PAR_PARTS);
}
END_TEST

/* A pipe of 3 slots: fn writes the number the caller put in the slot,
 * and where it stands in the order fn saw the slots. */
struct pipe_test {
	long in[3], out[3], order[3];
	long seen;
};

static void
square(void *arg, unsigned slot)
{
	struct pipe_test *t = arg;

	t->out[slot] = t->in[slot] * t->in[slot];
	t->order[slot] = t->seen++;
}

/* Slots go round in turn, come back in the order handed, with what fn
 * wrote; fn sees them in that order too. */
START_TEST(pipe_slots_in_turn)
{
	for (size_t w = 0; w < NWORKS; w++) {
		struct pipe_test t = { 0 };
		struct par_pipe *p = par_pipe_new(works[w], 3, square, &t);
		long next = 0, back = 0;
		for (int round = 0; round < 1000; round++) {
			/* Fill while there is room, then take one or two. */
			while (par_pipe_out(p) < 3) {
				unsigned slot = par_pipe_next(p);
				ck_assert_uint_eq(slot, (unsigned)(next % 3));
				t.in[slot] = next++;
				par_pipe_hand(p);
			}
			for (int k = 0; k <= round % 2; k++) {
				unsigned slot = par_pipe_take(p);
				ck_assert_uint_eq(slot, (unsigned)(back % 3));
				ck_assert_int_eq(t.out[slot], back * back);
				ck_assert_int_eq(t.order[slot], back);
				back++;
			}
		}
		par_pipe_free(p);
		ck_assert_int_eq(t.seen, next);
	}
}
END_TEST

/* par_pipe_free waits for the slots still out. */
START_TEST(pipe_free_finishes)
{
	struct pipe_test t = { 0 };
	struct par_pipe *p = par_pipe_new(PAR_MIN, 3, square, &t);

	for (int k = 0; k < 3; k++) {
		t.in[par_pipe_next(p)] = k + 2;
		par_pipe_hand(p);
	}
	par_pipe_free(p);
	ck_assert_int_eq(t.seen, 3);
	ck_assert_int_eq(t.out[2], 16);
	par_pipe_free(NULL);
}
END_TEST

Suite *
par_suite(void)
{
	Suite *s = suite_create("par");
	TCase *tc = tcase_create("par");

	tcase_add_test(tc, slices_cover_all_once);
	tcase_add_test(tc, slices_cut_as_stated);
	tcase_add_test(tc, each_runs_every_part_once);
	tcase_add_test(tc, two_both_run);
	tcase_add_test(tc, worth_from_par_min);
	tcase_add_test(tc, pipe_slots_in_turn);
	tcase_add_test(tc, pipe_free_finishes);
	suite_add_tcase(s, tc);
	return s;
}
