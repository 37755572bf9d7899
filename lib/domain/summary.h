#ifndef CRM_SUMMARY_H
#define CRM_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "money.h"

/*
 * Transactions summed up per customer in one pass, in memory that grows
 * with customers and their distinct purchase days (four bytes each), not
 * with rows. crm-rfm and crm-clv both start from it.
 */

struct summary_opts {
	int32_t asof;		/* rows on or after it are left out; DAY_NONE: day after the last row */
	int32_t window;		/* days counted in frequency and monetary; 0: all */
	int32_t months;		/* or calendar months; 0: not in months */
	int trend;		/* also the window before */
	int orders;		/* frequency counts distinct orders, not days */
};

/* One customer as a summary row has it. */
struct cust {
	const char *id;
	size_t idlen;
	int32_t first, last;	/* first and last purchase day, or DAY_NONE */
	int32_t seen;		/* last day of any row */
	uint32_t frequency, purchase_days, prev_frequency;
	money monetary, prev_monetary, repeat_monetary;
};

struct txn {
	const char *cust;
	size_t clen;
	int32_t day;
	money amount;
	int is_return;
	const char *order;	/* NULL without order ids */
	size_t olen;
};

struct summary;

struct summary *summary_new(const struct summary_opts *o);
int summary_add(struct summary *s, const struct txn *t);
int32_t summary_finish(struct summary *s, struct cust **custs, size_t *n);
void summary_free(struct summary *s);

int32_t window_start(int32_t asof, int32_t days, int32_t months);
void sort_custs(struct cust *c, size_t n);

#endif
