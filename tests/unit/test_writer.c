#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader.h"
#include "suites.h"
#include "par.h"
#include "writer.h"

static char *
slurp(const char *path)
{
	static char buf[4096];
	FILE *f = fopen(path, "r");

	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

START_TEST(quotes_only_where_needed)
{
	const char *path = "/tmp/crm-test-writer.csv";
	struct writer *w = writer_open(path, ',');

	writer_str(w, "plain");
	writer_str(w, "a,b");
	writer_str(w, "say \"hi\"");
	writer_str(w, "two\nlines");
	writer_str(w, "");
	writer_str(w, "tab\there");
	writer_end(w);
	ck_assert_int_ne(access(path, F_OK), 0);	/* not there until closed */
	writer_close(w);
	ck_assert_str_eq(slurp(path),
	    "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,tab\there\n");
	unlink(path);
}
END_TEST

START_TEST(tsv)
{
	const char *path = "/tmp/crm-test-writer.tsv";
	struct writer *w = writer_open(path, '\t');

	writer_str(w, "a,b");
	writer_str(w, "tab\there");
	writer_end(w);
	writer_close(w);
	ck_assert_str_eq(slurp(path), "a,b\t\"tab\there\"\n");
	unlink(path);
}
END_TEST

/* --excel: a byte-order mark, and OWASP's quote before a data field
 * that a spreadsheet would run; what the tool formatted, and a plain
 * negative number in the data, stay as they are. */
START_TEST(excel_fields)
{
	const char *path = "/tmp/crm-test-writer-excel.csv";
	struct writer *w = writer_open(path, ',');

	writer_excel(w);
	writer_str(w, "=HYPERLINK(\"x\")");
	writer_str(w, "+41791234567");
	writer_str(w, "-12.50");
	writer_str(w, "-2+3");
	writer_str(w, "@SUM(A1)");
	writer_str(w, "00123");
	writer_money(w, -12500000, 2);
	writer_int(w, -3);
	writer_unquoted(w, "-1", 2);
	writer_end(w);
	writer_close(w);
	ck_assert_str_eq(slurp(path), "\xef\xbb\xbf"
	    "\"'=HYPERLINK(\"\"x\"\")\",\"'+41791234567\",-12.50,\"'-2+3\","
	    "\"'@SUM(A1)\",\"'00123\",-12.50,-3,-1\n");
	unlink(path);
}
END_TEST

/* -o FILE.xlsx: a ZIP (tests/e2e/excel-output.sh opens it), there only
 * once closed. */
START_TEST(xlsx_out)
{
	const char *path = "/tmp/crm-test-writer.xlsx";
	struct writer *w = writer_open(path, ',');

	writer_excel(w);	/* nothing for a workbook */
	writer_str(w, "customer_id");
	writer_end(w);
	writer_str(w, "00123");
	writer_end(w);
	ck_assert_int_ne(access(path, F_OK), 0);
	writer_close(w);
	ck_assert_int_eq(memcmp(slurp(path), "PK\3\4", 4), 0);
	unlink(path);
}
END_TEST

START_TEST(big_output)
{
	const char *path = "/tmp/crm-test-writer-big.csv";
	struct writer *w = writer_open(path, ',');
	char field[40];

	for (int i = 0; i < 100000; i++) {
		snprintf(field, sizeof(field), "%d", i);
		writer_str(w, field);
		writer_end(w);
	}
	writer_close(w);
	FILE *f = fopen(path, "r");
	int n = 0, v, ok = 1;
	while (fscanf(f, "%d", &v) == 1)
		ok &= v == n++;
	fclose(f);
	ck_assert(ok);
	ck_assert_int_eq(n, 100000);
	unlink(path);
}
END_TEST

/* Rows as read go out as they came, quoted again where they must be. */
static const char *
round_trip(const char *in, char delim)
{
	const char *src = "/tmp/crm-test-writer-in.txt";
	const char *dst = "/tmp/crm-test-writer-out.csv";
	FILE *f = fopen(src, "w");
	struct reader_opts o = { .delim = delim };
	const struct row *row;

	fputs(in, f);
	fclose(f);
	struct reader *r = reader_open(src, &o);
	struct writer *w = writer_open(dst, ',');
	writer_row(w, reader_header(r));
	writer_end(w);
	while ((row = reader_next(r)) != NULL) {
		writer_row(w, row);
		writer_str(w, "+");
		writer_end(w);
	}
	writer_close(w);
	reader_close(r);
	unlink(src);
	return slurp(dst);
}

/* Rows formatted on two threads come out as on one: chunks in order,
 * fields quoted, and a chunk too large for a part's buffer kept whole. */
static void
numbered(struct writer *w, size_t from, size_t to, void *ctx)
{
	const char *big = ctx;

	for (size_t i = from; i < to; i++) {
		writer_int(w, (int64_t)i);
		writer_str(w, i % 7 ? "x" : "a,b");
		writer_str(w, i == 5000 ? big : "");
		writer_end(w);
	}
}

static char *
file_bytes(const char *path, size_t *n)
{
	FILE *f = fopen(path, "r");

	ck_assert_ptr_nonnull(f);
	fseek(f, 0, SEEK_END);
	*n = (size_t)ftell(f);
	rewind(f);
	char *b = malloc(*n + 1);
	ck_assert_uint_eq(fread(b, 1, *n, f), *n);
	fclose(f);
	return b;
}

START_TEST(rows_on_two_threads)
{
	const char *one = "/tmp/crm-test-writer-1.csv";
	const char *two = "/tmp/crm-test-writer-2.csv";
	size_t big = 3 << 20, n1, n2;
	char *b = malloc(big + 1);

	memset(b, 'y', big);
	b[big] = '\0';
	struct writer *w = writer_open(one, ',');
	numbered(w, 0, PAR_MIN * 2 + 1, b);
	writer_close(w);
	w = writer_open(two, ',');
	writer_rows(w, PAR_MIN * 2 + 1, numbered, b);
	writer_close(w);
	char *x = file_bytes(one, &n1), *y = file_bytes(two, &n2);
	ck_assert_uint_eq(n1, n2);
	ck_assert_int_eq(memcmp(x, y, n1), 0);
	ck_assert_uint_gt(n1, big);
	free(x);
	free(y);
	free(b);
	unlink(one);
	unlink(two);
}
END_TEST

START_TEST(rows_out_as_read)
{
	ck_assert_str_eq(round_trip("a,b,c\n\"x,y\",2,3\np,\"q\rr\",s\n1,,3\n", ','),
	    "a,b,c\n\"x,y\",2,3,+\np,\"q\rr\",s,+\n1,,3,+\n");
	ck_assert_str_eq(round_trip("a\tb\nx,y\tz\n", '\t'),
	    "a,b\n\"x,y\",z,+\n");
	unlink("/tmp/crm-test-writer-out.csv");
}
END_TEST

START_TEST(full_disk_dies)
{
	struct writer *w = writer_open("-", ',');

	expect_die_message("No space left on device");
	ck_assert_ptr_nonnull(freopen("/dev/full", "w", stdout));
	for (int i = 0; i < 100000; i++) {
		writer_str(w, "data");
		writer_end(w);
	}
	writer_close(w);
}
END_TEST

/* FILE.gz is written as gzip, which the reader reads back; the same rows
 * give the same bytes. */
/* The bytes of a file of at most cap bytes, and their number. */
static size_t
slurp_n(const char *path, char *buf, size_t cap)
{
	FILE *f = fopen(path, "r");

	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, cap, f);
	fclose(f);
	ck_assert_uint_lt(n, cap);
	return n;
}

START_TEST(gzip_out)
{
	char path[] = "/tmp/crm-test-writer-XXXXXX.csv.gz";
	static char first[1 << 20], again[1 << 20];
	size_t n1 = 0, n2 = 0;
	int fd = mkstemps(path, 7);
	struct reader_opts o = { 0 };

	ck_assert_int_ge(fd, 0);
	close(fd);
	for (int round = 0; round < 2; round++) {
		struct writer *w = writer_open(path, ',');
		writer_str(w, "a");
		writer_str(w, "b");
		writer_end(w);
		for (int i = 0; i < 50000; i++) {
			writer_int(w, i);
			writer_str(w, "x,y");
			writer_end(w);
		}
		writer_close(w);
		if (round == 0)
			n1 = slurp_n(path, first, sizeof(first));
		else
			n2 = slurp_n(path, again, sizeof(again));
	}
	ck_assert_uint_eq(n1, n2);
	ck_assert_int_eq(memcmp(first, again, n1), 0);
	ck_assert_int_eq((unsigned char)first[0], 0x1F);
	struct reader *r = reader_open(path, &o);
	const struct row *row = reader_header(r);
	ck_assert_str_eq(row->f[1], "b");
	long n = 0;
	while ((row = reader_next(r)) != NULL)
		n++;
	ck_assert_int_eq(n, 50000);
	reader_close(r);
	unlink(path);
}
END_TEST

Suite *
writer_suite(void)
{
	Suite *s = suite_create("writer");
	TCase *tc = tcase_create("writer");

	tcase_add_test(tc, quotes_only_where_needed);
	tcase_add_test(tc, tsv);
	tcase_add_test(tc, excel_fields);
	tcase_add_test(tc, xlsx_out);
	tcase_add_test(tc, big_output);
	tcase_add_test(tc, rows_out_as_read);
	tcase_add_test(tc, rows_on_two_threads);
	tcase_add_test(tc, gzip_out);
	tcase_add_exit_test(tc, full_disk_dies, 3);
	suite_add_tcase(s, tc);
	return s;
}
