#include <check.h>
#include <stdlib.h>

#include "suites.h"

int
main(void)
{
	Suite *(*suites[])(void) = {
		date_suite, money_suite, reader_suite, writer_suite,
		htab_suite, sort_suite, utf8_suite, model_suite, bytes_suite,
		par_suite, txn_suite,
	};
	SRunner *sr = srunner_create(NULL);

	for (size_t i = 0; i < sizeof(suites) / sizeof(suites[0]); i++)
		srunner_add_suite(sr, suites[i]());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
