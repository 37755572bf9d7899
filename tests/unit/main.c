#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "suites.h"

static char want_msg[256];
static int real_stderr = -1;

/* At the exit of a test that dies: the message, caught in a file, must
 * hold want_msg; if not, it is shown and the exit code becomes 99. */
static void
check_die_message(void)
{
	char got[4096];
	ssize_t n;

	fflush(stderr);
	n = pread(STDERR_FILENO, got, sizeof(got) - 1, 0);
	got[n > 0 ? n : 0] = '\0';
	if (strstr(got, want_msg) == NULL) {
		dprintf(real_stderr, "want a message with \"%s\", got \"%s\"\n",
		    want_msg, got);
		_exit(99);
	}
}

void
expect_die_message(const char *want)
{
	char path[] = "/tmp/crm-test-stderr-XXXXXX";
	int fd = mkstemp(path);

	ck_assert_int_ne(fd, -1);
	unlink(path);
	snprintf(want_msg, sizeof(want_msg), "%s", want);
	fflush(stderr);
	real_stderr = dup(STDERR_FILENO);
	ck_assert_int_ne(dup2(fd, STDERR_FILENO), -1);
	close(fd);
	atexit(check_die_message);
}

int
main(void)
{
	Suite *(*suites[])(void) = {
		date_suite, money_suite, reader_suite, writer_suite,
		htab_suite, sort_suite, utf8_suite, model_suite, bytes_suite,
		par_suite, days_suite, txn_suite, files_suite, custid_suite,
		partition_suite, special_suite, cell_suite, strbuf_suite,
		schema_suite, tally_suite, opts_suite, attrs_suite, inert_suite,
	};
	/* Check's timeout is in wall-clock seconds and is there to catch a
	 * hang, not to time anything: its default of 4 s failed tests that
	 * take a second idle on a machine busy with other work (and under
	 * the sanitizers). Every test case gets 60 s unless it sets its own
	 * or CK_DEFAULT_TIMEOUT says otherwise; make unit multiplies them
	 * for the sanitizer build (CK_TIMEOUT_MULTIPLIER). Read when each
	 * suite creates its cases, so set before. */
	setenv("CK_DEFAULT_TIMEOUT", "60", 0);
	SRunner *sr = srunner_create(NULL);

	for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
