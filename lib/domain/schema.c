#include <stddef.h>
#include <strings.h>

#include "schema.h"

int
schema_measure(const char *name)
{
	static const char *const measures[] = {
		COL_CUSTOMER_ID, COL_FIRST_DATE, COL_LAST_DATE,
		COL_RECENCY_DAYS, COL_FREQUENCY, COL_MONETARY,
		COL_AVG_ORDER_VALUE, COL_TENURE_DAYS, COL_PURCHASE_DAYS,
		COL_REPEAT_MONETARY, COL_PREV_FREQUENCY, COL_PREV_MONETARY,
		COL_MONETARY_CHANGE, COL_MONETARY_CHANGE_PCT, COL_R_SCORE,
		COL_F_SCORE, COL_M_SCORE, COL_RFM_CELL, COL_RFM_SUM,
		COL_RFM_PRODUCT, COL_RFM_GROUP, COL_RFM_SEGMENT, COL_RANK,
		COL_VALUE_SHARE, COL_CUM_SHARE, COL_ABC_CLASS, COL_P_ALIVE,
		COL_EXPECTED_PURCHASES, COL_EXPECTED_SPEND, COL_CLV,
	};

	for (size_t i = 0; i < sizeof(measures) / sizeof(measures[0]); i++)
		if (strcasecmp(name, measures[i]) == 0)
			return 1;
	return 0;
}
