#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "opts.h"
#include "report.h"
#include "schema.h"

static const char usage[] =
"usage: crm-report [options] [FILE]\n"
"A report on a customer table: the call list, totals, groups, the Pareto\n"
"table, the R x F heatmap, each group's best customers, segment actions,\n"
"and with --previous what changed since the last run.\n"
"\n"
"      --by COL          the group column (default segment, else abc_class,\n"
"                        else rfm_group)\n"
"  -v, --value COL       the value column (default monetary)\n"
"      --id COL          the customer column (default customer_id)\n"
"      --format F        text (default), markdown, csv or html\n"
"      --top N           customers in each group's tier list (default 10;\n"
"                        0: none)\n"
"      --previous FILE   compare with the last run's customer table\n"
"      --campaign FILE   a campaign's customers (customer_id, group:\n"
"                        treatment or control): response and revenue\n"
"                        per customer in this table, lift with intervals\n"
"      --order A,B,...   the groups, best first (default: by mean value)\n"
"      --top-groups N    groups at the top of the order whose leavers are\n"
"                        listed (default 1)\n"
"      --call-list       only the call list, whole: with --format csv (or\n"
"                        -t) a table of its own, a customer a row\n"
"      --calls N         rows of the call list in the report (default 50;\n"
"                        0: none)\n"
"      --brief           only the call list, totals, groups and changes\n"
"      --color WHEN      auto (default: on a terminal, unless NO_COLOR),\n"
"                        always or never\n"
"      --title TEXT      the report's title\n"
"      --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"      --allow-empty     as in crm-import\n"
"\n"
"  -d, -W, --no-header, -t, -o FILE, --excel, --stats FILE, -q, -h, -V\n"
"                        as in every crm tool (see crm(7))\n"
"\n"
"Exit: 0 ok, 1 data rejected or undecodable, 2 usage, 3 I/O, 4 internal.\n"
"See crm-report(1).\n";

enum {
	O_BY = OPT_TOOL, O_ID, O_FORMAT, O_TOP, O_PREVIOUS, O_ORDER,
	O_TOPGROUPS, O_COLOR, O_TITLE, O_CAMPAIGN, O_CALLLIST, O_CALLS,
	O_BRIEF,
};

static const struct option longopts[] = {
	COMMON_LONG,
	{ "by", required_argument, NULL, O_BY },
	{ "value", required_argument, NULL, 'v' },
	{ "id", required_argument, NULL, O_ID },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "top", required_argument, NULL, O_TOP },
	{ "previous", required_argument, NULL, O_PREVIOUS },
	{ "order", required_argument, NULL, O_ORDER },
	{ "top-groups", required_argument, NULL, O_TOPGROUPS },
	{ "color", required_argument, NULL, O_COLOR },
	{ "title", required_argument, NULL, O_TITLE },
	{ "campaign", required_argument, NULL, O_CAMPAIGN },
	{ "call-list", no_argument, NULL, O_CALLLIST },
	{ "calls", required_argument, NULL, O_CALLS },
	{ "brief", no_argument, NULL, O_BRIEF },
	{ NULL, 0, NULL, 0 },
};

static const char *const formats[] = { "text", "markdown", "csv", "html" };
enum { C_AUTO, C_ALWAYS, C_NEVER };
static const char *const whens[] = { "auto", "always", "never" };

static int
choice(const char *arg, const char *opt, const char *const *names, int n)
{
	char list[64] = "";

	for (int i = 0; i < n; i++) {
		if (strcmp(arg, names[i]) == 0)
			return i;
		size_t k = strlen(list);
		snprintf(list + k, sizeof(list) - k, "%s%s", i == 0 ? "" :
		    i == n - 1 ? " or " : ", ", names[i]);
	}
	usage_error("%s takes %s, not \"%s\"", opt, list, arg);
}

static int
color_on(int when, const char *output)
{
	const char *no = getenv("NO_COLOR");

	if (when != C_AUTO)
		return when == C_ALWAYS;
	return (no == NULL || *no == '\0') &&
	    (output == NULL || strcmp(output, "-") == 0) && isatty(STDOUT_FILENO);
}

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct cols cols = { .id = COL_CUSTOMER_ID, .value = COL_MONETARY };
	struct report_opts ro = { .top = 10, .top_groups = 1, .calls = 50 };
	int ch, when = C_AUTO, format_given = 0;

	crm_init("crm-report");
	while ((ch = getopt_long(argc, argv, COMMON_SHORT "v:", longopts,
	    NULL)) != -1) {
		if (common_opt(&co, ch, argv, usage))
			continue;
		switch (ch) {
		case O_BY: cols.by = optarg; break;
		case 'v': cols.value = optarg; cols.value_given = 1; break;
		case O_ID: cols.id = optarg; break;
		case O_FORMAT: ro.format = choice(optarg, "--format", formats, 4);
			format_given = 1;
			break;
		case O_TOP: ro.top = opt_long(optarg, "--top", 0, 1000000); break;
		case O_PREVIOUS: ro.previous = file_in("--previous", optarg); break;
		case O_ORDER: ro.order = optarg; break;
		case O_TOPGROUPS:
			ro.top_groups = opt_long(optarg, "--top-groups", 1, MAXGROUP);
			break;
		case O_COLOR: when = choice(optarg, "--color", whens, 3); break;
		case O_TITLE: ro.title = optarg; break;
		case O_CAMPAIGN:
			ro.campaign_file = file_in("--campaign", optarg);
			break;
		case O_CALLLIST: ro.call_list = 1; break;
		case O_CALLS: ro.calls = opt_long(optarg, "--calls", 0, 100000000);
			break;
		case O_BRIEF: ro.brief = 1; break;
		}
	}
	if (ro.call_list && (ro.brief || ro.campaign_file))
		usage_error("--call-list writes the call list alone: not with "
		    "%s", ro.brief ? "--brief" : "--campaign");
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);
	/* A workbook holds a table: the csv format's, one sheet. */
	if (co.output && xlsxout_wanted(co.output)) {
		if (format_given && ro.format != F_CSV)
			usage_error("-o %s: a workbook holds the report's numbers "
			    "as one table, the csv format's: leave --format "
			    "out or give --format csv", co.output);
		ro.format = F_CSV;
	}
	if (co.excel && ro.format != F_CSV)
		usage_error("--excel makes CSV safe for a spreadsheet: it goes "
		    "with --format csv");

	ro.color = color_on(when, co.output);
	report_run(&cols, &ro, &co, optind < argc ? argv[optind] : NULL);
	return EXIT_OK;
}
