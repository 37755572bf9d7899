#include <check.h>
#include <string.h>

#include "suites.h"
#include "utf8.h"

START_TEST(validates)
{
	static const struct { const char *s; size_t bad; } cases[] = {
		{ "plain ascii text, long enough", 29 },
		{ "\xC2\xA3" "40", 4 },
		{ "\xE5\xAE\xA2\xE6\x88\xB7", 6 },
		{ "\xF0\x9F\x98\x80", 4 },
		{ "ab\xA3" "40", 2 },
		{ "\xC0\xAF", 0 },		/* overlong */
		{ "\xED\xA0\x80", 0 },		/* surrogate */
		{ "\xF4\x90\x80\x80", 0 },	/* beyond U+10FFFF */
		{ "abcdefgh\xE5\xAE", 8 },	/* cut short */
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		ck_assert_uint_eq(utf8_invalid(cases[i].s, strlen(cases[i].s)),
		    cases[i].bad);
}
END_TEST

START_TEST(guesses)
{
	ck_assert_str_eq(utf8_guess("Voucher \xA3" "40.00", 14), "latin1");
	ck_assert_str_eq(utf8_guess("\xBF\xCD\xBB\xA7", 4), "gbk");
	ck_assert_str_eq(utf8_guess("M\xFCller, Gr\xE9goire", 16), "latin1");
	/* Control bytes beside the high ones: a binary file. */
	ck_assert_ptr_null(utf8_guess("\x1F\x8B\x08\x00\xA3", 5));
	ck_assert_ptr_null(utf8_guess("PK\x03\x04\x14\x00\xE9", 7));
	ck_assert_str_eq(utf8_guess("a\tb\r\n\xE9", 6), "latin1");
}
END_TEST

Suite *
utf8_suite(void)
{
	Suite *s = suite_create("utf8");
	TCase *tc = tcase_create("utf8");

	tcase_add_test(tc, validates);
	tcase_add_test(tc, guesses);
	suite_add_tcase(s, tc);
	return s;
}
