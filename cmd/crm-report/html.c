#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "report.h"

/* Everything inline, nothing fetched: the file is the whole report, on
 * screen and on A4 paper alike. */
static const char style[] =
"body{font-family:\"DejaVu Sans\",Arial,Helvetica,sans-serif;color:#222;"
"max-width:58em;margin:1.5em auto;padding:0 1em;line-height:1.4}\n"
"h1{font-size:1.6em;color:#1f4e79;border-bottom:2px solid #1f4e79;"
"padding-bottom:.2em}\n"
"h2{font-size:1.25em;color:#1f4e79;margin:1.6em 0 .4em;"
"border-bottom:1px solid #c8d3e0}\n"
"h3{font-size:1.05em;margin:1.2em 0 .3em}\n"
"p.note{color:#555;margin:.3em 0 .6em;font-size:.92em}\n"
"table{border-collapse:collapse;margin:.4em 0 1em;font-size:.9em}\n"
"th,td{padding:.2em .6em;border-bottom:1px solid #dde3ea;"
"text-align:left;vertical-align:top}\n"
"th{background:#eef2f7;border-bottom:2px solid #c8d3e0}\n"
"th.n,td.n{text-align:right;font-variant-numeric:tabular-nums;"
"white-space:nowrap}\n"
"tr.total td{font-weight:bold;border-top:2px solid #999}\n"
"td.up{background:#d8efd8}\n"
"td.down{background:#f6d5d5}\n"
"td.same{background:#e8e8e8}\n"
"td.faint{color:#b4b4b4}\n"
"div.wide{overflow-x:auto}\n"
"tr.who td{border-bottom:none}\n"
"tr.why td{padding-top:0;color:#444}\n"
"table.matrix{font-size:.75em}\n"
"table.matrix th,table.matrix td{padding:.15em .3em}\n"
"table.matrix th{white-space:normal;vertical-align:bottom}\n"
"table.matrix td:first-child{white-space:nowrap}\n"
"dl.list{display:grid;grid-template-columns:max-content auto;"
"gap:.15em 1.5em;margin:.4em 0 1em}\n"
"dl.list dt{color:#555}\n"
"dl.list dd{margin:0;font-weight:bold}\n"
"dd.up{color:#1b6e1b}\n"
"dd.down{color:#a11d1d}\n"
"figure{margin:.6em 0 1.2em}\n"
"figcaption{color:#555;font-size:.85em}\n"
"svg{max-width:100%;height:auto;display:block}\n"
"@page{size:A4;margin:14mm}\n"
"@media print{body{max-width:none;margin:0;padding:0;font-size:9.5pt}"
"table{font-size:.85em}th,td{padding:.15em .4em}"
"table.matrix{font-size:.72em}table.matrix th,table.matrix td{padding:.1em .25em}"
"h2,h3{break-after:avoid}table,figure,dl{break-inside:avoid}"
"*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";

void
html_text(struct strbuf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		switch (s[i]) {
		case '&': strbuf_puts(b, "&amp;"); break;
		case '<': strbuf_puts(b, "&lt;"); break;
		case '>': strbuf_puts(b, "&gt;"); break;
		case '"': strbuf_puts(b, "&quot;"); break;
		case '\'': strbuf_puts(b, "&#39;"); break;
		default: strbuf_add(b, s + i, 1); break;
		}
}

static void
text(struct strbuf *b, const char *s)
{
	html_text(b, s, strlen(s));
}

static const char *
mark_class(unsigned char mark)
{
	return mark == MARK_UP ? "up" : mark == MARK_DOWN ? "down" :
	    mark == MARK_SAME ? "same" : mark == MARK_FAINT ? "faint" : NULL;
}

static void
cell(struct strbuf *b, const struct tab *t, const char *tag, size_t c,
    unsigned char mark, char *s)
{
	const char *k = mark_class(mark);

	strbuf_printf(b, "<%s", tag);
	if (t->align[c] != AL_LEFT || k)
		strbuf_printf(b, " class=\"%s%s%s\"", t->align[c] != AL_LEFT ? "n" : "",
		    t->align[c] != AL_LEFT && k ? " " : "", k ? k : "");
	strbuf_puts(b, ">");
	text(b, s);
	strbuf_printf(b, "</%s>", tag);
	free(s);
}

static void
list(struct strbuf *b, const struct tab *t)
{
	strbuf_puts(b, "<dl class=\"list\">\n");
	for (size_t c = 0; c < t->ncol; c++) {
		const char *k = mark_class(t->mark[c]);
		strbuf_puts(b, "<dt>");
		text(b, t->head[c]);
		strbuf_puts(b, k ? "</dt><dd class=\"" : "</dt><dd");
		if (k)
			strbuf_printf(b, "%s\"", k);
		strbuf_puts(b, ">");
		char *s = tab_show(t, 0, c);
		text(b, s);
		free(s);
		strbuf_puts(b, "</dd>\n");
	}
	strbuf_puts(b, "</dl>\n");
}

static int
is(const struct tab *t, const char *id)
{
	return t->id && strcmp(t->id, id) == 0;
}

static void
table(struct strbuf *b, const struct tab *t)
{
	if (t->nrow == 0) {
		strbuf_puts(b, "<p>(none)</p>\n");
		return;
	}
	/* Group names over narrow number columns may wrap; the call list's
	 * attributes may be wider than the page. */
	int wide = is(t, "movement") || is(t, "call_list");
	strbuf_puts(b, wide ? "<div class=\"wide\">\n" : "");
	/* The call list's last column, the reason, is a sentence: on a row
	 * of its own under the customer's, the width of the others, rather
	 * than a column a word wide. */
	size_t why = is(t, "call_list") && t->ncol > 1, n = t->ncol - why;
	strbuf_puts(b, is(t, "movement") ? "<table class=\"matrix\">\n"
	    "<thead><tr>" : "<table>\n<thead><tr>");
	for (size_t c = 0; c < n; c++)
		cell(b, t, "th", c, 0, xstrdup(t->head[c]));
	strbuf_puts(b, "</tr></thead>\n<tbody>\n");
	for (size_t r = 0; r < t->nrow; r++) {
		strbuf_puts(b, t->total && r + 1 == t->nrow ? "<tr class=\"total\">" :
		    why ? "<tr class=\"who\">" : "<tr>");
		for (size_t c = 0; c < n; c++)
			cell(b, t, "td", c, t->mark[r * t->ncol + c],
			    tab_show(t, r, c));
		strbuf_puts(b, "</tr>\n");
		if (why) {
			strbuf_printf(b, "<tr class=\"why\"><td></td><td colspan=\"%zu\">",
			    n - 1);
			char *reason = tab_show(t, r, n);
			text(b, reason);
			free(reason);
			strbuf_puts(b, "</td></tr>\n");
		}
	}
	strbuf_puts(b, wide ? "</tbody>\n</table>\n</div>\n" :
	    "</tbody>\n</table>\n");
}

/* Takes caption. */
static void
figure(struct strbuf *b, const struct report *rp,
    void (*draw)(struct strbuf *, const struct report *), char *caption)
{
	strbuf_puts(b, "<figure>\n");
	draw(b, rp);
	strbuf_puts(b, "<figcaption>");
	text(b, caption);
	strbuf_puts(b, "</figcaption>\n</figure>\n");
	free(caption);
}


void
html_write(struct writer *w, const struct report *rp)
{
	struct strbuf b = STRBUF_INIT;
	int open = 0;

	strbuf_puts(&b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>");
	text(&b, rp->title);
	strbuf_printf(&b, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<h1>",
	    style);
	text(&b, rp->title);
	strbuf_puts(&b, "</h1>\n");
	for (size_t i = 0; i < rp->ntab; i++) {
		const struct tab *t = rp->tab[i];
		/* The heatmap shows the means of its cells too. */
		if (is(t, "rf_mean_value"))
			continue;
		if (t->level == 2) {
			strbuf_puts(&b, open ? "</section>\n<section>\n" :
			    "<section>\n");
			open = 1;
		}
		strbuf_printf(&b, "<h%d>", t->level);
		text(&b, t->title);
		strbuf_printf(&b, "</h%d>\n", t->level);
		if (t->note) {
			strbuf_puts(&b, "<p class=\"note\">");
			text(&b, t->note);
			strbuf_puts(&b, "</p>\n");
		}
		if (is(t, "rf_customers")) {
			figure(&b, rp, svg_heat, rp->st->cur->value ?
			    xsprintf("Customers (large) and their mean %s (small) "
			    "in each cell; the darker, the more customers.",
			    rp->vname) : xstrdup("Customers in each cell; the "
			    "darker, the more."));
			continue;
		}
		if (t->list)
			list(&b, t);
		else if (t->ncol > 0)
			table(&b, t);
		if (is(t, "groups"))
			figure(&b, rp, svg_bars, rp->st->total > 0 ?
			    xsprintf("Each group's share of the customers and of "
			    "the %s.", rp->vname) : xstrdup("Each group's share "
			    "of the customers."));
		if (is(t, "pareto"))
			figure(&b, rp, svg_pareto, xsprintf("Customers best "
			    "first, and the share of the %s the best of them "
			    "give; on the diagonal every customer would be worth "
			    "the same.", rp->vname));
	}
	if (open)
		strbuf_puts(&b, "</section>\n");
	strbuf_puts(&b, "</body>\n</html>\n");
	doc_write(&b, w);
}
