/*
 * Where crm-import's rows go: one output, or with --partition N, N files
 * that each hold every row of their customers (lib/domain/partition.h
 * says which part a customer is in), so that crm-rfm --summary-only and
 * crm-clv --params can run on the parts apart, on other machines.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "files.h"
#include "import.h"
#include "opts.h"
#include "partition.h"
#include "schema.h"

struct parts {
	unsigned n;
	const char *path;	/* -o, when not partitioned */
	struct writer **w;
	char **name;		/* the part files' names; NULL for one output */
	char **opt;		/* how messages name them */
	size_t *rows;
};

/* path with ".P" before its file name's extension, or at its end. */
static char *
part_name(const char *path, unsigned p)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t stem = dot && dot > base ? (size_t)(dot - path) : strlen(path);
	size_t len = strlen(path) + 16;
	char *s = xmalloc(len);

	snprintf(s, len, "%.*s.%u%s", (int)stem, path, p, path + stem);
	return s;
}

struct parts *
parts_new(const char *path, unsigned n)
{
	struct parts *ps = xcalloc(1, sizeof(*ps));

	ps->n = n ? n : 1;
	ps->path = path;
	ps->w = xcalloc(ps->n, sizeof(*ps->w));
	ps->rows = xcalloc(ps->n, sizeof(*ps->rows));
	if (n == 0)
		return ps;
	if (path == NULL || strcmp(path, "-") == 0)
		usage_error("--partition needs -o FILE: part P is written to "
		    "FILE with .P before its extension");
	ps->name = xcalloc(n, sizeof(char *));
	ps->opt = xcalloc(n, sizeof(char *));
	for (unsigned p = 0; p < n; p++) {
		/* one option name each: files.c keeps one file an option */
		ps->opt[p] = xmalloc(32);
		snprintf(ps->opt[p], 32, "-o (part %u)", p);
		ps->name[p] = part_name(path, p);
		file_out(ps->opt[p], ps->name[p]);
	}
	return ps;
}

void
parts_open(struct parts *ps, const struct common *co)
{
	for (unsigned p = 0; p < ps->n; p++)
		ps->w[p] = common_output(co, ps->name ? ps->name[p] : ps->path,
		    schema_kind);
}

unsigned
parts_n(const struct parts *ps)
{
	return ps->n;
}

struct writer *
parts_nth(const struct parts *ps, unsigned p)
{
	return ps->w[p];
}

struct writer *
parts_row(struct parts *ps, const char *cust, size_t cl)
{
	unsigned p = ps->n > 1 ? partition_of(cust, cl, ps->n) : 0;

	ps->rows[p]++;
	return ps->w[p];
}

void
parts_close(struct parts *ps, size_t written)
{
	size_t sum = 0;

	for (unsigned p = 0; p < ps->n; p++)
		sum += ps->rows[p];
	if (sum != written)
		die(EXIT_INTERNAL, "the parts' rows (%zu) are not the rows "
		    "written (%zu)", sum, written);
	for (unsigned p = 0; p < ps->n; p++)
		writer_close(ps->w[p]);
}

void
parts_summary(const struct parts *ps)
{
	for (unsigned p = 0; ps->name && p < ps->n; p++)
		warnmsg("part %u of %u, %s: %zu rows", p, ps->n, ps->name[p],
		    ps->rows[p]);
}

void
parts_free(struct parts *ps)
{
	for (unsigned p = 0; ps->name && p < ps->n; p++) {
		free(ps->name[p]);
		free(ps->opt[p]);
	}
	free(ps->name);
	free(ps->opt);
	free(ps->w);
	free(ps->rows);
	free(ps);
}
