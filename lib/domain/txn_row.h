#ifndef CRM_TXN_ROW_H
#define CRM_TXN_ROW_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"

/*
 * One transaction as a reader hands it on: a header of its own so that
 * the summing (summary, batch) and the fast line path (canon) can take
 * it without the transaction reader (txn), which is built on them.
 */

/* One transaction, its bytes in the reader's buffer until the next row
 * is read: amount is negative and is_return set for a return. */
struct txn {
	const char *cust;
	size_t clen;
	int32_t day;
	money amount;
	int is_return;
	const char *order;	/* NULL without order ids */
	size_t olen;
};

#endif
