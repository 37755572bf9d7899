/*
 * A tool's main, run in this process on and on (linked into the tool
 * harnesses only, with the tool's main renamed tool_main), and the check
 * tests/bad/balance makes of every run that succeeds, from its --stats:
 * no row lost.
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

static int
has_arg(const char *const *args, const char *a)
{
	for (; *args; args++)
		if (strcmp(*args, a) == 0)
			return 1;
	return 0;
}

/* Where each run writes its --stats: a folder of the harness's own,
 * removed at exit. */
static char stats_dir[] = "/tmp/crm-fuzz-XXXXXX";
static char stats_path[64];

static void
stats_remove(void)
{
	unlink(stats_path);
	rmdir(stats_dir);
}

static const char *
stats_file(void)
{
	if (stats_path[0] == '\0') {
		if (mkdtemp(stats_dir) == NULL)
			abort();
		snprintf(stats_path, sizeof(stats_path), "%s/stats.csv",
		    stats_dir);
		atexit(stats_remove);
	}
	unlink(stats_path);	/* no row of an earlier run is read */
	return stats_path;
}

/* The first row's counts, read written merged aside rejected, from the
 * right: only the input's name may hold a comma. 0, or -1 without a
 * row. */
static int
stats_counts(long c[5])
{
	char buf[4096], *f[64];
	FILE *fp = fopen(stats_path, "r");
	int nf = 0;

	if (fp == NULL)
		return -1;
	if (fgets(buf, sizeof(buf), fp) == NULL ||
	    fgets(buf, sizeof(buf), fp) == NULL) {
		fclose(fp);
		return -1;
	}
	fclose(fp);
	buf[strcspn(buf, "\n")] = '\0';
	for (char *p = buf; p != NULL && nf < 64; )
		f[nf++] = strsep(&p, ",");
	/* then rejected_by_reason and seconds */
	int last = nf - 7;
	if (last < 1)
		return -1;
	for (int i = 0; i < 5; i++)
		c[i] = strtol(f[last + i], NULL, 10);
	return 0;
}

/* A run that ended with 0: its --stats counts balance, rows read =
 * written + merged + aside + rejected, and the output has as many data
 * rows as were written (tests/bad/balance's rules). */
static void
check_ok(const char *tool, const char *const *args, const char *out,
    size_t outlen, const char *err)
{
	char why[512];
	long c[5];

	if (stats_counts(c) != 0)
		unbalanced(tool, "exit 0 and no --stats row", err);
	long got = rows(out, outlen), want = c[1];
	/* the Pareto table and a report: not the rows */
	if ((strcmp(tool, "crm-abc") == 0 && has_arg(args, "--summary")) ||
	    strcmp(tool, "crm-report") == 0)
		want = got;
	if (c[0] != c[1] + c[2] + c[3] + c[4])
		snprintf(why, sizeof(why), "%ld rows read, but %ld accounted "
		    "for", c[0], c[1] + c[2] + c[3] + c[4]);
	else if (got != want)
		snprintf(why, sizeof(why), "the output has %ld data rows, "
		    "--stats says %ld", got, want);
	else
		why[0] = '\0';
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
	args[k++] = "--stats";
	args[k++] = stats_file();
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
