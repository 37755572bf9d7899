#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "err.h"
#include "opts.h"
#include "rfm.h"

static const char usage[] =
"usage: crm-rfm [options] [FILE]\n"
"Sum transactions up per customer and score recency, frequency and money.\n"
"\n"
"  --customer COL, --date COL, --amount COL, --order COL, --kind COL\n"
"                        input columns (default customer_id, order_date,\n"
"                        amount, and order_id and kind when present)\n"
"  --id-exact            customer ids as they are (see crm(7))\n"
"  --asof DATE|today     day the recency is counted to (default: the day\n"
"                        after the last date in the input)\n"
"  --window N[d|w|m|y]   frequency and monetary count this period only\n"
"  --trend               with --window: the previous window and the change\n"
"  --bins N              scores 1..N (default 5, at most 9)\n"
"  --r-breaks A,B,...    fixed recency breakpoints in days (R = N for <= A)\n"
"  --f-breaks A,B,...    fixed frequency breakpoints (F = 1 for <= A)\n"
"  --m-breaks A,B,...    fixed monetary breakpoints (M = 1 for <= A)\n"
"  --m-measure monetary|avg_order_value  what M scores (default monetary;\n"
"                        the airline table scores the spend an order)\n"
"  --segment-names       add rfm_segment, the named R x F cell (5 bins)\n"
"  --breaks-out FILE     write the value range of every score as CSV\n"
"  --keep COL,...        carry these columns of the transactions: each\n"
"                        customer's latest non-empty value by date\n"
"  --join FILE           append the columns of a customer master file\n"
"  --join-key COL        its customer id column (default customer_id)\n"
"  --summary-only        write the per-customer sums, no scores\n"
"  --from-summary        read such sums (concatenated) and score them\n"
"  --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"  --allow-empty         as in crm-import\n"
"\n"
"  -d, -W, --no-header, -t, -o FILE, --excel, --stats FILE, -q, -h, -V\n"
"                        as in every crm tool (see crm(7))\n"
"\n"
"Exit: 0 ok, 1 data rejected or undecodable, 2 usage, 3 I/O, 4 internal.\n"
"See crm-rfm(1).\n";

enum {
	O_ASOF = OPT_TOOL,
	O_WINDOW, O_TREND, O_BINS, O_RBREAKS, O_FBREAKS, O_MBREAKS, O_NAMES,
	O_BREAKSOUT, O_SUMONLY, O_FROMSUM, O_MMEASURE, O_KEEP, O_JOIN,
	O_JOINKEY,
};

static const struct option longopts[] = {
	COMMON_LONG,
	TXN_LONG,
	{ "asof", required_argument, NULL, O_ASOF },
	{ "window", required_argument, NULL, O_WINDOW },
	{ "trend", no_argument, NULL, O_TREND },
	{ "bins", required_argument, NULL, O_BINS },
	{ "r-breaks", required_argument, NULL, O_RBREAKS },
	{ "f-breaks", required_argument, NULL, O_FBREAKS },
	{ "m-breaks", required_argument, NULL, O_MBREAKS },
	{ "m-measure", required_argument, NULL, O_MMEASURE },
	{ "segment-names", no_argument, NULL, O_NAMES },
	{ "breaks-out", required_argument, NULL, O_BREAKSOUT },
	{ "summary-only", no_argument, NULL, O_SUMONLY },
	{ "from-summary", no_argument, NULL, O_FROMSUM },
	{ "keep", required_argument, NULL, O_KEEP },
	{ "join", required_argument, NULL, O_JOIN },
	{ "join-key", required_argument, NULL, O_JOINKEY },
	{ NULL, 0, NULL, 0 },
};

static void
parse_window(const char *s, struct summary_opts *so)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (end != s && n < 1)
		usage_error("--window takes a length of at least 1 (as 90d or "
		    "1y), not \"%s\": an empty window counts nothing", s);
	if (end == s || n > 100000 || (end[0] && end[1]))
		usage_error("--window takes N followed by d, w, m or y, not \"%s\"",
		    s);
	switch (*end) {
	case '\0':
	case 'd': so->window = (int32_t)n; break;
	case 'w': so->window = (int32_t)n * 7; break;
	case 'm': so->months = (int32_t)n; break;
	case 'y': so->months = (int32_t)n * 12; break;
	default:
		usage_error("--window takes N followed by d, w, m or y, not \"%s\"",
		    s);
	}
}

static void
parse_breaks(const char *opt, const char *s, int money, struct breaks *b)
{
	size_t n;
	const char **item = opt_list(s, &n), *why;

	if (n > SCORE_MAX - 1)
		usage_error("%s: at most %d breakpoints", opt, SCORE_MAX - 1);
	for (b->n = 0; (size_t)b->n < n; b->n++) {
		int64_t v;
		if (!money)
			v = opt_long(item[b->n], opt, 0, 1000000000);
		else if (money_parse(item[b->n], strlen(item[b->n]), 0, &v, &why))
			usage_error("%s: \"%s\": %s", opt, item[b->n], why);
		/* equal ones leave the score between them empty, as quantiles
		 * do under ties: --breaks-out's maxima score the next run */
		if (b->n > 0 && v < b->v[b->n - 1])
			usage_error("%s: breakpoints must not decrease", opt);
		b->v[b->n] = v;
	}
	opt_list_free(item, n);
}

/* --keep's columns, added to those of an earlier --keep. */
static void
add_keep(struct rfm_opts *o, const char *arg)
{
	size_t n;
	const char **item = opt_list(arg, &n);

	if (n == 0)
		usage_error("--keep takes COL[,COL...], not \"%s\"", arg);
	o->keep = xreallocarray(o->keep, o->nkeep + n, sizeof(char *));
	memcpy(o->keep + o->nkeep, item, n * sizeof(char *));
	o->nkeep += n;
	free(item);
}

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct rfm_opts o = { .bins = 5, .so = { .asof = DAY_NONE } };
	int ch;

	crm_init("crm-rfm");
	while ((ch = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL)) != -1) {
		if (common_opt(&co, ch, argv, usage) ||
		    txn_opt(&o.cols, ch, optarg))
			continue;
		switch (ch) {
		case O_ASOF:
			o.so.asof = opt_date(optarg, "--asof", OPT_DATE_TODAY);
			break;
		case O_WINDOW: parse_window(optarg, &o.so); break;
		case O_TREND: o.so.trend = 1; break;
		case O_BINS:
			o.bins = (int)opt_long(optarg, "--bins", 2, SCORE_MAX);
			break;
		case O_RBREAKS: parse_breaks("--r-breaks", optarg, 0, &o.breaks[0]); break;
		case O_FBREAKS: parse_breaks("--f-breaks", optarg, 0, &o.breaks[1]); break;
		case O_MBREAKS: parse_breaks("--m-breaks", optarg, 1, &o.breaks[2]); break;
		case O_NAMES: o.names = 1; break;
		case O_MMEASURE:
			o.m_avg = strcmp(optarg, "avg_order_value") == 0;
			if (!o.m_avg && strcmp(optarg, "monetary") != 0)
				usage_error("--m-measure takes monetary or "
				    "avg_order_value, not \"%s\"", optarg);
			break;
		case O_BREAKSOUT: o.breaks_out = file_out("--breaks-out", optarg); break;
		case O_SUMONLY: o.summary_only = 1; break;
		case O_FROMSUM: o.from_summary = 1; break;
		case O_KEEP: add_keep(&o, optarg); break;
		case O_JOIN: o.join.path = file_in("--join", optarg); break;
		case O_JOINKEY: o.join.key = optarg; break;
		}
	}
	for (int k = 0; k < 3; k++)
		if (o.breaks[k].n && o.breaks[k].n != o.bins - 1)
			usage_error("%d bins need %d breakpoints, not %d", o.bins,
			    o.bins - 1, o.breaks[k].n);
	if (o.names && o.bins != 5)
		usage_error("--segment-names needs 5 bins");
	if (o.so.trend && !o.so.window && !o.so.months && !o.from_summary)
		usage_error("--trend needs --window");
	if (o.from_summary && o.so.trend && o.so.asof == DAY_NONE)
		usage_error("--from-summary with --trend needs the --asof the "
		    "parts were summed to");
	if (o.summary_only && (o.names || o.breaks_out || o.bins != 5 || o.m_avg ||
	    o.breaks[0].n || o.breaks[1].n || o.breaks[2].n))
		usage_error("--summary-only writes no scores: score with "
		    "--from-summary");
	if (o.summary_only && o.from_summary)
		usage_error("--summary-only and --from-summary do not go together");
	if (o.summary_only && (o.so.window || o.so.months) && o.so.asof == DAY_NONE)
		usage_error("--summary-only with --window needs --asof, so that "
		    "every part counts the same window");
	if (o.join.key && !o.join.path)
		usage_error("--join-key goes with --join");
	if (o.join.path && o.summary_only)
		usage_error("--join joins the scored customers: give it with "
		    "--from-summary");
	if (o.nkeep && o.from_summary)
		usage_error("--from-summary keeps every column of the sums "
		    "past their own: --keep goes with --summary-only");
	if (!o.join.key)
		o.join.key = COL_CUSTOMER_ID;
	o.join.id_exact = o.cols.id_exact;
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);
	o.quiet = co.quiet;

	rfm_run(&o, &co, optind < argc ? argv[optind] : NULL);
	opt_list_free(o.keep, o.nkeep);
	return EXIT_OK;
}
