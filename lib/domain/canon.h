#ifndef CRM_CANON_H
#define CRM_CANON_H

#include <stddef.h>

#include "reader.h"
#include "txn_row.h"

/*
 * Rows in, with crm-import's own lines taken fast. A canonical line is
 * customer_id, order_date, amount and, when kinded, kind, none of them
 * quoted, padded or beyond ASCII, the id of up to 15 bytes and the date
 * ISO: almost every line of a large input of transactions.
 * canon_lines_next parses one where it lies in the reader's buffer,
 * without the general path's splitting (with SSE2, where there is), and
 * gives any other line as the reader's row. Which lines go which way is
 * this file's business, as a scanner is a CSV parser's: the caller
 * parses a row to what canon_lines_next would have made of its line,
 * so that nothing it writes depends on the way.
 */
struct canon_lines;

enum { LINE_END, LINE_TXN, LINE_ROW };

/* Rows from r, whose header was read; kinded: a fourth column, kind. */
struct canon_lines *canon_lines_open(struct reader *r, int kinded);

/* The next row: LINE_TXN and *x for a canonical line, LINE_ROW and
 * *row as reader_next gives it, or LINE_END at the end. With fast 0,
 * rows only: the columns are not crm-import's, or the caller must see
 * rows now. */
int canon_lines_next(struct canon_lines *c, int fast, struct txn *x,
    const struct row **row);

/* The last LINE_TXN's date (10 bytes) and amount (*alen bytes) as its
 * line has them, good until the next call. */
void canon_lines_text(const struct canon_lines *c, const char **date,
    const char **amount, size_t *alen);

/* c freed; the reader stays open. */
void canon_lines_close(struct canon_lines *c);

#endif
