#ifndef CRM_SUITES_H
#define CRM_SUITES_H

#include <check.h>
#include <stddef.h>

#include "reader.h"

Suite *date_suite(void);
Suite *money_suite(void);
Suite *reader_suite(void);
Suite *writer_suite(void);
Suite *htab_suite(void);
Suite *sort_suite(void);
Suite *utf8_suite(void);
Suite *model_suite(void);
Suite *bytes_suite(void);
Suite *par_suite(void);
Suite *days_suite(void);
Suite *txn_suite(void);
Suite *files_suite(void);
Suite *custid_suite(void);
Suite *partition_suite(void);
Suite *special_suite(void);
Suite *cell_suite(void);
Suite *strbuf_suite(void);
Suite *schema_suite(void);
Suite *tally_suite(void);
Suite *opts_suite(void);
Suite *attrs_suite(void);
Suite *inert_suite(void);

/* In a test that dies (tcase_add_exit_test): its message goes to a file,
 * not to the run's output, and must hold WANT. */
void expect_die_message(const char *want);

struct reader *reader_over(const char *bytes, size_t n,
    const struct reader_opts *o);

#endif
