#include <check.h>
#include <time.h>

#include "date.h"
#include "err.h"
#include "opts.h"
#include "reject.h"
#include "suites.h"

START_TEST(date_option)
{
	ck_assert_int_eq(opt_date("2024-02-29", "--asof", 0),
	    date_from_ymd(2024, 2, 29));
	ck_assert_int_eq(opt_date("today", "--asof", OPT_DATE_TODAY) > 0, 1);
	ck_assert_int_eq(opt_date("2024-02-29", "--asof", OPT_DATE_ISO),
	    date_from_ymd(2024, 2, 29));
	ck_assert_int_eq(opt_date("31/03/2024", "--asof", 0),
	    date_from_ymd(2024, 3, 31));
}
END_TEST

START_TEST(number_option)
{
	ck_assert(opt_double("0.25", "--margin", 0, 1) == 0.25);
	ck_assert(opt_double("1e3", "--horizon", 0, 1e5) == 1000);
}
END_TEST

/* A second input's rejects never open the main input's --rejects file
 * (a path that cannot be made here), and keep their own count. */
START_TEST(side_rejects)
{
	struct common c = { .rejects = "/nonexistent/rejects.csv" };
	struct rejects *rj = common_side_rejects(&c);

	ck_assert_uint_eq(rejects_count(rj), 0);
	rejects_close(rj, 0);
	rejects_free(rj);
}
END_TEST

/* Values each option refuses, with the message that says so. */
static const struct {
	const char *arg, *opt;
	int date;		/* 1 opt_date, 2 with OPT_DATE_ISO; 0 opt_double
				 * from 0 to 1e6 */
	const char *msg;
} refused[] = {
	{ "2023-02-29", "--holdout-end", 1, "--holdout-end takes a date "
	    "(YYYY-MM-DD), not \"2023-02-29\"" },
	{ "today", "--calibration-end", 1, "--calibration-end takes a date "
	    "(YYYY-MM-DD), not \"today\"" },
	{ "31/03/2024", "--asof", 2, "--asof takes a date (YYYY-MM-DD), not "
	    "\"31/03/2024\"" },
	{ "2e6", "--margin", 0, "--margin takes a number from 0 to 1e+06, "
	    "not \"2e6\"" },
	{ "inf", "--margin", 0, "--margin takes a number from 0 to 1e+06, "
	    "not \"inf\"" },
	{ "0.5x", "--margin", 0, "--margin takes a number from 0 to 1e+06, "
	    "not \"0.5x\"" },
};

START_TEST(option_refused)
{
	progname = "crm-test";
	expect_die_message(refused[_i].msg);
	if (refused[_i].date)
		opt_date(refused[_i].arg, refused[_i].opt,
		    refused[_i].date == 2 ? OPT_DATE_ISO : 0);
	else
		opt_double(refused[_i].arg, refused[_i].opt, 0, 1e6);
}
END_TEST

Suite *
opts_suite(void)
{
	Suite *s = suite_create("opts");
	TCase *tc = tcase_create("opts");

	tcase_add_test(tc, date_option);
	tcase_add_test(tc, number_option);
	tcase_add_test(tc, side_rejects);
	tcase_add_loop_exit_test(tc, option_refused, EXIT_USAGE, 0,
	    sizeof(refused) / sizeof(refused[0]));
	suite_add_tcase(s, tc);
	return s;
}
