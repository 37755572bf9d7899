#ifndef CRM_TXN_H
#define CRM_TXN_H

#include <stddef.h>
#include <stdint.h>

#include "money.h"
#include "reader.h"
#include "reject.h"
#include "txn_row.h"

/*
 * Canonical transactions (what crm-import writes) read row by row into
 * struct txn, for the tools that sum them up: bad rows are rejected with
 * their line and column.
 */

/* Column names from the options; NULL for the canonical ones.  With
 * id_exact, customer ids are compared as they are (past ASCII blanks),
 * not in custid's normal form. With rows, every good row is kept for
 * txn_row (no line is taken fast), for a caller that reads other
 * columns too. */
struct txn_names {
	const char *customer, *date, *amount, *order, *kind;
	int id_exact;
	int rows;
};

/* Sets n's name for getopt's ch, one of TXN_LONG's options (opts.h), to
 * arg (kept, not copied), and returns 1; 0 for any other ch. */
int txn_opt(struct txn_names *n, int ch, const char *arg);

struct txn_reader;

/* Reads r's header and finds the columns (names' or the canonical ones):
 * no header dies (exit 1), a missing customer, date or amount column is
 * a usage error. The caller closes it with txn_close, before r. */
struct txn_reader *txn_open(struct reader *r, const struct txn_names *names,
    struct rejects *rj);

/* 1 when the input has an order id column. */
int txn_has_orders(const struct txn_reader *t);

/* The next good row into *out (its bytes r's, valid until the next
 * call): 1, or 0 at the end of the input. Rows that cannot be used are
 * rejected (rj) on the way; amounts of returns are negative. */
int txn_next(struct txn_reader *t, struct txn *out);

/* With names->rows: the row of the last transaction txn_next gave,
 * valid as long as that transaction. */
const struct row *txn_row(const struct txn_reader *t);

/* The data rows read so far, good and rejected. */
size_t txn_rows(const struct txn_reader *t);

void txn_close(struct txn_reader *t);

#endif
