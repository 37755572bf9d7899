#ifndef CRM_RFM_H
#define CRM_RFM_H

#include <stdint.h>

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
};

/* The scores of one customer. */
struct score {
	uint8_t r, f, m;
	uint8_t group;		/* 0 bottom20, 1 mid60, 2 top20 */
};

struct summary *read_transactions(struct reader *r, const struct rfm_opts *o,
    struct rejects *rj, size_t *nread, size_t *late, int32_t *first);
size_t read_summary(struct reader *r, struct rejects *rj, struct cust **custs,
    size_t *n, char **idbuf, int trend, int32_t asof);
struct score *score(const struct rfm_opts *o, const struct cust *c, size_t n,
    int32_t asof);
void write_summary(struct writer *w, const struct cust *c, size_t n, int trend);
void write_scored(struct writer *w, const struct rfm_opts *o,
    const struct cust *c, const struct score *sc, size_t n, int32_t asof);
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
