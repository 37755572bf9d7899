#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "bytes.h"
#include "date.h"
#include "err.h"
#include "hints.h"
#include "htab.h"
#include "par.h"
#include "reject.h"
#include "sort.h"
#include "summary.h"

#define NIL UINT32_MAX

/*
 * Small sorted sets (a customer's purchase days, or order-id hashes) live
 * in one pool of 32-bit words, in blocks of 2, 4, 8... elements. A block
 * outgrown goes on the stack of free blocks of its size, for the next set
 * that grows to it; the stacks are arrays of their own, since a free list
 * kept in the blocks would cost a cache miss on every reuse.
 */
struct set {
	uint32_t off, len, cap;
};

struct stack {
	uint32_t *v;
	size_t n, cap;
};

struct pool {
	uint32_t *w;
	size_t n, cap;
	struct stack free[32];
	int width;		/* words per element: 1 or 2 */
};

static void
pool_init(struct pool *p, int width)
{
	memset(p, 0, sizeof(*p));
	p->width = width;
}

static void
pool_free(struct pool *p)
{
	free(p->w);
	p->w = NULL;
	for (int i = 0; i < 32; i++) {
		free(p->free[i].v);
		p->free[i].v = NULL;
	}
}

static uint32_t
pool_alloc(struct pool *p, uint32_t cap)
{
	struct stack *st = &p->free[__builtin_ctz(cap)];
	size_t words = (size_t)cap * (size_t)p->width;

	if (st->n > 0)
		return st->v[--st->n];
	if (p->n + words > NIL)
		die(EXIT_INTERNAL, "too many distinct purchase days or orders");
	if (p->n + words > p->cap) {
		p->cap = p->cap ? p->cap * 2 : 1 << 16;
		while (p->cap < p->n + words)
			p->cap *= 2;
		p->w = xreallocarray(p->w, p->cap, sizeof(uint32_t));
		huge_pages(p->w, p->cap * sizeof(uint32_t));
	}
	uint32_t off = (uint32_t)p->n;
	p->n += words;
	return off;
}

static void
pool_release(struct pool *p, uint32_t off, uint32_t cap)
{
	struct stack *st = &p->free[__builtin_ctz(cap)];

	if (st->n == st->cap) {
		st->cap = st->cap ? st->cap * 2 : 1024;
		st->v = xreallocarray(st->v, st->cap, sizeof(uint32_t));
	}
	st->v[st->n++] = off;
}

static uint64_t
elem(const struct pool *p, const struct set *s, uint32_t i)
{
	const uint32_t *w = p->w + s->off + (size_t)i * (size_t)p->width;
	return p->width == 1 ? w[0] : (uint64_t)w[1] << 32 | w[0];
}

static void
put(struct pool *p, const struct set *s, uint32_t i, uint64_t v)
{
	uint32_t *w = p->w + s->off + (size_t)i * (size_t)p->width;

	w[0] = (uint32_t)v;
	if (p->width == 2)
		w[1] = (uint32_t)(v >> 32);
}

/* Index of the first element >= v. */
static uint32_t
lower(const struct pool *p, const struct set *s, uint64_t v)
{
	uint32_t lo = 0, hi = s->len;

	while (lo < hi) {
		uint32_t mid = lo + (hi - lo) / 2;
		if (elem(p, s, mid) < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void
set_add(struct pool *p, struct set *s, uint64_t v)
{
	uint32_t at;

	/* Input in date order appends, or repeats the last day. */
	if (s->len > 0 && elem(p, s, s->len - 1) < v)
		at = s->len;
	else {
		at = lower(p, s, v);
		if (at < s->len && elem(p, s, at) == v)
			return;
	}
	if (s->len == s->cap) {
		uint32_t cap = s->cap ? s->cap * 2 : 2;
		uint32_t off = pool_alloc(p, cap);
		size_t words = (size_t)p->width;
		memcpy(p->w + off, p->w + s->off, s->len * words * 4);
		if (s->cap)
			pool_release(p, s->off, s->cap);
		s->off = off;
		s->cap = cap;
	}
	uint32_t *base = p->w + s->off;
	size_t w = (size_t)p->width;
	memmove(base + (at + 1) * w, base + at * w, (s->len - at) * w * 4);
	s->len++;
	put(p, s, at, v);
}

static uint64_t
day_key(int32_t day)
{
	return (uint32_t)day ^ UINT32_C(0x80000000);
}

/*
 * Per customer while reading: one cache line, so that a row costs one
 * miss here. It holds up to NEAR purchase days itself, sorted, as days
 * after a base day: most customers' rows then touch nothing else. One
 * with more days, or with a day more than 89 years from the base, has
 * its days in the pool instead. The first and last purchase days are
 * the set's ends.
 */
#define NEAR 14
#define POOLED UINT32_C(0x80000000)

struct acc {
	money purchases, first_total, monetary;
	int32_t seen;		/* last day of any row, or DAY_NONE */
	uint32_t days;		/* distinct purchase days, | POOLED */
	int32_t at;		/* the base day, or when POOLED the pool offset */
	int16_t near[NEAR];	/* days - at */
};
_Static_assert(sizeof(struct acc) == 64, "an acc is one cache line");

static uint32_t
ndays(const struct acc *a)
{
	return a->days & ~POOLED;
}

static int
pooled(const struct acc *a)
{
	return (a->days & POOLED) != 0;
}

/* The capacity of a pooled set of n days. */
static uint32_t
pool_cap(uint32_t n)
{
	uint32_t cap = 16;

	while (cap < n)
		cap *= 2;
	return cap;
}

/* A pooled acc's days as a set of the pool. */
static struct set
pooled_set(const struct acc *a)
{
	uint32_t n = ndays(a);

	return (struct set){ (uint32_t)a->at, n, pool_cap(n) };
}

/* The accs in chunks of 2 MB, each aligned to its start: growing moves
 * nothing, and no acc straddles two cache lines. */
#define CHUNK_SHIFT 15
#define CHUNK ((size_t)1 << CHUNK_SHIFT)
#define PAGE ((size_t)2 << 20)

/* A row kept when the window's end is not known until the last row. */
struct held {
	uint32_t cust;
	int32_t day;
	money amount;
	uint64_t order;
	int is_return;
};

/*
 * Rows are summed in batches. On a large input a second thread sums one
 * batch while the reading thread parses the next: a million customers'
 * sums miss the cache on most rows, and the parsing fills that wait.
 */
#define BATCH 16384
#define AHEAD 8

struct queued {
	uint64_t hv, order;
	money amount;
	int32_t day;
	uint32_t cust;
	uint32_t len;		/* of the id: in key when it fits, else in keys */
	size_t at;
	uint8_t is_return;
	char key[15];		/* which makes a row one cache line */
};
_Static_assert(sizeof(struct queued) == 64, "a queued row is one cache line");

struct batch {
	struct queued q[BATCH];
	size_t n;
	char *keys;
	size_t klen, kcap;
};

/* Batches in a ring, so that either thread may run ahead of the other
 * by a few: with the tool before in the pipe, three threads share two
 * cores, and a thread that must wait for the other at every batch
 * leaves a core idle. */
#define NBATCH 4

struct summary {
	struct summary_opts o;
	struct batch b[NBATCH];
	struct batch *fill;	/* the reading thread's */
	int tail;		/* its index */
	int head, nfull;	/* the batches handed to the summing thread */
	int summed_over;	/* it has seen an overflow */
	int threaded, stop;
	int alone;		/* summing in the reading thread */
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	uint32_t overflow;	/* first customer whose sums overflowed, or NIL */
	int32_t start, prev;	/* window and previous window starts */
	int32_t maxday;
	struct htab *ids;
	struct acc **acc;	/* chunks */
	void **raw;		/* as allocated, to free */
	size_t nchunks;
	struct set *orders, *prev_orders;
	money *prev_monetary;	/* with a trend */
	size_t cap;
	struct pool days, hashes;
	struct held *held;
	size_t nheld, heldcap;
};

int32_t
window_start(int32_t asof, int32_t days, int32_t months)
{
	int y, m, d;

	if (months == 0)
		return asof - days;
	date_to_ymd(asof, &y, &m, &d);
	int total = y * 12 + (m - 1) - months;
	y = total / 12;
	m = total % 12 + 1;
	while (d > 28 && !date_valid(y, m, d))
		d--;
	return date_from_ymd(y, m, d);
}

static void
set_window(struct summary *s)
{
	s->start = s->prev = DAY_NONE;
	if (s->o.window == 0 && s->o.months == 0)
		return;
	s->start = window_start(s->o.asof, s->o.window, s->o.months);
	s->prev = window_start(s->start, s->o.window, s->o.months);
}

struct summary *
summary_new(const struct summary_opts *o)
{
	struct summary *s = xcalloc(1, sizeof(*s));

	s->o = *o;
	s->maxday = DAY_NONE;
	/* No window until one is set: a zero here would leave rows before
	 * 1970 out of monetary. */
	s->start = s->prev = DAY_NONE;
	s->fill = &s->b[0];
	s->overflow = NIL;
	s->ids = htab_new();
	pool_init(&s->days, 1);
	pool_init(&s->hashes, 2);
	if (s->o.asof != DAY_NONE)
		set_window(s);
	return s;
}

static struct acc *
acc_of(const struct summary *s, uint32_t c)
{
	return &s->acc[c >> CHUNK_SHIFT][c & (CHUNK - 1)];
}

static void
new_chunk(struct summary *s)
{
	s->acc = xreallocarray(s->acc, s->nchunks + 1, sizeof(*s->acc));
	s->raw = xreallocarray(s->raw, s->nchunks + 1, sizeof(*s->raw));
	char *raw = xmalloc(CHUNK * sizeof(struct acc) + PAGE);
	uintptr_t at = ((uintptr_t)raw + PAGE - 1) & ~(uintptr_t)(PAGE - 1);
	huge_pages((void *)at, CHUNK * sizeof(struct acc));
	s->raw[s->nchunks] = raw;
	s->acc[s->nchunks++] = (struct acc *)at;
}

static void
free_chunks(struct summary *s)
{
	for (size_t i = 0; i < s->nchunks; i++)
		free(s->raw[i]);
	free(s->raw);
	free(s->acc);
	s->raw = NULL;
	s->acc = NULL;
	s->nchunks = 0;
}

static uint32_t
customer(struct summary *s, const char *id, size_t len, uint64_t hv)
{
	int added;
	uint32_t c = htab_intern_hashed(s->ids, id, len, hv, &added);

	if (!added)
		return c;
	if ((c >> CHUNK_SHIFT) == s->nchunks)
		new_chunk(s);
	if ((s->o.orders || s->o.trend) && c == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		if (s->o.orders) {
			s->orders = xreallocarray(s->orders, s->cap,
			    sizeof(struct set));
			s->prev_orders = xreallocarray(s->prev_orders, s->cap,
			    sizeof(struct set));
		}
		if (s->o.trend)
			s->prev_monetary = xreallocarray(s->prev_monetary,
			    s->cap, sizeof(money));
	}
	*acc_of(s, c) = (struct acc){ .seen = DAY_NONE };
	if (s->o.orders)
		s->orders[c] = s->prev_orders[c] = (struct set){ 0, 0, 0 };
	if (s->o.trend)
		s->prev_monetary[c] = 0;
	return c;
}

/* An overflow is noted here and reported by the reading thread
 * (overflowed), since the summing thread must not die. */
static void
sum(struct summary *s, uint32_t c, money *total, money amount)
{
	if (money_add(*total, amount, total) && s->overflow == NIL)
		s->overflow = c;
}

static void
overflowed(const struct summary *s)
{
	char buf[64];
	size_t len;

	if (s->overflow == NIL)
		return;
	const char *id = htab_key(s->ids, s->overflow, &len);
	die(EXIT_DATA, "customer %s: amounts add up beyond the range of "
	    "9.2 trillion", shorten(id, len, buf, sizeof(buf)));
}

/* The i-th purchase day of a customer, in date order. */
static int32_t
day_at(const struct summary *s, const struct acc *a, uint32_t i)
{
	if (pooled(a))
		return (int32_t)(s->days.w[(uint32_t)a->at + i] ^
		    UINT32_C(0x80000000));
	return a->at + a->near[i];
}

/* The days from the acc into the pool, with room for one more. */
static void
spill(struct summary *s, struct acc *a)
{
	uint32_t n = ndays(a), off = pool_alloc(&s->days, pool_cap(n + 1));

	for (uint32_t i = 0; i < n; i++)
		s->days.w[off + i] = day_key(a->at + a->near[i]);
	a->at = (int32_t)off;
	a->days = n | POOLED;
}

static void
add_day(struct summary *s, struct acc *a, int32_t day)
{
	uint32_t n = ndays(a);

	if (!pooled(a)) {
		if (n == 0) {
			a->at = day;
			a->near[0] = 0;
			a->days = 1;
			return;
		}
		int64_t d = (int64_t)day - a->at;
		if (d >= INT16_MIN && d <= INT16_MAX) {
			int16_t v = (int16_t)d;
			uint32_t i = n;
			/* From the end, where a day in date order goes. */
			while (i > 0 && a->near[i - 1] > v)
				i--;
			if (i > 0 && a->near[i - 1] == v)
				return;
			if (n < NEAR) {
				memmove(&a->near[i + 1], &a->near[i],
				    (n - i) * sizeof(a->near[0]));
				a->near[i] = v;
				a->days = n + 1;
				return;
			}
		}
		spill(s, a);
	}
	struct set d = pooled_set(a);
	set_add(&s->days, &d, day_key(day));
	a->at = (int32_t)d.off;
	a->days = d.len | POOLED;
}

static void
add(struct summary *s, uint32_t c, int32_t day, money amount, int ret,
    uint64_t order)
{
	struct acc *a = acc_of(s, c);
	int windowed = s->start != DAY_NONE;

	if (a->seen == DAY_NONE || day > a->seen)
		a->seen = day;
	if (!ret) {
		int32_t first = ndays(a) ? day_at(s, a, 0) : DAY_NONE;
		if (first == DAY_NONE || day < first)
			a->first_total = amount;
		else if (day == first)
			sum(s, c, &a->first_total, amount);
		add_day(s, a, day);
		sum(s, c, &a->purchases, amount);
	}
	if (!windowed || day >= s->start) {
		sum(s, c, &a->monetary, amount);
		if (!ret && s->o.orders)
			set_add(&s->hashes, &s->orders[c], order);
	} else if (s->o.trend && day >= s->prev) {
		sum(s, c, &s->prev_monetary[c], amount);
		if (!ret && s->o.orders)
			set_add(&s->hashes, &s->prev_orders[c], order);
	}
}

static void
hold(struct summary *s, const struct queued *q)
{
	if (s->nheld == s->heldcap) {
		s->heldcap = s->heldcap ? s->heldcap * 2 : 1 << 16;
		s->held = xreallocarray(s->held, s->heldcap, sizeof(*s->held));
	}
	s->held[s->nheld++] = (struct held){ q->cust, q->day, q->amount,
	    q->order, q->is_return };
}

static const char *
queued_id(const struct batch *b, const struct queued *q)
{
	return q->len <= sizeof(q->key) ? q->key : b->keys + q->at;
}

/*
 * Four steps a row, each AHEAD rows behind the one before, so that what a
 * step reads was prefetched by the step before it, and the prefetches go
 * out evenly (a burst of them overflows the CPU's queue of misses, which
 * then drops some): the row's slot in the table of ids; the customer's
 * acc, when the slot knows it already; the acc's set of days; and last the
 * row is added (a customer not found by the first step looked up again,
 * and made if new).
 */
static void
sum_batch(struct summary *s, struct batch *b)
{
	int holding = s->o.asof == DAY_NONE && (s->o.window || s->o.months);
	struct queued *q = b->q;
	size_t n = b->n;

	for (size_t k = 0; k < n + 3 * AHEAD; k++) {
		if (k < n)
			htab_prefetch(s->ids, q[k].hv);
		if (k >= AHEAD && k - AHEAD < n) {
			struct queued *x = &q[k - AHEAD];
			int64_t c = htab_find_hashed(s->ids, queued_id(b, x),
			    x->len, x->hv);
			x->cust = c < 0 ? NIL : (uint32_t)c;
			if (c >= 0 && !holding) {
				__builtin_prefetch(acc_of(s, (uint32_t)c));
				if (s->o.orders)
					__builtin_prefetch(&s->orders[c]);
			}
		}
		if (k >= 2 * AHEAD && k - 2 * AHEAD < n && !holding &&
		    q[k - 2 * AHEAD].cust != NIL) {
			const struct acc *a = acc_of(s, q[k - 2 * AHEAD].cust);
			/* Of pooled days the first, which the row's add reads,
			 * and the end, where a day in date order goes; a small
			 * block whole, since a search in it reads its middle. */
			if (pooled(a)) {
				const uint32_t *w = s->days.w + (uint32_t)a->at;
				uint32_t len = ndays(a);
				for (uint32_t i = 0; i < len && i < 64; i += 16)
					__builtin_prefetch(w + i);
				__builtin_prefetch(w + len - 1);
			}
		}
		if (k < 3 * AHEAD)
			continue;
		struct queued *x = &q[k - 3 * AHEAD];
		/* An id found in the first step stays; only a customer not
		 * known then is looked up again, and made if new. */
		if (x->cust == NIL)
			x->cust = customer(s, queued_id(b, x), x->len, x->hv);
		if (holding)
			hold(s, x);
		else
			add(s, x->cust, x->day, x->amount, x->is_return,
			    x->order);
	}
	b->n = b->klen = 0;
}

static void *
summer(void *arg)
{
	struct summary *s = arg;

	pthread_mutex_lock(&s->mu);
	for (;;) {
		while (s->nfull == 0 && !s->stop)
			pthread_cond_wait(&s->cv, &s->mu);
		if (s->nfull == 0)
			break;
		struct batch *b = &s->b[s->head];
		pthread_mutex_unlock(&s->mu);
		sum_batch(s, b);
		pthread_mutex_lock(&s->mu);
		s->head = (s->head + 1) % NBATCH;
		s->nfull--;
		s->summed_over = s->overflow != NIL;
		pthread_cond_broadcast(&s->cv);
	}
	pthread_mutex_unlock(&s->mu);
	return NULL;
}

/* Waits until the summing thread has summed what it was given. */
static void
wait_idle(struct summary *s)
{
	pthread_mutex_lock(&s->mu);
	while (s->nfull > 0)
		pthread_cond_wait(&s->cv, &s->mu);
	pthread_mutex_unlock(&s->mu);
}

/* The full batch to the summing thread, started on the first; without it
 * (a fuzzing harness, whose die() returns by longjmp, must not leave a
 * thread running; or no thread to be had) the batch is summed here. */
static void
hand_over(struct summary *s)
{
	if (!s->threaded && !s->alone) {
		pthread_mutex_init(&s->mu, NULL);
		pthread_cond_init(&s->cv, NULL);
		s->threaded = crm_fuzz_catch == NULL &&
		    pthread_create(&s->thread, NULL, summer, s) == 0;
		s->alone = !s->threaded;
		if (s->alone) {
			pthread_cond_destroy(&s->cv);
			pthread_mutex_destroy(&s->mu);
		}
	}
	if (!s->threaded) {
		sum_batch(s, s->fill);
		overflowed(s);
		return;
	}
	pthread_mutex_lock(&s->mu);
	s->nfull++;
	pthread_cond_broadcast(&s->cv);
	s->tail = (s->tail + 1) % NBATCH;
	while (s->nfull == NBATCH)
		pthread_cond_wait(&s->cv, &s->mu);
	int over = s->summed_over;
	pthread_mutex_unlock(&s->mu);
	/* The overflow is set once, by a batch summed before the lock. */
	if (over)
		overflowed(s);
	s->fill = &s->b[s->tail];
}

static void
stop_thread(struct summary *s)
{
	if (s->threaded) {
		wait_idle(s);
		pthread_mutex_lock(&s->mu);
		s->stop = 1;
		pthread_cond_broadcast(&s->cv);
		pthread_mutex_unlock(&s->mu);
		pthread_join(s->thread, NULL);
		pthread_cond_destroy(&s->cv);
		pthread_mutex_destroy(&s->mu);
		s->threaded = 0;
	}
}

/* Everything summed, and the summing thread gone. */
static void
drain(struct summary *s)
{
	stop_thread(s);
	sum_batch(s, s->fill);
	overflowed(s);
}

/* 0 when the row counts, 1 when it falls on or after the as-of date. */
int
summary_add(struct summary *s, const struct txn *t)
{
	struct batch *b = s->fill;

	if (s->o.asof != DAY_NONE && t->day >= s->o.asof)
		return 1;
	if (s->maxday == DAY_NONE || t->day > s->maxday)
		s->maxday = t->day;
	if (t->clen > UINT32_MAX)
		die(EXIT_DATA, "a customer id of more than 4 GB");
	struct queued *q = &b->q[b->n++];
	/* The id in the row's own line, which the summing thread reads
	 * first, unless it is long. */
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
	if (b->n == BATCH)
		hand_over(s);
	return 0;
}

/* By customer id, so that output does not depend on input order. */
void
sort_custs(struct cust *c, size_t n)
{
	const char **ids = xreallocarray(NULL, n ? n : 1, sizeof(char *));
	size_t *lens = xreallocarray(NULL, n ? n : 1, sizeof(size_t));

	for (size_t i = 0; i < n; i++) {
		ids[i] = c[i].id;
		lens[i] = c[i].idlen;
	}
	uint32_t *idx = sort_ids(ids, lens, n);
	free(lens);
	free(ids);
	/* c[j] = old c[idx[j]], in place, one cycle of the permutation at a
	 * time; a done index is marked by pointing at itself. */
	for (size_t i = 0; i < n; i++) {
		if (idx[i] == i)
			continue;
		struct cust first = c[i];
		size_t j = i;
		while (idx[j] != i) {
			size_t k = idx[j];
			c[j] = c[k];
			idx[j] = (uint32_t)j;
			j = k;
		}
		c[j] = first;
		idx[j] = (uint32_t)j;
	}
	free(idx);
}

/* The purchase days in [from, to); DAY_NONE for no bound. */
static uint32_t
count_days(const struct summary *s, const struct acc *a, int32_t from,
    int32_t to)
{
	uint32_t n = ndays(a), k = 0;

	if (from == DAY_NONE && to == DAY_NONE)
		return n;
	if (pooled(a)) {
		struct set d = pooled_set(a);
		uint32_t hi = to == DAY_NONE ? n : lower(&s->days, &d, day_key(to));
		uint32_t lo = from == DAY_NONE ? 0 :
		    lower(&s->days, &d, day_key(from));
		return hi - lo;
	}
	for (uint32_t i = 0; i < n; i++) {
		int32_t day = a->at + a->near[i];
		k += (from == DAY_NONE || day >= from) &&
		    (to == DAY_NONE || day < to);
	}
	return k;
}

/* The output of summary_finish, made on two threads. */
struct gather {
	struct summary *s;
	size_t n;
	uint32_t *idx;		/* the customers in id order */
	struct cust *out;
};

static void
sort_out(struct gather *g)
{
	const char **ids = xreallocarray(NULL, g->n ? g->n : 1, sizeof(char *));
	size_t *lens = xreallocarray(NULL, g->n ? g->n : 1, sizeof(size_t));

	for (size_t i = 0; i < g->n; i++)
		ids[i] = htab_key(g->s->ids, (uint32_t)i, &lens[i]);
	g->idx = sort_ids(ids, lens, g->n);
	free(lens);
	free(ids);
}

/* out[j] from the acc of the j-th customer in id order, prefetched
 * ahead: the accs lie in first-seen order. */
static void
gather(void *p, size_t from, size_t to)
{
	struct gather *g = p;
	const struct summary *s = g->s;

	for (size_t j = from; j < to; j++) {
		if (j + 16 < to) {
			__builtin_prefetch(acc_of(s, g->idx[j + 16]));
			htab_prefetch_key(s->ids, g->idx[j + 16]);
		}
		uint32_t i = g->idx[j];
		const struct acc *a = acc_of(s, i);
		struct cust *c = &g->out[j];
		uint32_t days = ndays(a);
		*c = (struct cust){ 0 };
		c->id = htab_key(s->ids, i, &c->idlen);
		c->first = days ? day_at(s, a, 0) : DAY_NONE;
		c->last = days ? day_at(s, a, days - 1) : DAY_NONE;
		c->seen = a->seen;
		c->monetary = a->monetary;
		c->prev_monetary = s->o.trend ? s->prev_monetary[i] : 0;
		c->purchase_days = days;
		if (s->o.orders) {
			c->frequency = s->orders[i].len;
			c->prev_frequency = s->prev_orders[i].len;
		} else {
			c->frequency = count_days(s, a, s->start, DAY_NONE);
			c->prev_frequency = s->o.trend ?
			    count_days(s, a, s->prev, s->start) : 0;
		}
		if (days > 1)
			c->repeat_monetary = money_div_cents(a->purchases -
			    a->first_total, days - 1);
	}
}

/* Customers sorted by id; returns the as-of date used. */
int32_t
summary_finish(struct summary *s, struct cust **custs, size_t *n)
{
	drain(s);
	if (s->o.asof == DAY_NONE) {
		s->o.asof = s->maxday == DAY_NONE ? 0 : s->maxday + 1;
		set_window(s);
		for (size_t i = 0; i < s->nheld; i++) {
			struct held *h = &s->held[i];
			add(s, h->cust, h->day, h->amount, h->is_return, h->order);
		}
		overflowed(s);
	}
	*n = htab_count(s->ids);
	/* No more lookups. Sorted by id first, so that the output is
	 * gathered in its order from the accs, each prefetched ahead,
	 * rather than permuted after. */
	htab_freeze(s->ids);
	free(s->held);
	s->held = NULL;
	struct gather g = { s, *n, NULL, NULL };
	sort_out(&g);
	/* Made after the sort's arrays are gone, so that the two never take
	 * memory at once; each half's page faults on its own core. */
	g.out = xmalloc((*n ? *n : 1) * sizeof(struct cust));
	par_halves(gather, &g, *n);
	free(g.idx);
	struct cust *out = g.out;
	free(s->orders);
	free(s->prev_orders);
	free(s->prev_monetary);
	s->orders = s->prev_orders = NULL;
	s->prev_monetary = NULL;
	pool_free(&s->days);
	pool_free(&s->hashes);
	free_chunks(s);
	*custs = out;
	return s->o.asof;
}

void
summary_free(struct summary *s)
{
	stop_thread(s);
	htab_free(s->ids);
	free_chunks(s);
	free(s->orders);
	free(s->prev_orders);
	free(s->prev_monetary);
	pool_free(&s->days);
	pool_free(&s->hashes);
	free(s->held);
	for (int i = 0; i < NBATCH; i++)
		free(s->b[i].keys);
	free(s);
}
