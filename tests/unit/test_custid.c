#include <check.h>
#include <string.h>

#include "custid.h"
#include "suites.h"

/* The normal form of s, as a string (ids here hold no NUL). */
static const char *
normal(struct custid *b, const char *s)
{
	static char out[256];
	const char *p = s;
	size_t n = strlen(s);

	custid_normal(b, &p, &n);
	ck_assert_uint_lt(n, sizeof(out));
	memcpy(out, p, n);
	out[n] = '\0';
	return out;
}

START_TEST(test_ascii_untouched)
{
	struct custid b = { 0 };
	const char *s = "C00123";
	const char *p = s;
	size_t n = strlen(s);

	custid_normal(&b, &p, &n);
	ck_assert_ptr_eq(p, s);		/* not even copied */
	ck_assert_uint_eq(n, 6);
	ck_assert_ptr_null(b.buf);
	custid_free(&b);
}
END_TEST

START_TEST(test_blanks_trimmed)
{
	struct custid b = { 0 };

	ck_assert_str_eq(normal(&b, "\xc2\xa0" "00123\xc2\xa0"), "00123");
	ck_assert_str_eq(normal(&b, "\xe2\x80\x8b" "42"), "42");	/* ZWSP */
	ck_assert_str_eq(normal(&b, "\xef\xbb\xbf" "7\xe2\x80\xaf"), "7");
	ck_assert_str_eq(normal(&b, "\xe3\x80\x80" "\xe5\xbc\xa0\xe4\xb8\x89"),
	    "\xe5\xbc\xa0\xe4\xb8\x89");	/* ideographic space, then a name */
	/* inside the id they stay: "A B" with a no-break space */
	ck_assert_str_eq(normal(&b, "A\xc2\xa0" "B"), "A\xc2\xa0" "B");
	ck_assert_str_eq(normal(&b, "\xc2\xa0\xe2\x80\x8b"), "");
	custid_free(&b);
}
END_TEST

START_TEST(test_nfc)
{
	struct custid b = { 0 };

	/* u + combining diaeresis is the precomposed u-umlaut */
	ck_assert_str_eq(normal(&b, "Mu\xcc\x88ller"), "M\xc3\xbcller");
	ck_assert_str_eq(normal(&b, "M\xc3\xbcller"), "M\xc3\xbcller");
	/* Hangul jamo compose to one syllable */
	ck_assert_str_eq(normal(&b, "\xe1\x84\x80\xe1\x85\xa1"), "\xea\xb0\x80");
	/* not UTF-8: left as it came */
	ck_assert_str_eq(normal(&b, "M\xfcller"), "M\xfcller");
	custid_free(&b);
}
END_TEST

Suite *
custid_suite(void)
{
	Suite *s = suite_create("custid");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, test_ascii_untouched);
	tcase_add_test(tc, test_blanks_trimmed);
	tcase_add_test(tc, test_nfc);
	suite_add_tcase(s, tc);
	return s;
}
