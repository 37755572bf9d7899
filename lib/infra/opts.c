#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "grow.h"
#include "opts.h"

#ifndef CRM_VERSION
#define CRM_VERSION "dev"
#endif

/* A cron line's 2>&- leaves fd 2 closed: the first file the tool opened
 * would take its number, and every message would go into it (the -o
 * file). So each of 0, 1, 2 that is closed is opened on /dev/null before
 * anything else: 0 and 1 for reading, so that output written there fails
 * (exit 3) instead of vanishing, and 2 for writing. */
static void
std_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		if (open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY) != fd)
			_exit(EXIT_IO);
	}
}

void
crm_init(const char *name)
{
	progname = name;
	std_fds();
	files_reset();
#ifdef __GLIBC__
	/* glibc raises its threshold for mapping a block of its own after
	 * each large free, and blocks below it then stay with the process
	 * when freed: the tables of a million customers, freed before the
	 * output is built, would still count in its peak. */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

static char
parse_delim(const char *s)
{
	static const struct { const char *name; char c; } names[] = {
		{ "comma", ',' }, { "semicolon", ';' }, { "tab", '\t' },
		{ "\\t", '\t' }, { "pipe", '|' },
	};

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i].name) == 0)
			return names[i].c;
	if (strlen(s) != 1 || s[0] == '"' || s[0] == '\n' || s[0] == '\r')
		usage_error("-d takes one character (or comma, semicolon, "
		    "tab, pipe), not \"%s\"", s);
	return s[0];
}

/* Handles ch if it is a common option; 0 if the tool must. */
int
common_opt(struct common *c, int ch, char **argv, const char *usage)
{
	switch (ch) {
	case 'h':
		fputs(usage, stdout);
		exit(fflush(stdout) == 0 ? EXIT_OK : EXIT_IO);
	case 'V':
		printf("%s (crm) %s\n", progname, CRM_VERSION);
		exit(fflush(stdout) == 0 ? EXIT_OK : EXIT_IO);
	case 'd':
		c->delim = parse_delim(optarg);
		return 1;
	case 'W':
		c->whitespace = 1;
		return 1;
	case 't':
		c->tsv = 1;
		return 1;
	case OPT_NO_HEADER:
		c->no_header = 1;
		return 1;
	case 'o':
		c->output = file_out("-o", optarg);
		return 1;
	case 'q':
		c->quiet = 1;
		return 1;
	case OPT_REJECTS:
		c->rejects = file_out("--rejects", optarg);
		return 1;
	case OPT_STRICT:
		c->strict = 1;
		return 1;
	case OPT_MAX_REJECTS:
		c->max_rejects = optarg;
		return 1;
	case OPT_ALLOW_EMPTY:
		c->allow_empty = 1;
		return 1;
	case OPT_STATS:
		c->stats = file_out("--stats", optarg);
		return 1;
	case OPT_EXCEL:
		c->excel = 1;
		return 1;
	case ':':
		usage_error("option %s needs a value", argv[optind - 1]);
	case '?':
		if (optopt)
			usage_error("unknown option -%c", optopt);
		usage_error("unknown option %s", argv[optind - 1]);
	}
	return 0;
}

void
common_reader(const struct common *c, struct reader_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->delim = c->delim;
	o->whitespace = c->whitespace;
	o->no_header = c->no_header;
	o->progress = !c->quiet;
}

struct reader *
common_input(const struct common *c, const char *path)
{
	struct reader_opts o;

	common_reader(c, &o);
	return reader_open(path, &o);
}

char
common_out_delim(const struct common *c)
{
	return c->tsv ? '\t' : ',';
}

struct writer *
common_output(const struct common *c, const char *path,
    xlsx_kind_fn *kinds)
{
	struct writer *w = writer_open(path, common_out_delim(c));

	if (c->excel)
		writer_excel(w);
	writer_kinds(w, kinds);
	return w;
}

/* A column the tool cannot do without: a usage error that names the
 * option to give (when there is one) and lists the columns. */
int
col_need(const struct row *h, const char *spec, const char *opt)
{
	int i = col_find(h, spec);

	if (i < 0 && opt)
		usage_error("no column \"%s\"; name it with %s (columns: %s)",
		    spec, opt, col_list(h));
	if (i < 0)
		usage_error("no column \"%s\" (columns: %s)", spec, col_list(h));
	return i;
}

void
col_clash(const struct row *h, const char *const *names, size_t n)
{
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; i < h->nf; i++)
			if (strcasecmp(h->f[i], names[k]) == 0)
				usage_error("the input has a column \"%s\" "
				    "already, which this tool writes: rename "
				    "it", h->f[i]);
}

struct rejects *
common_rejects(const struct common *c)
{
	struct rejects *rj = rejects_new(c->rejects, common_out_delim(c),
	    c->strict, c->max_rejects, c->quiet);

	if (c->allow_empty)
		rejects_allow_empty(rj);
	return rj;
}

struct rejects *
common_side_rejects(const struct common *c)
{
	return rejects_new(NULL, common_out_delim(c), c->strict,
	    c->max_rejects, c->quiet);
}

/* The items of a comma-separated option value, each a copy. */
const char **
opt_list(const char *s, size_t *n)
{
	char *copy = xstrdup(s), *p, *save = NULL;
	const char **list = NULL;
	size_t cap = 0;

	*n = 0;
	for (p = strtok_r(copy, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		GROW(list, *n + 1, cap);
		list[(*n)++] = xstrdup(p);
	}
	free(copy);
	return list;
}

void
opt_list_free(const char **list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free((char *)list[i]);
	free(list);
}

long
opt_long(const char *arg, const char *name, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (end == arg || *end != '\0' || errno || v < min || v > max)
		usage_error("%s takes a whole number from %ld to %ld, not \"%s\"",
		    name, min, max, arg);
	return v;
}

double
opt_double(const char *arg, const char *name, double min, double max)
{
	char *end;
	double v = strtod(arg, &end);

	if (end == arg || *end != '\0' || !isfinite(v) || v < min || v > max)
		usage_error("%s takes a number from %g to %g, not \"%s\"", name,
		    min, max, arg);
	return v;
}

int32_t
opt_date(const char *arg, const char *name, int how)
{
	struct date_parser *dp;
	int32_t day, secs;
	const char *why;
	enum date_status st;

	if ((how & OPT_DATE_TODAY) && strcmp(arg, "today") == 0) {
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		return date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1,
		    tm.tm_mday);
	}
	if (how & OPT_DATE_ISO)
		st = strlen(arg) == 10 && date_iso(arg, &day) ? DATE_OK :
		    DATE_BAD;
	else {
		dp = alloc_or_die(date_parser_new(NULL));
		st = date_parse(dp, arg, strlen(arg), &day, &secs, &why);
		date_parser_free(dp);
	}
	if (st != DATE_OK)
		usage_error("%s takes a date (YYYY-MM-DD)%s, not \"%s\"", name,
		    how & OPT_DATE_TODAY ? " or today" : "", arg);
	return day;
}
