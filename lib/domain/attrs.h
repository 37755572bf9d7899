#ifndef CRM_ATTRS_H
#define CRM_ATTRS_H

#include <stddef.h>
#include <stdint.h>

#include "writer.h"

/*
 * Per-customer attributes carried from the transactions (crm-rfm
 * --keep): for each kept column, a customer's latest non-empty value by
 * date, a tie going to the later row, exactly as read. Memory grows
 * with the customers and the distinct values, not the rows: a customer
 * holds, per column, the day and the number of its value, each distinct
 * value stored once for all customers.
 */

struct attrs;

/* Room for ncols kept columns (1 at least); freed with attrs_free. */
struct attrs *attrs_new(size_t ncols);

/* One row of the customer id[0..len) on day, its kept values val[k]
 * (vlen[k] bytes each): a value empty or of blanks only is none; one
 * on or after the day of the value held replaces it. Rows come in input
 * order. */
void attrs_add(struct attrs *a, const char *id, size_t len, int32_t day,
    char *const *val, const size_t *vlen);

/* The customer's number for attrs_put, or -1 when it had no row. */
int64_t attrs_find(const struct attrs *a, const char *id, size_t len);

/* The values of customer c (-1: all empty), one field each, to w. */
void attrs_put(struct writer *w, const struct attrs *a, int64_t c);

/* The customers whose rows held two or more different values of column
 * k: whose value changed over their history. */
size_t attrs_changed(const struct attrs *a, size_t k);

void attrs_free(struct attrs *a);

#endif
