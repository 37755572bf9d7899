#ifndef CRM_CELL_H
#define CRM_CELL_H

#include <stddef.h>

/*
 * A workbook's cells as the text crm-import reads: how numbers, dates
 * and rows of cells are written, the same for every workbook format
 * (sheet_xlsx.c, sheet_ods.c, sheet_xls.c).
 */

/* Room for any number cell_number writes, and its NUL. */
#define CELL_NUM 400

/*
 * The number a cell's text (as a workbook stores it: "1234.5", "-1E-3",
 * "0.30000000000000004") holds, as a plain decimal without exponent,
 * rounded to 15 significant digits (what Excel keeps and shows, so that
 * float noise goes and 0.1 stays 0.1) and without trailing zeros. The
 * length written to out; 0 when the text is no number (out untouched).
 */
size_t cell_number(const char *s, size_t n, char *out);

/* What a number format shows: a date (a day, maybe with a time), a
 * time of day alone, or neither. */
enum cell_kind { CELL_PLAIN, CELL_DATE, CELL_DATETIME, CELL_TIME };

/* An Excel number format by its built-in id, or by its code (id 164 and
 * above): "dd/mm/yyyy" is a date, "[$-409]h:mm AM/PM" a time, "0.00"
 * and "[h]:mm" (a duration) are neither. */
enum cell_kind cell_builtin(long id);
enum cell_kind cell_format(const char *code);

/*
 * An Excel date serial (days since the epoch of the workbook's date
 * system, the fraction the time) as ISO "YYYY-MM-DD", with
 * " HH:MM:SS" for CELL_DATETIME (a time of midnight is left out), or
 * "HH:MM:SS" alone for CELL_TIME. In the 1900 system serial 60 is
 * 1900-02-29, a day Excel counts that never was: it is written as such,
 * for the date parser to refuse, and the days after it are right. The
 * length written (out has 20 bytes at least); 0 when s is no number or
 * out of the range of dates (then the caller keeps the number).
 */
size_t cell_serial(const char *s, int date1904, enum cell_kind k, char *out);

/* An ISO date-time as a workbook stores it ("2024-03-01T00:00:00"),
 * as the date alone at midnight, else with a space for the T and
 * without fractions of a second: the length kept, s changed in place. */
size_t cell_iso(char *s, size_t n);

/* The cells of one row, by column, in one buffer. */
struct cells {
	char *buf;
	size_t used, cap;
	size_t *off, *len;	/* of column i, in buf */
	size_t n, ncap;		/* columns so far: the last non-empty + 1 */
	long line;		/* the sheet's row number, from 1 */
};

/* The widest sheet Excel makes (XFD): a column beyond is refused. */
#define CELL_COLS 16384
/* The longest cell read: Excel's own limit is 32,767 characters. */
#define CELL_MAX ((size_t)1 << 24)

void cells_clear(struct cells *c, long line);
/* Sets column col (from 0, < CELL_COLS) to s[0..n); columns before it
 * not set are empty. An empty value sets nothing. */
void cells_put(struct cells *c, size_t col, const char *s, size_t n);
void cells_free(struct cells *c);

#endif
