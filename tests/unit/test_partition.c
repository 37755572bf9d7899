#include <check.h>
#include <string.h>

#include "partition.h"
#include "suites.h"

/* The published FNV-1a 64 vectors, and ids with their parts as awk or
 * Python computing the same function in crm(7) would place them. */
START_TEST(test_fnv1a_vectors)
{
	ck_assert_uint_eq(partition_hash("", 0), 0xcbf29ce484222325u);
	ck_assert_uint_eq(partition_hash("a", 1), 0xaf63dc4c8601ec8cu);
	ck_assert_uint_eq(partition_hash("foobar", 6), 0x85944171f73967e8u);
	ck_assert_uint_eq(partition_hash("C00123", 6), 0x4c43ca21834a0016u);
	/* bytes, not characters: NFC u-umlaut, and a Chinese name */
	ck_assert_uint_eq(partition_hash("M\xc3\xbcller", 7),
	    0x83e06783f7b17fdcu);
	ck_assert_uint_eq(partition_hash("\xe5\xbc\xa0\xe4\xb8\x89", 6),
	    0xaa26eb2520bd703bu);
}
END_TEST

START_TEST(test_parts)
{
	ck_assert_uint_eq(partition_of("C00123", 6, 4), 2);
	ck_assert_uint_eq(partition_of("C00123", 6, 7), 4);
	ck_assert_uint_eq(partition_of("12346", 5, 4), 1);
	ck_assert_uint_eq(partition_of("12346", 5, 7), 3);
	ck_assert_uint_eq(partition_of("\xe5\xbc\xa0\xe4\xb8\x89", 6, 4), 3);
	ck_assert_uint_eq(partition_of("anything", 8, 1), 0);
	/* the bytes after n are not read */
	ck_assert_uint_eq(partition_of("12346x", 5, 7), 3);
}
END_TEST

Suite *
partition_suite(void)
{
	Suite *s = suite_create("partition");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_fnv1a_vectors);
	tcase_add_test(tc, test_parts);
	suite_add_tcase(s, tc);
	return s;
}
