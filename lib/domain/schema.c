#include <stddef.h>
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
