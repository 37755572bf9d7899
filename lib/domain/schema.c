#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "schema.h"

int
schema_tool(const char *name)
{
	static const char *const rfm[] = {
		COL_CUSTOMER_ID, COL_FIRST_DATE, COL_LAST_DATE,
		COL_RECENCY_DAYS, COL_FREQUENCY, COL_MONETARY,
		COL_AVG_ORDER_VALUE, COL_TENURE_DAYS, COL_PURCHASE_DAYS,
		COL_REPEAT_MONETARY, COL_PREV_FREQUENCY, COL_PREV_MONETARY,
		COL_MONETARY_CHANGE, COL_MONETARY_CHANGE_PCT, COL_R_SCORE,
		COL_F_SCORE, COL_M_SCORE, COL_RFM_CELL, COL_RFM_SUM,
		COL_RFM_PRODUCT, COL_RFM_GROUP, COL_RFM_SEGMENT, NULL,
	}, *const abc[] = {
		COL_RANK, COL_VALUE_SHARE, COL_CUM_SHARE, COL_ABC_CLASS, NULL,
	}, *const clv[] = {
		COL_P_ALIVE, COL_EXPECTED_PURCHASES, COL_EXPECTED_SPEND,
		COL_CLV, NULL,
	};
	static const struct { const char *const *cols; int tool; } tools[] = {
		{ rfm, SCHEMA_RFM }, { abc, SCHEMA_ABC }, { clv, SCHEMA_CLV },
	};

	for (size_t t = 0; t < sizeof(tools) / sizeof(tools[0]); t++)
		for (const char *const *c = tools[t].cols; *c; c++)
			if (strcasecmp(name, *c) == 0)
				return tools[t].tool;
	return 0;
}

int
schema_measure(const char *name)
{
	return schema_tool(name) != 0;
}

enum xlsx_kind
schema_kind(const char *name, size_t len)
{
	static const struct { const char *col; enum xlsx_kind kind; } cols[] = {
		{ COL_CUSTOMER_ID, XK_TEXT }, { COL_ORDER_ID, XK_TEXT },
		{ COL_KIND, XK_TEXT }, { COL_PRODUCT, XK_TEXT },
		{ COL_CHANNEL, XK_TEXT }, { COL_ORDER_TIME, XK_TEXT },
		{ COL_RFM_CELL, XK_TEXT }, { COL_RFM_GROUP, XK_TEXT },
		{ COL_RFM_SEGMENT, XK_TEXT }, { COL_ABC_CLASS, XK_TEXT },
		{ COL_CLASS, XK_TEXT }, { COL_SEGMENT, XK_TEXT },
		{ COL_ORDER_DATE, XK_DATE }, { COL_FIRST_DATE, XK_DATE },
		{ COL_LAST_DATE, XK_DATE }, { COL_LAST_SEEN, XK_DATE },
		{ COL_AMOUNT, XK_MONEY }, { COL_UNIT_PRICE, XK_MONEY },
		{ COL_MONETARY, XK_MONEY }, { COL_AVG_ORDER_VALUE, XK_MONEY },
		{ COL_REPEAT_MONETARY, XK_MONEY },
		{ COL_PREV_MONETARY, XK_MONEY },
		{ COL_MONETARY_CHANGE, XK_MONEY },
		{ COL_EXPECTED_SPEND, XK_MONEY }, { COL_CLV, XK_MONEY },
		{ COL_MONETARY_VALUE, XK_MONEY },
		{ COL_QUANTITY, XK_NUMBER }, { COL_RECENCY_DAYS, XK_NUMBER },
		{ COL_FREQUENCY, XK_NUMBER }, { COL_TENURE_DAYS, XK_NUMBER },
		{ COL_PURCHASE_DAYS, XK_NUMBER },
		{ COL_PREV_FREQUENCY, XK_NUMBER },
		{ COL_MONETARY_CHANGE_PCT, XK_NUMBER },
		{ COL_R_SCORE, XK_NUMBER }, { COL_F_SCORE, XK_NUMBER },
		{ COL_M_SCORE, XK_NUMBER }, { COL_RFM_SUM, XK_NUMBER },
		{ COL_RFM_PRODUCT, XK_NUMBER }, { COL_RANK, XK_NUMBER },
		{ COL_VALUE_SHARE, XK_NUMBER }, { COL_CUM_SHARE, XK_NUMBER },
		{ COL_CUSTOMERS, XK_NUMBER }, { COL_CUSTOMERS_PCT, XK_NUMBER },
		/* crm-report's csv has counts and shares in it too */
		{ COL_VALUE, XK_NUMBER }, { COL_VALUE_PCT, XK_NUMBER },
		{ COL_GINI, XK_NUMBER }, { COL_P_ALIVE, XK_NUMBER },
		{ COL_EXPECTED_PURCHASES, XK_NUMBER },
		{ COL_RECENCY, XK_NUMBER }, { COL_T, XK_NUMBER },
	};

	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		if (strlen(cols[i].col) == len &&
		    strncasecmp(name, cols[i].col, len) == 0)
			return cols[i].kind;
	return XK_ANY;
}
