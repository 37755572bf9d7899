#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "batch.h"
#include "err.h"
#include "grow.h"

_Static_assert(sizeof(struct queued) == 64, "a queued row is one cache line");

void
batch_keep_id(struct batch *b, struct queued *q, const struct txn *t)
{
	if (t->clen > UINT32_MAX)
		die(EXIT_DATA, "a customer id of more than 4 GB");
	GROW(b->keys, b->klen + t->clen, b->kcap);
	memcpy(b->keys + b->klen, t->cust, t->clen);
	q->len = (uint32_t)t->clen;
	q->at = b->klen;
	b->klen += t->clen;
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
