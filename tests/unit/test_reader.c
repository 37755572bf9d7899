#include <check.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "reader.h"
#include "suites.h"

static char path[] = "/tmp/crm-test-reader-XXXXXX";

/* A reader over the given bytes, through a temporary file; for the
 * other suites too. */
struct reader *
reader_over(const char *bytes, size_t n, const struct reader_opts *o)
{
	strcpy(path, "/tmp/crm-test-reader-XXXXXX");
	int fd = mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, bytes, n), (ssize_t)n);
	close(fd);
	struct reader *r = reader_open(path, o);
	unlink(path);
	return r;
}

static void
want_row(const struct row *row, long line, size_t nf, ...)
{
	va_list ap;

	ck_assert_ptr_nonnull(row);
	ck_assert_int_eq(row->line, line);
	ck_assert_uint_eq(row->nf, nf);
	va_start(ap, nf);
	for (size_t i = 0; i < nf; i++) {
		const char *want = va_arg(ap, const char *);
		ck_assert_str_eq(row->f[i], want);
		ck_assert_uint_eq(row->len[i], strlen(want));
	}
	va_end(ap);
}

START_TEST(plain_and_quoted)
{
	static const char in[] = "a,b,c\n1,\"x,y\",3\n\n\"he said \"\"hi\"\"\",,\"\"\n";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	want_row(reader_header(r), 1, 3, "a", "b", "c");
	want_row(reader_next(r), 2, 3, "1", "x,y", "3");
	want_row(reader_next(r), 4, 3, "he said \"hi\"", "", "");
	ck_assert_ptr_null(reader_next(r));
	ck_assert_int_eq(reader_delim(r), ',');
	reader_close(r);
}
END_TEST

START_TEST(newline_in_field)
{
	static const char in[] = "a,b\r\n\"1\r\n2\",x\r\ny,\"z\"\r\nlast,row";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	want_row(reader_header(r), 1, 2, "a", "b");
	want_row(reader_next(r), 2, 2, "1\r\n2", "x");
	want_row(reader_next(r), 4, 2, "y", "z");
	want_row(reader_next(r), 5, 2, "last", "row");
	ck_assert_ptr_null(reader_next(r));
	reader_close(r);
}
END_TEST

START_TEST(detects_delimiter)
{
	static const char *const in[] = {
		"a;b;\"c,d\"\n1;2;3\n", "a\tb\tc\n1\t2\t3\n", "a|b|c\n1|2|3\n",
	};
	static const char want[] = ";\t|";
	struct reader_opts o = { 0 };

	for (int i = 0; i < 3; i++) {
		struct reader *r = reader_over(in[i], strlen(in[i]), &o);
		want_row(reader_header(r), 1, 3, "a", "b", i ? "c" : "c,d");
		ck_assert_int_eq(reader_delim(r), want[i]);
		want_row(reader_next(r), 2, 3, "1", "2", "3");
		reader_close(r);
	}
}
END_TEST

START_TEST(whitespace_no_header)
{
	static const char in[] = "  00001 19970101  1  11.77\r\n\r\n 2  x\n";
	struct reader_opts o = { .whitespace = 1, .no_header = 1 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);
	const struct row *h = reader_header(r);

	want_row(h, 1, 4, "1", "2", "3", "4");
	ck_assert_int_eq(col_find(h, "3"), 2);
	want_row(reader_next(r), 1, 4, "00001", "19970101", "1", "11.77");
	want_row(reader_next(r), 3, 2, "2", "x");
	ck_assert_ptr_null(reader_next(r));
	reader_close(r);
}
END_TEST

START_TEST(bom_and_column_lookup)
{
	static const char in[] = "\xEF\xBB\xBF Customer ID ,Date\nx,y\n";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);
	const struct row *h = reader_header(r);

	ck_assert_int_eq(col_find(h, "customer id"), 0);
	ck_assert_int_eq(col_find(h, "DATE"), 1);
	ck_assert_int_eq(col_find(h, "2"), 1);
	ck_assert_int_eq(col_find(h, "3"), -1);
	ck_assert_int_eq(col_find(h, "0"), -1);
	ck_assert_int_eq(col_find(h, "nope"), -1);
	reader_close(r);
}
END_TEST

START_TEST(encoding)
{
	static const char in[] = "name\n\xA3" "40\n";
	struct reader_opts o = { .encoding = "ISO-8859-1" };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	reader_header(r);
	want_row(reader_next(r), 2, 1, "\xC2\xA3" "40");
	reader_close(r);
}
END_TEST

START_TEST(long_field)
{
	size_t n = 3 << 20;
	char *in = malloc(n + 16);
	struct reader_opts o = { 0 };

	memcpy(in, "a\n", 2);
	memset(in + 2, 'x', n);
	memcpy(in + 2 + n, "\ny\n", 3);
	struct reader *r = reader_over(in, n + 5, &o);
	reader_header(r);
	const struct row *row = reader_next(r);
	ck_assert_uint_eq(row->len[0], n);
	want_row(reader_next(r), 3, 1, "y");
	reader_close(r);
	free(in);
}
END_TEST

START_TEST(unclosed_quote_dies)
{
	static const char in[] = "a,b\n1,\"open\n2,3\n";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	expect_die_message("line 2");
	reader_header(r);
	reader_next(r);
}
END_TEST

START_TEST(bad_utf8_dies)
{
	static const char in[] = "a\n\xA3" "40\n";
	struct reader_opts o = { .check_utf8 = 1 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	expect_die_message("invalid UTF-8");
	reader_header(r);
	reader_next(r);
}
END_TEST

/* Lines of every length around the scan's 64-byte steps: a delimiter,
 * a CR, a quote or the line's end on either side of a step. A CR alone
 * ends a line (and from then on the fast path is left). */
START_TEST(scan_steps)
{
	struct reader_opts o = { .check_utf8 = 1 };
	char in[64 * 1024], want[200];
	size_t n = 0;

	n += (size_t)sprintf(in + n, "a,b\n");
	for (int len = 0; len < 140; len++) {
		memset(want, 'x', (size_t)len);
		want[len] = '\0';
		n += (size_t)sprintf(in + n, "%s,\xC3\xA9\n", want);
		n += (size_t)sprintf(in + n, "%s,y\r\n", want);
		n += (size_t)sprintf(in + n, "%s\r,y\n", want);
		n += (size_t)sprintf(in + n, "%s,\"q\"\"\"\n", want);
	}
	n += (size_t)sprintf(in + n, "\r\n\nlast,line");
	struct reader *r = reader_over(in, n, &o);
	want_row(reader_header(r), 1, 2, "a", "b");
	for (int len = 0; len < 140; len++) {
		memset(want, 'x', (size_t)len);
		want[len] = '\0';
		long line = 2 + 5 * len;
		const struct row *row = reader_next(r);
		want_row(row, line, 2, want, "\xC3\xA9");
		ck_assert_int_eq(row->split, ',');
		row = reader_next(r);
		want_row(row, line + 1, 2, want, "y");
		ck_assert_int_eq(row->split, ',');
		if (len > 0)
			want_row(reader_next(r), line + 2, 1, want);
		want_row(reader_next(r), line + 3, 2, "", "y");
		want_row(reader_next(r), line + 4, 2, want, "q\"");
	}
	want_row(reader_next(r), 2 + 5 * 140 + 2, 2, "last", "line");
	ck_assert_ptr_null(reader_next(r));
	reader_close(r);
}
END_TEST

START_TEST(bad_utf8_late_dies)
{
	static const char in[] = "a\n"
	    "0123456789012345678901234567890123456789012345678901234567890123"
	    "456789\xA3" "40\n";
	struct reader_opts o = { .check_utf8 = 1 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	expect_die_message("invalid UTF-8");
	reader_header(r);
	reader_next(r);
}
END_TEST

/* A field longer than the buffer in a multibyte encoding: iconv once
 * spun on an output room of a byte or two. */
START_TEST(decodes_long_field)
{
	size_t k = 300000, n = 0;
	char *in = malloc(2 * k + 16);
	struct reader_opts o = { .encoding = "GBK" };

	n += (size_t)sprintf(in, "a\n");
	for (size_t i = 0; i < k; i++, n += 2)
		memcpy(in + n, "\xD6\xD0", 2);
	n += (size_t)sprintf(in + n, "\ny\n");
	struct reader *r = reader_over(in, n, &o);
	reader_header(r);
	const struct row *row = reader_next(r);
	ck_assert_uint_eq(row->len[0], 3 * k);
	ck_assert_int_eq(memcmp(row->f[0], "\xE4\xB8\xAD", 3), 0);
	want_row(reader_next(r), 3, 1, "y");
	ck_assert_ptr_null(reader_next(r));
	reader_close(r);
	free(in);
}
END_TEST

START_TEST(cr_alone_ends_lines)
{
	static const char in[] = "a,b\r1,2\r\r\"x\ry\",3\r\n4,5\n6,7";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	want_row(reader_header(r), 1, 2, "a", "b");
	want_row(reader_next(r), 2, 2, "1", "2");
	want_row(reader_next(r), 4, 2, "x\ry", "3");
	want_row(reader_next(r), 6, 2, "4", "5");
	want_row(reader_next(r), 7, 2, "6", "7");
	ck_assert_ptr_null(reader_next(r));
	reader_close(r);
}
END_TEST

START_TEST(stray_quote_dies)
{
	static const char in[] = "a,b,c\n1,2,\"12\" disc\n3,4,5\n6,7,\"x\"\n";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	expect_die_message("a stray quote?");
	reader_header(r);
	reader_next(r);
}
END_TEST

/* A line break inside quotes is kept when the lines inside do not read
 * as rows. */
START_TEST(quoted_lines_kept)
{
	static const char in[] = "a,b,c\n1,\"x\ny, z\nw\",3\n";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);

	reader_header(r);
	want_row(reader_next(r), 2, 3, "1", "x\ny, z\nw", "3");
	reader_close(r);
}
END_TEST

START_TEST(header_invisibles)
{
	static const char in[] = "\xEF\xBB\xBF\xEF\xBB\xBF\xE2\x80\x8B" "a,"
	    "b\xE2\x80\x8B,c\xE2\x80\x8B" "d\n1,2,3\n";
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(in, sizeof(in) - 1, &o);
	const struct row *h = reader_header(r);

	want_row(h, 1, 3, "a", "b", "c\xE2\x80\x8B" "d");
	ck_assert_str_eq(col_list(h), "\"a\", \"b\", \"c<U+200B>d\"");
	reader_close(r);
}
END_TEST

/* gzip is read as the text it holds; cut short, it is said so. */
static const char gz[] = "\x1F\x8B\x08\x00\x00\x00\x00\x00\x02\x03\x4B\xD4"
    "\x49\xE2\x32\xD4\x31\xE2\x02\x00\x7B\x07\x97\x0A\x08\x00\x00\x00";

START_TEST(gzip_read)
{
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(gz, sizeof(gz) - 1, &o);

	want_row(reader_header(r), 1, 2, "a", "b");
	want_row(reader_next(r), 2, 2, "1", "2");
	ck_assert_ptr_null(reader_next(r));
	reader_close(r);
}
END_TEST

START_TEST(gzip_cut_dies)
{
	struct reader_opts o = { 0 };
	struct reader *r = reader_over(gz, sizeof(gz) - 5, &o);

	expect_die_message("the gzip data ends early");
	reader_header(r);
	while (reader_next(r) != NULL)
		;
}
END_TEST

START_TEST(utf16_out_of_step_dies)
{
	static const char in[] = "\xFF\xFE" "a\0\n\0" "1\0\n\0" "2\0\n\0"
	    "3\0\n\0";
	struct reader_opts o = { .encoding = "UTF-16" };
	/* the byte after "1" lost */
	char cut[sizeof(in)];
	memcpy(cut, in, 8);
	memcpy(cut + 8, in + 9, sizeof(in) - 10);
	struct reader *r = reader_over(cut, sizeof(in) - 2, &o);

	expect_die_message("the UTF-16 text is out of step");
	reader_header(r);
	while (reader_next(r) != NULL)
		;
}
END_TEST

Suite *
reader_suite(void)
{
	Suite *s = suite_create("reader");
	TCase *tc = tcase_create("reader");

	tcase_add_test(tc, plain_and_quoted);
	tcase_add_test(tc, newline_in_field);
	tcase_add_test(tc, detects_delimiter);
	tcase_add_test(tc, whitespace_no_header);
	tcase_add_test(tc, bom_and_column_lookup);
	tcase_add_test(tc, encoding);
	tcase_add_test(tc, long_field);
	tcase_add_exit_test(tc, unclosed_quote_dies, 1);
	tcase_add_exit_test(tc, bad_utf8_dies, 1);
	tcase_add_test(tc, scan_steps);
	tcase_add_exit_test(tc, bad_utf8_late_dies, 1);
	tcase_add_test(tc, decodes_long_field);
	tcase_add_test(tc, cr_alone_ends_lines);
	tcase_add_exit_test(tc, stray_quote_dies, 1);
	tcase_add_test(tc, quoted_lines_kept);
	tcase_add_test(tc, header_invisibles);
	tcase_add_test(tc, gzip_read);
	tcase_add_exit_test(tc, gzip_cut_dies, 1);
	tcase_add_exit_test(tc, utf16_out_of_step_dies, 1);
	suite_add_tcase(s, tc);
	return s;
}
