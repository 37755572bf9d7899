#ifndef CRM_SUMMARY_H
#define CRM_SUMMARY_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "money.h"
#include "txn_row.h"

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

struct summary;

/* An empty summary; summary.c says what each sum is. */
struct summary *summary_new(const struct summary_opts *o);

/* t counted: 0; or 1 when it falls on or after the as-of date and is
 * left out. t's memory may go on return. Dies when a customer's amounts
 * add up beyond the range of money. */
int summary_add(struct summary *s, const struct txn *t);

/* The customers, sorted by id, in *custs (s's, with their ids, good
 * until summary_free) and their count in *n; returns the as-of date
 * used. No summary_add after it, nor a second call. */
int32_t summary_finish(struct summary *s, struct cust **custs, size_t *n);

/* s freed, with the customers summary_finish gave; NULL is not
 * allowed. */
void summary_free(struct summary *s);

/* The first day of a window of days days, or of months calendar months
 * when months is not 0, that ends the day before asof (a day of the
 * month that the month back has not is its last day). */
int32_t window_start(int32_t asof, int32_t days, int32_t months);

/* c sorted by id in place (id_cmp's order). */
void sort_custs(struct cust *c, size_t n);

#endif
