#include <stdlib.h>
#include <string.h>

#include "batch.h"
#include "bytes.h"
#include "err.h"
#include "htab.h"

_Static_assert(sizeof(struct queued) == 64, "a queued row is one cache line");

void
batch_put(struct batch *b, const struct txn *t)
{
	if (t->clen > UINT32_MAX)
		die(EXIT_DATA, "a customer id of more than 4 GB");
	struct queued *q = &b->q[b->n++];
	/* The id in the row's own line, which the summing reads first,
	 * unless it is long. */
	q->len = (uint32_t)t->clen;
	if (t->clen <= sizeof(q->key))
		bytes_copy16(q->key, t->cust, t->clen);
	else {
		if (b->klen + t->clen > b->kcap) {
			b->kcap = (b->klen + t->clen) * 2 + 65536;
			b->keys = xrealloc(b->keys, b->kcap);
		}
		memcpy(b->keys + b->klen, t->cust, t->clen);
		q->at = b->klen;
		b->klen += t->clen;
	}
	q->hv = hash_bytes(t->cust, t->clen);
	q->order = t->order ? hash_bytes(t->order, t->olen) : 0;
	q->day = t->day;
	q->amount = t->amount;
	q->is_return = (uint8_t)t->is_return;
}

void
batch_clear(struct batch *b)
{
	b->n = b->klen = 0;
}

void
batch_free(struct batch *b)
{
	free(b->keys);
	b->keys = NULL;
	b->kcap = 0;
	batch_clear(b);
}
