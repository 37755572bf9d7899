/* The run's account of its rows: see tally.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "err.h"
#include "tally.h"
#include "writer.h"

static struct timespec started;

/* The seconds of --stats are those of the whole process, as time(1)
 * counts them: from before main, whatever a tool does first. */
__attribute__((constructor)) static void
start_clock(void)
{
	clock_gettime(CLOCK_MONOTONIC, &started);
}

static double
seconds(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - started.tv_sec) +
	    (double)(now.tv_nsec - started.tv_nsec) / 1e9;
}

/* The line, built in a stream: the reasons have no bound on length. */
static void
say(const struct tally *t)
{
	size_t r = rejects_count(t->rj), len;
	char *line;
	FILE *f = open_memstream(&line, &len);

	if (f == NULL)
		die(EXIT_INTERNAL, "out of memory");
	if (t->named)
		fprintf(f, "%s: ", t->input);
	fprintf(f, "%zu rows read", t->read);
	if (t->written_as == NULL)
		fprintf(f, ", %zu rejected", r);
	else {
		fprintf(f, " = %zu %s", t->written + (t->merged_as ? 0 :
		    t->merged), t->written_as);
		if (t->merged_as)
			fprintf(f, " + %zu %s", t->merged, t->merged_as);
		if (t->aside_as && (t->aside || t->aside_always))
			fprintf(f, " + %zu %s", t->aside, t->aside_as);
		fprintf(f, " + %zu rejected", r);
		if (r && !t->terse)
			fprintf(f, " (%s)", rejects_reasons(t->rj));
	}
	if (t->tail[0])
		fprintf(f, "; %s", t->tail);
	if (fclose(f) != 0)
		die(EXIT_INTERNAL, "out of memory");
	warnmsg("%s", line);
	free(line);
}

/* "missing customer_id=135080;bad amount=3": a reason has neither
 * character. */
static void
put_reasons(struct writer *w, const struct rejects *rj)
{
	size_t len, n;
	char *text;
	const char *reason;
	FILE *f = open_memstream(&text, &len);

	if (f == NULL)
		die(EXIT_INTERNAL, "out of memory");
	for (size_t i = 0; (n = rejects_reason(rj, i, &reason)) > 0; i++)
		fprintf(f, "%s%s=%zu", i ? ";" : "", reason, n);
	if (fclose(f) != 0)
		die(EXIT_INTERNAL, "out of memory");
	writer_str(w, text);
	free(text);
}

static void
put_row(struct writer *w, const struct tally *t, double secs)
{
	char buf[32];

	writer_str(w, progname);
	writer_str(w, t->input ? t->input : "-");
	writer_int(w, (int64_t)t->read);
	writer_int(w, (int64_t)t->written);
	writer_int(w, (int64_t)t->merged);
	writer_int(w, (int64_t)t->aside);
	writer_int(w, (int64_t)rejects_count(t->rj));
	put_reasons(w, t->rj);
	snprintf(buf, sizeof(buf), "%.3f", secs);
	writer_str(w, buf);
	writer_end(w);
}

/* The rows of --stats, in a temporary until writer_close. */
static struct writer *
write_stats(const char *path, const struct tally *t, size_t n)
{
	static const char *const cols[] = {
		"tool", "input", "rows_read", "rows_written", "rows_merged",
		"rows_aside", "rows_rejected", "rejected_by_reason", "seconds",
	};
	struct writer *w = writer_open(path, ',');
	double secs = seconds();

	for (size_t i = 0; i < sizeof(cols) / sizeof(cols[0]); i++)
		writer_str(w, cols[i]);
	writer_end(w);
	for (size_t i = 0; i < n; i++)
		put_row(w, &t[i], secs);
	return w;
}

struct writer *
tally_stats(const struct common *co, const struct tally *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (t[i].read != t[i].written + t[i].merged + t[i].aside +
		    rejects_count(t[i].rj))
			die(EXIT_INTERNAL, "row counts do not balance");
	return co->stats ? write_stats(co->stats, t, n) : NULL;
}

void
tally_say(const struct common *co, struct writer *stats,
    const struct tally *t, size_t n)
{
	if (stats)
		writer_close(stats);
	for (size_t i = 0; i < n && !co->quiet; i++)
		say(&t[i]);
}

void
tally_close(const struct common *co, struct writer *out,
    const struct tally *t, size_t n)
{
	struct writer *stats = tally_stats(co, t, n);

	writer_close(out);
	tally_say(co, stats, t, n);
}
