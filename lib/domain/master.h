#ifndef CRM_MASTER_H
#define CRM_MASTER_H

#include <stddef.h>
#include <stdint.h>

#include "table.h"
#include "writer.h"

/*
 * A customer master file (the CRM system's export of id, name, phone,
 * region, owner...) held in memory, one row per customer, for joining
 * its columns to a customer table by id. It is read as the tools read
 * any input: CSV or TSV, compressed, or a workbook's first sheet. The
 * key's values are compared as the customer table's ids are: trimmed,
 * and in custid's normal form unless id_exact.
 */

struct master_opts {
	const char *path;
	const char *key;	/* the key column, by name or number */
	int id_exact;
};

struct master;

/* The master file whole. A key column it lacks is a usage error (exit
 * 2); a row of another field count, a row with an empty key, or a key
 * given twice (both lines named) stops the run (exit 1); a file that
 * cannot be read dies as reader_open does. Freed with master_free. */
struct master *master_read(const struct master_opts *o);

/* Dies (usage) when a column of the master, other than its key, is one
 * a tool computes per customer (schema_measure) or one of the n names
 * in taken (compared without case) that the output has already. */
void master_clash(const struct master *m, const char *const *taken,
    size_t n);

/* The master's row for the customer id[0..len) (already in the form the
 * key is compared in), marked as joined; -1 when it has none. */
int64_t master_find(struct master *m, const char *id, size_t len);

/* The names of the master's columns but its key, to w; then, for a row
 * of master_find (or -1: empty values), its values as read. */
void master_put_header(struct writer *w, const struct master *m);
void master_put(struct writer *w, const struct master *m, int64_t row);

/* For a tool that joins a table it read whole: t's rows, each with its
 * master row's columns (or empty ones) after its own, in a new table (t
 * is left as it was); idcol is t's customer id column, its values
 * compared as the master's keys are. *without: the rows of t with no
 * master row. */
struct table *master_join_table(struct master *m, const struct table *t,
    int idcol, size_t *without);

/* The account of the join on stderr, in one line: of customers customers
 * written, how many had a master row, and of the master's rows, how
 * many joined none. The two balance by construction. */
void master_report(const struct master *m, size_t customers,
    size_t without);

void master_free(struct master *m);

#endif
