#ifndef CRM_IMPORT_H
#define CRM_IMPORT_H

#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "htab.h"
#include "money.h"
#include "reader.h"
#include "opts.h"
#include "reject.h"
#include "tally.h"
#include "writer.h"

/* The canonical columns crm-import can fill, in output order. */
enum canon {
	C_CUSTOMER, C_DATE, C_AMOUNT, C_ORDER, C_QUANTITY, C_PRICE,
	C_PRODUCT, C_CHANNEL, NCANON
};

extern const char *const canon_name[NCANON];

struct import_opts {
	const char *map[NCANON];	/* --map canonical=COLUMN */
	const char **keep, **link;
	size_t nkeep, nlink;
	const char *cancel_prefix;
	const char *cancel_flag;	/* COL or COL=VALUE */
	int drop_returns, lines, keep_time, decimal_comma;
	int id_exact;		/* customer ids as they are, not custid's */
	const char *id_map;
	const char *lookup;	/* --lookup: one customer's rows only */
	const char *phone_country;	/* --phone-country, digits */
	const char *date_format;	/* --date-format, or NULL */
	unsigned nparts;	/* --partition N; 0 for one output */
};

/* Where each needed column is in one input file (-1: absent). */
struct mapping {
	int col[NCANON];
	int *keep, *link;
	int cancel;
	const char *cancel_value;
	size_t nf;
};

void map_columns(const struct row *h, const struct import_opts *o,
    struct mapping *m, const char *where);
void map_free(struct mapping *m);
int canon_find(const char *name);

/*
 * The output: one writer, or with --partition N, N files, part P named
 * as -o's FILE with ".P" before the extension of its name (tx.csv: tx.0.csv,
 * tx.1.csv...) and holding the customers partition_of puts in P.
 */
struct parts;

/* The output path (NULL or "-": stdout) when n is 0, else its n part
 * files, each registered with file_out before files_check; --partition
 * without a file is a usage error.  parts_open then opens them, each as
 * common_output does. */
struct parts *parts_new(const char *path, unsigned n);
void parts_open(struct parts *ps, const struct common *co);
/* How many writers, and the p-th, 0 <= p < parts_n(): for the header. */
unsigned parts_n(const struct parts *ps);
struct writer *parts_nth(const struct parts *ps, unsigned p);
/* The writer of the customer id's row, counting the row in its part. */
struct writer *parts_row(struct parts *ps, const char *cust, size_t cl);
/* Renames every part into place (each atomically, one after another),
 * once their rows add up to written; else dies (internal), leaving none. */
void parts_close(struct parts *ps, size_t written);
/* With --partition: each part's file and rows on stderr. */
void parts_summary(const struct parts *ps);
void parts_free(struct parts *ps);

struct import;

struct import *import_new(const struct import_opts *o, struct parts *out,
    struct rejects *rj);
void import_file(struct import *im, struct reader *r);
size_t import_finish(struct import *im);
void import_need_output(struct import *im);
/* The rows written, for the parts' balance. */
size_t import_written(const struct import *im);
void import_tally(struct import *im, struct tally *t);
void import_free(struct import *im);

/* The whole run: reads FILES (standard input when NFILES is 0) into
 * transactions on OUT (opened here, closed and put in place here; the
 * caller frees it), then gives the account of the rows
 * (tally_report). Dies as crm(7) says on what it cannot read or write. */
void import_run(const struct import_opts *o, const struct common *co,
    const struct reader_opts *ro, struct parts *out, char **files,
    int nfiles);

/* Union-find over customer ids and the identifiers that link them. */
struct link;

/* country: --phone-country's digits, which make phone numbers
 * international before they are compared; NULL leaves them as they
 * are. */
struct link *link_new(const char *country);
uint32_t link_customer(struct link *l, const char *id, size_t len);
void link_value(struct link *l, uint32_t cust, const char *v, size_t len);
/* Names every set by its smallest id; then the sets can be asked for. */
void link_resolve(struct link *l);
/* The customer ids that went into another's set: ids less sets. */
size_t link_merged(const struct link *l);
/* Whether x (a customer id as the rows give it once normalised, else a
 * --link value, normalised as the rows' are) is known; *set its set,
 * which link_set_of gives for each customer of it. */
int link_lookup(struct link *l, const char *id, size_t idlen,
    const char *x, size_t len, uint32_t *set);
uint32_t link_set_of(struct link *l, uint32_t cust);
const char *link_canonical(struct link *l, uint32_t cust, size_t *len);
const char *link_original(struct link *l, uint32_t cust, size_t *len);
size_t link_customers(const struct link *l);
uint32_t link_nth_customer(const struct link *l, size_t i);
void link_free(struct link *l);

#endif
