#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "report.h"

#define WIDTH 76		/* notes wrap here */
#define WIDE 96			/* no line longer, where a cell allows it */

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
	struct strbuf b = STRBUF_INIT;

	strbuf_puts(&b, "");		/* "" too comes back allocated */
	for (; *s; s++) {
		if (strchr("\\`*_[]<>|", *s))
			strbuf_add(&b, "\\", 1);
		strbuf_add(&b, s, 1);
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
paint(struct strbuf *b, const char *code, const char *s, size_t n)
{
	if (code)
		strbuf_printf(b, "\033[%sm", code);
	strbuf_add(b, s, n);
	if (code)
		strbuf_puts(b, "\033[0m");
}

/* s in words, lines of width at most, indented; the first goes on from
 * column col of a line begun. */
static void
wrap_from(struct strbuf *b, const char *s, size_t indent, size_t col,
    size_t width)
{
	for (;;) {
		s += strspn(s, " ");
		if (*s == '\0')
			break;
		size_t n = strcspn(s, " "), w = dwidth(s, n);
		if (col > 0 && col + 1 + w > width) {
			strbuf_puts(b, "\n");
			col = 0;
		}
		if (col == 0) {
			strbuf_pad(b, indent);
			col = indent;
		} else {
			strbuf_puts(b, " ");
			col++;
		}
		strbuf_add(b, s, n);
		col += w;
		s += n;
	}
	if (col > 0)
		strbuf_puts(b, "\n");
}

static void
wrap(struct strbuf *b, const char *s, size_t indent)
{
	wrap_from(b, s, indent, 0, WIDTH);
}

static void
text_title(struct strbuf *b, const struct tab *t, int color)
{
	size_t n = strlen(t->title);

	strbuf_puts(b, "\n");
	paint(b, color ? (t->level == 2 ? C_TITLE : C_BOLD) : NULL, t->title, n);
	strbuf_puts(b, "\n");
	if (t->level == 2) {
		for (size_t i = dwidth(t->title, n); i > 0; i--)
			strbuf_puts(b, "-");
		strbuf_puts(b, "\n");
	}
	if (t->note)
		wrap(b, t->note, 2);
	if (t->ncol > 0)
		strbuf_puts(b, "\n");
}

static const char *
mark_color(unsigned char mark)
{
	return mark == MARK_UP ? C_UP : mark == MARK_DOWN ? C_DOWN :
	    mark == MARK_FAINT ? C_FAINT : NULL;
}

static void
text_list(struct strbuf *b, const struct tab *t, int color)
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
		strbuf_pad(b, 2);
		strbuf_puts(b, s[c]);
		strbuf_pad(b, lw - dwidth(s[c], strlen(s[c])) + 2);
		if (t->align[c] != AL_LEFT)
			strbuf_pad(b, nw - vw);
		paint(b, color ? mark_color(t->mark[c]) : NULL, v, strlen(v));
		strbuf_puts(b, "\n");
	}
	free_all(s, t);
	free(w);
}

/* The columns shown together: col[0..n), column 0 and those that fit
 * beside it. */
struct part {
	const size_t *col;
	size_t n;
};

static void
text_cells(struct strbuf *b, const struct tab *t, char **row, const size_t *w,
    const char *code, const unsigned char *mark, struct part p)
{
	strbuf_pad(b, 2);
	for (size_t j = 0; j < p.n; j++) {
		size_t c = p.col[j], sw = dwidth(row[c], strlen(row[c]));
		const char *k = code ? code : mark ? mark_color(mark[c]) : NULL;
		if (j > 0)
			strbuf_pad(b, 2);
		if (t->align[c] != AL_LEFT)
			strbuf_pad(b, w[c] - sw);
		paint(b, k, row[c], strlen(row[c]));
		if (t->align[c] == AL_LEFT && j + 1 < p.n)
			strbuf_pad(b, w[c] - sw);
	}
	strbuf_puts(b, "\n");
}

static void
text_rule(struct strbuf *b, const size_t *w, struct part p)
{
	strbuf_pad(b, 2);
	for (size_t j = 0; j < p.n; j++) {
		if (j > 0)
			strbuf_pad(b, 2);
		for (size_t i = 0; i < w[p.col[j]]; i++)
			strbuf_puts(b, "-");
	}
	strbuf_puts(b, "\n");
}

static void
text_part(struct strbuf *b, const struct tab *t, char **s, const size_t *w,
    int color, struct part p)
{
	text_cells(b, t, s, w, color ? C_BOLD : NULL, NULL, p);
	text_rule(b, w, p);
	for (size_t r = 0; r < t->nrow; r++) {
		int last = t->total && r + 1 == t->nrow;
		if (last && r > 0)
			text_rule(b, w, p);
		text_cells(b, t, s + (r + 1) * t->ncol, w,
		    color && last ? C_BOLD : NULL,
		    color ? t->mark + r * t->ncol : NULL, p);
	}
}

/* A table wider than a mail's line goes in parts, each with the first
 * column, as many columns as fit at a time. */
static void
text_table(struct strbuf *b, const struct tab *t, int color)
{
	size_t *w = xcalloc(t->ncol, sizeof(size_t));
	size_t *col = xcalloc(t->ncol + 1, sizeof(size_t));
	char **s = show_all(t, 0, w);

	if (t->nrow == 0)
		strbuf_puts(b, "  (none)\n");
	for (size_t c = 1; t->nrow > 0;) {
		size_t n = 1, width = 2 + w[0];
		if (c > 1)
			strbuf_puts(b, "\n");
		while (c < t->ncol && (n == 1 || width + 2 + w[c] <= WIDE)) {
			width += 2 + w[c];
			col[n++] = c++;
		}
		text_part(b, t, s, w, color, (struct part){ col, n });
		if (c >= t->ncol)
			break;
	}
	free_all(s, t);
	free(col);
	free(w);
}

/* "head: value" kept on one line where it is short: its spaces are
 * marked with \001, which clean() leaves in no cell, until wrapped. */
static void
item(struct strbuf *f, const char *head, const char *v)
{
	if (f->len)
		strbuf_puts(f, "; ");
	size_t at = f->len;
	strbuf_printf(f, "%s: %s", head, v);
	if (dwidth(f->s + at, f->len - at) > 40)
		return;
	for (size_t i = at; i < f->len; i++)
		if (f->s[i] == ' ')
			f->s[i] = '\001';
}

/* Words in short brackets, "(usually every 12)", kept on one line as
 * item() keeps its. */
static char *
bind_brackets(const char *v)
{
	char *s = xstrdup(v);

	for (char *p = strchr(s, '('); p; p = strchr(p + 1, '(')) {
		size_t n = 1 + strcspn(p + 1, "()");
		if (p[n] != ')' || n > 30)
			continue;
		for (size_t i = 1; i < n; i++)
			if (p[i] == ' ')
				p[i] = '\001';
	}
	return s;
}

/* A row a paragraph: the first two columns, the others as "head: value"
 * where they have one, and the last column on lines of its own. */
static void
text_cards(struct strbuf *b, const struct tab *t)
{
	size_t *w = xcalloc(t->ncol, sizeof(size_t));
	char **s = show_all(t, 0, w);
	size_t nc = t->ncol, indent = 2 + w[0] + 2;

	if (t->nrow == 0)
		strbuf_puts(b, "  (none)\n");
	for (size_t r = 0; r < t->nrow; r++) {
		char **row = s + (r + 1) * nc;
		struct strbuf f = STRBUF_INIT, p = STRBUF_INIT;
		strbuf_pad(&p, 2 + w[0] - dwidth(row[0], strlen(row[0])));
		strbuf_printf(&p, "%s  %s ", row[0], nc > 1 ? row[1] : "");
		for (size_t c = 2; c + 1 < nc; c++)
			if (t->cell[r * nc + c] != NULL)
				item(&f, s[c], row[c]);
		wrap_from(&p, f.s ? f.s : "", indent, indent + 1 + (nc > 1 ?
		    dwidth(row[1], strlen(row[1])) : 0), WIDE);
		if (f.len == 0)
			strbuf_puts(&p, "\n");
		if (nc > 1 && t->cell[r * nc + nc - 1] != NULL) {
			char *last = bind_brackets(row[nc - 1]);
			wrap_from(&p, last, indent, 0, WIDE);
			free(last);
		}
		/* the marks back to spaces, and no space at a line's end */
		for (size_t i = 0; i < p.len; i++)
			if (p.s[i] == '\001')
				strbuf_add(b, " ", 1);
			else if (p.s[i] != ' ' || p.s[i + strspn(p.s + i, " ")] !=
			    '\n')
				strbuf_add(b, p.s + i, 1);
		strbuf_free(&p);
		strbuf_free(&f);
	}
	free_all(s, t);
	free(w);
}

void
text_write(struct writer *w, const struct report *rp, int color)
{
	struct strbuf b = STRBUF_INIT;
	size_t n = strlen(rp->title);

	paint(&b, color ? C_BOLD : NULL, rp->title, n);
	strbuf_puts(&b, "\n");
	for (size_t i = dwidth(rp->title, n); i > 0; i--)
		strbuf_puts(&b, "=");
	strbuf_puts(&b, "\n");
	for (size_t i = 0; i < rp->ntab; i++) {
		const struct tab *t = rp->tab[i];
		text_title(&b, t, color);
		if (t->list)
			text_list(&b, t, color);
		else if (t->cards)
			text_cards(&b, t);
		else if (t->ncol > 0)
			text_table(&b, t, color);
	}
	doc_write(&b, w);
}

static void
md_row(struct strbuf *b, const struct tab *t, char **row, const size_t *w)
{
	for (size_t c = 0; c < t->ncol; c++) {
		size_t pad = w[c] - dwidth(row[c], strlen(row[c]));
		strbuf_puts(b, "| ");
		if (t->align[c] != AL_LEFT)
			strbuf_pad(b, pad);
		strbuf_puts(b, row[c]);
		if (t->align[c] == AL_LEFT)
			strbuf_pad(b, pad);
		strbuf_puts(b, " ");
	}
	strbuf_puts(b, "|\n");
}

static void
md_table(struct strbuf *b, const struct tab *t)
{
	size_t *w = xcalloc(t->ncol, sizeof(size_t));
	char **s = show_all(t, 1, w);

	if (t->list) {
		for (size_t c = 0; c < t->ncol; c++)
			strbuf_printf(b, "- %s: %s\n", s[c], s[t->ncol + c]);
	} else if (t->nrow == 0)
		strbuf_puts(b, "(none)\n");
	else {
		md_row(b, t, s, w);
		for (size_t c = 0; c < t->ncol; c++) {
			strbuf_puts(b, t->align[c] == AL_LEFT ? "| :" : "| ");
			for (size_t i = 1; i < w[c]; i++)
				strbuf_puts(b, "-");
			strbuf_puts(b, t->align[c] == AL_LEFT ? " " : ": ");
		}
		strbuf_puts(b, "|\n");
		for (size_t r = 0; r < t->nrow; r++)
			md_row(b, t, s + (r + 1) * t->ncol, w);
	}
	free_all(s, t);
	free(w);
}

void
markdown_write(struct writer *w, const struct report *rp)
{
	struct strbuf b = STRBUF_INIT;
	char *s = md_escape(rp->title);

	strbuf_printf(&b, "# %s\n", s);
	free(s);
	for (size_t i = 0; i < rp->ntab; i++) {
		const struct tab *t = rp->tab[i];
		s = md_escape(t->title);
		strbuf_printf(&b, "\n%s %s\n", t->level == 2 ? "##" : "###", s);
		free(s);
		if (t->note) {
			s = md_escape(t->note);
			strbuf_printf(&b, "\n%s\n", s);
			free(s);
		}
		if (t->ncol > 0) {
			strbuf_puts(&b, "\n");
			md_table(&b, t);
		}
	}
	doc_write(&b, w);
}
