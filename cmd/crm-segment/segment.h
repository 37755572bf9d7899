#ifndef CRM_SEGMENT_H
#define CRM_SEGMENT_H

#include <stddef.h>

#include "expr.h"
#include "reader.h"
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
struct actions *actions_read(const char *path, const char *key);
/* Dies (usage) when an action column is named like a column of h. */
void actions_clash(const struct actions *a, const struct row *h);
void actions_header(struct writer *w, const struct actions *a);
void actions_put(struct writer *w, struct actions *a, const char *segment,
    size_t len);
void actions_report(const struct actions *a);
void actions_free(struct actions *a);

#endif
