#ifndef CRM_XLSXOUT_H
#define CRM_XLSXOUT_H

#include <stddef.h>
#include <stdint.h>

/*
 * A workbook for the writer (-o FILE.xlsx), through libxlsxwriter: one
 * sheet whose first row is the header, frozen; ids and words as text
 * cells, numbers as numbers (money with two decimals), dates as dates
 * shown yyyy-mm-dd; each column as wide as its content, within bounds.
 * Rows go out one at a time (libxlsxwriter's constant-memory mode), so
 * a large table costs no more memory than a small one. Nothing in a cell
 * is ever a formula.
 */

/* How a column's values are read, by its header name (writer_kinds):
 * XK_ANY leaves it to the call that wrote the field. */
enum xlsx_kind { XK_ANY, XK_TEXT, XK_NUMBER, XK_MONEY, XK_DATE };
typedef enum xlsx_kind xlsx_kind_fn(const char *name, size_t len);

/* Where a field came from: the data (a text cell unless its column's
 * kind says otherwise) or the tool, which formatted it (a number or a
 * date when it reads as one). */
enum xlsx_from { XF_DATA, XF_TOOL };

struct xlsxout;

/* A workbook to be written to file (a path that libxlsxwriter creates
 * again), named name in messages, with one sheet named sheet (cut to 31
 * bytes). */
struct xlsxout *xlsxout_new(const char *file, const char *name,
    const char *sheet);
void xlsxout_kinds(struct xlsxout *x, xlsx_kind_fn *fn);

/* The next cell of the row: s[0..n), or a number the tool computed
 * (money: shown with two decimals), or a day number. A value a sheet
 * cannot hold (a text over 32767 characters, invalid UTF-8, a row past
 * 1048576 or a column past 16384) dies (exit 1), naming row and column. */
void xlsxout_field(struct xlsxout *x, const char *s, size_t n,
    enum xlsx_from from);
void xlsxout_number(struct xlsxout *x, double v, int money);
void xlsxout_date(struct xlsxout *x, int32_t day);
/* Ends the row. */
void xlsxout_end(struct xlsxout *x);

/* Writes the workbook into its file and frees x; a failure dies (exit
 * 3). */
void xlsxout_close(struct xlsxout *x);

/* Whether a file of this name is written as a workbook: it ends in
 * .xlsx, in any case. */
int xlsxout_wanted(const char *path);

#endif
