#ifndef CRM_OPTS_H
#define CRM_OPTS_H

#include <getopt.h>
#include <stddef.h>
#include <stdint.h>

#include "files.h"
#include "reader.h"
#include "reject.h"
#include "writer.h"

/*
 * What every tool does at its start: crm_init, then a getopt loop whose
 * default case is common_opt, for the options every tool has (man/crm.7
 * describes them). Errors in option values are usage errors (exit 2).
 */

/* Names the tool for its messages, opens /dev/null on any of fds 0, 1
 * and 2 that is closed (a cron line's 2>&-, so that no file the tool
 * opens takes stderr's number), forgets the files a previous run in the
 * same process registered, and tunes malloc for large tables. The first
 * call of every tool's main. */
void crm_init(const char *name);

struct common {
	char delim;
	int whitespace, tsv, no_header, quiet, strict, allow_empty, excel;
	const char *output, *rejects, *max_rejects, *stats;
};

/* getopt codes: a tool numbers its own long options from OPT_TOOL. */
enum {
	OPT_NO_HEADER = 256, OPT_REJECTS, OPT_STRICT, OPT_MAX_REJECTS,
	OPT_ALLOW_EMPTY, OPT_STATS, OPT_EXCEL, OPT_TOOL
};

#define COMMON_SHORT ":hVd:Wto:q"
#define COMMON_LONG \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, 'V' }, \
	{ "delimiter", required_argument, NULL, 'd' }, \
	{ "whitespace", no_argument, NULL, 'W' }, \
	{ "tsv", no_argument, NULL, 't' }, \
	{ "no-header", no_argument, NULL, OPT_NO_HEADER }, \
	{ "output", required_argument, NULL, 'o' }, \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "rejects", required_argument, NULL, OPT_REJECTS }, \
	{ "strict", no_argument, NULL, OPT_STRICT }, \
	{ "max-rejects", required_argument, NULL, OPT_MAX_REJECTS }, \
	{ "allow-empty", no_argument, NULL, OPT_ALLOW_EMPTY }, \
	{ "stats", required_argument, NULL, OPT_STATS }, \
	{ "excel", no_argument, NULL, OPT_EXCEL }

/* The options naming the columns of a transactions table, for the tools
 * that read one (crm-rfm, crm-clv); txn_opt (txn.h) handles them. */
enum { OPT_CUSTOMER = 240, OPT_DATE, OPT_AMOUNT, OPT_ORDER, OPT_KIND,
	OPT_ID_EXACT };

#define TXN_LONG \
	{ "customer", required_argument, NULL, OPT_CUSTOMER }, \
	{ "date", required_argument, NULL, OPT_DATE }, \
	{ "amount", required_argument, NULL, OPT_AMOUNT }, \
	{ "order", required_argument, NULL, OPT_ORDER }, \
	{ "kind", required_argument, NULL, OPT_KIND }, \
	{ "id-exact", no_argument, NULL, OPT_ID_EXACT }

/* Handles getopt's ch (optarg as getopt left it) when it is a common
 * option, into c, and returns 1; 0 when the tool must. -h prints usage
 * and -V the version and exit 0 (3 if stdout fails); a missing value or
 * an unknown option in argv is a usage error. -o and --rejects register
 * their files (files.h). */
int common_opt(struct common *c, int ch, char **argv, const char *usage);

/* The reader's options (*o, cleared first) as the common ones set them. */
void common_reader(const struct common *c, struct reader_opts *o);
/* The input at path (NULL: standard input) opened with the common
 * reader options; dies as reader_open does. */
struct reader *common_input(const struct common *c, const char *path);

/* The output's delimiter: tab with -t, else comma. */
char common_out_delim(const struct common *c);

/* The run's table out to path (c->output, or a part of it; NULL:
 * standard output), with the output's delimiter, safe for a spreadsheet
 * with --excel (writer_excel), and, in a workbook, its columns read as
 * kinds says (writer_kinds; NULL: by the call that writes each field). */
struct writer *common_output(const struct common *c, const char *path,
    xlsx_kind_fn *kinds);

/* The run's rejects as --rejects, --strict, --max-rejects, -q and
 * --allow-empty ask; the caller frees it with rejects_free. */
struct rejects *common_rejects(const struct common *c);

/* The rejects of a second input (crm-report's --previous, --campaign):
 * as common_rejects, but with no --rejects file, whose columns are the
 * main input's, and no --allow-empty. */
struct rejects *common_side_rejects(const struct common *c);

/* The index of the column spec (a name or a 1-based number) in header h;
 * no such column is a usage error that lists h's columns and, when opt
 * is not NULL, names the option that would name it. */
int col_need(const struct row *h, const char *spec, const char *opt);

/* For a tool about to append the n columns names to the columns of
 * header h: a column of h named as one of them (in any case) is a usage
 * error, as the output would have two of that name and the next tool
 * would read the first. */
void col_clash(const struct row *h, const char *const *names, size_t n);

/* The comma-separated items of s, each a copy, *n of them; the caller
 * frees them with opt_list_free(list, *n). */
const char **opt_list(const char *s, size_t *n);
void opt_list_free(const char **list, size_t n);

/* arg as a whole number in [min, max]; anything else (trailing bytes,
 * overflow) is a usage error that names the option name. */
long opt_long(const char *arg, const char *name, long min, long max);
/* A decimal number from min to max, else a usage error naming the option. */
double opt_double(const char *arg, const char *name, double min, double max);
/* A date as a day number: in the forms the tools read in data (crm(7),
 * "Values"), or with OPT_DATE_ISO only as YYYY-MM-DD; with
 * OPT_DATE_TODAY "today" too, the local date. Else a usage error. */
enum { OPT_DATE_TODAY = 1, OPT_DATE_ISO = 2 };
int32_t opt_date(const char *arg, const char *name, int how);

#endif
