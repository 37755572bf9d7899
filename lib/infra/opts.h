#ifndef CRM_OPTS_H
#define CRM_OPTS_H

#include <getopt.h>
#include <stdint.h>

#include "files.h"
#include "reader.h"
#include "reject.h"

/* The options every tool has; man/crm.7 describes them. */
struct common {
	char delim;
	int whitespace, tsv, no_header, quiet, strict, allow_empty;
	const char *output, *rejects, *max_rejects, *stats;
};

enum {
	OPT_NO_HEADER = 256, OPT_REJECTS, OPT_STRICT, OPT_MAX_REJECTS,
	OPT_ALLOW_EMPTY, OPT_STATS, OPT_TOOL
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
	{ "stats", required_argument, NULL, OPT_STATS }

int common_opt(struct common *c, int ch, char **argv, const char *usage);
void common_reader(const struct common *c, struct reader_opts *o);
/* The input at path (NULL: standard input) opened with the common
 * reader options; dies as reader_open does. */
struct reader *common_input(const struct common *c, const char *path);
char common_out_delim(const struct common *c);
struct rejects *common_rejects(const struct common *c);
int col_need(const struct row *h, const char *spec, const char *opt);
const char **opt_list(const char *s, size_t *n);
void opt_list_free(const char **list, size_t n);
_Noreturn void usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
long opt_long(const char *arg, const char *name, long min, long max);
/* A decimal number from min to max, else a usage error naming the option. */
double opt_double(const char *arg, const char *name, double min, double max);
/* A date as a day number: in the forms the tools read in data (crm(7),
 * "Values"), or with OPT_DATE_ISO only as YYYY-MM-DD; with
 * OPT_DATE_TODAY "today" too, the local date. Else a usage error. */
enum { OPT_DATE_TODAY = 1, OPT_DATE_ISO = 2 };
int32_t opt_date(const char *arg, const char *name, int how);

#endif
