#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "report.h"

#define WIDTH 76		/* notes wrap here */

/* SGR codes: headings, column heads, better and worse. */
#define C_TITLE "1;36"
#define C_BOLD "1"
#define C_UP "32"
#define C_DOWN "31"
#define C_FAINT "2"

/* CommonMark lets a backslash escape any ASCII punctuation. */
static char *
md_escape(const char *s)
{
	struct buf b = { 0 };

	bputs(&b, "");		/* "" too comes back allocated */
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|", *s))
			bput(&b, "\\", 1);
		bput(&b, s, 1);
	}
	return b.s;
}

/* Every cell as shown, heads first, and each column's width. */
static char **
show_all(const struct tab *t, int md, size_t *width)
{
	size_t nc = t->ncol;
	char **s = xcalloc((t->nrow + 1) * nc, sizeof(char *));

	for (size_t c = 0; c < nc; c++) {
		s[c] = md ? md_escape(t->head[c]) : xstrdup(t->head[c]);
		width[c] = md ? 3 : 0;	/* "--:" is the least a rule can be */
	}
	for (size_t r = 0; r < t->nrow; r++)
		for (size_t c = 0; c < nc; c++) {
			char *v = tab_show(t, r, c);
			s[(r + 1) * nc + c] = md ? md_escape(v) : v;
			if (md)
				free(v);
		}
	for (size_t i = 0; i < (t->nrow + 1) * nc; i++) {
		size_t w = dwidth(s[i], strlen(s[i]));
		if (w > width[i % nc])
			width[i % nc] = w;
	}
	return s;
}

static void
free_all(char **s, const struct tab *t)
{
	for (size_t i = 0; i < (t->nrow + 1) * t->ncol; i++)
		free(s[i]);
	free(s);
}

static void
paint(struct buf *b, const char *code, const char *s, size_t n)
{
	if (code)
		bprintf(b, "\033[%sm", code);
	bput(b, s, n);
	if (code)
		bputs(b, "\033[0m");
}

static void
wrap(struct buf *b, const char *s, size_t indent)
{
	size_t col = 0;

	for (;;) {
		s += strspn(s, " ");
		if (*s == '\0')
			break;
		size_t n = strcspn(s, " "), w = dwidth(s, n);
		if (col > 0 && col + 1 + w > WIDTH) {
			bputs(b, "\n");
			col = 0;
		}
		if (col == 0) {
			bpad(b, indent);
			col = indent;
		} else {
			bputs(b, " ");
			col++;
		}
		bput(b, s, n);
		col += w;
		s += n;
	}
	if (col > 0)
		bputs(b, "\n");
}

static void
text_title(struct buf *b, const struct tab *t, int color)
{
	size_t n = strlen(t->title);

	bputs(b, "\n");
	paint(b, color ? (t->level == 2 ? C_TITLE : C_BOLD) : NULL, t->title, n);
	bputs(b, "\n");
	if (t->level == 2) {
		for (size_t i = dwidth(t->title, n); i > 0; i--)
			bputs(b, "-");
		bputs(b, "\n");
	}
	if (t->note)
		wrap(b, t->note, 2);
	if (t->ncol > 0)
		bputs(b, "\n");
}

static const char *
mark_color(unsigned char mark)
{
	return mark == MARK_UP ? C_UP : mark == MARK_DOWN ? C_DOWN :
	    mark == MARK_FAINT ? C_FAINT : NULL;
}

static void
text_list(struct buf *b, const struct tab *t, int color)
{
	size_t lw = 0, nw = 0, *w = xcalloc(t->ncol, sizeof(size_t));
	char **s = show_all(t, 0, w);

	/* Labels in one column; numbers right-aligned in the next. */
	for (size_t c = 0; c < t->ncol; c++) {
		size_t hw = dwidth(s[c], strlen(s[c]));
		size_t vw = dwidth(s[t->ncol + c], strlen(s[t->ncol + c]));
		if (hw > lw)
			lw = hw;
		if (t->align[c] != AL_LEFT && vw > nw)
			nw = vw;
	}
	for (size_t c = 0; c < t->ncol; c++) {
		const char *v = s[t->ncol + c];
		size_t vw = dwidth(v, strlen(v));
		bpad(b, 2);
		bputs(b, s[c]);
		bpad(b, lw - dwidth(s[c], strlen(s[c])) + 2);
		if (t->align[c] != AL_LEFT)
			bpad(b, nw - vw);
		paint(b, color ? mark_color(t->mark[c]) : NULL, v, strlen(v));
		bputs(b, "\n");
	}
	free_all(s, t);
	free(w);
}

static void
text_cells(struct buf *b, const struct tab *t, char **row, const size_t *w,
    const char *code, const unsigned char *mark)
{
	bpad(b, 2);
	for (size_t c = 0; c < t->ncol; c++) {
		size_t sw = dwidth(row[c], strlen(row[c]));
		const char *k = code ? code : mark ? mark_color(mark[c]) : NULL;
		if (c > 0)
			bpad(b, 2);
		if (t->align[c] != AL_LEFT)
			bpad(b, w[c] - sw);
		paint(b, k, row[c], strlen(row[c]));
		if (t->align[c] == AL_LEFT && c + 1 < t->ncol)
			bpad(b, w[c] - sw);
	}
	bputs(b, "\n");
}

static void
text_rule(struct buf *b, const struct tab *t, const size_t *w)
{
	bpad(b, 2);
	for (size_t c = 0; c < t->ncol; c++) {
		if (c > 0)
			bpad(b, 2);
		for (size_t i = 0; i < w[c]; i++)
			bputs(b, "-");
	}
	bputs(b, "\n");
}

static void
text_table(struct buf *b, const struct tab *t, int color)
{
	size_t *w = xcalloc(t->ncol, sizeof(size_t));
	char **s = show_all(t, 0, w);

	if (t->nrow == 0)
		bputs(b, "  (none)\n");
	else {
		text_cells(b, t, s, w, color ? C_BOLD : NULL, NULL);
		text_rule(b, t, w);
	}
	for (size_t r = 0; r < t->nrow; r++) {
		int last = t->total && r + 1 == t->nrow;
		if (last && r > 0)
			text_rule(b, t, w);
		text_cells(b, t, s + (r + 1) * t->ncol, w,
		    color && last ? C_BOLD : NULL,
		    color ? t->mark + r * t->ncol : NULL);
	}
	free_all(s, t);
	free(w);
}

void
text_write(struct writer *w, const struct report *rp, int color)
{
	struct buf b = { 0 };
	size_t n = strlen(rp->title);

	paint(&b, color ? C_BOLD : NULL, rp->title, n);
	bputs(&b, "\n");
	for (size_t i = dwidth(rp->title, n); i > 0; i--)
		bputs(&b, "=");
	bputs(&b, "\n");
	for (size_t i = 0; i < rp->ntab; i++) {
		const struct tab *t = rp->tab[i];
		text_title(&b, t, color);
		if (t->list)
			text_list(&b, t, color);
		else if (t->ncol > 0)
			text_table(&b, t, color);
	}
	bwrite(&b, w);
}

static void
md_row(struct buf *b, const struct tab *t, char **row, const size_t *w)
{
	for (size_t c = 0; c < t->ncol; c++) {
		size_t pad = w[c] - dwidth(row[c], strlen(row[c]));
		bputs(b, "| ");
		if (t->align[c] != AL_LEFT)
			bpad(b, pad);
		bputs(b, row[c]);
		if (t->align[c] == AL_LEFT)
			bpad(b, pad);
		bputs(b, " ");
	}
	bputs(b, "|\n");
}

static void
md_table(struct buf *b, const struct tab *t)
{
	size_t *w = xcalloc(t->ncol, sizeof(size_t));
	char **s = show_all(t, 1, w);

	if (t->list) {
		for (size_t c = 0; c < t->ncol; c++)
			bprintf(b, "- %s: %s\n", s[c], s[t->ncol + c]);
	} else if (t->nrow == 0)
		bputs(b, "(none)\n");
	else {
		md_row(b, t, s, w);
		for (size_t c = 0; c < t->ncol; c++) {
			bputs(b, t->align[c] == AL_LEFT ? "| :" : "| ");
			for (size_t i = 1; i < w[c]; i++)
				bputs(b, "-");
			bputs(b, t->align[c] == AL_LEFT ? " " : ": ");
		}
		bputs(b, "|\n");
		for (size_t r = 0; r < t->nrow; r++)
			md_row(b, t, s + (r + 1) * t->ncol, w);
	}
	free_all(s, t);
	free(w);
}

void
markdown_write(struct writer *w, const struct report *rp)
{
	struct buf b = { 0 };
	char *s = md_escape(rp->title);

	bprintf(&b, "# %s\n", s);
	free(s);
	for (size_t i = 0; i < rp->ntab; i++) {
		const struct tab *t = rp->tab[i];
		s = md_escape(t->title);
		bprintf(&b, "\n%s %s\n", t->level == 2 ? "##" : "###", s);
		free(s);
		if (t->note) {
			s = md_escape(t->note);
			bprintf(&b, "\n%s\n", s);
			free(s);
		}
		if (t->ncol > 0) {
			bputs(&b, "\n");
			md_table(&b, t);
		}
	}
	bwrite(&b, w);
}
