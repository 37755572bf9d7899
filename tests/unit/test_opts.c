#include <check.h>
#include <time.h>

#include "date.h"
#include "err.h"
#include "opts.h"
#include "suites.h"

START_TEST(date_option)
{
	ck_assert_int_eq(opt_date("2024-02-29", "--asof", 0),
	    date_from_ymd(2024, 2, 29));
	ck_assert_int_eq(opt_date("today", "--asof", 1) > 0, 1);
}
END_TEST

START_TEST(date_option_not_a_date)
{
	progname = "crm-test";
	expect_die_message("--holdout-end takes a date (YYYY-MM-DD), not "
	    "\"2023-02-29\"");
	opt_date("2023-02-29", "--holdout-end", 0);
}
END_TEST

START_TEST(today_only_when_asked)
{
	progname = "crm-test";
	expect_die_message("--calibration-end takes a date (YYYY-MM-DD), not "
	    "\"today\"");
	opt_date("today", "--calibration-end", 0);
}
END_TEST

START_TEST(number_option)
{
	ck_assert(opt_double("0.25", "--margin", 0, 1) == 0.25);
	ck_assert(opt_double("1e3", "--horizon", 0, 1e5) == 1000);
}
END_TEST

START_TEST(number_option_out_of_range)
{
	progname = "crm-test";
	expect_die_message("--retention takes a number from 0 to 1, not "
	    "\"1.5\"");
	opt_double("1.5", "--retention", 0, 1);
}
END_TEST

START_TEST(number_option_not_finite)
{
	progname = "crm-test";
	expect_die_message("--margin takes a number from 0 to 1e+06, not "
	    "\"inf\"");
	opt_double("inf", "--margin", 0, 1e6);
}
END_TEST

Suite *
opts_suite(void)
{
	Suite *s = suite_create("opts");
	TCase *tc = tcase_create("opts");

	tcase_add_test(tc, date_option);
	tcase_add_exit_test(tc, date_option_not_a_date, EXIT_USAGE);
	tcase_add_exit_test(tc, today_only_when_asked, EXIT_USAGE);
	tcase_add_test(tc, number_option);
	tcase_add_exit_test(tc, number_option_out_of_range, EXIT_USAGE);
	tcase_add_exit_test(tc, number_option_not_finite, EXIT_USAGE);
	suite_add_tcase(s, tc);
	return s;
}
