#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "report.h"

/*
 * Charts as inline SVG, drawn here so that the page needs nothing from
 * elsewhere. Inline SVG in HTML needs no xmlns. Coordinates are in
 * doubles: they only place ink, every number written comes exact from
 * the tables.
 */

#define INK "#222"
#define GRID "#dde3ea"
#define LIGHT "#9dbbd9"
#define DARK "#1f4e79"
#define FONT "font-size=\"12\" fill=\"" INK "\""

static void
open_svg(struct strbuf *b, int w, int h, const char *label)
{
	strbuf_printf(b, "<svg viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
	    "role=\"img\" aria-label=\"", w, h, w, h);
	html_text(b, label, strlen(label));
	strbuf_puts(b, "\">\n");
}

static void
label(struct strbuf *b, double x, double y, const char *anchor,
    const char *extra, const char *s)
{
	strbuf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" " FONT "%s>",
	    x, y, anchor, extra);
	html_text(b, s, strlen(s));
	strbuf_puts(b, "</text>\n");
}

/* part / whole in percent with one decimal, and "%". */
static char *
pct1(__int128 part, __int128 whole)
{
	char buf[48];

	money_format(money_ratio(part * 100, whole, 100000), 1, buf);
	return xsprintf("%s%%", buf);
}

static double
share(__int128 part, __int128 whole)
{
	return whole > 0 ? (double)part / (double)whole : 0;
}

/* A label cut to at most max columns, "..." marking the cut. */
static char *
fit(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (dwidth(s, n) <= max)
		return xstrdup(s);
	size_t k = dcut(s, n, max - 1);
	return xsprintf("%.*s\xe2\x80\xa6", (int)k, s);
}

#define BAR_W 760
#define ROW_H 36
#define LEGEND_H 30
#define AXIS_H 30
/* A chart of more bars is too long to read: the rest are in the table. */
#define BARS_MAX 30

void
svg_bars(struct strbuf *b, const struct report *rp)
{
	const struct stats *st = rp->st;
	size_t n = st->cur->n, ng = 0, lw = 6;
	int value = st->cur->value && st->total > 0;
	double most = 0;

	for (size_t p = 0; p < st->ngroup; p++) {
		const struct group *g = &st->g[st->order[p]];
		if (g->n == 0 || ng++ >= BARS_MAX)
			continue;
		size_t w = dwidth(group_name(st, st->order[p]),
		    strlen(group_name(st, st->order[p])));
		lw = w > lw ? (w < 24 ? w : 24) : lw;
		double s = share(g->n, n), v = value ? share(g->sum, st->total) :
		    0;
		most = s > most ? s : most;
		most = v > most ? v : most;
	}
	/* The scale ends at the next tick above the longest bar. */
	int step = most > 0.5 ? 20 : 10, top = step;
	while (top < 100 * most - 1e-9)
		top += step;
	size_t more = ng > BARS_MAX ? ng - BARS_MAX : 0;
	ng -= more;
	double x0 = (double)lw * 7.2 + 16, bw = BAR_W - x0 - 64;
	int h = LEGEND_H + (int)ng * ROW_H + AXIS_H + (more ? ROW_H : 0);
	open_svg(b, BAR_W, h, "Share of customers and value by group");
	strbuf_printf(b, "<rect x=\"%.1f\" y=\"6\" width=\"12\" height=\"12\" "
	    "fill=\"" LIGHT "\"/>\n", x0);
	label(b, x0 + 18, 16, "start", "", "customers");
	if (value) {
		strbuf_printf(b, "<rect x=\"%.1f\" y=\"6\" width=\"12\" height=\"12\" "
		    "fill=\"" DARK "\"/>\n", x0 + 110);
		label(b, x0 + 128, 16, "start", "", rp->vname);
	}
	double axis = LEGEND_H + (double)ng * ROW_H;
	for (int t = 0; t <= top; t += step) {
		double x = x0 + bw * t / top;
		char tick[16];
		snprintf(tick, sizeof(tick), "%d%%", t);
		strbuf_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" "
		    "stroke=\"" GRID "\"/>\n", x, LEGEND_H - 4, x, axis);
		label(b, x, axis + 16, "middle", "", tick);
	}
	size_t i = 0;
	for (size_t p = 0; p < st->ngroup && i < ng; p++) {
		const struct group *g = &st->g[st->order[p]];
		if (g->n == 0)
			continue;
		double y = LEGEND_H + (double)i++ * ROW_H;
		char *name = fit(group_name(st, st->order[p]), 24);
		label(b, x0 - 8, y + (value ? 22 : 16), "end", "", name);
		free(name);
		for (int k = 0; k <= value; k++) {
			__int128 part = k ? g->sum : (__int128)g->n;
			__int128 whole = k ? st->total : (__int128)n;
			double len = bw * share(part, whole) * 100 / top;
			double by = y + 4 + k * 15;
			len = len > 0 ? len : 0;
			strbuf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
			    "height=\"13\" fill=\"%s\"/>\n", x0, by, len,
			    k ? DARK : LIGHT);
			char *s = pct1(part, whole);
			label(b, x0 + len + 4, by + 11, "start",
			    " font-size=\"11\"", s);
			free(s);
		}
	}
	strbuf_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" "
	    "stroke=\"" INK "\"/>\n", x0, LEGEND_H - 4, x0, axis);
	if (more) {
		char *s = xsprintf("and %zu more %s, in the table", more,
		    more == 1 ? "group" : "groups");
		label(b, x0, axis + AXIS_H + 16, "start", "", s);
		free(s);
	}
	strbuf_puts(b, "</svg>\n");
}

#define PW 540
#define PH 320
#define PX 64
#define PY 16

void
svg_pareto(struct strbuf *b, const struct report *rp)
{
	const struct stats *st = rp->st;
	size_t n = st->cur->n, m = n < 400 ? n : 400;

	open_svg(b, PX + PW + 24, PY + PH + 56, "Pareto curve");
	/* Enough points for the eye; the curve's corners are the tops. */
	struct strbuf pts = STRBUF_INIT;
	for (size_t i = 0; i <= m; i++) {
		size_t k = m ? i * n / m : 0;
		double y = share(st->cum[k], st->total);
		y = y < 0 ? 0 : y > 1 ? 1 : y;
		strbuf_printf(&pts, "%s%.1f,%.1f", i ? " " : "",
		    PX + PW * (n ? (double)k / (double)n : 0), PY + PH - PH * y);
	}
	strbuf_printf(b, "<polygon points=\"%s %d,%d\" fill=\"#e4edf6\"/>\n", pts.s,
	    PX + PW, PY + PH);
	for (int t = 0; t <= 100; t += 20) {
		double x = PX + PW * t / 100.0, y = PY + PH - PH * t / 100.0;
		char tick[16];
		snprintf(tick, sizeof(tick), "%d%%", t);
		strbuf_printf(b, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
		    "stroke=\"" GRID "\"/>\n", x, PY, x, PY + PH);
		strbuf_printf(b, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
		    "stroke=\"" GRID "\"/>\n", PX, y, PX + PW, y);
		label(b, x, PY + PH + 18, "middle", "", tick);
		label(b, PX - 8, y + 4, "end", "", tick);
	}
	strbuf_printf(b, "<polyline points=\"%s\" fill=\"none\" stroke=\"" DARK "\" "
	    "stroke-width=\"2.5\"/>\n", pts.s);
	free(pts.s);
	strbuf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888\" "
	    "stroke-dasharray=\"6 4\"/>\n", PX, PY + PH, PX + PW, PY);
	strbuf_printf(b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"" INK
	    "\"/>\n<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"" INK
	    "\"/>\n", PX, PY + PH, PX + PW, PY + PH, PX, PY, PX, PY + PH);
	size_t k = (n * 20 + 99) / 100;
	double y = share(st->cum[k], st->total);
	y = PY + PH - PH * (y < 0 ? 0 : y > 1 ? 1 : y);
	double x = PX + PW * (double)k / (double)n;
	strbuf_printf(b, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"#c0392b\"/>\n",
	    x, y);
	char *v = pct1(st->cum[k], st->total), *s = xsprintf("best %zu (20%%) "
	    "give %s of the %s", k, v, rp->vname);
	label(b, x + 10, y + 20, "start", " font-weight=\"bold\"", s);
	free(v);
	free(s);
	label(b, PX + PW / 2.0, PY + PH + 42, "middle", "",
	    "share of customers, best first");
	s = xsprintf("share of %s", rp->vname);
	strbuf_printf(b, "<text x=\"14\" y=\"%.1f\" text-anchor=\"middle\" " FONT
	    " transform=\"rotate(-90 14 %.1f)\">", PY + PH / 2.0,
	    PY + PH / 2.0);
	html_text(b, s, strlen(s));
	strbuf_puts(b, "</text>\n</svg>\n");
	free(s);
}

static const struct tab *
find(const struct report *rp, const char *id)
{
	for (size_t i = 0; i < rp->ntab; i++)
		if (rp->tab[i]->id && strcmp(rp->tab[i]->id, id) == 0)
			return rp->tab[i];
	return NULL;
}

#define CW 84
#define CH 54
#define HX 84
#define HY 8

void
svg_heat(struct strbuf *b, const struct report *rp)
{
	static const int pale[3] = { 243, 246, 250 }, deep[3] = { 31, 78, 121 };
	const struct stats *st = rp->st;
	const struct tab *means = find(rp, "rf_mean_value");
	size_t most = 1;
	int w = st->maxf * CW, h = st->maxr * CH;

	for (int r = 0; r < st->maxr; r++)
		for (int f = 0; f < st->maxf; f++)
			most = st->heat[r][f] > most ? st->heat[r][f] : most;
	open_svg(b, HX + w + 12, HY + h + 50, "Customers by R and F score");
	for (int row = 0; row < st->maxr; row++) {
		int r = st->maxr - row;
		double y = HY + row * CH;
		char num[16];
		snprintf(num, sizeof(num), "%d", r);
		label(b, HX - 10, y + CH / 2.0 + 5, "end", " font-weight=\"bold\"",
		    num);
		for (int f = 1; f <= st->maxf; f++) {
			size_t c = st->heat[r - 1][f - 1];
			double x = HX + (f - 1) * CW;
			int rgb[3];
			for (int i = 0; i < 3; i++)
				rgb[i] = pale[i] + (int)((deep[i] - pale[i]) *
				    (long)c / (long)most);
			strbuf_printf(b, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" "
			    "height=\"%d\" fill=\"#%02x%02x%02x\" stroke=\"#fff\" "
			    "stroke-width=\"2\"/>\n", x, y, CW, CH, rgb[0], rgb[1],
			    rgb[2]);
			const char *ink = c * 2 > most ? "#fff" : INK;
			strbuf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" "
			    "font-size=\"15\" font-weight=\"bold\" fill=\"%s\">%zu"
			    "</text>\n", x + CW / 2.0, y + (means ? 24 : 32), ink, c);
			if (means && c > 0) {
				char *s = tab_show(means, (size_t)row, (size_t)f);
				strbuf_printf(b, "<text x=\"%.1f\" y=\"%.1f\" "
				    "text-anchor=\"middle\" font-size=\"11\" "
				    "fill=\"%s\">", x + CW / 2.0, y + 42, ink);
				html_text(b, s, strlen(s));
				strbuf_puts(b, "</text>\n");
				free(s);
			}
		}
	}
	for (int f = 1; f <= st->maxf; f++) {
		char num[16];
		snprintf(num, sizeof(num), "%d", f);
		label(b, HX + (f - 0.5) * CW, HY + h + 18, "middle",
		    " font-weight=\"bold\"", num);
	}
	label(b, HX + w / 2.0, HY + h + 40, "middle", "",
	    "F score (frequency)");
	strbuf_printf(b, "<text x=\"16\" y=\"%.1f\" text-anchor=\"middle\" " FONT
	    " transform=\"rotate(-90 16 %.1f)\">R score (recency)</text>\n"
	    "</svg>\n", HY + h / 2.0, HY + h / 2.0);
}
