#ifndef CRM_TXN_H
#define CRM_TXN_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "reader.h"
#include "reject.h"

/*
 * Canonical transactions (what crm-import writes) read row by row into
 * struct txn, for the tools that sum them up: bad rows are rejected with
 * their line and column.
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

/* Column names from the options; NULL for the canonical ones.  With
 * id_exact, customer ids are compared as they are (past ASCII blanks),
 * not in custid's normal form. */
struct txn_names {
	const char *customer, *date, *amount, *order, *kind;
	int id_exact;
};

int txn_opt(struct txn_names *n, int ch, const char *arg);

/*
 * Lines in crm-import's own form (customer_id, order_date, amount and,
 * when kinded, kind: none quoted, padded or beyond ASCII) parsed where
 * they lie in the reader's buffer, without the general path's splitting:
 * the rows of a large input almost all look so. plain_next gives the
 * next line as a transaction, or 0 for the caller to read a row with
 * reader_next (a line of another form, or the end), then ask again.
 * plain_init is 0 where no line can be plain: a delimiter that can be
 * part of a date or an amount, or no SSE2.
 */
struct plain_lines {
	struct reader *r;
	char delim;
	int kinded;
	const char *from, *at, *end;	/* lines not yet given back */
	long taken;
	const char *date, *amount;	/* the last line's, as written */
	size_t alen;
};

int plain_init(struct plain_lines *pl, struct reader *r, int kinded);
int plain_next(struct plain_lines *pl, struct txn *x);

struct txn_reader;

struct txn_reader *txn_open(struct reader *r, const struct txn_names *names,
    struct rejects *rj);
int txn_has_orders(const struct txn_reader *t);
int txn_next(struct txn_reader *t, struct txn *out);
size_t txn_rows(const struct txn_reader *t);
void txn_close(struct txn_reader *t);

#endif
