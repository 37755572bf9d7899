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
"      --join FILE       append the columns of a customer master file,\n"
"                        which the rules can test\n"
"      --join-key COL    the customer id column, in the input and the\n"
"                        master file (default customer_id)\n"
"      --id-exact        customer ids as they are (see crm(7))\n"
"      --actions-by COL  join the plan on the input's column COL (such as\n"
"                        abc_class) instead: no rules, no segment column\n"
"      --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"      --allow-empty     as in crm-import\n"
"  -d, -W, --no-header, -t, -o FILE, --excel, --stats FILE, -q, -h, -V\n"
"                        as in every crm tool (see crm(7))\n"
"\n"
"Exit: 0 ok, 1 data rejected or undecodable, 2 usage, 3 I/O, 4 internal.\n"
"See crm-segment(1).\n";

enum {
	O_SCHEME = OPT_TOOL, O_RULES, O_SET, O_VALUE, O_LOYALTY, O_VALUE_CUT,
	O_LOYALTY_CUT, O_LAPSED, O_TIERS, O_DEFAULT, O_PRINT, O_KMEANS, O_COLS,
	O_LOG, O_STD, O_SEED, O_RESTARTS, O_MAXITER, O_ORDER, O_KRANGE,
	O_SAMPLE, O_CENTROIDS, O_NAME, O_ACTIONS, O_ACTIONS_BY, O_ASOF, O_JOIN,
	O_JOINKEY, O_IDEXACT,
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
	{ "actions-by", required_argument, NULL, O_ACTIONS_BY },
	{ "asof", required_argument, NULL, O_ASOF },
	{ "join", required_argument, NULL, O_JOIN },
	{ "join-key", required_argument, NULL, O_JOINKEY },
	{ "id-exact", no_argument, NULL, O_IDEXACT },
	{ NULL, 0, NULL, 0 },
};

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
	const char *tiers = NULL;

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
			o->src[o->nsrc++] = ch == O_SCHEME ?
			    (struct source){ SRC_SCHEME, optarg } :
			    ch == O_RULES ? (struct source){ SRC_RULES,
			    file_in("--rules", optarg) } :
			    (struct source){ SRC_EXPR, optarg };
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
		case O_TIERS: tiers = optarg; break;
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
		case O_ACTIONS_BY: o->actions_by = optarg; break;
		case O_ASOF:
			o->today = opt_date(optarg, "--asof", OPT_DATE_ISO);
			o->has_today = 1;
			break;
		case O_JOIN: o->join.path = file_in("--join", optarg); break;
		case O_JOINKEY: o->join.key = optarg; break;
		case O_IDEXACT: o->join.id_exact = 1; break;
		}
	}
	if (o->join.key && !o->join.path)
		usage_error("--join-key goes with --join");
	if (o->join.id_exact && !o->join.path)
		usage_error("--id-exact goes with --join");
	if (!o->join.key)
		o->join.key = COL_CUSTOMER_ID;
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);
	if (tiers) {
		if (o->nsrc == 1 && o->src[0].kind == SRC_SCHEME &&
		    strcmp(o->src[0].arg, "pyramid") == 0)
			o->nsrc = 0;
		if (o->nsrc)
			usage_error("--tiers makes the pyramid's rules: give no "
			    "other --scheme, --rules or -e");
		free(o->src);
		o->src = xcalloc(1, sizeof(*o->src));
		o->src[o->nsrc++] = (struct source){ SRC_TIERS, tiers };
	}
	if (o->actions_by && (o->kmeans || o->nsrc || o->nset || o->deflt ||
	    strcmp(o->name, COL_SEGMENT) != 0))
		usage_error("--actions-by joins a plan on a column the input "
		    "has: give no rules, --tiers, --kmeans, --default or --name");
	if (o->actions_by && !o->actions)
		usage_error("--actions-by needs --actions");
	/* It reads row by row; a join would have read the whole input. */
	if (o->actions_by && o->join.path)
		usage_error("--actions-by takes no --join: join the master file "
		    "in crm-rfm, or in a crm-segment run before");
	if (o->actions_by)
		return;
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

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct segment_opts o = { .name = COL_SEGMENT, .km = { .seed = 1,
	    .restarts = 10, .max_iter = 300, .kmin = 2, .kmax = 8,
	    .sample = 2000 } };

	crm_init("crm-segment");
	parse_options(argc, argv, &co, &o);
	segment_run(&o, &co, optind < argc ? argv[optind] : NULL);
	for (size_t i = 0; i < o.nset; i++)
		free(o.set[i].expr);
	free(o.set);
	free(o.src);
	return EXIT_OK;
}
