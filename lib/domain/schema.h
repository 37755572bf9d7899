#ifndef CRM_SCHEMA_H
#define CRM_SCHEMA_H

#include <stddef.h>

#include "xlsxout.h"

/*
 * The contract between the tools: every column that one tool writes and
 * another reads, and every value of one that a tool reads back, named
 * once. man/crm.7's TABLES lists the same names, in bold, and
 * tests/e2e/schema.sh checks the two against each other both ways: a
 * new column goes into both. Macros, so that a table of columns can be
 * a static array.
 */

/* Transactions: crm-import writes them, crm-rfm and crm-clv read them. */
#define COL_CUSTOMER_ID		"customer_id"
#define COL_ORDER_DATE		"order_date"
#define COL_ORDER_TIME		"order_time"	/* with crm-import --time */
#define COL_AMOUNT		"amount"
#define COL_KIND		"kind"
#define COL_ORDER_ID		"order_id"
#define COL_QUANTITY		"quantity"
#define COL_UNIT_PRICE		"unit_price"
#define COL_PRODUCT		"product"
#define COL_CHANNEL		"channel"
#define COL_ORIGINAL_ID		"original_id"	/* --id-map, --lookup */

/* The values of kind. */
#define KIND_PURCHASE		"purchase"
#define KIND_RETURN		"return"

/* The customer table as crm-rfm writes it (after customer_id). */
#define COL_FIRST_DATE		"first_date"
#define COL_LAST_DATE		"last_date"
#define COL_RECENCY_DAYS	"recency_days"
#define COL_FREQUENCY		"frequency"
#define COL_MONETARY		"monetary"
#define COL_AVG_ORDER_VALUE	"avg_order_value"
#define COL_TENURE_DAYS		"tenure_days"
#define COL_PURCHASE_DAYS	"purchase_days"
#define COL_REPEAT_MONETARY	"repeat_monetary"
#define COL_PREV_FREQUENCY	"prev_frequency"	/* with --trend */
#define COL_PREV_MONETARY	"prev_monetary"
#define COL_MONETARY_CHANGE	"monetary_change"
#define COL_MONETARY_CHANGE_PCT	"monetary_change_pct"
#define COL_R_SCORE		"r_score"
#define COL_F_SCORE		"f_score"
#define COL_M_SCORE		"m_score"
#define COL_RFM_CELL		"rfm_cell"
#define COL_RFM_SUM		"rfm_sum"
#define COL_RFM_PRODUCT		"rfm_product"
#define COL_RFM_GROUP		"rfm_group"
#define COL_RFM_SEGMENT		"rfm_segment"	/* with --segment-names */

/* crm-rfm --summary-only's sums have, besides those above, the last day
 * of any row. */
#define COL_LAST_SEEN		"last_seen"

/* crm-abc's columns, and its --summary: the Pareto table. */
#define COL_RANK		"rank"
#define COL_VALUE_SHARE		"value_share"
#define COL_CUM_SHARE		"cum_share"
#define COL_ABC_CLASS		"abc_class"
#define COL_CLASS		"class"
#define COL_CUSTOMERS		"customers"
#define COL_CUSTOMERS_PCT	"customers_pct"
#define COL_VALUE		"value"
#define COL_VALUE_PCT		"value_pct"
#define COL_GINI		"gini"

/* crm-clv's columns; from transactions, the papers' summary first. */
#define COL_P_ALIVE		"p_alive"
#define COL_EXPECTED_PURCHASES	"expected_purchases"
#define COL_EXPECTED_SPEND	"expected_spend"
#define COL_CLV			"clv"
#define COL_RECENCY		"recency"
#define COL_T			"T"
#define COL_MONETARY_VALUE	"monetary_value"

/* crm-segment's column, unless --name names it otherwise. */
#define COL_SEGMENT		"segment"

/* The highest R, F and M score: crm-rfm --bins goes up to it (percentiles)
 * and crm-report accepts it. */
#define SCORE_MAX 100

/* rfm_cell is the three scores as digits ("543") while every score can
 * be one digit, that is up to CELL_DIGITS bins; with more bins it is the
 * three numbers joined by hyphens ("10-3-7", "1-1-1"), on every row. */
#define CELL_DIGITS 9

/* The tool that computes the column name (compared without case) per
 * customer: SCHEMA_RFM (crm-rfm, which writes customer_id too),
 * SCHEMA_ABC or SCHEMA_CLV; 0 for any other column. */
enum { SCHEMA_RFM = 1, SCHEMA_ABC, SCHEMA_CLV };
int schema_tool(const char *name);

/* 1 when name is a column a tool computes per customer (schema_tool),
 * 0 for any other. */
int schema_measure(const char *name);

/* How a workbook shows the column name[0..len) (compared without case):
 * ids, codes and labels as text, the dates as dates, amounts as money,
 * counts, scores and shares as numbers; XK_ANY for a column not named
 * here (an attribute kept from the data is then text). */
enum xlsx_kind schema_kind(const char *name, size_t len);

#endif
