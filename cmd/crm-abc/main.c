#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abc.h"
#include "alloc.h"
#include "err.h"
#include "opts.h"
#include "schema.h"

static const char usage[] =
"usage: crm-abc [options] [FILE]\n"
"Rank customers by value and class them A, B, C (Pareto / ABC analysis).\n"
"Adds rank, value_share, cum_share and abc_class to every row.\n"
"\n"
"  -v, --value COL       the value column (default monetary)\n"
"      --id COL          the customer column (default customer_id)\n"
"      --by value|count  classes by cumulative share of value (default) or\n"
"                        by share of customers\n"
"      --cuts P,P,...    class boundaries in percent (default 80,95 by value,\n"
"                        20,90 by count)\n"
"      --classes A,B,... class names, one more than the cuts (default A,B,C)\n"
"      --no-zero-class   no class Z for values at or below zero\n"
"      --sort            rows in rank order, not input order\n"
"      --summary         the Pareto table instead of the rows\n"
"      --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"      --allow-empty     as in crm-import\n"
"\n"
"  -d, -W, --no-header, -t, -o FILE, --excel, --stats FILE, -q, -h, -V\n"
"                        as in every crm tool (see crm(7))\n"
"\n"
"Exit: 0 ok, 1 data rejected or undecodable, 2 usage, 3 I/O, 4 internal.\n"
"See crm-abc(1).\n";

enum {
	O_ID = OPT_TOOL, O_BY, O_CUTS, O_CLASSES, O_NOZERO, O_SORT, O_SUMMARY,
};

static const struct option longopts[] = {
	COMMON_LONG,
	{ "value", required_argument, NULL, 'v' },
	{ "id", required_argument, NULL, O_ID },
	{ "by", required_argument, NULL, O_BY },
	{ "cuts", required_argument, NULL, O_CUTS },
	{ "classes", required_argument, NULL, O_CLASSES },
	{ "no-zero-class", no_argument, NULL, O_NOZERO },
	{ "sort", no_argument, NULL, O_SORT },
	{ "summary", no_argument, NULL, O_SUMMARY },
	{ NULL, 0, NULL, 0 },
};

static int
parse_cuts(const char *s, money *cuts)
{
	size_t n;
	const char **item = opt_list(s, &n), *why;

	if (n > MAXCLASS - 1)
		usage_error("--cuts: at most %d cuts", MAXCLASS - 1);
	for (size_t k = 0; k < n; k++)
		if (money_parse(item[k], strlen(item[k]), 0, &cuts[k], &why) ||
		    cuts[k] <= 0 || cuts[k] >= 100 * MONEY_SCALE ||
		    (k > 0 && cuts[k] <= cuts[k - 1]))
			usage_error("--cuts takes increasing percentages between 0 "
			    "and 100, not \"%s\"", s);
	opt_list_free(item, n);
	return (int)n;
}

static const char *const letters[MAXCLASS] = {
	"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N",
	"O", "P",
};

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct abc_opts o = { .id = COL_CUSTOMER_ID, .value = COL_MONETARY,
	    .zero_class = 1 };
	const char *cuts = NULL, **names = NULL;
	size_t nnames = 0;
	int ch;

	crm_init("crm-abc");
	while ((ch = getopt_long(argc, argv, COMMON_SHORT "v:", longopts,
	    NULL)) != -1) {
		if (common_opt(&co, ch, argv, usage))
			continue;
		switch (ch) {
		case 'v': o.value = optarg; break;
		case O_ID: o.id = optarg; break;
		case O_BY:
			if (strcmp(optarg, "value") && strcmp(optarg, "count"))
				usage_error("--by takes value or count");
			o.by_count = optarg[0] == 'c';
			break;
		case O_CUTS: cuts = optarg; break;
		case O_CLASSES:
			opt_list_free(names, nnames);
			names = opt_list(optarg, &nnames);
			break;
		case O_NOZERO: o.zero_class = 0; break;
		case O_SORT: o.sort = 1; break;
		case O_SUMMARY: o.summary = 1; break;
		}
	}
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);
	o.ncuts = parse_cuts(cuts ? cuts : o.by_count ? "20,90" : "80,95",
	    o.cuts);
	if (names && nnames != (size_t)o.ncuts + 1)
		usage_error("%d cuts need %d class names", o.ncuts, o.ncuts + 1);
	for (int k = 0; k <= o.ncuts; k++) {
		o.names[k] = names ? names[k] : letters[k];
		if (o.zero_class && strcmp(o.names[k], "Z") == 0)
			usage_error("class Z is for values at or below zero; "
			    "name the classes otherwise or give --no-zero-class");
		for (int j = 0; j < k; j++)
			if (strcmp(o.names[j], o.names[k]) == 0)
				usage_error("--classes names \"%s\" twice: two "
				    "classes would read as one", o.names[k]);
	}

	abc_run(&o, &co, optind < argc ? argv[optind] : NULL);
	opt_list_free(names, nnames);
	return EXIT_OK;
}
