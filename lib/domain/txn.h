#ifndef CRM_TXN_H
#define CRM_TXN_H

#include "date.h"
#include "reader.h"
#include "reject.h"
#include "summary.h"

/*
 * Canonical transactions (what crm-import writes) read row by row into
 * struct txn, for the tools that sum them up: bad rows are rejected with
 * their line and column.
 */

/* Column names from the options; NULL for the canonical ones.  With
 * id_exact, customer ids are compared as they are (past ASCII blanks),
 * not in custid's normal form. */
struct txn_names {
	const char *customer, *date, *amount, *order, *kind;
	int id_exact;
};

/* The options that set them, as crm-rfm and crm-clv take them. */
enum { OPT_CUSTOMER = 240, OPT_DATE, OPT_AMOUNT, OPT_ORDER, OPT_KIND,
	OPT_ID_EXACT };

#define TXN_LONG \
	{ "customer", required_argument, NULL, OPT_CUSTOMER }, \
	{ "date", required_argument, NULL, OPT_DATE }, \
	{ "amount", required_argument, NULL, OPT_AMOUNT }, \
	{ "order", required_argument, NULL, OPT_ORDER }, \
	{ "kind", required_argument, NULL, OPT_KIND }, \
	{ "id-exact", no_argument, NULL, OPT_ID_EXACT }

int txn_opt(struct txn_names *n, int ch, const char *arg);

struct txn_reader;

struct txn_reader *txn_open(struct reader *r, const struct txn_names *names,
    struct rejects *rj);
int txn_has_orders(const struct txn_reader *t);
int txn_next(struct txn_reader *t, struct txn *out);
size_t txn_rows(const struct txn_reader *t);
void txn_close(struct txn_reader *t);

#endif
