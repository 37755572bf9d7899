#include <check.h>
#include <string.h>

#include "bytes.h"
#include "suites.h"

/* Against memcmp and memcpy, at every length each move covers, with the
 * difference at each byte. */
START_TEST(eq_and_copy_as_libc)
{
	char a[32], b[32], d[32];

	for (size_t n = 0; n <= 20; n++) {
		for (size_t i = 0; i < 32; i++)
			a[i] = b[i] = (char)('a' + i);
		ck_assert(bytes_eq(a, b, n));
		for (size_t at = 0; at < n; at++) {
			b[at] = 'Z';
			ck_assert(!bytes_eq(a, b, n));
			b[at] = a[at];
		}
		b[n] = 'Z';	/* past the end: not compared */
		ck_assert(bytes_eq(a, b, n));
		if (n > 16)
			continue;
		memset(d, '.', sizeof(d));
		bytes_copy16(d, a, n);
		ck_assert_int_eq(memcmp(d, a, n), 0);
		ck_assert_int_eq(d[n], '.');
	}
}
END_TEST

Suite *
bytes_suite(void)
{
	Suite *s = suite_create("bytes");
	TCase *tc = tcase_create("bytes");

	tcase_add_test(tc, eq_and_copy_as_libc);
	suite_add_tcase(s, tc);
	return s;
}
