/*
 * Excel 97-2003 workbooks (.xls, BIFF in an OLE2 compound file) through
 * libfreexl, which reads the sheet's cells into memory when it opens the
 * file (an .xls holds at most 65,536 rows); rows are then given one at a
 * time. libfreexl writes dates, in either date system, as ISO text.
 *
 * libfreexl is not safe on a hostile file (fuzzing found a crafted .xls
 * that makes it read outside a buffer): a child process reads every cell
 * of the file first, and a file that kills it, or makes it fail, is
 * refused before this process lets libfreexl near it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <freexl.h>

#include "alloc.h"
#include "err.h"
#include "sheet.h"

struct xls {
	struct sheet s;		/* first: a struct sheet * is a struct xls * */
	const void *h;
	const char *where;
	unsigned rows, row;
	unsigned short cols;
};

/* An OLE2 file libfreexl cannot read: what it is, by the names of the
 * streams it holds (UTF-16 in its directory). */
static const char *
ole_kind(int fd)
{
	static const struct {
		const char *name, *what;
	} kinds[] = {
		{ "EncryptedPackage", "an encrypted workbook: save it "
		    "without a password" },
		{ "WordDocument", "a Word document, not a table" },
		{ "PowerPoint Document", "a PowerPoint presentation, not a table" },
	};
	char buf[1 << 16], u16[64];
	ssize_t n = pread(fd, buf, sizeof(buf), 0);

	for (size_t i = 0; n > 0 && i < sizeof(kinds) / sizeof(kinds[0]); i++) {
		size_t len = strlen(kinds[i].name);
		for (size_t j = 0; j < len; j++) {
			u16[2 * j] = kinds[i].name[j];
			u16[2 * j + 1] = '\0';
		}
		if (memmem(buf, (size_t)n, u16, 2 * len) != NULL)
			return kinds[i].what;
	}
	return NULL;
}

static int
xls_next(struct sheet *s, struct cells *c)
{
	struct xls *x = (struct xls *)s;
	char buf[CELL_NUM], num[32];

	if (x->row >= x->rows)
		return 0;
	cells_clear(c, (long)x->row + 1);
	for (unsigned short col = 0; col < x->cols; col++) {
		FreeXL_CellValue v;
		const char *t = NULL;
		size_t n = 0;
		if (freexl_get_cell_value(x->h, x->row, col, &v) != FREEXL_OK)
			die(EXIT_DATA, "%srow %u: a cell libfreexl cannot read",
			    x->where, x->row + 1);
		switch (v.type) {
		case FREEXL_CELL_INT:
			snprintf(num, sizeof(num), "%d", v.value.int_value);
			t = num;
			break;
		case FREEXL_CELL_DOUBLE:
			/* 17 digits keep the double; cell_number rounds to
			 * Excel's 15 */
			snprintf(num, sizeof(num), "%.17g", v.value.double_value);
			n = cell_number(num, strlen(num), buf);
			t = n > 0 ? buf : num;
			break;
		case FREEXL_CELL_TEXT: case FREEXL_CELL_SST_TEXT:
		case FREEXL_CELL_DATE: case FREEXL_CELL_DATETIME:
		case FREEXL_CELL_TIME:
			t = v.value.text_value;
			break;
		}
		if (t != NULL)
			cells_put(c, col, t, n > 0 ? n : strlen(t));
	}
	x->row++;
	return 1;
}

static void
xls_close(struct sheet *s)
{
	struct xls *x = (struct xls *)s;

	freexl_close(x->h);
	free(x->s.name);
	free(x->s.where);
	free(x);
}

/* The exit status by which the child says libfreexl refused the file
 * with an error: FAILED - error (its errors are -1 to -26). */
#define FAILED 100

/* In the child: every cell of every sheet, read and dropped. */
_Noreturn static void
probe(const char *path)
{
	const void *h;
	unsigned count = 0, rows;
	unsigned short cols;
	FreeXL_CellValue v;
	int rc = freexl_open(path, &h);

	if (rc != FREEXL_OK)
		_exit(rc < 0 && rc > -FAILED ? FAILED - rc : FAILED);
	freexl_get_info(h, FREEXL_BIFF_SHEET_COUNT, &count);
	for (unsigned i = 0; i < count; i++) {
		if (freexl_select_active_worksheet(h, (unsigned short)i) !=
		    FREEXL_OK || freexl_worksheet_dimensions(h, &rows, &cols) !=
		    FREEXL_OK)
			continue;
		for (unsigned r = 0; r < rows; r++)
			for (unsigned short c = 0; c < cols; c++)
				freexl_get_cell_value(h, r, c, &v);
	}
	freexl_close(h);
	_exit(0);
}

/* Whether libfreexl reads the file through without dying, tried apart:
 * FREEXL_OK, or the error it opened the file with. */
static int
tried(const char *path, const char *where)
{
	int status;
	pid_t pid = fork();

	if (pid == -1)
		die_sys(EXIT_IO, "%sfork", where);
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		if (null != -1)
			dup2(null, STDERR_FILENO);	/* no sanitizer's report */
		probe(path);
	}
	while (waitpid(pid, &status, 0) == -1)
		if (errno != EINTR)
			die_sys(EXIT_INTERNAL, "%swaitpid", where);
	if (WIFEXITED(status) && WEXITSTATUS(status) > FAILED)
		return FAILED - WEXITSTATUS(status);
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		die(EXIT_DATA, "%san .xls libfreexl cannot read safely (it %s "
		    "reading it): a damaged or crafted file? Save it as .xlsx",
		    where, WIFSIGNALED(status) ? "crashed" : "failed");
	return FREEXL_OK;
}

struct sheet *
sheet_xls(int fd, const char *want, const char *where)
{
	struct xls *x = xcalloc(1, sizeof(*x));
	char path[64];
	unsigned info = 0, count = 0, pick = 0;
	const char *what, *name;

	x->where = where;
	x->s.next = xls_next;
	x->s.close = xls_close;
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	int rc = tried(path, where);
	if (rc == FREEXL_OK)
		rc = freexl_open(path, &x->h);
	if (rc == FREEXL_OK && freexl_get_info(x->h, FREEXL_BIFF_PASSWORD,
	    &info) == FREEXL_OK && info != FREEXL_BIFF_PLAIN)
		die(EXIT_DATA, "%sthis is an encrypted Excel workbook (.xls): "
		    "save it without a password", where);
	if (rc != FREEXL_OK) {
		if (x->h != NULL)
			freexl_close(x->h);
		if ((what = ole_kind(fd)) != NULL)
			die(EXIT_DATA, "%sthis is %s", where, what);
		if (rc == FREEXL_CFBF_READ_ERROR || rc == FREEXL_CFBF_SEEK_ERROR)
			die(EXIT_DATA, "%san Office file (OLE2) cut short or "
			    "damaged", where);
		die(EXIT_DATA, "%san Office file (OLE2) that is no Excel "
		    "workbook libfreexl reads (its error %d): save it as .xlsx "
		    "or CSV", where, rc);
	}
	freexl_get_info(x->h, FREEXL_BIFF_SHEET_COUNT, &count);
	char **names = xcalloc(count + 1, sizeof(char *));
	for (unsigned i = 0; i < count; i++) {
		if (freexl_get_worksheet_name(x->h, (unsigned short)i, &name) !=
		    FREEXL_OK || name == NULL)
			name = "";
		names[i] = xstrdup(name);
		if (want && sheet_wanted(want, name, i) && pick == 0)
			pick = i + 1;
	}
	if (want && pick == 0)
		sheet_unknown(where, want, names, count);
	if (count == 0)
		die(EXIT_DATA, "%sthe workbook has no sheet", where);
	pick = pick ? pick - 1 : 0;
	x->s.name = names[pick];
	sheet_where(&x->s, where);
	x->where = x->s.where;
	for (unsigned i = 0; i < count; i++)
		if (i != pick)
			free(names[i]);
	free(names);
	if (freexl_select_active_worksheet(x->h, (unsigned short)pick) !=
	    FREEXL_OK || freexl_worksheet_dimensions(x->h, &x->rows,
	    &x->cols) != FREEXL_OK)
		die(EXIT_DATA, "%ssheet \"%s\" cannot be read", where, x->s.name);
	return &x->s;
}
