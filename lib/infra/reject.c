#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "reject.h"
#include "writer.h"

#define SHOWN 5
#define MAXREASON 16

struct rejects {
	struct writer *w;
	int strict, quiet, pct, headed, allow_empty;
	const char *path;
	long max;		/* -1: no limit */
	size_t total;
	struct { const char *reason; size_t n; } by[MAXREASON];
	size_t nby;
	char summary[512];
};

struct rejects *
rejects_new(const char *path, char delim, int strict, const char *max,
    int quiet)
{
	struct rejects *rj = xcalloc(1, sizeof(*rj));
	char *end;

	rj->strict = strict;
	rj->quiet = quiet;
	rj->max = -1;
	if (max) {
		errno = 0;
		rj->max = strtol(max, &end, 10);
		rj->pct = *end == '%';
		if (end == max || errno || rj->max < 0 || end[rj->pct] != '\0' ||
		    (rj->pct && rj->max > 100))
			usage_error("--max-rejects takes N or P%%, not \"%s\"", max);
	}
	rj->path = path;
	if (path)
		rj->w = writer_open(path, delim);
	return rj;
}

/* The rejects file has the input's columns after line and reason. */
void
rejects_header(struct rejects *rj, const struct row *h)
{
	if (rj->w == NULL || rj->headed)
		return;
	rj->headed = 1;
	writer_str(rj->w, "line");
	writer_str(rj->w, "reason");
	for (size_t i = 0; i < h->nf; i++)
		writer_field(rj->w, h->f[i], h->len[i]);
	writer_end(rj->w);
}

static void
count(struct rejects *rj, const char *reason)
{
	size_t i;

	rj->total++;
	for (i = 0; i < rj->nby; i++)
		if (strcmp(rj->by[i].reason, reason) == 0)
			break;
	if (i == rj->nby) {
		if (rj->nby == MAXREASON)
			die(EXIT_INTERNAL, "too many kinds of reject");
		rj->by[rj->nby++].reason = reason;
	}
	rj->by[i].n++;
}

void
reject(struct rejects *rj, const char *where, const struct row *row,
    const char *reason, const char *fmt, ...)
{
	char msg[512], num[24];
	const char *unit = row->unit ? row->unit : "line";
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (rj->strict)
		die(EXIT_DATA, "%s%s %ld, %s", where, unit, row->line, msg);
	count(rj, reason);
	if (!rj->quiet && rj->total <= SHOWN)
		warnmsg("%s%s %ld, %s", where, unit, row->line, msg);
	if (rj->w) {
		snprintf(num, sizeof(num), "%ld", row->line);
		writer_str(rj->w, num);
		writer_str(rj->w, msg);
		for (size_t i = 0; i < row->nf; i++)
			writer_field(rj->w, row->f[i], row->len[i]);
		writer_end(rj->w);
	}
	if (rj->max >= 0 && !rj->pct && rj->total > (size_t)rj->max) {
		/* The rejects so far are what the user needs to see. */
		if (rj->w)
			writer_close(rj->w);
		die(EXIT_DATA, "more than %ld rows rejected (--max-rejects)",
		    rj->max);
	}
}

size_t
rejects_count(const struct rejects *rj)
{
	return rj->total;
}

/* "135080 missing customer_id, 3 bad amount" */
const char *
rejects_reasons(struct rejects *rj)
{
	size_t k = 0;

	rj->summary[0] = '\0';
	for (size_t i = 0; i < rj->nby && k < sizeof(rj->summary); i++) {
		int n = snprintf(rj->summary + k, sizeof(rj->summary) - k,
		    "%s%zu %s", i ? ", " : "", rj->by[i].n, rj->by[i].reason);
		if (n < 0)
			break;
		k += (size_t)n;
	}
	return rj->summary;
}

size_t
rejects_reason(const struct rejects *rj, size_t i, const char **reason)
{
	if (i >= rj->nby)
		return 0;
	*reason = rj->by[i].reason;
	return rj->by[i].n;
}

void
rejects_close(struct rejects *rj, size_t rows)
{
	if (!rj->quiet && rj->total > SHOWN)
		warnmsg("%zu more rejected rows not shown%s", rj->total - SHOWN,
		    rj->w ? "" : " (--rejects FILE keeps them all)");
	if (rj->w)
		writer_close(rj->w);
	if (rj->pct && rj->total * 100 > (size_t)rj->max * rows)
		die(EXIT_DATA, "%zu of %zu rows rejected, more than %ld%% "
		    "(--max-rejects)", rj->total, rows, rj->max);
}

void
rejects_allow_empty(struct rejects *rj)
{
	rj->allow_empty = 1;
}

/*
 * A run that writes no data row is no success: cron would mail an empty
 * tier list for an export read with the wrong options. So it fails with
 * EXIT_DATA, saying why in the counts the summary line would have given:
 * the rejects by reason and `other`, the tool's words for rows set aside
 * without a reject ("3 on or after 2024-01-01"), or NULL. ROWS is the
 * data rows read, OUT the rows the output would have. Called before the
 * output is closed, so that die() leaves no -o file behind.
 */
void
rejects_need_output(struct rejects *rj, size_t rows, size_t out,
    const char *other)
{
	char where[600] = "";

	if (out > 0 || rj->allow_empty)
		return;
	if (rows == 0)
		die(EXIT_DATA, "no data rows, only a header (--allow-empty "
		    "accepts that)");
	if (rj->total)
		snprintf(where, sizeof(where), "; %s %s", rj->path ?
		    "the rejected rows are in" : "--rejects FILE keeps them",
		    rj->path ? rj->path : "all");
	if (rj->total == rows)
		die(EXIT_DATA, "no row could be used: all %zu rows were "
		    "rejected (%s)%s", rows, rejects_reasons(rj), where);
	if (rj->total == 0)
		die(EXIT_DATA, "no row could be used: of %zu rows, %s", rows,
		    other ? other : "none gave an output row");
	die(EXIT_DATA, "no row could be used: of %zu rows, %zu rejected (%s)"
	    "%s%s%s", rows, rj->total, rejects_reasons(rj), other ? ", " : "",
	    other ? other : "", where);
}

void
rejects_free(struct rejects *rj)
{
	free(rj);
}

/* How many bytes the message shows for c: control bytes as \xHH. */
static size_t
shown(char c)
{
	return (unsigned char)c < 0x20 || c == 0x7F ? 4 : 1;
}

/* A value for a message: a control byte shown as \xHH (a NUL would end
 * the message early, so "2024-01-01\0" looked like a good date), a long
 * value cut on a character boundary. */
const char *
shorten(const char *s, size_t n, char *buf, size_t cap)
{
	size_t need = 0, k = 0, i;

	for (i = 0; i < n && need < cap; i++)
		need += shown(s[i]);
	size_t room = need + 1 <= cap ? need : cap - 4;
	for (i = 0; i < n && k + shown(s[i]) <= room; i++) {
		if (shown(s[i]) == 1)
			buf[k++] = s[i];
		else
			k += (size_t)snprintf(buf + k, 5, "\\x%02X",
			    (unsigned char)s[i]);
	}
	buf[k] = '\0';
	if (i == n)
		return buf;
	while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80)
		k -= shown(s[--i]);
	strcpy(buf + k, "...");
	return buf;
}
