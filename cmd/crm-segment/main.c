#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "opts.h"
#include "schema.h"
#include "segment.h"

static const char usage[] =
"usage: crm-segment [options] [FILE]\n"
"Put every customer in a segment, by rules or by k-means, and join a plan\n"
"to each segment. Adds the column segment (and the action columns).\n"
"\n"
"Rules (the first that matches wins; sources in the order given):\n"
"      --scheme NAME     built-in rules: rfm, value-loyalty, pyramid, mvc,\n"
"                        chase\n"
"      --rules FILE      rules from a file, one NAME: CONDITION a line\n"
"  -e  'NAME: COND'      one rule (repeat for more)\n"
"      --set NAME=EXPR   replace the rules' \"let NAME = ...\"\n"
"      --value COL, --loyalty COL, --value-cut PCT, --loyalty-cut PCT,\n"
"      --lapsed-days N   the same, for the built-in schemes\n"
"      --tiers NAME:PCT,...  pyramid tiers, top first (default\n"
"                        diamond:1,gold:4,iron:15,lead)\n"
"      --default NAME    the segment of rows that match no rule\n"
"      --print-rules     write the rules in effect and stop\n"
"      --asof DATE       the day today() and days_since() count from\n"
"                        (default today, UTC)\n"
"\n"
"Clustering:\n"
"      --kmeans K|auto   k-means with K clusters (auto: by silhouette)\n"
"      --cols A,B,...    the columns to cluster on\n"
"      --log             cluster on log(1 + x) (sign kept)\n"
"      --standardize     each column to mean 0, deviation 1 first\n"
"      --seed N          random seed (default 1)\n"
"      --restarts N      k-means++ starts, the best kept (default 10)\n"
"      --max-iter N      iterations a start (default 300)\n"
"      --order-by COL[:asc]  cluster 1 has the highest centre of COL\n"
"                        (default the first of --cols; :asc the lowest)\n"
"      --k-range MIN,MAX the K that auto tries (default 2,8)\n"
"      --sample N        rows for the silhouette (default 2000)\n"
"      --centroids FILE  write each cluster's centre and size\n"
"\n"
"      --name COL        the segment column's name (default segment)\n"
"      --actions FILE    a CSV from segment to action columns to join\n"
"      --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"      --allow-empty     as in crm-import\n"
"  -d, -W, --no-header, -t, -o FILE, -q, -h, -V   as in every crm tool\n"
"\n"
"Exit: 0 ok, 1 data rejected or undecodable, 2 usage, 3 I/O, 4 internal.\n"
"See crm-segment(1).\n";

enum {
	O_SCHEME = OPT_TOOL, O_RULES, O_SET, O_VALUE, O_LOYALTY, O_VALUE_CUT,
	O_LOYALTY_CUT, O_LAPSED, O_TIERS, O_DEFAULT, O_PRINT, O_KMEANS, O_COLS,
	O_LOG, O_STD, O_SEED, O_RESTARTS, O_MAXITER, O_ORDER, O_KRANGE,
	O_SAMPLE, O_CENTROIDS, O_NAME, O_ACTIONS, O_ASOF,
};

static const struct option longopts[] = {
	COMMON_LONG,
	{ "scheme", required_argument, NULL, O_SCHEME },
	{ "rules", required_argument, NULL, O_RULES },
	{ "set", required_argument, NULL, O_SET },
	{ "value", required_argument, NULL, O_VALUE },
	{ "loyalty", required_argument, NULL, O_LOYALTY },
	{ "value-cut", required_argument, NULL, O_VALUE_CUT },
	{ "loyalty-cut", required_argument, NULL, O_LOYALTY_CUT },
	{ "lapsed-days", required_argument, NULL, O_LAPSED },
	{ "tiers", required_argument, NULL, O_TIERS },
	{ "default", required_argument, NULL, O_DEFAULT },
	{ "print-rules", no_argument, NULL, O_PRINT },
	{ "kmeans", required_argument, NULL, O_KMEANS },
	{ "k", required_argument, NULL, O_KMEANS },
	{ "cols", required_argument, NULL, O_COLS },
	{ "log", no_argument, NULL, O_LOG },
	{ "standardize", no_argument, NULL, O_STD },
	{ "seed", required_argument, NULL, O_SEED },
	{ "restarts", required_argument, NULL, O_RESTARTS },
	{ "max-iter", required_argument, NULL, O_MAXITER },
	{ "order-by", required_argument, NULL, O_ORDER },
	{ "k-range", required_argument, NULL, O_KRANGE },
	{ "sample", required_argument, NULL, O_SAMPLE },
	{ "centroids", required_argument, NULL, O_CENTROIDS },
	{ "name", required_argument, NULL, O_NAME },
	{ "actions", required_argument, NULL, O_ACTIONS },
	{ "asof", required_argument, NULL, O_ASOF },
	{ NULL, 0, NULL, 0 },
};

/* A rules source: a scheme, a file or an -e, in command-line order. */
struct source {
	int kind;		/* O_SCHEME, O_RULES, 'e' */
	const char *arg;
};

struct segment_opts {
	struct source *src;
	size_t nsrc, ne;
	const char *tiers, *deflt, *name, *actions, *cols, *order, *centroids;
	int print, kmeans;
	int32_t today;		/* --asof */
	int has_today;
	struct kmeans_opts km;
	struct { const char *name; char *expr; } *set;
	size_t nset;
};

static int32_t
day_opt(const char *s, const char *opt)
{
	int32_t day;

	if (strlen(s) != 10 || !date_iso(s, &day))
		usage_error("%s takes a date (YYYY-MM-DD), not \"%s\"", opt, s);
	return day;
}

static void
add_set(struct segment_opts *o, const char *name, char *expr)
{
	o->set = xreallocarray(o->set, o->nset + 1, sizeof(*o->set));
	o->set[o->nset].name = name;
	o->set[o->nset++].expr = expr;
}

/* A column for a let: backquoted, so that any header name will do. */
static char *
quote_col(const char *col)
{
	char *q = xmalloc(2 * strlen(col) + 3), *p = q;

	*p++ = '`';
	for (; *col; col++) {
		if (*col == '`')
			*p++ = '`';
		*p++ = *col;
	}
	*p++ = '`';
	*p = '\0';
	return q;
}

/* What the rules read as a number: strtod's "inf" or "0x10" would pass
 * here and then be taken for a column. */
static char *
number_arg(const char *arg, const char *opt)
{
	double v;

	if (expr_number(arg, strlen(arg), &v))
		usage_error("%s takes a number, not \"%s\"", opt, arg);
	return xstrdup(arg);
}

static void
parse_kmeans(struct segment_opts *o, const char *arg)
{
	o->kmeans = 1;
	o->km.k = strcmp(arg, "auto") == 0 ? 0 :
	    (size_t)opt_long(arg, "--kmeans", 1, 1000);
}

static void
parse_krange(struct segment_opts *o, const char *arg)
{
	size_t n;
	const char **item = opt_list(arg, &n);

	if (n != 2)
		usage_error("--k-range takes MIN,MAX, not \"%s\"", arg);
	o->km.kmin = (size_t)opt_long(item[0], "--k-range", 2, 1000);
	o->km.kmax = (size_t)opt_long(item[1], "--k-range", (long)o->km.kmin,
	    1000);
	opt_list_free(item, n);
}

static void
parse_options(int argc, char **argv, struct common *co,
    struct segment_opts *o)
{
	int ch;
	char *eq;

	while ((ch = getopt_long(argc, argv, COMMON_SHORT "e:", longopts,
	    NULL)) != -1) {
		if (common_opt(co, ch, argv, usage))
			continue;
		switch (ch) {
		case O_SCHEME:
		case O_RULES:
		case 'e':
			if (ch == O_SCHEME && scheme_text(optarg) == NULL)
				usage_error("no scheme \"%s\" (there are %s)",
				    optarg, scheme_names());
			o->src = xreallocarray(o->src, o->nsrc + 1,
			    sizeof(*o->src));
			o->src[o->nsrc++] = (struct source){ ch, ch == O_RULES ?
			    file_in("--rules", optarg) : optarg };
			break;
		case O_SET:
			if ((eq = strchr(optarg, '=')) == NULL || eq == optarg)
				usage_error("--set takes NAME=EXPRESSION, not "
				    "\"%s\"", optarg);
			*eq = '\0';
			add_set(o, optarg, xstrdup(eq + 1));
			break;
		case O_VALUE: add_set(o, "value", quote_col(optarg)); break;
		case O_LOYALTY: add_set(o, "loyalty", quote_col(optarg)); break;
		case O_VALUE_CUT:
			add_set(o, "value_cut", number_arg(optarg, "--value-cut"));
			break;
		case O_LOYALTY_CUT:
			add_set(o, "loyalty_cut",
			    number_arg(optarg, "--loyalty-cut"));
			break;
		case O_LAPSED:
			add_set(o, "lapsed_days",
			    number_arg(optarg, "--lapsed-days"));
			break;
		case O_TIERS: o->tiers = optarg; break;
		case O_DEFAULT: o->deflt = optarg; break;
		case O_PRINT: o->print = 1; break;
		case O_KMEANS: parse_kmeans(o, optarg); break;
		case O_COLS: o->cols = optarg; break;
		case O_LOG: o->km.log = 1; break;
		case O_STD: o->km.standardize = 1; break;
		case O_SEED:
			o->km.seed = (unsigned long)opt_long(optarg, "--seed", 0,
			    0x7fffffff);
			break;
		case O_RESTARTS:
			o->km.restarts = (size_t)opt_long(optarg, "--restarts",
			    1, 1000);
			break;
		case O_MAXITER:
			o->km.max_iter = (size_t)opt_long(optarg, "--max-iter",
			    1, 100000);
			break;
		case O_ORDER: o->order = optarg; break;
		case O_KRANGE: parse_krange(o, optarg); break;
		case O_SAMPLE:
			o->km.sample = (size_t)opt_long(optarg, "--sample", 2,
			    100000);
			break;
		case O_CENTROIDS: o->centroids = file_out("--centroids", optarg); break;
		case O_NAME: o->name = optarg; break;
		case O_ACTIONS: o->actions = file_in("--actions", optarg); break;
		case O_ASOF:
			o->today = day_opt(optarg, "--asof");
			o->has_today = 1;
			break;
		}
	}
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);
	if (o->tiers) {
		if (o->nsrc == 1 && o->src[0].kind == O_SCHEME &&
		    strcmp(o->src[0].arg, "pyramid") == 0)
			o->nsrc = 0;
		if (o->nsrc)
			usage_error("--tiers makes the pyramid's rules: give no "
			    "other --scheme, --rules or -e");
		free(o->src);
		o->src = xcalloc(1, sizeof(*o->src));
		o->src[o->nsrc++] = (struct source){ O_TIERS, o->tiers };
	}
	if (o->kmeans && (o->nsrc || o->nset || o->deflt))
		usage_error("--kmeans or rules, not both");
	if (o->kmeans && o->cols == NULL)
		usage_error("--kmeans needs --cols");
	if (!o->kmeans && (o->cols || o->centroids || o->order))
		usage_error("--cols, --centroids and --order-by go with --kmeans");
	if (!o->kmeans && o->nsrc == 0)
		usage_error("give --scheme NAME, --rules FILE, -e 'NAME: "
		    "CONDITION' or --kmeans K");
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	size_t n = 0, cap = 4096, got;
	char *s = xmalloc(cap);

	if (f == NULL)
		die_sys(EXIT_IO, "%s", path);
	while ((got = fread(s + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n + 1 == cap)
			s = xrealloc(s, cap *= 2);
	}
	if (ferror(f))
		die_sys(EXIT_IO, "%s", path);
	fclose(f);
	s[n] = '\0';
	if (strlen(s) != n)
		die(EXIT_USAGE, "%s: a NUL byte in a rules file", path);
	/* an editor's byte-order mark would glue itself to the first rule */
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		memmove(s, s + 3, n - 2);
	return s;
}

static void
load_rules(struct rules *rs, const struct segment_opts *o)
{
	char name[64];

	for (size_t i = 0; i < o->nset; i++)
		rules_set(rs, o->set[i].name, o->set[i].expr);
	for (size_t i = 0, ne = 0; i < o->nsrc; i++) {
		const struct source *s = &o->src[i];
		char *text;
		switch (s->kind) {
		case O_SCHEME:
			snprintf(name, sizeof(name), "%s.rules", s->arg);
			rules_load(rs, name, scheme_text(s->arg), 1);
			break;
		case O_TIERS:
			text = tiers_rules(s->arg);
			rules_load(rs, "--tiers", text, 0);
			free(text);
			break;
		case O_RULES:
			text = slurp(s->arg);
			rules_load(rs, s->arg, text, 1);
			free(text);
			break;
		default:
			snprintf(name, sizeof(name), "-e %zu", ++ne);
			rules_load(rs, name, s->arg, 0);
			break;
		}
	}
	rules_check(rs);
}

static void
print_rules(const struct segment_opts *o)
{
	for (size_t i = 0; i < o->nsrc; i++) {
		const struct source *s = &o->src[i];
		char *text = s->kind == O_SCHEME ? xstrdup(scheme_text(s->arg)) :
		    s->kind == O_TIERS ? tiers_rules(s->arg) :
		    s->kind == O_RULES ? slurp(s->arg) : xstrdup(s->arg);
		fputs(text, stdout);
		if (*text && text[strlen(text) - 1] != '\n')
			putchar('\n');
		free(text);
	}
	if (fflush(stdout) || ferror(stdout))
		die_sys(EXIT_IO, "standard output");
}

struct out {
	struct writer *w;
	struct actions *act;
	const char *name;
};

static void
put_header(struct out *out, const struct row *h)
{
	writer_row(out->w, h);
	writer_str(out->w, out->name);
	if (out->act)
		actions_header(out->w, out->act);
	writer_end(out->w);
}

static void
put_segment(struct out *out, const char *seg)
{
	size_t n = strlen(seg);

	writer_field(out->w, seg, n);
	if (out->act)
		actions_put(out->w, out->act, seg, n);
	writer_end(out->w);
}

static const char *
segment_of(struct rules *rs, struct env *e, const char *deflt)
{
	int m = rules_match(rs, e);

	return m >= 0 ? rs->r[m].name : deflt ? deflt : "";
}

/* Rules that need no whole-input figure: one row in, one row out. */
static size_t
rules_stream(struct reader *r, struct rules *rs, struct rejects *rj,
    struct out *out, const char *deflt, size_t *nread)
{
	const struct row *h = reader_header(r), *row;
	struct env e;
	size_t n = 0;

	env_init(&e, h->nf);
	rejects_header(rj, h);
	put_header(out, h);
	while ((row = reader_next(r)) != NULL) {
		++*nread;
		if (row->nf != h->nf) {
			reject(rj, reader_where(r), row, "wrong field count",
			    "expected %zu fields, found %zu", h->nf, row->nf);
			continue;
		}
		env_row(&e, row);
		writer_row(out->w, row);
		put_segment(out, segment_of(rs, &e, deflt));
		n++;
	}
	env_free(&e);
	return n;
}

/* pct(), median()...: the whole input first, then the rows. */
static size_t
rules_table(struct reader *r, struct rules *rs, struct rejects *rj,
    struct out *out, const char *deflt, size_t *nread)
{
	struct table *t = table_read(r, rj, nread);
	struct env e;

	env_init(&e, t->header.nf);
	for (size_t i = 0; i < t->nrows; i++) {
		env_row(&e, table_row(t, i));
		aggs_add_row(&rs->p, &e);
	}
	aggs_finish(&rs->p);
	put_header(out, &t->header);
	for (size_t i = 0; i < t->nrows; i++) {
		env_row(&e, table_row(t, i));
		const char *seg = segment_of(rs, &e, deflt);
		table_put_row(out->w, t, i);
		put_segment(out, seg);
	}
	env_free(&e);
	size_t n = t->nrows;
	table_free(t);
	return n;
}

static void
write_centroids(const struct segment_opts *o, const struct common *co,
    const struct row *h, const int *col, size_t d, const double *c,
    size_t k, const int *label, size_t n)
{
	struct writer *w = writer_open(o->centroids, common_out_delim(co));
	size_t *size = xcalloc(k, sizeof(size_t));
	char buf[64];

	for (size_t i = 0; i < n; i++)
		size[label[i]]++;
	writer_str(w, o->name);
	writer_str(w, "customers");
	writer_str(w, "share");
	for (size_t q = 0; q < d; q++)
		writer_field(w, h->f[col[q]], h->len[col[q]]);
	writer_end(w);
	for (size_t m = 0; m < k; m++) {
		writer_int(w, (int64_t)m + 1);
		writer_int(w, (int64_t)size[m]);
		snprintf(buf, sizeof(buf), "%.4f", (double)size[m] / (double)n);
		writer_str(w, buf);
		for (size_t q = 0; q < d; q++) {
			snprintf(buf, sizeof(buf), "%.4f", c[m * d + q]);
			writer_str(w, buf);
		}
		writer_end(w);
	}
	writer_close(w);
	free(size);
}

static int
order_column(const struct segment_opts *o, const struct row *h,
    const int *col, size_t d, int *asc)
{
	char *spec = xstrdup(o->order ? o->order : h->f[col[0]]);
	char *colon = strrchr(spec, ':');

	*asc = 0;
	if (colon && (strcmp(colon, ":asc") == 0 || strcmp(colon, ":desc") == 0)) {
		*asc = colon[1] == 'a';
		*colon = '\0';
	}
	int c = col_need(h, spec, "--order-by");
	free(spec);
	for (size_t q = 0; q < d; q++)
		if (col[q] == c)
			return (int)q;
	usage_error("--order-by names a column that is not in --cols");
}

#define UNCLUSTERED	SIZE_MAX
#define REJECTED	(SIZE_MAX - 1)

static size_t
kmeans_table(struct reader *r, struct segment_opts *o,
    const struct common *co, struct rejects *rj, struct out *out,
    size_t *nread)
{
	struct table *t = table_read(r, rj, nread);
	size_t d, n = 0;
	const char **names = opt_list(o->cols, &d);
	int *col = xmalloc((d ? d : 1) * sizeof(int));
	char buf[64];

	if (d == 0 || d > 64)
		usage_error("--cols takes 1 to 64 columns");
	for (size_t q = 0; q < d; q++)
		col[q] = col_need(&t->header, names[q], "--cols");
	o->km.order_col = order_column(o, &t->header, col, d, &o->km.order_asc);

	double *x = xmalloc((t->nrows ? t->nrows : 1) * d * sizeof(double));
	size_t *row_of = xmalloc((t->nrows ? t->nrows : 1) * sizeof(size_t));
	/* per input row: its point, or UNCLUSTERED, or REJECTED */
	size_t *point = xmalloc((t->nrows ? t->nrows : 1) * sizeof(size_t));
	size_t unclustered = 0;
	int empty_col = -1;
	for (size_t i = 0; i < t->nrows; i++) {
		const struct row *view = table_row(t, i);
		size_t q;
		/* a customer without a value to cluster on (no recency: only
		 * returns) keeps its row, with no segment */
		for (q = 0; q < d && view->len[col[q]] > 0; q++)
			;
		if (q < d) {
			if (empty_col < 0)
				empty_col = col[q];
			point[i] = UNCLUSTERED;
			unclustered++;
			continue;
		}
		point[i] = REJECTED;
		for (q = 0; q < d; q++) {
			double v;
			/* What the rules take for a number; beyond 1e15 no
			 * customer measure goes, and squares would overflow. */
			if (expr_number(view->f[col[q]], view->len[col[q]], &v) ||
			    fabs(v) > 1e15)
				break;
			x[n * d + q] = v;
		}
		if (q < d) {
			reject(rj, reader_where(r), view, "not a number",
			    "column \"%s\": cannot cluster on \"%s\" (a plain "
			    "number up to 1e15 is needed)", t->header.f[col[q]],
			    shorten(view->f[col[q]], view->len[col[q]], buf,
			    sizeof(buf)));
			continue;
		}
		point[i] = n;
		row_of[n++] = i;
	}
	rejects_close(rj, *nread);
	rejects_need_output(rj, *nread, n + unclustered, NULL);
	if (n < (o->km.k ? o->km.k : o->km.kmin))
		die(EXIT_DATA, "%s%zu customers to cluster: too few for %zu "
		    "clusters", reader_where(r), n, o->km.k ? o->km.k :
		    o->km.kmin);

	int *label = xmalloc(n * sizeof(int));
	double *centers;
	size_t k = kmeans_run(&o->km, x, n, d, label, &centers);
	put_header(out, &t->header);
	for (size_t i = 0; i < t->nrows; i++) {
		if (point[i] == REJECTED)
			continue;
		table_put_row(out->w, t, i);
		if (point[i] == UNCLUSTERED)
			buf[0] = '\0';
		else
			snprintf(buf, sizeof(buf), "%d", label[point[i]] + 1);
		put_segment(out, buf);
	}
	if (unclustered > 0 && !co->quiet)
		warnmsg("%zu rows not clustered, having no value in a --cols "
		    "column (as \"%s\"): written with an empty %s", unclustered,
		    t->header.f[empty_col], o->name);
	if (o->centroids)
		write_centroids(o, co, &t->header, col, d, centers, k, label, n);
	free(centers);
	free(label);
	free(row_of);
	free(point);
	free(x);
	free(col);
	opt_list_free(names, d);
	table_free(t);
	return n + unclustered;
}

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct segment_opts o = { .name = COL_SEGMENT, .km = { .seed = 1,
	    .restarts = 10, .max_iter = 300, .kmin = 2, .kmax = 8,
	    .sample = 2000 } };
	size_t nread = 0, nout;

	crm_init("crm-segment");
	parse_options(argc, argv, &co, &o);
	if (o.print) {
		print_rules(&o);
		return EXIT_OK;
	}
	o.km.quiet = co.quiet;

	struct reader_opts ro;
	common_reader(&co, &ro);
	struct reader *r = reader_open(optind < argc ? argv[optind] : NULL, &ro);
	const struct row *h = reader_header(r);
	if (h == NULL)
		die(EXIT_DATA, "%sempty input: no header line", reader_where(r));
	if (col_find(h, o.name) >= 0)
		usage_error("the input has a column \"%s\" already; name the "
		    "new one with --name", o.name);
	struct out out = { writer_open(co.output, common_out_delim(&co)),
	    o.actions ? actions_read(o.actions, o.name) : NULL, o.name };
	struct rejects *rj = common_rejects(&co);
	struct rules rs;

	if (out.act)
		actions_clash(out.act, h);
	rules_init(&rs, h);
	rs.p.today = o.today;
	rs.p.has_today = o.has_today;
	if (o.kmeans)
		nout = kmeans_table(r, &o, &co, rj, &out, &nread);
	else {
		load_rules(&rs, &o);
		nout = rules_need_all(&rs) ?
		    rules_table(r, &rs, rj, &out, o.deflt, &nread) :
		    rules_stream(r, &rs, rj, &out, o.deflt, &nread);
		rejects_close(rj, nread);
		rejects_need_output(rj, nread, nout, NULL);
	}
	writer_close(out.w);
	if (!o.kmeans)
		rules_report(&rs, o.deflt, co.quiet);
	if (out.act)
		actions_report(out.act);
	if (!co.quiet)
		warnmsg("%zu rows read = %zu written + %zu rejected%s%s%s",
		    nread, nout, rejects_count(rj), rejects_count(rj) ? " (" :
		    "", rejects_reasons(rj), rejects_count(rj) ? ")" : "");
	rules_free(&rs);
	actions_free(out.act);
	rejects_free(rj);
	reader_close(r);
	for (size_t i = 0; i < o.nset; i++)
		free(o.set[i].expr);
	free(o.set);
	free(o.src);
	return EXIT_OK;
}
