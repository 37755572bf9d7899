#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "grow.h"
#include "utf8.h"
#include "xlsxout.h"

#define MINWIDTH 8	/* a column's width in characters, at least */
#define MAXWIDTH 60	/* and at most: a long note wraps off the screen */

struct xlsxout {
	lxw_workbook *wb;
	lxw_worksheet *ws;
	lxw_format *money, *date;
	char *name;
	xlsx_kind_fn *kindfn;
	uint32_t row;
	uint16_t col;
	enum xlsx_kind *kind;	/* by column, from the header */
	char **head;		/* by column: the header's names */
	size_t nkind;
	size_t *width;		/* by column: the widest value's characters */
	size_t ncol, kindcap, widthcap;
	char *buf;		/* a field with its NUL, for libxlsxwriter */
	size_t bufcap;
	int32_t epoch;		/* the day before day 1 of the 1900 system */
	int32_t first_true;	/* 1900-03-01: days before are off by one */
};

int
xlsxout_wanted(const char *path)
{
	size_t n = strlen(path);

	return n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0;
}

struct xlsxout *
xlsxout_new(const char *file, const char *name, const char *sheet)
{
	struct xlsxout *x = xcalloc(1, sizeof(*x));
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE };
	/* A fixed creation time: the same rows give the same file. */
	lxw_doc_properties props = { .created = 1 };
	char sname[LXW_SHEETNAME_MAX + 1];

	x->name = xstrdup(name);
	if ((x->wb = workbook_new_opt(file, &opt)) == NULL)
		die_sys(EXIT_IO, "%s: cannot start a workbook", name);
	workbook_set_properties(x->wb, &props);
	snprintf(sname, sizeof(sname), "%s", sheet);
	if ((x->ws = workbook_add_worksheet(x->wb, sname)) == NULL)
		die(EXIT_INTERNAL, "%s: no sheet \"%s\"", name, sname);
	worksheet_freeze_panes(x->ws, 1, 0);
	x->money = workbook_add_format(x->wb);
	format_set_num_format(x->money, "#,##0.00");
	x->date = workbook_add_format(x->wb);
	format_set_num_format(x->date, "yyyy-mm-dd");
	x->epoch = date_from_ymd(1899, 12, 30);
	x->first_true = date_from_ymd(1900, 3, 1);
	return x;
}

void
xlsxout_kinds(struct xlsxout *x, xlsx_kind_fn *fn)
{
	x->kindfn = fn;
}

/* Characters as wide as a Latin letter: two for the wide scripts (CJK,
 * Hangul, fullwidth forms), one for any other character. */
static size_t
text_width(const unsigned char *s, size_t n)
{
	size_t w = 0;

	for (size_t i = 0; i < n; i++) {
		if ((s[i] & 0xc0) == 0x80)
			continue;
		uint32_t cp = s[i];
		if (s[i] >= 0xf0 && i + 3 < n)
			cp = 0x10000;
		else if (s[i] >= 0xe0 && i + 2 < n)
			cp = (uint32_t)(s[i] & 0x0f) << 12 |
			    (uint32_t)(s[i + 1] & 0x3f) << 6 | (s[i + 2] & 0x3f);
		w += (cp >= 0x1100 && cp <= 0x115f) ||
		    (cp >= 0x2e80 && cp <= 0xa4cf) ||
		    (cp >= 0xac00 && cp <= 0xd7a3) ||
		    (cp >= 0xf900 && cp <= 0xfaff) ||
		    (cp >= 0xff00 && cp <= 0xff60) || cp >= 0x10000 ? 2 : 1;
	}
	return w;
}

/* The cell at the current column is done: it is width wide. */
static void
next(struct xlsxout *x, size_t width)
{
	if (x->col >= x->ncol) {
		GROW(x->width, (size_t)x->col + 1, x->widthcap);
		while (x->ncol <= x->col)
			x->width[x->ncol++] = 0;
	}
	if (width > x->width[x->col])
		x->width[x->col] = width;
	x->col++;
}

/* A cell that cannot be written: where it is, by the header's name. */
static _Noreturn void
refuse(struct xlsxout *x, int code, const char *why)
{
	if (x->col < x->nkind)
		die(code, "%s: row %lu, column \"%s\": %s", x->name,
		    (unsigned long)x->row + 1, x->head[x->col], why);
	die(code, "%s: row %lu, column %u: %s", x->name,
	    (unsigned long)x->row + 1, (unsigned)x->col + 1, why);
}

static void
check(struct xlsxout *x, lxw_error e)
{
	if (e == LXW_NO_ERROR)
		return;
	/* a text over 32767 characters: the data's, not the disk's */
	refuse(x, e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED ? EXIT_DATA :
	    EXIT_IO, lxw_strerror(e));
}

/* Room for the cell: a sheet has 1048576 rows of 16384 columns. */
static void
room(struct xlsxout *x)
{
	if (x->row >= LXW_ROW_MAX)
		die(EXIT_DATA, "%s: more than %d rows, which is all a sheet "
		    "holds: write CSV instead", x->name, LXW_ROW_MAX);
	if (x->col >= LXW_COL_MAX)
		die(EXIT_DATA, "%s: more than %d columns, which is all a "
		    "sheet holds: write CSV instead", x->name, LXW_COL_MAX);
}

static void
text(struct xlsxout *x, const char *s, size_t n)
{
	room(x);
	if (n == 0) {
		next(x, 0);
		return;
	}
	if (utf8_invalid(s, n) != n || memchr(s, '\0', n))
		refuse(x, EXIT_DATA, "not UTF-8 text, which a workbook "
		    "cannot hold");
	GROW(x->buf, n + 1, x->bufcap);
	memcpy(x->buf, s, n);
	x->buf[n] = '\0';
	check(x, worksheet_write_string(x->ws, x->row, x->col, x->buf, NULL));
	next(x, text_width((const unsigned char *)s, n));
}

void
xlsxout_number(struct xlsxout *x, double v, int money)
{
	char shown[64];

	room(x);
	check(x, worksheet_write_number(x->ws, x->row, x->col, v,
	    money ? x->money : NULL));
	/* the thousands separators of money take a third more */
	int n = snprintf(shown, sizeof(shown), money ? "%.2f" : "%.15g", v);
	next(x, money ? (size_t)n + (size_t)n / 3 : (size_t)n);
}

void
xlsxout_date(struct xlsxout *x, int32_t day)
{
	char iso[11];

	/* Before March 1900 a sheet's day numbers are off by one (its
	 * 29 February 1900): such a day goes out as text. */
	if (day < x->first_true) {
		text(x, iso, (size_t)date_format(day, iso));
		return;
	}
	room(x);
	check(x, worksheet_write_number(x->ws, x->row, x->col,
	    (double)(day - x->epoch), x->date));
	next(x, 10);
}

/* A number as the tools write them: an optional "-", digits without a
 * leading zero (but "0" itself), an optional "." and digits, an optional
 * exponent. Anything else (00123, +41..., 1,234) is text. */
static int
plain_number(const char *s, size_t n, double *v)
{
	size_t i = s[0] == '-', d;
	char tmp[64];

	if (n >= sizeof(tmp))
		return 0;
	for (d = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == d || (s[d] == '0' && i - d > 1))
		return 0;
	if (i < n && s[i] == '.') {
		for (d = ++i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == d)
			return 0;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i += i + 1 < n && (s[i + 1] == '-' || s[i + 1] == '+');
		for (d = ++i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == d)
			return 0;
	}
	if (i != n)
		return 0;
	memcpy(tmp, s, n);
	tmp[n] = '\0';
	*v = strtod(tmp, NULL);
	return 1;
}

void
xlsxout_field(struct xlsxout *x, const char *s, size_t n,
    enum xlsx_from from)
{
	enum xlsx_kind k = XK_TEXT;
	double v;
	int32_t day;

	if (x->row == 0) {
		GROW(x->kind, (size_t)x->col + 1, x->kindcap);
		x->kind[x->col] = x->kindfn ? x->kindfn(s, n) : XK_ANY;
		x->head = xrealloc(x->head, x->kindcap * sizeof(*x->head));
		x->head[x->col] = xstrndup(s, n);
		x->nkind = (size_t)x->col + 1;
		text(x, s, n);
		return;
	}
	if (x->col < x->nkind)
		k = x->kind[x->col];
	if (k == XK_ANY)
		k = from == XF_TOOL ? XK_ANY : XK_TEXT;
	if (n == 0 || k == XK_TEXT) {
		text(x, s, n);
		return;
	}
	if ((k == XK_ANY || k == XK_DATE) && n == 10 && date_iso(s, &day))
		xlsxout_date(x, day);
	else if (k != XK_DATE && plain_number(s, n, &v))
		xlsxout_number(x, v, k == XK_MONEY);
	else
		text(x, s, n);
}

void
xlsxout_end(struct xlsxout *x)
{
	x->row++;
	x->col = 0;
}

void
xlsxout_close(struct xlsxout *x)
{
	for (size_t c = 0; c < x->ncol; c++) {
		size_t w = x->width[c] + 2;
		w = w < MINWIDTH ? MINWIDTH : w > MAXWIDTH ? MAXWIDTH : w;
		worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c,
		    (double)w, NULL);
	}
	/* libxlsxwriter tells its errors on stderr in words of its own,
	 * before ours: the run tells them once, as every message, in ours. */
	int err = dup(STDERR_FILENO), null = open("/dev/null", O_WRONLY);
	if (err != -1 && null != -1)
		dup2(null, STDERR_FILENO);
	errno = 0;
	lxw_error e = workbook_close(x->wb);
	int saved = errno;
	if (err != -1 && null != -1)
		dup2(err, STDERR_FILENO);
	if (err != -1)
		close(err);
	if (null != -1)
		close(null);
	errno = saved;
	if (e != LXW_NO_ERROR && saved != 0)
		die_sys(EXIT_IO, "write error on %s", x->name);
	if (e != LXW_NO_ERROR)
		die(EXIT_IO, "write error on %s: %s", x->name, lxw_strerror(e));
	for (size_t c = 0; c < x->nkind; c++)
		free(x->head[c]);
	free(x->head);
	free(x->kind);
	free(x->width);
	free(x->buf);
	free(x->name);
	free(x);
}
