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

/* Which tool makes a column: crm-report reads a plan after a group
 * column unless crm-rfm made it (its attributes follow its columns). */
START_TEST(test_tools)
{
	ck_assert_int_eq(schema_tool(COL_CUSTOMER_ID), SCHEMA_RFM);
	ck_assert_int_eq(schema_tool("RFM_GROUP"), SCHEMA_RFM);
	ck_assert_int_eq(schema_tool(COL_RFM_SEGMENT), SCHEMA_RFM);
	ck_assert_int_eq(schema_tool(COL_ABC_CLASS), SCHEMA_ABC);
	ck_assert_int_eq(schema_tool(COL_RANK), SCHEMA_ABC);
	ck_assert_int_eq(schema_tool(COL_CLV), SCHEMA_CLV);
	ck_assert_int_eq(schema_tool(COL_SEGMENT), 0);
	ck_assert_int_eq(schema_tool("region"), 0);
}
END_TEST

Suite *
schema_suite(void)
{
	Suite *s = suite_create("schema");
	TCase *tc = tcase_create("schema");

	tcase_add_test(tc, test_measures);
	tcase_add_test(tc, test_tools);
	suite_add_tcase(s, tc);
	return s;
}
