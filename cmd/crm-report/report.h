#ifndef CRM_REPORT_H
#define CRM_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "htab.h"
#include "money.h"
#include "opts.h"
#include "reader.h"
#include "reject.h"
#include "schema.h"
#include "strbuf.h"
#include "table.h"
#include "writer.h"

#define MISSING INT64_MIN	/* an empty number */
#define MAXGROUP 100		/* more in a guessed column is likely an id */

/* The columns as named on the command line. */
struct cols {
	const char *id, *by, *value;
	int value_given;	/* -v given: the column must be there */
};

/* The numbers only the call list reads, in both tables. */
enum { N_MONETARY, N_PURCHASE_DAYS, N_CLV, N_CHANGE_PCT, NNUM };

/* One customer table: each row used is a customer, numbered from 0. */
struct snap {
	struct table *t;
	size_t nread, n;
	size_t *row;		/* customer -> table row */
	uint32_t *grp;		/* customer -> group, an id in the shared names */
	money *value;		/* NULL without a value column */
	money *recency, *frequency;	/* NULL without; MISSING when empty */
	money *num[NNUM];	/* the call list's numbers, as those */
	int32_t *d0, *d1;	/* first and last purchase; NULL without */
	uint8_t *r, *f;		/* NULL without; 0 when empty */
	uint8_t *m;		/* m_score, as those */
	int32_t first, last;	/* date range, DAY_NONE without */
	int icol, gcol, vcol;
	struct htab *ids;	/* id -> customer */
};

struct snap *snap_read(const char *path, const struct reader_opts *ro,
    const struct cols *c, int previous, struct htab *names,
    struct rejects *rj);
const char *snap_id(const struct snap *s, size_t i, size_t *len);
void snap_free(struct snap *s);

enum how { BY_VALUE, BY_GIVEN, BY_NAME };

struct group {
	size_t n, pn;		/* customers now and in the previous table */
	money sum, psum;	/* their values */
	__int128 rsum, fsum;	/* recency and frequency, where known */
	size_t rn, fn;
	money median;
	size_t *member;		/* customers, best first */
};

/* The R x F heatmap is drawn for scores up to deciles: a grid of more
 * cells tells nothing at a glance. */
#define HEAT_MAX 10

struct stats {
	const struct snap *cur, *prev;
	const struct htab *names;
	size_t ngroup;
	struct group *g;	/* by group id */
	uint32_t *order;	/* position -> group id */
	size_t *pos;		/* group id -> position */
	enum how how;
	int others;		/* --order left groups out */
	size_t *rank;		/* customers, best first */
	money sum, total;	/* all values; the values above zero */
	money *cum;		/* sum of the best k customers' values, k = 0..n */
	int maxr, maxf;		/* 0: no heatmap */
	size_t heat[HEAT_MAX][HEAT_MAX];
	money heatsum[HEAT_MAX][HEAT_MAX];
};

struct stats *stats_new(const struct snap *cur, const struct snap *prev,
    const struct htab *names, const char **given, size_t ngiven, int quiet);
/* Groups with customers both now and in the previous table. */
size_t stats_shared_groups(const struct stats *st);
const char *group_name(const struct stats *st, uint32_t g);
void stats_free(struct stats *st);

/* Old group x new group, both as positions in the order; the last row
 * holds new customers, the last column lost ones. */
struct fall {
	size_t prev;		/* customer in the previous table */
	size_t cur;		/* in this one, or SIZE_MAX when lost */
};

struct moves {
	size_t dim;		/* groups + 1 */
	size_t *cell;
	size_t fresh, lost, up, down, same;
	size_t top;		/* groups that count as top */
	struct fall *fell;	/* fell out of the top groups, to call first */
	size_t nfell;
};

struct moves *moves_new(const struct stats *st, size_t top);
void moves_free(struct moves *m);

/* The report as every format shows it: a list of tables. */
enum { AL_LEFT = 'l', AL_NUM = 'n' };	/* text; numbers, right-aligned */
enum { MARK_NONE, MARK_UP, MARK_DOWN, MARK_SAME, MARK_FAINT };

struct tab {
	const char *id;		/* CSV section; NULL: not in the CSV */
	int level;		/* 2 a section, 3 a table within one */
	char *title, *note;
	int list;		/* one row, shown as "label  value" lines */
	int total;		/* the last row sums up the others */
	size_t ncol, colcap, nrow, cap;
	char **key;		/* column names for the CSV */
	char **head;		/* column labels for people */
	char *align;
	char **cell;		/* nrow x ncol, raw; NULL shows as "-" */
	unsigned char *mark;
	size_t label;		/* the column naming each row in the CSV */
	char *also_key, *also;	/* a column the CSV adds to every row */
	int cards;		/* text: a paragraph a row, the last column
				 * on lines of its own */
};

struct report {
	char *title;
	struct tab **tab;
	size_t ntab, tabcap;
	const struct stats *st;	/* for the charts */
	const char *vname;	/* what the value is called */
};

struct campaign;

enum { F_TEXT, F_MARKDOWN, F_CSV, F_HTML };

struct report_opts {
	const char *title, *previous;
	long top;
	const struct campaign *campaign;	/* --campaign, or NULL */
	const char *campaign_file;	/* --campaign FILE */
	int format, color;	/* F_TEXT...; color: text with ANSI colours */
	const char *order;	/* --order A,B,..., or NULL */
	long top_groups;
	long calls;		/* rows of the call list in the report */
	int call_list;		/* --call-list: the call list alone, whole */
	int brief;		/* --brief: call list, totals, groups, changes */
};

struct report *report_build(const struct stats *st, const struct moves *mv,
    const struct report_opts *o);
void report_free(struct report *rp);

/* The columns after the group column that hold its plan (crm-segment
 * --actions): [*from, returned end); none when both are equal. */
size_t plan_cols(const struct stats *st, size_t *from);

/* calls.c: the call list as a section of rp, its first limit rows (see
 * crm-report(1), CALL LIST); unless always, none (NULL) when there is no
 * --previous and nobody on it. */
struct tab *calls_tab(struct report *rp, const struct stats *st,
    const char *vhead, size_t limit, int always);

/* tab.c: tables, text buffers and the way cells are shown. */
struct tab *tab_new(struct report *rp, const char *id, int level,
    const char *title);
void tab_col(struct tab *t, const char *key, const char *head, char align);
size_t tab_row(struct tab *t);
void tab_set(struct tab *t, size_t r, size_t c, char *cell);
char *tab_show(const struct tab *t, size_t r, size_t c);
void clean(char *s);

/* The document in b, out in one piece as one field of the writer; b is
 * left empty. */
void doc_write(struct strbuf *b, struct writer *w);

size_t dwidth(const char *s, size_t n);
size_t dcut(const char *s, size_t n, size_t width);
char *fmt_money(money v, int decimals);
char *fmt_size(size_t v);
char *fmt_pct(__int128 part, __int128 whole);
char *fmt_mean(__int128 sum, size_t n, int decimals);
char *xsprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/*
 * campaign.c: --campaign FILE, a table of customer_id (the id column's
 * name) and group, treatment or control, and the segment column of --by
 * where it has one.  Each of its customers counts as responding when
 * the customer table s (the window after the campaign) holds a purchase,
 * with the revenue s has, 0 when s does not hold the customer.  Bad
 * groups and customers listed twice are rejected into rj.
 */
struct campaign *campaign_read(const char *path, const struct reader_opts *ro,
    const struct snap *s, const char *by, struct rejects *rj, size_t *nread);
/* The section: every customer, then each segment in the file's order. */
void campaign_tab(struct report *rp, const struct campaign *c);
void campaign_free(struct campaign *c);

/* The formats. */
void text_write(struct writer *w, const struct report *rp, int color);
void markdown_write(struct writer *w, const struct report *rp);
void csv_write(struct writer *w, const struct report *rp);
/* One table alone, as CSV or TSV: its keys, then its raw cells. */
void csv_table(struct writer *w, const struct tab *t);
void html_write(struct writer *w, const struct report *rp);
void svg_bars(struct strbuf *b, const struct report *rp);
void svg_pareto(struct strbuf *b, const struct report *rp);
void svg_heat(struct strbuf *b, const struct report *rp);
void html_text(struct strbuf *b, const char *s, size_t n);

/* run.c: the whole run: reads INPUT (NULL: standard input) and the
 * --previous table, writes the report to co->output, then gives the
 * account of the rows of each (tally_report). */
void report_run(const struct cols *cols, const struct report_opts *o,
    const struct common *co, const char *input);

#endif
