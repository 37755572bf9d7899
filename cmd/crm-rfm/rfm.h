#ifndef CRM_RFM_H
#define CRM_RFM_H

#include <stdint.h>

#include "attrs.h"
#include "master.h"
#include "opts.h"
#include "reader.h"
#include "reject.h"
#include "schema.h"
#include "summary.h"
#include "txn.h"
#include "writer.h"

/* --r-breaks and friends: ascending thresholds, bins - 1 of them. */
struct breaks {
	int n;
	int64_t v[SCORE_MAX];
};

struct rfm_opts {
	struct txn_names cols;
	struct summary_opts so;
	int bins, names, summary_only, from_summary;
	int m_avg;		/* --m-measure avg_order_value */
	struct breaks breaks[3];	/* R, F, M */
	const char *breaks_out;
	int quiet;
	const char **keep;	/* --keep's columns */
	size_t nkeep;
	struct master_opts join;	/* path NULL without --join */
};

/* What a customer's row carries after the sums or scores: the kept
 * columns (--keep, or a summary's other columns) and the master's. */
struct extra {
	struct attrs *attrs;	/* NULL: none */
	const char **names;	/* the kept columns' */
	size_t nnames;
	struct master *master;	/* NULL: no --join */
	int64_t *arow, *mrow;	/* per customer written: attrs_find's and
				 * master_find's */
	int changed;		/* the attrs' changes are known (not from
				 * a summary) */
	char **val;		/* a row's kept values, for keep_row */
	size_t *vlen;
};

/* extra.c. The kept columns' indexes in h (the caller frees them), their
 * names and attrs into x; a kept column crm-rfm computes is a usage
 * error. */
int *keep_columns(const struct row *h, const struct rfm_opts *o,
    struct extra *x);
/* The kept values of row, of the transaction t, into x's attrs. */
void keep_row(struct extra *x, const int *col, const struct row *row,
    const struct txn *t);
/* The kept values and master rows (of x->master, read before) of the n
 * customers c, in x; a master column named as one of the output is a
 * usage error. */
void extra_join(struct extra *x, const struct cust *c, size_t n);
void extra_header(struct writer *w, const struct extra *x);
void extra_put(struct writer *w, const struct extra *x, size_t i);
/* The changes of the kept values (per column, the customers with two
 * or more different values) after tail (cap bytes), and the join's
 * account of the n customers on stderr unless quiet. */
void extra_report(const struct extra *x, size_t n, int quiet, char *tail,
    size_t cap);
void extra_free(struct extra *x);

/* The scores of one customer. */
struct score {
	uint8_t r, f, m;
	uint8_t group;		/* 0 bottom20, 1 mid60, 2 top20 */
};

/* With --keep, the kept values into x (names and attrs). */
struct summary *read_transactions(struct reader *r, const struct rfm_opts *o,
    struct rejects *rj, size_t *nread, size_t *late, int32_t *first,
    struct extra *x);
/* The summary's columns other than the sums into x, as kept values. */
size_t read_summary(struct reader *r, struct rejects *rj, struct cust **custs,
    size_t *n, char **idbuf, int trend, int32_t asof, struct extra *x);
struct score *score(const struct rfm_opts *o, const struct cust *c, size_t n,
    int32_t asof);
void write_summary(struct writer *w, const struct cust *c, size_t n, int trend,
    const struct extra *x);
void write_scored(struct writer *w, const struct rfm_opts *o,
    const struct cust *c, const struct score *sc, size_t n, int32_t asof,
    const struct extra *x);
int32_t default_asof(const struct cust *c, size_t n);
int32_t first_purchase(const struct cust *c, size_t n);
void warn_coverage(const struct summary_opts *so, int32_t asof,
    int32_t first);
const char *segment_name(int r, int f);

/* The whole run: reads INPUT (NULL: standard input), transactions or
 * --from-summary sums, writes the scored customers (or the sums) to
 * co->output, then gives the account of the rows (tally_report). */
void rfm_run(const struct rfm_opts *o, const struct common *co,
    const char *input);

#endif
