#include <check.h>
#include <stdlib.h>

#include "par.h"
#include "suites.h"

static void
mark(void *arg, size_t from, size_t to)
{
	unsigned char *seen = arg;

	for (size_t i = from; i < to; i++)
		seen[i]++;
}

/* Every item once, on one thread (few items) or two. */
START_TEST(halves_cover_all_once)
{
	size_t sizes[] = { 0, 1, 7, PAR_MIN - 1, PAR_MIN, PAR_MIN * 3 + 1 };

	for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
		size_t n = sizes[k];
		unsigned char *seen = calloc(n + 1, 1);
		par_halves(mark, seen, n);
		for (size_t i = 0; i < n; i++)
			if (seen[i] != 1)	/* not ck_assert: a write each */
				ck_abort_msg("n %zu: item %zu seen %d times", n,
				    i, seen[i]);
		ck_assert_int_eq(seen[n], 0);
		free(seen);
	}
}
END_TEST

static void
set_one(void *arg)
{
	*(int *)arg = 1;
}

START_TEST(two_both_run)
{
	for (size_t n = 0; n <= PAR_MIN; n += PAR_MIN) {
		int a = 0, b = 0;
		par_two(set_one, &a, set_one, &b, n);
		ck_assert_int_eq(a + b, 2);
	}
}
END_TEST

Suite *
par_suite(void)
{
	Suite *s = suite_create("par");
	TCase *tc = tcase_create("par");

	tcase_add_test(tc, halves_cover_all_once);
	tcase_add_test(tc, two_both_run);
	suite_add_tcase(s, tc);
	return s;
}
