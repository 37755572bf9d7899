#include <check.h>
#include <stdlib.h>

#include "ahead.h"
#include "days.h"
#include "err.h"
#include "pool.h"
#include "slab.h"
#include "suites.h"

/* A day of a mix: most near the last, some far off (past the 89 years an
 * offset holds), repeats. */
static int32_t
some_day(unsigned *seed, int32_t base)
{
	*seed = *seed * 1103515245u + 12345u;
	unsigned r = *seed >> 8;
	if (r % 50 == 0)
		return base + (int32_t)(r % 100000) - 50000;
	return base + (int32_t)(r % 40);
}

static int
cmp_day(const void *a, const void *b)
{
	int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
	return (x > y) - (x < y);
}

/* Many customers' days, in and out of the struct, against a sorted
 * array of the same days. */
START_TEST(days_as_a_sorted_set)
{
	struct pool p;
	unsigned seed = 7;

	pool_init(&p, 1);
	for (int c = 0; c < 300; c++) {
		struct days d = { 0 };
		int32_t ref[400];
		size_t n = 0, adds = (size_t)c % 120;
		for (size_t k = 0; k < adds; k++) {
			int32_t day = some_day(&seed, 19000 + c);
			days_add(&d, &p, day);
			size_t i = 0;
			while (i < n && ref[i] != day)
				i++;
			if (i == n)
				ref[n++] = day;
		}
		qsort(ref, n, sizeof(ref[0]), cmp_day);
		ck_assert_uint_eq(days_count(&d), n);
		for (size_t i = 0; i < n; i++)
			ck_assert_int_eq(days_at(&d, &p, (uint32_t)i), ref[i]);
		int32_t from = 19000 + c + 10, to = 19000 + c + 30;
		uint32_t want = 0, after = 0;
		for (size_t i = 0; i < n; i++) {
			want += ref[i] >= from && ref[i] < to;
			after += ref[i] >= from;
		}
		ck_assert_uint_eq(days_between(&d, &p, from, to), want);
		ck_assert_uint_eq(days_between(&d, &p, from, INT32_MIN), after);
		ck_assert_uint_eq(days_between(&d, &p, INT32_MIN, INT32_MIN), n);
		days_prefetch(&d, &p);
	}
	pool_free(&p);
}
END_TEST

/* Sets of two-word elements share a pool, blocks freed and reused. */
START_TEST(pool_sets_of_wide_elements)
{
	struct pool p;
	struct set s[3] = { { 0, 0, 0 } };

	pool_init(&p, 2);
	for (uint64_t v = 100; v > 0; v--)
		for (int k = 0; k < 3; k++)
			set_add(&p, &s[k], (v * 7919 % 101) << 32 | (uint64_t)k);
	for (int k = 0; k < 3; k++) {
		ck_assert_uint_eq(s[k].len, 100);
		set_add(&p, &s[k], (uint64_t)5 << 32 | (uint64_t)k);
		ck_assert_uint_eq(s[k].len, 100);
		ck_assert_uint_eq(set_lower(&p, &s[k], 0), 0);
		ck_assert_uint_eq(set_lower(&p, &s[k], (uint64_t)50 << 32), 49);
		ck_assert_uint_eq(set_lower(&p, &s[k], UINT64_MAX), 100);
	}
	/* A freed block of a size is given again before the pool grows. */
	uint32_t off = pool_alloc(&p, 4);
	size_t used = p.n;
	pool_release(&p, off, 4);
	ck_assert_uint_eq(pool_alloc(&p, 4), off);
	ck_assert_uint_eq(p.n, used);
	pool_free(&p);
	ck_assert_ptr_null(p.w);
	ck_assert_int_eq(p.width, 2);
}
END_TEST

/* A slab is one aligned array, new room reading as zeros; growing past
 * its reservations (64 KB, then twice the last) moves the records, their
 * contents kept. Only a few pages are touched: room is address space
 * until used. */
START_TEST(slab_records_kept)
{
	struct slab s;
	uint32_t n = 20000, far = 1500000;	/* 96 MB of records */

	slab_init(&s, 64, (size_t)1 << 22);
	for (uint32_t i = 0; i < n; i++) {
		slab_room(&s, i);
		uint32_t *r = slab_at(&s, i);
		if (*r != 0)
			ck_abort_msg("record %u not zero when new", i);
		*r = i ^ 0x5a5a;
	}
	slab_room(&s, far);
	char *first = slab_array(&s);
	ck_assert_uint_eq((uintptr_t)first % (2 << 20), 0);
	ck_assert_uint_gt(s.room, far);
	for (uint32_t i = 0; i < n; i++) {
		uint32_t *r = slab_at(&s, i);
		ck_assert_ptr_eq(r, first + (size_t)i * 64);
		if (*r != (i ^ 0x5a5a))
			ck_abort_msg("record %u lost in a move", i);
	}
	uint32_t *last = slab_at(&s, far);
	ck_assert_uint_eq(*last, 0);
	*last = 7;
	slab_free(&s);
	ck_assert_ptr_null(slab_array(&s));
	ck_assert_uint_eq(s.room, 0);
}
END_TEST

/* Room past the most records asked for is out of memory (exit 4). */
START_TEST(slab_past_max_dies)
{
	struct slab s;

	slab_init(&s, 64, 10);
	slab_room(&s, 9);
	slab_room(&s, 10);
}
END_TEST

/* Every step of every item once, in order within a step, and a step of
 * an item only after the step before of the same item. */
START_TEST(ahead_every_step_in_order)
{
	size_t sizes[] = { 0, 1, AHEAD_BY - 1, AHEAD_BY * 2 + 3, 1000 };

	for (size_t t = 0; t < sizeof(sizes) / sizeof(sizes[0]); t++) {
		size_t n = sizes[t], done[3] = { 0 }, i;
		for (size_t k = 0; k < ahead_rounds(n, 3); k++)
			for (unsigned s = 0; s < 3; s++) {
				if (!ahead_item(k, s, n, &i))
					continue;
				ck_assert_uint_eq(done[s], i);
				if (s > 0)
					ck_assert_uint_gt(done[s - 1], i);
				done[s]++;
			}
		for (unsigned s = 0; s < 3; s++)
			ck_assert_uint_eq(done[s], n);
	}
}
END_TEST

Suite *
days_suite(void)
{
	Suite *s = suite_create("days");
	TCase *tc = tcase_create("days");

	tcase_add_test(tc, days_as_a_sorted_set);
	tcase_add_test(tc, pool_sets_of_wide_elements);
	tcase_add_test(tc, slab_records_kept);
	tcase_add_exit_test(tc, slab_past_max_dies, EXIT_INTERNAL);
	tcase_add_test(tc, ahead_every_step_in_order);
	suite_add_tcase(s, tc);
	return s;
}
