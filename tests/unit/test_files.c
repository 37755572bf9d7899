#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"
#include "suites.h"
#include "writer.h"

/* One folder for the case, made and removed in the parent process, since
 * a test that dies does not clean up after itself. */
static char dir[] = "/tmp/crm-test-files-XXXXXX";

static void
make_dir(void)
{
	ck_assert_ptr_nonnull(mkdtemp(dir));
}

static void
remove_dir(void)
{
	char cmd[64];

	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* dir/name, made with text when text is not NULL. */
static const char *
at(const char *name, const char *text)
{
	static char paths[8][256];
	static int k;
	char *p = paths[k++ % 8];

	snprintf(p, sizeof(paths[0]), "%s/%s", dir, name);
	if (text) {
		FILE *f = fopen(p, "w");
		ck_assert_ptr_nonnull(f);
		fputs(text, f);
		fclose(f);
	}
	return p;
}

START_TEST(follow_relative_chain)
{
	/* Each link's target is relative to the link's own folder. */
	ck_assert_int_eq(mkdir(at("sub", NULL), 0777), 0);
	at("sub/real.csv", "x\n");
	ck_assert_int_eq(symlink("real.csv", at("sub/hop.csv", NULL)), 0);
	ck_assert_int_eq(symlink("sub/hop.csv", at("chain.csv", NULL)), 0);
	char *p = file_follow(at("chain.csv", NULL));
	ck_assert_str_eq(p, at("sub/real.csv", NULL));
	free(p);
	/* Not a link: the path itself, there or not. */
	p = file_follow(at("none.csv", NULL));
	ck_assert_str_eq(p, at("none.csv", NULL));
	free(p);
}
END_TEST

START_TEST(follow_loop)
{
	ck_assert_int_eq(symlink("loop2", at("loop1", NULL)), 0);
	ck_assert_int_eq(symlink("loop1", at("loop2", NULL)), 0);
	errno = 0;
	ck_assert_ptr_null(file_follow(at("loop1", NULL)));
	ck_assert_int_eq(errno, ELOOP);
}
END_TEST

START_TEST(distinct_files_pass)
{
	char *in = (char *)at("in.csv", "a\n");

	file_out("-o", at("out.csv", "old\n"));
	file_out("--rejects", at("rej.csv", NULL));
	file_in("--params", at("p.csv", "p\n"));
	files_check(1, &in);
	/* An output option given twice writes its last file only. */
	file_out("-o", in);
	file_out("-o", at("out.csv", NULL));
	files_check(1, &in);
	/* Devices are written in place and never compared. */
	file_out("-o", "/dev/null");
	file_out("--rejects", "/dev/null");
	file_out("--breaks-out", "-");
	files_check(1, &in);
}
END_TEST

START_TEST(output_is_output)
{
	char *in = (char *)at("in2.csv", "a\n");

	expect_die_message("--rejects x.csv and -o x.csv are the same file");
	ck_assert_int_eq(chdir(dir), 0);
	file_out("--rejects", "x.csv");
	file_out("-o", "x.csv");
	files_check(1, &in);
}
END_TEST

START_TEST(absent_by_folder_and_name)
{
	char *in = (char *)at("in3.csv", "a\n");

	expect_die_message("--params-out new.csv and --summary-out "
	    "sub2/../new.csv are the same file");
	ck_assert_int_eq(mkdir(at("sub2", NULL), 0777), 0);
	ck_assert_int_eq(chdir(dir), 0);
	file_out("--params-out", "new.csv");
	file_out("--summary-out", "sub2/../new.csv");
	files_check(1, &in);
}
END_TEST

START_TEST(link_to_input)
{
	char *in[] = { "a.csv", "b.csv" };

	expect_die_message("-o l.csv and the input b.csv are the same file");
	ck_assert_int_eq(chdir(dir), 0);
	at("a.csv", "a\n");
	at("b.csv", "b\n");
	ck_assert_int_eq(symlink("b.csv", "l.csv"), 0);
	file_out("-o", "l.csv");
	files_check(2, in);
}
END_TEST

START_TEST(standard_input)
{
	expect_die_message("--rejects s.csv and standard input are the same "
	    "file");
	ck_assert_int_eq(chdir(dir), 0);
	at("s.csv", "a\n");
	ck_assert_ptr_nonnull(freopen("s.csv", "r", stdin));
	file_out("--rejects", "s.csv");
	files_check(0, NULL);
}
END_TEST

/* The file replaced keeps its permission bits; a new one gets the
 * umask's. */
START_TEST(writer_keeps_mode)
{
	const char *old = at("mode.csv", "old\n"), *fresh = at("fresh.csv", NULL);
	struct stat st;

	ck_assert_int_eq(chmod(old, 0600), 0);
	struct writer *w = writer_open(old, ',');
	writer_str(w, "new");
	writer_end(w);
	writer_close(w);
	ck_assert_int_eq(stat(old, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0600);
	mode_t mask = umask(027);
	w = writer_open(fresh, ',');
	writer_close(w);
	umask(mask);
	ck_assert_int_eq(stat(fresh, &st), 0);
	ck_assert_int_eq(st.st_mode & 07777, 0640);
}
END_TEST

Suite *
files_suite(void)
{
	Suite *s = suite_create("files");
	TCase *tc = tcase_create("core");

	tcase_add_unchecked_fixture(tc, make_dir, remove_dir);
	tcase_add_test(tc, follow_relative_chain);
	tcase_add_test(tc, follow_loop);
	tcase_add_test(tc, distinct_files_pass);
	tcase_add_exit_test(tc, output_is_output, 2);
	tcase_add_exit_test(tc, absent_by_folder_and_name, 2);
	tcase_add_exit_test(tc, link_to_input, 2);
	tcase_add_exit_test(tc, standard_input, 2);
	tcase_add_test(tc, writer_keeps_mode);
	suite_add_tcase(s, tc);
	return s;
}
