#ifndef CRM_BATCH_H
#define CRM_BATCH_H

#include <stddef.h>
#include <stdint.h>

#include "bytes.h"
#include "htab.h"
#include "txn_row.h"

/*
 * Transactions queued for summing, BATCH at a time, each in one cache
 * line: the customer id's hash, the id itself when it fits in 15 bytes
 * (else in the batch's buffer of long ids), the day, amount and return
 * flag, the order id's hash (0 without one), and room for the customer
 * number the summing finds.
 */
#define BATCH 16384

struct queued {
	uint64_t hv, order;
	money amount;
	int32_t day;
	uint32_t cust;		/* the summing's */
	uint32_t len;		/* of the id */
	size_t at;		/* of a long id, in keys */
	uint8_t is_return;
	char key[15];		/* a short id */
};

struct batch {
	struct queued q[BATCH];
	size_t n;
	char *keys;		/* the long ids */
	size_t klen, kcap;
};

/* A long id of t, for q, into b's buffer; batch_put's. */
void batch_keep_id(struct batch *b, struct queued *q, const struct txn *t);

/* t queued in b, which must have room (n < BATCH); b's own copy of the
 * ids, so that t's memory may go. Dies on an id of 4 GB or more. Inline,
 * as it is called for every row. */
static inline void
batch_put(struct batch *b, const struct txn *t)
{
	struct queued *q = &b->q[b->n];

	/* The id in the row's own line, which the summing reads first,
	 * unless it is long. */
	if (t->clen <= sizeof(q->key)) {
		q->len = (uint32_t)t->clen;
		bytes_copy16(q->key, t->cust, t->clen);
	} else
		batch_keep_id(b, q, t);
	b->n++;
	q->hv = hash_bytes(t->cust, t->clen);
	q->order = t->order ? hash_bytes(t->order, t->olen) : 0;
	q->day = t->day;
	q->amount = t->amount;
	q->is_return = (uint8_t)t->is_return;
}

/* The customer id of q, queued in b: q->len bytes, not NUL-terminated. */
static inline const char *
batch_id(const struct batch *b, const struct queued *q)
{
	return q->len <= sizeof(q->key) ? q->key : b->keys + q->at;
}

/* b empty again, its buffer kept for the next rows. */
void batch_clear(struct batch *b);

/* b's buffer freed; b is empty. */
void batch_free(struct batch *b);

#endif
