/*
 * A tool's main, run in this process on and on (linked into the tool
 * harnesses only, with the tool's main renamed tool_main), and the check
 * tests/bad/balance makes of every run that succeeds: no row lost.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fuzz.h"

/* Prints a line where the sanitizers report, which make fuzz shows
 * (libFuzzer's -close_fd_mask=2 silences stderr), when the harness runs
 * under one. */
void __sanitizer_report_error_summary(const char *msg) __attribute__((weak));

struct args {
	int argc;
	char **argv;
	int ret;
};

static void
run(void *arg)
{
	struct args *a = arg;

	optind = 0;	/* getopt starts afresh */
	a->ret = tool_main(a->argc, a->argv);
}

static int
fuzz_main(const char *const *args)
{
	char *argv[64];
	int argc = 0;

	while (args[argc] && argc < 63) {
		argv[argc] = strdup(args[argc]);
		argc++;
	}
	argv[argc] = NULL;
	struct args a = { argc, argv, 0 };
	int code = fuzz_catch(run, &a);
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	return code == -1 ? a.ret : code;	/* main returned, or died */
}

/* The tool's standard output, for the run: a file in memory. */
static int out_fd = -1;

static void
out_begin(void)
{
	if (out_fd < 0 && (out_fd = memfd_create("crm-fuzz-out", 0)) < 0)
		abort();
	if (ftruncate(out_fd, 0) != 0)
		abort();
	fflush(stdout);
}

/* What the run wrote, NUL-terminated (free it), and standard output
 * given back. */
static char *
out_end(int saved, size_t *n)
{
	struct stat st;

	fflush(stdout);
	if (dup2(saved, STDOUT_FILENO) < 0 || fstat(out_fd, &st) != 0)
		abort();
	close(saved);
	char *s = malloc((size_t)st.st_size + 1);
	if (s == NULL || pread(out_fd, s, (size_t)st.st_size, 0) != st.st_size)
		abort();
	s[st.st_size] = '\0';
	*n = (size_t)st.st_size;
	return s;
}

static _Noreturn void
unbalanced(const char *tool, const char *why, const char *err)
{
	char msg[1024];

	snprintf(msg, sizeof(msg), "UNBALANCED: %s: %s", tool, why);
	fprintf(stderr, "%s\n%s's standard error:\n%s", msg, tool, err);
	if (__sanitizer_report_error_summary)
		__sanitizer_report_error_summary(msg);
	abort();
}

/* Data rows of a CSV or TSV the tools wrote: records after the header,
 * as tests/bad/balance counts them. A line break inside quotes does not
 * end a record; the writer quotes every field that holds a quote, so
 * counting quotes tells. */
static long
rows(const char *s, size_t n)
{
	long records = 0, quotes = 0;
	size_t i = 0;

	while (i < n) {
		const char *nl = memchr(s + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - s) : n;
		for (size_t j = i; j < end; j++)
			quotes += s[j] == '"';
		if (quotes % 2 == 0) {
			records++;
			quotes = 0;
		}
		i = end + 1;
	}
	return records > 0 ? records - 1 : 0;
}

/* The number just before " WORDS" in line, its last such place (as
 * balance's sed finds it); 0 when absent. */
static long
num(const char *line, const char *words)
{
	size_t wl = strlen(words);
	long v = 0;

	for (const char *p = strchr(line, ' '); p; p = strchr(p + 1, ' ')) {
		const char *d = p + 1, *e = d;
		while (*e >= '0' && *e <= '9')
			e++;
		if (e > d && *e == ' ' && strncmp(e + 1, words, wl) == 0)
			v = strtol(d, NULL, 10);
	}
	return v;
}

static int
has_arg(const char *const *args, const char *a)
{
	for (; *args; args++)
		if (strcmp(*args, a) == 0)
			return 1;
	return 0;
}

/* A run that ended with 0: its summary line balances, rows read = rows
 * out + rows rejected in the tool's own words, and the output has as many
 * data rows as the summary says went out (tests/bad/balance's rules). */
static void
check_ok(const char *tool, const char *const *args, const char *out,
    size_t outlen, const char *err)
{
	char head[64], why[512];
	const char *line = NULL;
	size_t hl = (size_t)snprintf(head, sizeof(head), "%s: ", tool);

	for (const char *p = err; *p; p = strchr(p, '\n') + 1) {
		if (strncmp(p, head, hl) == 0 && p[hl] >= '0' && p[hl] <= '9' &&
		    strncmp(p + hl + strspn(p + hl, "0123456789"), " rows read",
		    10) == 0) {
			line = p;
			break;
		}
		if (strchr(p, '\n') == NULL)
			break;
	}
	if (line == NULL)
		unbalanced(tool, "exit 0 and no summary line (rows read ...)", err);
	size_t ll = strcspn(line, "\n");
	char *l = strndup(line, ll);
	long n = strtol(l + hl, NULL, 10), r = num(l, "rejected");
	long got = rows(out, outlen), in, want;

	if (strcmp(tool, "crm-import") == 0) {
		want = num(l, "written");
		in = want + num(l, "merged into orders") +
		    num(l, "returns dropped") + r;
	} else if (strcmp(tool, "crm-rfm") == 0) {
		in = num(l, "used") + num(l, "on or after") + r;
		want = num(l, "customers");
	} else if (strcmp(tool, "crm-abc") == 0) {
		want = num(l, "ranked");
		in = want + r;
		if (has_arg(args, "--summary"))
			want = got;	/* the Pareto table, not the rows */
	} else if (strcmp(tool, "crm-segment") == 0) {
		want = num(l, "written");
		in = want + r;
	} else if (strcmp(tool, "crm-report") == 0) {
		in = num(l, "reported") + r;
		want = got;	/* a report, not rows */
	} else if (strcmp(tool, "crm-clv") == 0) {
		want = num(l, "customers scored") + num(l, "without a purchase");
		in = want + r;
		/* From transactions a customer stands for one row or more;
		 * from a table (crm-rfm's, --from-summary), one. */
		size_t h = strcspn(out, "\n");
		char *first = strndup(out, h);
		int table = has_arg(args, "--from-summary") ||
		    strstr(first, "purchase_days") != NULL;
		free(first);
		if (!table && in <= n)
			in = n;
	} else {
		unbalanced(tool, "the harness does not know this tool", err);
	}
	if (n != in)
		snprintf(why, sizeof(why), "%ld rows read, but %ld accounted "
		    "for: %s", n, in, l);
	else if (got != want)
		snprintf(why, sizeof(why), "the output has %ld data rows, the "
		    "summary says %ld: %s", got, want, l);
	else
		why[0] = '\0';
	free(l);
	if (why[0])
		unbalanced(tool, why, err);
}

/* A mistake of the harness, not of the input: an option set the tool
 * does not take. */
static void
check_options(const char *tool, const char *err)
{
	char head[64];
	size_t hl = (size_t)snprintf(head, sizeof(head), "%s: ", tool);

	if (strncmp(err, head, hl) == 0 &&
	    (strncmp(err + hl, "unknown option", 14) == 0 ||
	    (strncmp(err + hl, "option ", 7) == 0 &&
	    strstr(err, " needs a value\n") != NULL))) {
		fprintf(stderr, "the harness of %s gives an option it does not "
		    "take: %s", tool, err);
		abort();
	}
}

int
fuzz_tool(const char *tool, const char *const opts[][12], size_t nopts,
    const uint8_t *data, size_t n)
{
	const char *args[20] = { tool };
	const char *const *set;
	size_t k = 1;

	if (n == 0)
		return 0;
	set = opts[data[0] % nopts];
	for (size_t i = 0; set[i]; i++)
		args[k++] = set[i];
	args[k] = fuzz_file(data + 1, n - 1);
	out_begin();
	int saved = dup(STDOUT_FILENO);
	if (saved < 0 || dup2(out_fd, STDOUT_FILENO) < 0)
		abort();
	int code = fuzz_main(args);
	size_t outlen;
	char *out = out_end(saved, &outlen);
	const char *err = fuzz_stderr();
	check_options(tool, err);
	if (code == 0)
		check_ok(tool, set, out, outlen, err);
	free(out);
	return 0;
}
