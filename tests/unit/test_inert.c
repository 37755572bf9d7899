#include <check.h>
#include <string.h>

#include "inert.h"
#include "suites.h"

static int
like(const char *s)
{
	return inert_needed(s, strlen(s));
}

/* OWASP's six leading bytes, whatever follows. */
START_TEST(leading_bytes)
{
	ck_assert(like("=HYPERLINK(\"http://x\",\"y\")"));
	ck_assert(like("=1+2"));
	ck_assert(like("+41791234567"));
	ck_assert(like("@SUM(A1:A9)"));
	ck_assert(like("\tname"));
	ck_assert(like("\rname"));
	ck_assert(like("-2+3"));
	ck_assert(like("-"));
	ck_assert(like("=") && like("@") && like("+"));
}
END_TEST

/* A plain negative number is a number: a refund stays one. */
START_TEST(negative_numbers_stay)
{
	ck_assert(!like("-12.50"));
	ck_assert(!like("-3"));
	ck_assert(!like("-0.5"));
	ck_assert(like("-.5"));
	ck_assert(like("-5."));
	ck_assert(like("-1.2.3"));
	ck_assert(like("-1e5"));
	ck_assert(like("- 3"));
	ck_assert(like("-12.50+cmd"));
}
END_TEST

/* Digits a spreadsheet would turn into a number that is not the id. */
START_TEST(ids_of_digits)
{
	ck_assert(like("00123"));
	ck_assert(like("0041791234567"));
	ck_assert(like("1234567890123456"));
	ck_assert(!like("123456789012345"));
	ck_assert(!like("12346"));
	ck_assert(!like("0"));
	ck_assert(!like("0.50"));
	ck_assert(!like("0012a"));
}
END_TEST

/* Everything else is left alone, the byte in the middle too. */
START_TEST(others_alone)
{
	ck_assert(!like(""));
	ck_assert(!like("Müller"));
	ck_assert(!like("王小明"));
	ck_assert(!like("a=1"));
	ck_assert(!like(" =1"));
	ck_assert(!like("'=1"));
	ck_assert(!like("12.50"));
	/* n, not the NUL, ends the field */
	ck_assert(!inert_needed("=1", 0));
	ck_assert(inert_needed("-1x", 2) == 0);
}
END_TEST

Suite *
inert_suite(void)
{
	Suite *s = suite_create("inert");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, leading_bytes);
	tcase_add_test(tc, negative_numbers_stay);
	tcase_add_test(tc, ids_of_digits);
	tcase_add_test(tc, others_alone);
	suite_add_tcase(s, tc);
	return s;
}
