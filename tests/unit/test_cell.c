/* A workbook's cells as text: numbers, date formats, date serials, and
 * column letters (lib/infra/cell.c, sheet.c). */
#include <check.h>
#include <string.h>

#include "cell.h"
#include "sheet.h"
#include "suites.h"

static const char *
number(const char *s)
{
	static char out[CELL_NUM];

	if (cell_number(s, strlen(s), out) == 0)
		return "(none)";
	return out;
}

START_TEST(numbers_exact)
{
	ck_assert_str_eq(number("0.1"), "0.1");
	ck_assert_str_eq(number("1234.5"), "1234.5");
	ck_assert_str_eq(number("17850"), "17850");
	ck_assert_str_eq(number("-20"), "-20");
	ck_assert_str_eq(number("100"), "100");
	ck_assert_str_eq(number("0.30000000000000004"), "0.3");
	ck_assert_str_eq(number("1234.5999999999999"), "1234.6");
	ck_assert_str_eq(number("0.99999999999999999"), "1");
	ck_assert_str_eq(number("1E-3"), "0.001");
	ck_assert_str_eq(number("1.5E+20"), "150000000000000000000");
	ck_assert_str_eq(number("-0"), "0");
	ck_assert_str_eq(number("00.50"), "0.5");
	ck_assert_str_eq(number("123456789012345678"), "123456789012346000");
	ck_assert_str_eq(number("1e400"), "(none)");
	ck_assert_str_eq(number("abc"), "(none)");
	ck_assert_str_eq(number("1.2.3"), "(none)");
	ck_assert_str_eq(number(""), "(none)");
	ck_assert_str_eq(number("1E"), "(none)");
}
END_TEST

START_TEST(formats)
{
	ck_assert_int_eq(cell_builtin(14), CELL_DATE);
	ck_assert_int_eq(cell_builtin(22), CELL_DATETIME);
	ck_assert_int_eq(cell_builtin(20), CELL_TIME);
	ck_assert_int_eq(cell_builtin(4), CELL_PLAIN);
	ck_assert_int_eq(cell_format("dd/mm/yyyy"), CELL_DATE);
	ck_assert_int_eq(cell_format("mmm d, yyyy"), CELL_DATE);
	ck_assert_int_eq(cell_format("yyyy-mm-dd hh:mm"), CELL_DATETIME);
	ck_assert_int_eq(cell_format("[$-409]h:mm AM/PM"), CELL_TIME);
	ck_assert_int_eq(cell_format("[h]:mm"), CELL_PLAIN);
	ck_assert_int_eq(cell_format("\"\\xA5\"#,##0.00"), CELL_PLAIN);
	ck_assert_int_eq(cell_format("\"day\" 0"), CELL_PLAIN);
	ck_assert_int_eq(cell_format("0.00E+00"), CELL_PLAIN);
	ck_assert_int_eq(cell_format("General"), CELL_PLAIN);
	ck_assert_int_eq(cell_format("[Red]yyyy"), CELL_DATE);
}
END_TEST

static const char *
serial(const char *s, int date1904, enum cell_kind k)
{
	static char out[32];

	if (cell_serial(s, date1904, k, out) == 0)
		return "(none)";
	return out;
}

START_TEST(serials)
{
	ck_assert_str_eq(serial("1", 0, CELL_DATE), "1900-01-01");
	ck_assert_str_eq(serial("59", 0, CELL_DATE), "1900-02-28");
	ck_assert_str_eq(serial("60", 0, CELL_DATE), "1900-02-29");
	ck_assert_str_eq(serial("61", 0, CELL_DATE), "1900-03-01");
	ck_assert_str_eq(serial("45292", 0, CELL_DATE), "2024-01-01");
	ck_assert_str_eq(serial("43830", 1, CELL_DATE), "2024-01-01");
	ck_assert_str_eq(serial("0", 1, CELL_DATE), "1904-01-01");
	ck_assert_str_eq(serial("45292.5", 0, CELL_DATETIME),
	    "2024-01-01 12:00:00");
	ck_assert_str_eq(serial("45292", 0, CELL_DATETIME), "2024-01-01");
	ck_assert_str_eq(serial("0.99998", 0, CELL_TIME), "23:59:58");
	ck_assert_str_eq(serial("45292.99999999", 0, CELL_DATETIME),
	    "2024-01-02");
	ck_assert_str_eq(serial("-1", 0, CELL_DATE), "(none)");
	ck_assert_str_eq(serial("x", 0, CELL_DATE), "(none)");
	ck_assert_str_eq(serial("1e9", 0, CELL_DATE), "(none)");
}
END_TEST

START_TEST(iso)
{
	char a[] = "2024-03-01T00:00:00", b[] = "2024-03-01T10:30:00.5",
	    c[] = "2024-03-01";

	ck_assert_uint_eq(cell_iso(a, strlen(a)), 10);
	ck_assert_uint_eq(cell_iso(b, strlen(b)), 19);
	ck_assert_mem_eq(b, "2024-03-01 10:30:00", 19);
	ck_assert_uint_eq(cell_iso(c, strlen(c)), 10);
}
END_TEST

START_TEST(columns)
{
	const char *s = "AB12", *x = "XFD1", *y = "XFE1", *none = "12";
	char buf[4];

	ck_assert_int_eq(sheet_column(&s), 27);
	ck_assert_str_eq(s, "12");
	ck_assert_int_eq(sheet_column(&x), CELL_COLS - 1);
	ck_assert_int_eq(sheet_column(&y), -1);
	ck_assert_int_eq(sheet_column(&none), -1);
	ck_assert_str_eq(sheet_letters(0, buf), "A");
	ck_assert_str_eq(sheet_letters(27, buf), "AB");
	ck_assert_str_eq(sheet_letters(CELL_COLS - 1, buf), "XFD");
}
END_TEST

START_TEST(cells_padded)
{
	struct cells c = { 0 };

	cells_clear(&c, 3);
	cells_put(&c, 2, "x", 1);
	cells_put(&c, 0, "", 0);
	ck_assert_uint_eq(c.n, 3);
	ck_assert_uint_eq(c.len[0], 0);
	ck_assert_uint_eq(c.len[1], 0);
	ck_assert_str_eq(c.buf + c.off[2], "x");
	cells_clear(&c, 4);
	ck_assert_uint_eq(c.n, 0);
	cells_free(&c);
}
END_TEST

Suite *
cell_suite(void)
{
	Suite *s = suite_create("cell");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, numbers_exact);
	tcase_add_test(tc, formats);
	tcase_add_test(tc, serials);
	tcase_add_test(tc, iso);
	tcase_add_test(tc, columns);
	tcase_add_test(tc, cells_padded);
	suite_add_tcase(s, tc);
	return s;
}
