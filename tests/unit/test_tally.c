#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "suites.h"
#include "tally.h"

/* What a call wrote to stderr, caught in a file. */
static char said[1024];

static void
report(const struct common *co, const struct tally *t, size_t n)
{
	FILE *f = tmpfile();
	int saved = dup(STDERR_FILENO);
	size_t k;

	ck_assert_ptr_nonnull(f);
	fflush(stderr);
	dup2(fileno(f), STDERR_FILENO);
	progname = "crm-test";
	tally_close(co, writer_open(NULL, ','), t, n);
	fflush(stderr);
	dup2(saved, STDERR_FILENO);
	close(saved);
	rewind(f);
	k = fread(said, 1, sizeof(said) - 1, f);
	said[k] = '\0';
	fclose(f);
}

/* A quiet rejects with N rows rejected for REASON. */
static struct rejects *
rejected(size_t n, const char *reason, struct rejects *rj)
{
	struct row row = { .line = 2 };

	if (rj == NULL)
		rj = rejects_new(NULL, ',', 0, NULL, 1);
	while (n--)
		reject(rj, "", &row, reason, "why");
	return rj;
}

/* Accounts and their lines: each with `missing` rows rejected as
 * "missing customer_id", then `bad` as "bad amount". */
static const struct {
	struct tally t;
	size_t missing, bad;
	const char *want;
} lines[] = {
	{ { .read = 13, .written = 5, .merged = 3, .aside = 2,
	    .written_as = "written", .merged_as = "merged into orders",
	    .aside_as = "returns dropped", .tail = "amount 1.00" }, 1, 2,
	    "13 rows read = 5 written + 3 merged into orders + 2 returns "
	    "dropped + 3 rejected (1 missing customer_id, 2 bad amount); "
	    "amount 1.00" },
	/* merged folded into the first term; the aside always said */
	{ { .input = "a.csv", .named = 1, .read = 7, .written = 2,
	    .merged = 5, .written_as = "used", .aside_as = "late",
	    .aside_always = 1 }, 0, 0,
	    "a.csv: 7 rows read = 7 used + 0 late + 0 rejected" },
	/* the short form */
	{ { .read = 8, .written = 2, .merged = 5, .tail = "2 scored" }, 0, 1,
	    "8 rows read, 1 rejected; 2 scored" },
	/* no aside, none said */
	{ { .read = 1, .written = 1, .written_as = "written",
	    .merged_as = "merged", .aside_as = "dropped" }, 0, 0,
	    "1 rows read = 1 written + 0 merged + 0 rejected" },
	{ { .input = "c.csv", .named = 1, .read = 3, .written = 2,
	    .written_as = "in the campaign", .terse = 1 }, 1, 0,
	    "c.csv: 3 rows read = 2 in the campaign + 1 rejected" },
};

START_TEST(line)
{
	struct common co = { 0 };
	struct tally t = lines[_i].t;
	char want[256];

	t.rj = rejected(lines[_i].bad, "bad amount",
	    rejected(lines[_i].missing, "missing customer_id", NULL));
	report(&co, &t, 1);
	snprintf(want, sizeof(want), "crm-test: %s\n", lines[_i].want);
	ck_assert_str_eq(said, want);
	rejects_free(t.rj);
}
END_TEST

START_TEST(quiet_says_nothing)
{
	struct common co = { .quiet = 1 };
	struct rejects *rj = rejected(0, "", NULL);
	struct tally t = { .read = 1, .written = 1, .rj = rj,
	    .written_as = "written" };

	report(&co, &t, 1);
	ck_assert_str_eq(said, "");
	rejects_free(rj);
}
END_TEST

START_TEST(stats_file)
{
	char path[] = "/tmp/crm-test-stats-XXXXXX", text[1024], *sec;
	int fd = mkstemp(path);
	struct common co = { .quiet = 1, .stats = path };
	struct rejects *rj = rejected(2, "bad date",
	    rejected(1, "bad amount", NULL));
	struct tally t = { .input = "in.csv", .read = 9, .written = 4,
	    .merged = 1, .aside = 1, .rj = rj, .written_as = "written" };
	FILE *f;
	size_t k;

	ck_assert_int_ne(fd, -1);
	close(fd);
	progname = "crm-test";
	tally_close(&co, writer_open(NULL, ','), &t, 1);
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	k = fread(text, 1, sizeof(text) - 1, f);
	text[k] = '\0';
	fclose(f);
	unlink(path);
	/* the seconds vary: up to the last comma, then a number */
	sec = strrchr(text, ',');
	ck_assert_ptr_nonnull(sec);
	ck_assert(strspn(sec + 1, "0123456789.") == strlen(sec + 1) - 1);
	sec[1] = '\0';
	ck_assert_str_eq(text, "tool,input,rows_read,rows_written,rows_merged,"
	    "rows_aside,rows_rejected,rejected_by_reason,seconds\n"
	    "crm-test,in.csv,9,4,1,1,3,bad amount=1;bad date=2,");
	rejects_free(rj);
}
END_TEST

START_TEST(unbalanced_dies)
{
	struct common co = { 0 };
	struct rejects *rj = rejected(1, "bad", NULL);
	struct tally t = { .read = 3, .written = 1, .rj = rj,
	    .written_as = "written" };

	progname = "crm-test";
	expect_die_message("row counts do not balance");
	tally_close(&co, writer_open(NULL, ','), &t, 1);
}
END_TEST

Suite *
tally_suite(void)
{
	Suite *s = suite_create("tally");
	TCase *tc = tcase_create("tally");

	tcase_add_loop_test(tc, line, 0, sizeof(lines) / sizeof(lines[0]));
	tcase_add_test(tc, quiet_says_nothing);
	tcase_add_test(tc, stats_file);
	tcase_add_exit_test(tc, unbalanced_dies, EXIT_INTERNAL);
	suite_add_tcase(s, tc);
	return s;
}
