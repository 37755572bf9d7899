#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "htab.h"
#include "sort.h"
#include "suites.h"

START_TEST(interns_densely)
{
	struct htab *h = htab_new();
	char key[32];
	int added;

	/* Checked by hand, failing through ck_abort_msg: each ck_assert
	 * records its line with a write, which made this test take seconds
	 * under the sanitizers. */
	for (int i = 0; i < 200000; i++) {
		int n = snprintf(key, sizeof(key), "C%07d", i);
		uint32_t id = htab_intern(h, key, (size_t)n, &added);
		if (id != (uint32_t)i || !added)
			ck_abort_msg("%s: id %u added %d, want %d added 1", key,
			    id, added, i);
	}
	for (int i = 0; i < 200000; i += 7) {
		int n = snprintf(key, sizeof(key), "C%07d", i);
		uint32_t id = htab_intern(h, key, (size_t)n, &added);
		if (id != (uint32_t)i || added)
			ck_abort_msg("%s again: id %u added %d, want %d added 0",
			    key, id, added, i);
		if (htab_find(h, key, (size_t)n) != i)
			ck_abort_msg("%s: found %d, want %d", key,
			    (int)htab_find(h, key, (size_t)n), i);
	}
	ck_assert_int_eq(htab_find(h, "nope", 4), -1);
	ck_assert_uint_eq(htab_count(h), 200000);
	size_t len;
	ck_assert_str_eq(htab_key(h, 42, &len), "C0000042");
	ck_assert_uint_eq(len, 8);
	htab_free(h);
}
END_TEST

START_TEST(binary_and_empty_keys)
{
	struct htab *h = htab_new();

	ck_assert_int_eq(htab_find(h, "", 0), -1);
	uint32_t e = htab_intern(h, "", 0, NULL);
	uint32_t z = htab_intern(h, "a\0b", 3, NULL);
	uint32_t a = htab_intern(h, "a", 1, NULL);
	ck_assert_uint_ne(z, a);
	ck_assert_int_eq(htab_find(h, "", 0), e);
	ck_assert_int_eq(htab_find(h, "a\0b", 3), z);
	htab_free(h);
}
END_TEST

/* Keys longer than a slot holds are placed again by their hash alone
 * when the table grows; after htab_freeze the keys are still there. */
START_TEST(long_keys_grow_and_freeze)
{
	struct htab *h = htab_new();
	char key[40];

	for (int i = 0; i < 50000; i++) {
		int n = snprintf(key, sizeof(key), "a-rather-long-id-%08d", i);
		uint32_t id = htab_intern(h, key, (size_t)n, NULL);
		if (id != (uint32_t)i)	/* not ck_assert: a write each */
			ck_abort_msg("%s: id %u, want %d", key, id, i);
	}
	for (int i = 0; i < 50000; i += 7) {
		int n = snprintf(key, sizeof(key), "a-rather-long-id-%08d", i);
		if (htab_find(h, key, (size_t)n) != i)
			ck_abort_msg("%s: found %d, want %d", key,
			    (int)htab_find(h, key, (size_t)n), i);
	}
	ck_assert_int_eq(htab_find(h, "a-rather-long-id-x", 18), -1);
	htab_freeze(h);
	size_t len;
	ck_assert_str_eq(htab_key(h, 49999, &len), "a-rather-long-id-00049999");
	ck_assert_uint_eq(len, 25);
	htab_free(h);
}
END_TEST

/* The table doubles in place (htab.c): keys whose home is the last slot
 * of the first table (1024 slots), and after a doubling the last of the
 * new one, make runs that wrap to the first slots; every key is checked
 * after every key added, across three doublings. */
START_TEST(grows_in_place_across_the_wrap)
{
	enum { N = 3500, WRAPPING = 40 };
	static char keys[N][32];
	struct htab *h = htab_new();
	size_t nk = 0;
	int added;

	for (int i = 0; nk < WRAPPING && i < 10000000; i++) {
		int n = snprintf(keys[nk], sizeof(keys[nk]), i % 2 ? "w%d" :
		    "a-long-key-that-wraps-%d", i);
		uint64_t hv = hash_bytes(keys[nk], (size_t)n);
		if ((hv & 1023) == 1023 && (hv >> 10 & 1) == nk % 2)
			nk++;
	}
	ck_assert_uint_eq(nk, WRAPPING);
	for (int i = WRAPPING; i < N; i++)
		snprintf(keys[i], sizeof(keys[i]), "f%d", i);
	for (int i = 0; i < N; i++) {
		uint32_t id = htab_intern(h, keys[i], strlen(keys[i]), &added);
		if (id != (uint32_t)i || !added)
			ck_abort_msg("%s: id %u added %d, want %d", keys[i], id,
			    added, i);
		/* Every key, after each of the first 800 (the first
		 * doubling is at 769) and just past the next two. */
		int n = i + 1;
		if (n > 800 && n != 1537 && n != 3073 && n != N)
			continue;
		for (int j = 0; j < n; j++)
			if (htab_find(h, keys[j], strlen(keys[j])) != j)
				ck_abort_msg("after %d keys, %s: found %d, "
				    "want %d", n, keys[j], (int)htab_find(h,
				    keys[j], strlen(keys[j])), j);
	}
	htab_free(h);
}
END_TEST

struct pair { int key, order; };

static int
by_key(const void *a, const void *b, void *ctx)
{
	(void)ctx;
	return ((const struct pair *)a)->key - ((const struct pair *)b)->key;
}

/* Keys of every length about the inline limit, which differ only in
 * their last byte, in a zero byte at the end, or in a high byte. */
START_TEST(keys_of_every_length)
{
	struct htab *h = htab_new();
	char k[24];
	int added;

	for (int round = 0; round < 2; round++)
		for (size_t len = 0; len <= 20; len++)
			for (int last = 0; last < 3; last++) {
				memset(k, 'k', len);
				if (len > 0)
					k[len - 1] = (char)(last == 0 ? 'k' :
					    last == 1 ? 0 : 0xE9);
				uint32_t id = htab_intern(h, k, len, &added);
				ck_assert_int_eq(added, round == 0 &&
				    (len > 0 || last == 0));
				ck_assert_uint_eq(id, len == 0 ? 0 :
				    1 + (len - 1) * 3 + (uint32_t)last);
				ck_assert_int_eq(htab_find(h, k, len), (int64_t)id);
			}
	ck_assert_uint_eq(htab_count(h), 61);
	htab_free(h);
}
END_TEST

START_TEST(sort_is_stable)
{
	enum { N = 10007 };
	static struct pair p[N];
	unsigned x = 12345;

	for (int i = 0; i < N; i++) {
		x = x * 1103515245 + 12345;
		p[i] = (struct pair){ (int)(x >> 16) % 50, i };
	}
	msort(p, N, sizeof(p[0]), by_key, NULL);
	for (int i = 1; i < N; i++) {
		ck_assert_int_le(p[i - 1].key, p[i].key);
		if (p[i - 1].key == p[i].key)
			ck_assert_int_lt(p[i - 1].order, p[i].order);
	}
}
END_TEST

START_TEST(ids_compare_as_numbers)
{
	ck_assert_int_lt(id_cmp("9", 1, "10", 2), 0);
	ck_assert_int_lt(id_cmp("C10", 3, "C9", 2), 0);
	ck_assert_int_lt(id_cmp("ab", 2, "abc", 3), 0);
	ck_assert_int_lt(id_cmp("99", 2, "a", 1), 0);
	/* Mixed forms stay transitive: 9 < 10 < 1a < 9a. */
	ck_assert_int_lt(id_cmp("9", 1, "10", 2), 0);
	ck_assert_int_lt(id_cmp("10", 2, "1a", 2), 0);
	ck_assert_int_lt(id_cmp("9", 1, "1a", 2), 0);
	ck_assert_int_lt(id_cmp("1a", 2, "9a", 2), 0);
	ck_assert_int_lt(id_cmp("007", 3, "7", 1), 0);
	ck_assert_int_eq(id_cmp("7", 1, "7", 1), 0);
}
END_TEST

/* sort_ids reads each record's leading id_ref, whatever follows it, and
 * orders as id_cmp does: numbers first, equal 8-byte prefixes settled. */
START_TEST(sort_ids_in_records)
{
	struct rec {
		struct id_ref ref;
		int tag;
	} r[] = {
		{ { "abcdefgh1", 9 }, 0 }, { { "10", 2 }, 1 },
		{ { "abcdefgh0", 9 }, 2 }, { { "9", 1 }, 3 },
		{ { "abcdefgh", 8 }, 4 }, { { "007", 3 }, 5 },
		{ { "7", 1 }, 6 }, { { "", 0 }, 7 }, { { "C9", 2 }, 8 },
	};
	size_t n = sizeof(r) / sizeof(r[0]);
	uint32_t *idx = sort_ids(r, sizeof(r[0]), n);
	int want[] = { 5, 6, 3, 1, 7, 8, 4, 2, 0 };

	for (size_t i = 0; i < n; i++)
		ck_assert_int_eq(r[idx[i]].tag, want[i]);
	for (size_t i = 1; i < n; i++)
		ck_assert_int_lt(id_cmp(r[idx[i - 1]].ref.id, r[idx[i - 1]].ref.len,
		    r[idx[i]].ref.id, r[idx[i]].ref.len), 0);
	free(idx);
}
END_TEST

Suite *
htab_suite(void)
{
	Suite *s = suite_create("htab");
	TCase *tc = tcase_create("htab");

	tcase_add_test(tc, interns_densely);
	tcase_add_test(tc, binary_and_empty_keys);
	tcase_add_test(tc, long_keys_grow_and_freeze);
	tcase_add_test(tc, keys_of_every_length);
	tcase_add_test(tc, grows_in_place_across_the_wrap);
	suite_add_tcase(s, tc);
	return s;
}

Suite *
sort_suite(void)
{
	Suite *s = suite_create("sort");
	TCase *tc = tcase_create("sort");

	tcase_add_test(tc, sort_is_stable);
	tcase_add_test(tc, ids_compare_as_numbers);
	tcase_add_test(tc, sort_ids_in_records);
	suite_add_tcase(s, tc);
	return s;
}
