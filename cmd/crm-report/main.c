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
"A report on a customer table: totals, groups, the Pareto table, the\n"
"R x F heatmap, each group's best customers, segment actions, and with\n"
"--previous what changed since the last run.\n"
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
"      --color WHEN      auto (default: on a terminal, unless NO_COLOR),\n"
"                        always or never\n"
"      --title TEXT      the report's title\n"
"      --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"      --allow-empty     as in crm-import\n"
"\n"
"  -d, -W, --no-header, -t, -o FILE, -q, -h, -V   as in every crm tool\n"
"\n"
"Exit: 0 ok, 1 data rejected or undecodable, 2 usage, 3 I/O, 4 internal.\n"
"See crm-report(1).\n";

enum {
	O_BY = OPT_TOOL, O_ID, O_FORMAT, O_TOP, O_PREVIOUS, O_ORDER,
	O_TOPGROUPS, O_COLOR, O_TITLE, O_CAMPAIGN,
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
	{ NULL, 0, NULL, 0 },
};

enum { F_TEXT, F_MARKDOWN, F_CSV, F_HTML };
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

/* The last run's table, its columns found by the names they have now;
 * its rejects counted apart, as the --rejects file has this table's
 * columns. */
static struct snap *
previous(const char *path, const struct reader_opts *rdo,
    const struct snap *cur, const char *value, struct htab *names,
    struct rejects *rj)
{
	const struct row *h = &cur->t->header;
	struct cols c = { h->f[cur->icol], h->f[cur->gcol],
	    cur->vcol >= 0 ? h->f[cur->vcol] : value, 0 };
	struct snap *s = snap_read(path, rdo, &c, 1, names, rj);

	rejects_close(rj, s->nread);
	return s;
}

static void
balance(const char *file, const struct snap *s, struct rejects *rj,
    const char *done)
{
	size_t k = rejects_count(rj);

	warnmsg("%s%s%zu rows read = %zu %s + %zu rejected%s%s%s",
	    file ? file : "", file ? ": " : "", s->nread, s->n, done, k,
	    k ? " (" : "", rejects_reasons(rj), k ? ")" : "");
}

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct cols cols = { .id = COL_CUSTOMER_ID, .value = COL_MONETARY };
	struct report_opts ro = { .top = 10 };
	const char *order = NULL, **given = NULL, *campaign = NULL;
	int ch, format = F_TEXT, when = C_AUTO;
	size_t ngiven = 0;
	long top_groups = 1;

	crm_init("crm-report");
	while ((ch = getopt_long(argc, argv, COMMON_SHORT "v:", longopts,
	    NULL)) != -1) {
		if (common_opt(&co, ch, argv, usage))
			continue;
		switch (ch) {
		case O_BY: cols.by = optarg; break;
		case 'v': cols.value = optarg; cols.value_given = 1; break;
		case O_ID: cols.id = optarg; break;
		case O_FORMAT: format = choice(optarg, "--format", formats, 4);
			break;
		case O_TOP: ro.top = opt_long(optarg, "--top", 0, 1000000); break;
		case O_PREVIOUS: ro.previous = file_in("--previous", optarg); break;
		case O_ORDER: order = optarg; break;
		case O_TOPGROUPS:
			top_groups = opt_long(optarg, "--top-groups", 1, MAXGROUP);
			break;
		case O_COLOR: when = choice(optarg, "--color", whens, 3); break;
		case O_TITLE: ro.title = optarg; break;
		case O_CAMPAIGN: campaign = file_in("--campaign", optarg); break;
		}
	}
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);

	struct reader_opts rdo;
	common_reader(&co, &rdo);
	struct rejects *rj = common_rejects(&co), *prj = NULL;
	struct htab *names = htab_new();
	struct snap *cur = snap_read(optind < argc ? argv[optind] : NULL, &rdo,
	    &cols, 0, names, rj), *prev = NULL;
	rejects_close(rj, cur->nread);
	rejects_need_output(rj, cur->nread, cur->n, NULL);
	if (ro.previous) {
		prj = rejects_new(NULL, common_out_delim(&co), co.strict,
		    co.max_rejects, co.quiet);
		prev = previous(ro.previous, &rdo, cur, cols.value, names, prj);
	}
	struct rejects *crj = NULL;
	struct campaign *camp = NULL;
	size_t cread = 0;
	if (campaign) {
		crj = rejects_new(NULL, common_out_delim(&co), co.strict,
		    co.max_rejects, co.quiet);
		camp = campaign_read(campaign, &rdo, cur,
		    cur->t->header.f[cur->gcol], crj, &cread);
		rejects_close(crj, cread);
		ro.campaign = camp;
	}
	if (order)
		given = opt_list(order, &ngiven);
	struct stats *st = stats_new(cur, prev, names, given, ngiven, co.quiet);
	/* Tables of two schemes share no group: every customer would show
	 * as moved. */
	if (prev && prev->n > 0 && cur->n > 0 && stats_shared_groups(st) == 0)
		die(EXIT_DATA, "--previous %s: none of its groups is a group of "
		    "this table: it comes from another scheme or another --by "
		    "column, and every customer would show as moved",
		    ro.previous);
	struct moves *mv = prev ? moves_new(st, (size_t)top_groups) : NULL;
	struct report *rp = report_build(st, mv, &ro);
	/* Opened last: a usage error on the way leaves no temporary behind. */
	struct writer *w = writer_open(co.output, common_out_delim(&co));
	switch (format) {
	case F_TEXT: text_write(w, rp, color_on(when, co.output)); break;
	case F_MARKDOWN: markdown_write(w, rp); break;
	case F_CSV: csv_write(w, rp); break;
	case F_HTML: html_write(w, rp); break;
	}
	writer_close(w);
	if (!co.quiet) {
		balance(NULL, cur, rj, "reported");
		if (prev)
			balance(ro.previous, prev, prj, "compared");
		if (camp)
			warnmsg("%s: %zu rows read = %zu in the campaign + %zu "
			    "rejected", campaign, cread, cread -
			    rejects_count(crj), rejects_count(crj));
	}
	campaign_free(camp);
	rejects_free(crj);
	report_free(rp);
	moves_free(mv);
	stats_free(st);
	opt_list_free(given, ngiven);
	snap_free(prev);
	snap_free(cur);
	htab_free(names);
	rejects_free(rj);
	rejects_free(prj);
	return EXIT_OK;
}
