#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "grow.h"
#include "strbuf.h"
#include "suites.h"

START_TEST(test_grow_cap)
{
	ck_assert_uint_eq(grow_cap(0, 1), GROW_MIN);
	ck_assert_uint_eq(grow_cap(GROW_MIN, GROW_MIN + 1), 2 * GROW_MIN);
	ck_assert_uint_eq(grow_cap(100, 101), 200);
	/* A jump past twice the old capacity takes n itself. */
	ck_assert_uint_eq(grow_cap(100, 1000), 1000);
	/* Past half of size_t, no doubling that would wrap round. */
	ck_assert_uint_eq(grow_cap(SIZE_MAX / 2 + 1, SIZE_MAX / 2 + 2),
	    SIZE_MAX / 2 + 2);
}
END_TEST

/* A million items one by one: every item kept, the capacity doubling,
 * so only about log2(n) moves. */
START_TEST(test_grow_keeps)
{
	uint32_t *a = NULL;
	size_t n = 0, cap = 0, moves = 0;

	for (uint32_t i = 0; i < 1000000; i++) {
		size_t before = cap;
		GROW(a, n + 1, cap);
		moves += cap != before;
		ck_assert_uint_ge(cap, n + 1);
		a[n++] = i * 7;
	}
	for (uint32_t i = 0; i < 1000000; i++)
		ck_assert_uint_eq(a[i], i * 7);
	ck_assert_uint_le(moves, 20);
	/* Holding enough already: the same array, untouched. */
	uint32_t *same = a;
	GROW(a, n, cap);
	ck_assert_ptr_eq(a, same);
	free(a);
}
END_TEST

/* A large array asked for in huge pages holds what is written to it, end
 * to end; none at all is still a pointer of its own. */
START_TEST(test_array_huge)
{
	size_t n = (size_t)3 << 20;
	uint64_t *a = xarray_huge(n, sizeof(*a));
	void *none = xarray_huge(0, 8);

	for (size_t i = 0; i < n; i++)
		a[i] = i * 3;
	for (size_t i = 0; i < n; i += 4099)
		ck_assert_uint_eq(a[i], i * 3);
	ck_assert_ptr_nonnull(none);
	free(none);
	free(a);
}
END_TEST

/* State on lines of its own: 64-byte aligned and cleared, whatever its
 * size, none included. */
START_TEST(test_aligned_line)
{
	static const size_t sizes[] = { 0, 1, 63, 64, 65, 200 };

	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		unsigned char *p = xaligned_line(sizes[i]);
		ck_assert_uint_eq((uintptr_t)p % 64, 0);
		for (size_t j = 0; j < sizes[i]; j++)
			ck_assert_uint_eq(p[j], 0);
		free(p);
	}
}
END_TEST

/* More items than size_t can count in bytes: out of memory, exit 4. */
START_TEST(test_grow_overflow)
{
	uint64_t *a = NULL;
	size_t cap = 0;

	expect_die_message("out of memory");
	GROW(a, SIZE_MAX / 4, cap);
}
END_TEST

START_TEST(test_strbuf_pieces)
{
	struct strbuf b = STRBUF_INIT;

	ck_assert_ptr_null(b.s);
	strbuf_puts(&b, "ab");
	strbuf_add(&b, "c\0d", 3);
	strbuf_printf(&b, "[%d|%s]", 42, "x");
	strbuf_pad(&b, 3);
	strbuf_puts(&b, "|");
	ck_assert_uint_eq(b.len, 15);
	ck_assert_mem_eq(b.s, "abc\0d[42|x]   |", 15);
	ck_assert_int_eq(b.s[b.len], '\0');
	strbuf_free(&b);
	ck_assert_ptr_null(b.s);
	ck_assert_uint_eq(b.len, 0);
}
END_TEST

/* A printf piece longer than the first try's 256 bytes, and padding
 * longer than one go of spaces. */
START_TEST(test_strbuf_long)
{
	struct strbuf b = STRBUF_INIT;
	char want[1001];

	memset(want, 'q', 1000);
	want[1000] = '\0';
	strbuf_puts(&b, "<");
	strbuf_printf(&b, "%s", want);
	ck_assert_uint_eq(b.len, 1001);
	ck_assert_int_eq(memcmp(b.s + 1, want, 1000), 0);
	ck_assert_int_eq(b.s[1001], '\0');
	strbuf_pad(&b, 100);
	ck_assert_uint_eq(b.len, 1101);
	ck_assert_uint_eq(strspn(b.s + 1001, " "), 100);
	ck_assert_uint_ge(b.cap, b.len + 1);
	strbuf_free(&b);
}
END_TEST

START_TEST(test_strbuf_detach)
{
	struct strbuf b = STRBUF_INIT;

	/* Nothing added: still a string of its own. */
	char *s = strbuf_detach(&b);
	ck_assert_str_eq(s, "");
	free(s);
	strbuf_printf(&b, "%05.1f", 2.25);
	s = strbuf_detach(&b);
	ck_assert_str_eq(s, "002.2");
	ck_assert_ptr_null(b.s);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_uint_eq(b.cap, 0);
	free(s);
	/* And b is ready to build again. */
	strbuf_puts(&b, "again");
	ck_assert_str_eq(b.s, "again");
	strbuf_free(&b);
}
END_TEST

Suite *
strbuf_suite(void)
{
	Suite *s = suite_create("strbuf");
	TCase *tc = tcase_create("strbuf");

	tcase_add_test(tc, test_grow_cap);
	tcase_add_test(tc, test_grow_keeps);
	tcase_add_test(tc, test_array_huge);
	tcase_add_test(tc, test_aligned_line);
	tcase_add_exit_test(tc, test_grow_overflow, 4);
	tcase_add_test(tc, test_strbuf_pieces);
	tcase_add_test(tc, test_strbuf_long);
	tcase_add_test(tc, test_strbuf_detach);
	suite_add_tcase(s, tc);
	return s;
}
