#ifndef CRM_CLV_H
#define CRM_CLV_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "opts.h"
#include "table.h"
#include "summary.h"
#include "txn.h"
#include "writer.h"

enum input { IN_TRANSACTIONS, IN_RFM, IN_SUMMARY };

#define YEAR_DAYS 365	/* --model simple's year: its window and the one before */
#define DAYS_A_YEAR 365.25	/* --unit's year, and a month is a twelfth */
#define DAYS_A_MONTH (DAYS_A_YEAR / 12)


struct clv_opts {
	struct txn_names cols;
	int from_summary, simple, textbook, transaction_model;
	enum model model;	/* MODEL_BGNBD or MODEL_PNBD */
	double unit;		/* days in the time unit */
	const char *unit_name;
	int32_t cal_end, holdout_end;	/* DAY_NONE when not given */
	double horizon;		/* in units */
	double discount, margin, retention;	/* retention < 0: auto */
	double penalizer;
	struct textbook_terms terms;	/* --acquisition-cost ... */
	double growth;			/* --growth, a year */
	int strict_fit;
	const char *params_in, *params_out, *summary_out, *holdout_out;
	int quiet;
};

/* The customers to score, and what the tool writes beside each. */
struct book {
	enum input kind;
	size_t n;
	struct obs *obs;
	double *yearly;		/* --model simple: spend of the last year */
	const char **id;	/* transactions: the ids */
	size_t *idlen;
	size_t *row;		/* rfm table and summary: the input row */
	struct table *t;
	double *holdout;	/* repeat purchases in the holdout, or NULL */
	size_t ret_before;	/* buyers of the year before the last */
	size_t ret_again;	/* who of them bought in the last */
	int32_t first_day;	/* the first purchase of all */
	int32_t cal_end;
	size_t skipped;		/* customers without a purchase */
	size_t *skiprow;	/* rfm table: their rows, written unscored */
	size_t skipcap;
	const char **uid;	/* transactions: their ids, in id order */
	size_t *ulen, nunscored;
	size_t late;		/* of them, first seen after the calibration */
	struct htab *late_ids;	/* ids of rows after the calibration end */
	struct summary *sums[2];	/* calibration, and up to the holdout end,
				 * with their customers */
};

void read_book(struct reader *r, const struct clv_opts *o, struct rejects *rj,
    struct book *b, size_t *nread);
void free_book(struct book *b);

void fit_models(const struct clv_opts *o, const struct book *b,
    struct fit *tx, struct fit *gg);
void save_params(const char *path, const struct fit *tx, const struct fit *gg);
void load_params(const char *path, enum model want, struct fit *tx,
    struct fit *gg);
void judge_fits(const struct clv_opts *o, const struct fit *tx,
    const struct fit *gg);

/* textbook.c: writes every row of the input table with its clv: a customer's terms
 * from its columns acquisition_cost, first_profit, yearly_profit and
 * service_cost where present, else from o (yearly: else margin times
 * monetary); rows whose terms are no amounts are rejected.  The number
 * of rows written; *nopurchase of them have no yearly profit, and an
 * empty clv. */
size_t textbook_run(struct reader *r, struct writer *w,
    const struct clv_opts *o, struct rejects *rj, size_t *nread,
    size_t *nopurchase);

/* score.c: the horizon in whole years, at least 1; v with decimals. */
int horizon_years(const struct clv_opts *o);
void put_double(struct writer *w, double v, int decimals);

void write_scores(struct writer *w, const struct clv_opts *o,
    const struct book *b, const struct fit *tx, const struct fit *gg);
void write_summary_out(const char *path, const struct book *b);
void holdout_table(const struct clv_opts *o, const struct book *b,
    const struct fit *tx);

/* The whole run: reads INPUT (NULL: standard input), fits or loads the
 * models, writes the scored table to co->output, then gives the account
 * of the rows (tally_report). */
void clv_run(const struct clv_opts *o, const struct common *co,
    const char *input);

#endif
