#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "clv.h"
#include "date.h"
#include "err.h"
#include "opts.h"

static const char usage[] =
"usage: crm-clv [options] [FILE]\n"
"Customer lifetime value: fit a buy-till-you-die model and score each\n"
"customer with p_alive, expected_purchases, expected_spend and clv.\n"
"Input: transactions, crm-rfm's customer table (told by its columns), or\n"
"with --from-summary a table of frequency, recency, T, monetary_value.\n"
"\n"
"  --model bgnbd|pnbd|simple|textbook  BG/NBD (default) or Pareto/NBD with\n"
"                        Gamma-Gamma spend, last year's spend as an annuity,\n"
"                        or the course's formula with costs\n"
"  --unit day|week|month|year  time unit of the summary and horizon\n"
"                        (default week)\n"
"  --calibration-end DATE  last day fitted (default: the last date)\n"
"  --holdout-end DATE    compare predictions with the purchases after the\n"
"                        calibration up to DATE, by calibration frequency\n"
"  --holdout-out FILE    that table as CSV\n"
"  --horizon N           units ahead for expected_purchases and clv (default\n"
"                        52 weeks)\n"
"  --discount R          yearly discount rate (default 0.1)\n"
"  --margin M            share of spend that is profit (default 1)\n"
"  --retention R|auto    --model simple: yearly retention (default auto);\n"
"                        textbook: R (default 1)\n"
"  --acquisition-cost C, --first-profit P, --yearly-profit I,\n"
"  --service-cost S, --growth G   --model textbook: a customer's terms\n"
"                        where its row has no column of that name\n"
"  --params-out FILE     write the fitted parameters (model,param,value,se)\n"
"  --params FILE         score with saved parameters instead of fitting\n"
"  --penalizer C         shrink the fit's log parameters towards 0 (C > 0)\n"
"  --strict-fit          exit 1 when the data do not pin the model down\n"
"  --summary-out FILE    write the per-customer summary the models use\n"
"  --from-summary        the input is such a summary\n"
"  --customer COL, --date COL, --amount COL, --order COL, --kind COL\n"
"                        transaction columns, as in crm-rfm\n"
"  --id-exact            customer ids as they are (see crm(7))\n"
"  --rejects FILE, --strict, --max-rejects N|P%   as in crm-import\n"
"  --allow-empty         as in crm-import\n"
"\n"
"  -d, -W, --no-header, -t, -o FILE, --excel, --stats FILE, -q, -h, -V\n"
"                        as in every crm tool (see crm(7))\n"
"\n"
"Exit: 0 ok, 1 data rejected or not fit to model, 2 usage, 3 I/O,\n"
"4 internal. See crm-clv(1).\n";

enum {
	O_MODEL = OPT_TOOL, O_UNIT, O_CALEND, O_HOLDEND, O_HOLDOUT, O_HORIZON,
	O_DISCOUNT, O_MARGIN, O_RETENTION, O_PARAMSOUT, O_PARAMS, O_SUMOUT,
	O_FROMSUM, O_PENALIZER, O_STRICTFIT, O_ACQ, O_FIRST, O_YEARLY,
	O_SERVICE, O_GROWTH,
};

static const struct option longopts[] = {
	COMMON_LONG,
	TXN_LONG,
	{ "model", required_argument, NULL, O_MODEL },
	{ "acquisition-cost", required_argument, NULL, O_ACQ },
	{ "first-profit", required_argument, NULL, O_FIRST },
	{ "yearly-profit", required_argument, NULL, O_YEARLY },
	{ "service-cost", required_argument, NULL, O_SERVICE },
	{ "growth", required_argument, NULL, O_GROWTH },
	{ "unit", required_argument, NULL, O_UNIT },
	{ "calibration-end", required_argument, NULL, O_CALEND },
	{ "holdout-end", required_argument, NULL, O_HOLDEND },
	{ "holdout-out", required_argument, NULL, O_HOLDOUT },
	{ "horizon", required_argument, NULL, O_HORIZON },
	{ "discount", required_argument, NULL, O_DISCOUNT },
	{ "margin", required_argument, NULL, O_MARGIN },
	{ "retention", required_argument, NULL, O_RETENTION },
	{ "params-out", required_argument, NULL, O_PARAMSOUT },
	{ "params", required_argument, NULL, O_PARAMS },
	{ "summary-out", required_argument, NULL, O_SUMOUT },
	{ "from-summary", no_argument, NULL, O_FROMSUM },
	{ "penalizer", required_argument, NULL, O_PENALIZER },
	{ "strict-fit", no_argument, NULL, O_STRICTFIT },
	{ NULL, 0, NULL, 0 },
};

static void
set_unit(struct clv_opts *o, const char *s)
{
	static const struct { const char *name; double days; } units[] = {
		{ "day", 1 }, { "week", 7 }, { "month", DAYS_A_MONTH },
		{ "year", DAYS_A_YEAR },
	};

	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(s, units[i].name) == 0) {
			o->unit_name = units[i].name;
			o->unit = units[i].days;
			return;
		}
	usage_error("--unit takes day, week, month or year, not \"%s\"", s);
}

static void
set_model(struct clv_opts *o, const char *s)
{
	o->simple = strcmp(s, "simple") == 0;
	o->textbook = strcmp(s, "textbook") == 0;
	if (strcmp(s, "bgnbd") == 0 || o->simple || o->textbook)
		o->model = MODEL_BGNBD;
	else if (strcmp(s, "pnbd") == 0)
		o->model = MODEL_PNBD;
	else
		usage_error("--model takes bgnbd, pnbd, simple or textbook, not "
		    "\"%s\"", s);
}

static void
options(int argc, char **argv, struct common *co, struct clv_opts *o)
{
	int ch, horizon = 0;

	while ((ch = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL)) != -1) {
		if (common_opt(co, ch, argv, usage) ||
		    txn_opt(&o->cols, ch, optarg))
			continue;
		switch (ch) {
		case O_MODEL: set_model(o, optarg); break;
		case O_UNIT: set_unit(o, optarg); break;
		case O_CALEND:
			o->cal_end = opt_date(optarg, "--calibration-end", 0);
			break;
		case O_HOLDEND:
			o->holdout_end = opt_date(optarg, "--holdout-end", 0);
			break;
		case O_HOLDOUT: o->holdout_out = file_out("--holdout-out", optarg); break;
		case O_HORIZON:
			o->horizon = opt_double(optarg, "--horizon", 0.001, 1e5);
			horizon = 1;
			break;
		case O_DISCOUNT: o->discount = opt_double(optarg, "--discount", 0, 10); break;
		case O_MARGIN: o->margin = opt_double(optarg, "--margin", 0, 1e6); break;
		case O_RETENTION:
			o->retention = strcmp(optarg, "auto") == 0 ? -1 :
			    opt_double(optarg, "--retention", 0, 1);
			break;
		case O_PARAMSOUT: o->params_out = file_out("--params-out", optarg); break;
		case O_PARAMS: o->params_in = file_in("--params", optarg); break;
		case O_SUMOUT: o->summary_out = file_out("--summary-out", optarg); break;
		case O_FROMSUM: o->from_summary = 1; break;
		case O_PENALIZER:
			o->penalizer = opt_double(optarg, "--penalizer", 0, 1e6);
			break;
		case O_STRICTFIT: o->strict_fit = 1; break;
		case O_ACQ:
			o->terms.acquisition = opt_double(optarg,
			    "--acquisition-cost", 0, 1e12);
			break;
		case O_FIRST:
			o->terms.first = opt_double(optarg, "--first-profit", -1e12,
			    1e12);
			break;
		case O_YEARLY:
			o->terms.yearly = opt_double(optarg, "--yearly-profit", -1e12,
			    1e12);
			break;
		case O_SERVICE:
			o->terms.service = opt_double(optarg, "--service-cost", 0,
			    1e12);
			break;
		case O_GROWTH:
			o->growth = opt_double(optarg, "--growth", -1e12, 1e12);
			break;
		}
	}
	if (!horizon)
		o->horizon = 364 / o->unit;
	/* a period of a month each is scored: bounded, so is the run */
	if (o->horizon * o->unit > 100 * DAYS_A_YEAR)
		usage_error("--horizon reaches at most 100 years (%g %ss), not "
		    "%g %ss", 100 * DAYS_A_YEAR / o->unit, o->unit_name,
		    o->horizon, o->unit_name);
	if (optind < argc - 1)
		usage_error("one input file at most");
	files_check(argc - optind, argv + optind);
	if (o->holdout_end != DAY_NONE && o->cal_end == DAY_NONE)
		usage_error("--holdout-end needs --calibration-end");
	if (o->holdout_end != DAY_NONE && o->holdout_end <= o->cal_end)
		usage_error("--holdout-end must come after --calibration-end");
	if (o->holdout_end != DAY_NONE && o->from_summary)
		usage_error("--holdout-end needs transactions, not a summary");
	if ((o->simple || o->textbook) && (o->params_in || o->params_out ||
	    o->holdout_end != DAY_NONE || o->penalizer > 0 || o->strict_fit ||
	    o->from_summary || o->summary_out))
		usage_error("--model %s has no parameters, fit, summary or "
		    "holdout", o->simple ? "simple" : "textbook");
	if (o->textbook && o->retention < 0)
		o->retention = 1;	/* the course's: no customer lost */
	if (!o->textbook && (o->growth != 0 || o->terms.acquisition != 0 ||
	    o->terms.first != 0 || !isnan(o->terms.yearly) ||
	    o->terms.service != 0))
		usage_error("--acquisition-cost, --first-profit, --yearly-profit, "
		    "--service-cost and --growth are for --model textbook");
	if (o->params_in && o->penalizer > 0)
		usage_error("--penalizer applies to a fit, not to --params");
	o->quiet = co->quiet;
}

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct clv_opts o = { .unit = 7, .unit_name = "week", .discount = 0.1,
	    .margin = 1, .retention = -1, .cal_end = DAY_NONE,
	    .holdout_end = DAY_NONE, .terms.yearly = NAN };

	crm_init("crm-clv");
	options(argc, argv, &co, &o);
	clv_run(&o, &co, optind < argc ? argv[optind] : NULL);
	return EXIT_OK;
}
