#include <check.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "attrs.h"
#include "date.h"
#include "err.h"
#include "master.h"
#include "suites.h"
#include "writer.h"

/* One row of customer id with the values a and b of two kept columns. */
static void
add(struct attrs *at, const char *id, int32_t day, const char *a,
    const char *b)
{
	char *val[2] = { (char *)a, (char *)b };
	size_t len[2] = { strlen(a), strlen(b) };

	attrs_add(at, id, strlen(id), day, val, len);
}

/* What attrs_put (or master_put) writes for a customer, as one line. */
static const char *
put(const struct attrs *at, struct master *m, const char *id)
{
	static char buf[256];
	const char *path = "/tmp/crm-test-attrs.csv";
	struct writer *w = writer_open(path, ',');

	if (at)
		attrs_put(w, at, attrs_find(at, id, strlen(id)));
	else
		master_put(w, m, master_find(m, id, strlen(id)));
	writer_end(w);
	writer_close(w);
	FILE *f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	buf[n] = '\0';
	fclose(f);
	unlink(path);
	return buf;
}

START_TEST(latest_non_empty_by_date)
{
	struct attrs *at = attrs_new(2);

	add(at, "a", 10, "Ann", "North");
	add(at, "a", 30, "", "East");	/* empty: the name stays */
	add(at, "a", 20, "Anne", "West");	/* older: the region stays */
	add(at, "b", 5, "Bo", "  ");	/* blanks are no value */
	add(at, "b", 5, "Bob", "+0041");	/* same day: the later row */
	ck_assert_str_eq(put(at, NULL, "a"), "Anne,East\n");
	ck_assert_str_eq(put(at, NULL, "b"), "Bob,+0041\n");
	ck_assert_str_eq(put(at, NULL, "c"), ",\n");
	ck_assert_int_eq(attrs_find(at, "c", 1), -1);
	attrs_free(at);
}
END_TEST

START_TEST(changes_counted_once_a_customer)
{
	struct attrs *at = attrs_new(2);

	add(at, "a", 1, "x", "r");
	add(at, "a", 2, "y", "r");
	add(at, "a", 3, "x", "");
	add(at, "a", 4, "z", "r");	/* a third value: still one customer */
	add(at, "b", 1, "x", "r");
	add(at, "b", 9, "", "s");
	ck_assert_uint_eq(attrs_changed(at, 0), 1);
	ck_assert_uint_eq(attrs_changed(at, 1), 1);
	attrs_free(at);
}
END_TEST

/* A master file of text at path (the same each run: a test that dies
 * leaves no new file behind). */
static const char *
master_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(fputs(text, f) >= 0, 1);
	ck_assert_int_eq(fclose(f), 0);
	return path;
}

START_TEST(master_joins_by_normal_id)
{
	const char *path = master_file("/tmp/crm-test-master.csv",
	    "owner,id,phone\nKim, 001 ,+41\n"
	    "Lee,e\xcc\x81\xc2\xa0,0042\n");
	struct master_opts o = { path, "id", 0 };
	struct master *m = master_read(&o);

	ck_assert_str_eq(put(NULL, m, "001"), "Kim,+41\n");
	ck_assert_str_eq(put(NULL, m, "\xc3\xa9"), "Lee,0042\n");
	ck_assert_str_eq(put(NULL, m, "002"), ",\n");
	ck_assert_int_eq(master_find(m, "001", 3), 0);	/* counted once */
	master_free(m);
	unlink(path);
}
END_TEST

START_TEST(master_key_twice_dies)
{
	const char *path = master_file("/tmp/crm-test-master-twice.csv",
	    "customer_id,x\na,1\nb,2\na ,3\n");
	struct master_opts o = { path, "customer_id", 0 };

	expect_die_message("lines 2 and 4: customer a twice");
	master_read(&o);
}
END_TEST

Suite *
attrs_suite(void)
{
	Suite *s = suite_create("attrs");
	TCase *tc = tcase_create("attrs");

	tcase_add_test(tc, latest_non_empty_by_date);
	tcase_add_test(tc, changes_counted_once_a_customer);
	tcase_add_test(tc, master_joins_by_normal_id);
	tcase_add_exit_test(tc, master_key_twice_dies, EXIT_DATA);
	suite_add_tcase(s, tc);
	return s;
}
