#ifndef CRM_SEGMENT_EXPR_H
#define CRM_SEGMENT_EXPR_H

#include <stddef.h>
#include <stdint.h>

#include "reader.h"

/*
 * The little language of segment rules: numbers, strings, columns, + - * /,
 * comparisons, and/or/not, in (...), and functions, some of which (pct,
 * median, ...) look at the whole input.  A date is an ISO text
 * (YYYY-MM-DD, a time after it ignored) or a day number from date() or
 * today(); the date functions take either.
 */

/* A value: a number, a text, both (a column that holds a number), or
 * neither (missing: an empty field, or arithmetic on a text). */
struct val {
	double num;
	const char *s;
	size_t len;
	uint8_t has_num, has_str;
};

struct node;

/* Where a piece of rule text came from, for messages. */
struct src {
	const char *name;	/* "rules.txt", "-e 2", "scheme rfm" */
	int line;
	const char *text;	/* the whole line */
};

/* Names bound by "let" (and --set), looked up before the columns. */
struct binding {
	char *name;
	struct node *expr;
	int fixed;		/* from --set: the rules' own let is ignored */
	int used;
};

struct parser {
	const struct row *header;
	int32_t today;		/* the day of today() and days_since() ... */
	int has_today;		/* 0: the local date, taken at first use */
	struct binding *let;
	size_t nlet, letcap;
	struct node **aggs;	/* whole-input functions, to be computed first */
	size_t naggs, aggscap;
	struct node *nodes;	/* every node, for freeing */
};

/* The values of one row, parsed from its fields when first needed. */
struct env {
	const char *const *f;
	const size_t *len;
	struct val *col;
	uint64_t *stamp, now;
	unsigned undefined, nan;	/* what went wrong in the last evaluation */
};

struct node *expr_parse(struct parser *p, const struct src *src,
    const char *s, size_t len);
struct node *expr_let(struct parser *p, const struct src *src,
    struct node *e);
int expr_uses_aggs(struct node *n);
/* Calls fn with each column the expression reads. */
void expr_columns(struct node *n, void (*fn)(int col, void *arg),
    void *arg);
/* 0 and *out for a plain decimal number, else -1. */
int expr_number(const char *s, size_t n, double *out);
void expr_eval(const struct node *n, struct env *e, struct val *out);
int expr_true(const struct node *n, struct env *e);

void env_init(struct env *e, size_t ncols);
void env_row(struct env *e, const struct row *row);
void env_set(struct env *e, int col, double v);
void env_get(struct env *e, int col, struct val *v);
void env_free(struct env *e);

/* Whole-input functions: feed every row, then finish. */
void aggs_add_row(struct parser *p, struct env *e);
void aggs_finish(struct parser *p);

void parser_free(struct parser *p);
_Noreturn void src_error(const struct src *src, const char *at,
    const char *fmt, ...) __attribute__((format(printf, 3, 4)));

#endif
