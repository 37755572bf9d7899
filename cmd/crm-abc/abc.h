#ifndef CRM_ABC_H
#define CRM_ABC_H

#include <stddef.h>

#include "money.h"
#include "opts.h"
#include "table.h"
#include "tally.h"
#include "writer.h"

#define MAXCLASS 16

struct abc_opts {
	const char *id, *value;
	int by_count, zero_class, sort, summary;
	int ncuts;
	money cuts[MAXCLASS - 1];	/* percent, ascending */
	const char *names[MAXCLASS];
};

/* Each customer's place in the Pareto order. */
struct abc {
	size_t n;
	money *value;
	size_t *order;		/* rank - 1 -> row */
	size_t *rank;		/* row -> rank */
	int *cls;		/* row -> class, -1 for Z */
	__int128 total;		/* sum of the values above zero */
};

struct abc *abc_rank(const struct abc_opts *o, const struct table *t,
    size_t vcol, size_t icol, const int *ok, size_t n);
void abc_write(struct writer *w, const struct abc_opts *o,
    const struct table *t, const struct abc *a, const int *ok);
void abc_summary(struct writer *w, const struct abc_opts *o,
    const struct abc *a, int quiet);
void abc_free(struct abc *a);

/* The whole run: reads INPUT (NULL: standard input), ranks it and writes
 * co->output, then gives the account of the rows (tally_report). */
void abc_run(const struct abc_opts *o, const struct common *co,
    const char *input);

#endif
