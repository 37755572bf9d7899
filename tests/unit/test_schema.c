#include <check.h>

#include "schema.h"
#include "suites.h"

/* The columns the tools compute, in any case, and nothing else: a plan's
 * columns (channel, segment) or a user's are no measure. */
START_TEST(test_measures)
{
	ck_assert(schema_measure(COL_CUSTOMER_ID));
	ck_assert(schema_measure(COL_R_SCORE));
	ck_assert(schema_measure("RFM_Group"));
	ck_assert(schema_measure(COL_CLV));
	ck_assert(schema_measure(COL_ABC_CLASS));
	ck_assert(!schema_measure(COL_SEGMENT));
	ck_assert(!schema_measure(COL_CHANNEL));
	ck_assert(!schema_measure("visits_per_month"));
	ck_assert(!schema_measure("r_scor"));
	ck_assert(!schema_measure(""));
}
END_TEST

Suite *
schema_suite(void)
{
	Suite *s = suite_create("schema");
	TCase *tc = tcase_create("schema");

	tcase_add_test(tc, test_measures);
	suite_add_tcase(s, tc);
	return s;
}
