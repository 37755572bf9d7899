#ifndef CRM_SEGMENT_H
#define CRM_SEGMENT_H

#include <stddef.h>

#include "expr.h"
#include "master.h"
#include "opts.h"
#include "reader.h"
#include "reject.h"
#include "table.h"
#include "writer.h"

/* ---- rules.c: first match wins ----------------------------------------- */

struct rule {
	char *name;
	struct node *expr;
	struct src src;
	size_t hits, undefined, nan;
};

struct rules {
	struct parser p;
	struct rule *r;
	size_t n, cap;
	char **text;		/* the lines, which sources point into */
	size_t ntext, textcap;
	struct setting { char *name, *expr; int used; } *set;
	size_t nset, setcap;
	size_t ndefault;
	int *score_hi;		/* per column: highest whole score seen, or -1 */
	struct memo *memo;
};

void rules_init(struct rules *rs, const struct row *header);
void rules_set(struct rules *rs, const char *name, const char *expr);
void rules_load(struct rules *rs, const char *name, const char *text,
    int numbered);
void rules_check(struct rules *rs);
int rules_need_all(const struct rules *rs);
/* The index of the first rule the row matches, or -1. */
int rules_match(struct rules *rs, struct env *e);
void rules_report(struct rules *rs, const char *deflt, int quiet);
void rules_free(struct rules *rs);

/* schemes.c, made from the files in schemes/ */
const char *scheme_text(const char *name);
const char *scheme_names(void);
/* The pyramid's rules for --tiers NAME:PCT,... */
char *tiers_rules(const char *spec);

/* ---- kmeans.c ---------------------------------------------------------- */

struct kmeans_opts {
	size_t k, kmin, kmax;	/* k == 0: choose from kmin..kmax */
	int log, standardize;
	unsigned long seed;
	size_t restarts, max_iter, sample;
	int order_col, order_asc;	/* index into the columns */
	int quiet;
};

/* x is n rows of d values; labels get 0..k-1 in the order asked for. */
size_t kmeans_run(const struct kmeans_opts *o, double *x, size_t n, size_t d,
    int *label, double **centers);

/* ---- actions.c: a plan per segment ------------------------------------- */

struct actions;
/* The plan of path, keyed on its column named key (else its first);
 * key also names what a plan is for in the messages. */
struct actions *actions_read(const char *path, const char *key);
/* Dies (usage) when an action column is named like a column of h. */
void actions_clash(const struct actions *a, const struct row *h);
void actions_header(struct writer *w, const struct actions *a);
void actions_put(struct writer *w, struct actions *a, const char *segment,
    size_t len);
void actions_report(const struct actions *a);
void actions_free(struct actions *a);

/* ---- the run ------------------------------------------------------------ */

/* A rules source, in command-line order. */
enum source_kind { SRC_SCHEME, SRC_RULES, SRC_EXPR, SRC_TIERS };
struct source {
	enum source_kind kind;
	const char *arg;	/* a scheme's name, a file, a rule, tiers */
};

struct segment_opts {
	struct source *src;
	size_t nsrc;
	const char *deflt, *name, *actions, *cols, *order, *centroids;
	const char *actions_by;	/* join --actions on this column instead */
	int print, kmeans;
	int32_t today;		/* --asof */
	int has_today;
	struct kmeans_opts km;
	struct { const char *name; char *expr; } *set;	/* --set and kin */
	size_t nset;
	struct master_opts join;	/* path NULL without --join */
};

/* The whole run: reads INPUT (NULL: standard input), writes each row
 * with its segment to co->output, then gives the account of the rows
 * (tally_report); with --print-rules, only the rules. */
void segment_run(struct segment_opts *o, const struct common *co,
    const char *input);

/* sources.c: the --set values, then each source's rules, loaded into rs
 * and checked; dies (usage) on a rule that does not parse. */
void load_rules(struct rules *rs, const struct segment_opts *o);
/* sources.c: the text of each source on standard output. */
void print_rules(const struct segment_opts *o);

/* out.c: an output row is the input row, the segment and its actions. */
struct out {
	struct writer *w;
	struct actions *act;
	const char *name;	/* the segment column's */
};
void put_header(struct out *out, const struct row *h);
void put_segment(struct out *out, const char *seg);
/* The next row as long as the header, the others rejected; every row
 * read counted in *nread; NULL at the end. */
const struct row *next_row(struct reader *r, struct rejects *rj,
    size_t *nread);
/* The name of the first rule e matches, else deflt, else "". */
const char *segment_of(struct rules *rs, struct env *e, const char *deflt);

/*
 * The three modes. Each writes every row with its segment to out and
 * returns the rows written.
 * stream.c: rules that need no whole-input figure, one row in, one out:
 * reads the rows after r's header, rejects into rj, adds the data rows
 * read to *nread.
 * whole.c: rules with pct(), median()..., or a --join: the whole table
 * t, read before.
 * cluster.c: k-means on o->cols of the whole table t (where: its input
 * for messages, nread its data rows read); also rejects into rj,
 * rejects_close, the empty-output check and --centroids.
 */
size_t rules_stream(struct reader *r, struct rules *rs, struct rejects *rj,
    struct out *out, const char *deflt, size_t *nread);
size_t rules_table(struct table *t, struct rules *rs, struct out *out,
    const char *deflt);
size_t kmeans_table(struct table *t, const char *where,
    struct segment_opts *o, const struct common *co, struct rejects *rj,
    struct out *out, size_t nread);
/* keyed.c: --actions-by COL, no segment: each row with out->act's plan
 * for its COL right after COL (dies, usage, when there is no COL). */
size_t actions_keyed(struct reader *r, const char *col, struct rejects *rj,
    struct out *out, size_t *nread);

#endif
