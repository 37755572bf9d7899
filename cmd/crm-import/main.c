#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "err.h"
#include "import.h"
#include "opts.h"
#include "partition.h"

static const char usage[] =
"usage: crm-import [options] [FILE...]\n"
"Turn a spreadsheet export into canonical transactions:\n"
"customer_id, order_date, amount, kind, then the mapped optional columns.\n"
"\n"
"  --map CANON=COL       take CANON (customer_id, order_date, amount, order_id,\n"
"                        quantity, unit_price, product, channel) from column COL\n"
"  --keep COL[,COL...]   pass these columns through\n"
"  --encoding ENC        input encoding: utf-8 (default), gbk, gb18030, big5,\n"
"                        latin1, cp1252, utf-16, or any iconv name\n"
"  --sheet NAME|N        a workbook's sheet (default: the first)\n"
"  --skip N              N lines (a sheet's rows) above the header to skip\n"
"  --date-format FMT     strptime pattern for order_date, e.g. %d/%m/%Y\n"
"  --decimal-comma       amounts use ',' as decimal mark\n"
"  --lines               one row per line item, not per order\n"
"  --time                also write order_time (HH:MM:SS)\n"
"  --cancel-prefix P     order ids starting with P are cancellations\n"
"  --cancel-flag COL[=V] rows with COL set (or equal to V) are cancellations\n"
"  --returns keep|drop   keep returns as negative rows (default) or drop them\n"
"  --link COL[,COL...]   merge customers sharing a value of these columns\n"
"  --id-map FILE         with --link: write original_id,customer_id\n"
"  --phone-country CC    with --link: phone numbers in international form,\n"
"                        CC (86, 44, 1...) for those written without one\n"
"  --lookup ID           only the rows of the customer ID (a customer id, or\n"
"                        with --link a linked value) belongs to, each with\n"
"                        its original_id\n"
"  --id-exact            customer ids as they are: no Unicode blanks trimmed,\n"
"                        no normalization (NFC)\n"
"  --rejects FILE        write rejected rows with line and reason\n"
"  --strict              any rejected row is fatal\n"
"  --max-rejects N|P%    fail when more rows than this are rejected\n"
"  --allow-empty         no row written is no error (default: exit 1)\n"
"  --partition N         split the output by customer into N files (-o FILE:\n"
"                        FILE with .0 to .N-1 before its extension)\n"
"\n"
"  -d, --delimiter C     input delimiter (default: detected)\n"
"  -W, --whitespace      fields separated by runs of blanks\n"
"      --no-header       no header line; columns are named 1, 2, 3...\n"
"  -t, --tsv             write TSV instead of CSV\n"
"  -o, --output FILE     write to FILE (atomically) instead of stdout\n"
"                        (FILE.xlsx: a workbook; FILE.gz: gzip)\n"
"      --excel           CSV for a spreadsheet, not a pipe (see crm(7))\n"
"      --stats FILE      write the run's counts to FILE as CSV (see crm(7))\n"
"  -q, --quiet           no progress, warnings or summary\n"
"  -h, --help            this text;  -V, --version  the version\n"
"\n"
"Exit: 0 ok, 1 data rejected (--strict, --max-rejects), no row written\n"
"or undecodable, 2 usage, 3 I/O error, 4 internal error. See crm-import(1).\n";

enum {
	O_MAP = OPT_TOOL, O_KEEP, O_ENCODING, O_DATEFMT, O_DECCOMMA, O_LINES,
	O_TIME, O_CANCELP, O_CANCELF, O_RETURNS, O_LINK, O_IDMAP, O_IDEXACT,
	O_PHONECC, O_SHEET, O_SKIP, O_PARTITION, O_LOOKUP,
};

static const struct option longopts[] = {
	COMMON_LONG,
	{ "map", required_argument, NULL, O_MAP },
	{ "keep", required_argument, NULL, O_KEEP },
	{ "encoding", required_argument, NULL, O_ENCODING },
	{ "date-format", required_argument, NULL, O_DATEFMT },
	{ "decimal-comma", no_argument, NULL, O_DECCOMMA },
	{ "lines", no_argument, NULL, O_LINES },
	{ "time", no_argument, NULL, O_TIME },
	{ "cancel-prefix", required_argument, NULL, O_CANCELP },
	{ "cancel-flag", required_argument, NULL, O_CANCELF },
	{ "returns", required_argument, NULL, O_RETURNS },
	{ "link", required_argument, NULL, O_LINK },
	{ "phone-country", required_argument, NULL, O_PHONECC },
	{ "id-map", required_argument, NULL, O_IDMAP },
	{ "lookup", required_argument, NULL, O_LOOKUP },
	{ "id-exact", no_argument, NULL, O_IDEXACT },
	{ "sheet", required_argument, NULL, O_SHEET },
	{ "skip", required_argument, NULL, O_SKIP },
	{ "partition", required_argument, NULL, O_PARTITION },
	{ NULL, 0, NULL, 0 },
};

/* Appends the comma-separated names of s to the list. */
static void
add_list(const char ***list, size_t *n, const char *s)
{
	size_t k;
	const char **more = opt_list(s, &k);

	*list = xreallocarray(*list, *n + k, sizeof(char *));
	memcpy(*list + *n, more, k * sizeof(char *));
	*n += k;
	free(more);
}

static void
add_map(struct import_opts *o, const char *arg)
{
	const char *eq = strchr(arg, '=');
	char name[32];
	int c;

	if (eq == NULL || eq == arg || eq[1] == '\0' ||
	    (size_t)(eq - arg) >= sizeof(name))
		usage_error("--map takes CANON=COLUMN, not \"%s\"", arg);
	memcpy(name, arg, (size_t)(eq - arg));
	name[eq - arg] = '\0';
	if ((c = canon_find(name)) < 0)
		usage_error("--map: unknown column \"%s\" (customer_id, "
		    "order_date, amount, order_id, quantity, unit_price, "
		    "product, channel)", name);
	o->map[c] = eq + 1;
}

int
main(int argc, char **argv)
{
	struct common co = { 0 };
	struct import_opts o = { 0 };
	struct reader_opts ro;
	const char *encoding = NULL, *sheet = NULL;
	long skip = 0;
	int ch;

	crm_init("crm-import");
	while ((ch = getopt_long(argc, argv, COMMON_SHORT, longopts, NULL)) != -1) {
		if (common_opt(&co, ch, argv, usage))
			continue;
		switch (ch) {
		case O_MAP: add_map(&o, optarg); break;
		case O_KEEP: add_list(&o.keep, &o.nkeep, optarg); break;
		case O_LINK: add_list(&o.link, &o.nlink, optarg); break;
		case O_PHONECC:
			o.phone_country = optarg + (*optarg == '+');
			if (strlen(o.phone_country) < 1 ||
			    strlen(o.phone_country) > 3 ||
			    strspn(o.phone_country, "0123456789") !=
			    strlen(o.phone_country) || *o.phone_country == '0')
				usage_error("--phone-country takes a country "
				    "calling code of 1 to 3 digits (86, 44, 1), "
				    "not \"%s\"", optarg);
			break;
		case O_ENCODING: encoding = optarg; break;
		case O_DATEFMT: o.date_format = optarg; break;
		case O_DECCOMMA: o.decimal_comma = 1; break;
		case O_LINES: o.lines = 1; break;
		case O_TIME: o.keep_time = 1; break;
		case O_CANCELP:
			/* an unset shell variable would make every order a
			 * cancellation */
			if (*optarg == '\0')
				usage_error("--cancel-prefix takes a prefix of at "
				    "least one character, not \"\"");
			o.cancel_prefix = optarg;
			break;
		case O_CANCELF: o.cancel_flag = optarg; break;
		case O_IDEXACT: o.id_exact = 1; break;
		case O_SHEET: sheet = optarg; break;
		case O_SKIP: skip = opt_long(optarg, "--skip", 0, 1L << 30); break;
		case O_IDMAP: o.id_map = file_out("--id-map", optarg); break;
		case O_LOOKUP: o.lookup = optarg; break;
		case O_PARTITION:
			o.nparts = (unsigned)opt_long(optarg, "--partition", 1,
			    PARTITION_MAX);
			break;
		case O_RETURNS:
			if (strcmp(optarg, "keep") != 0 && strcmp(optarg, "drop") != 0)
				usage_error("--returns takes keep or drop");
			o.drop_returns = optarg[0] == 'd';
			break;
		}
	}
	if (o.id_map && o.nlink == 0)
		usage_error("--id-map needs --link");
	if (o.phone_country && o.nlink == 0)
		usage_error("--phone-country needs --link");
	if (o.lookup && o.nparts)
		usage_error("--lookup writes one customer: no --partition");
	struct parts *out = parts_new(co.output, o.nparts);
	files_check(argc - optind, argv + optind);
	common_reader(&co, &ro);
	ro.check_utf8 = 1;
	ro.workbooks = 1;
	ro.sheet = sheet;
	ro.skip = skip;
	if (encoding && strcasecmp(encoding, "utf-8") != 0 &&
	    strcasecmp(encoding, "utf8") != 0)
		ro.encoding = strcasecmp(encoding, "latin1") == 0 ?
		    "ISO-8859-1" : encoding;

	import_run(&o, &co, &ro, out, argv + optind, argc - optind);
	parts_free(out);
	opt_list_free(o.keep, o.nkeep);
	opt_list_free(o.link, o.nlink);
	return EXIT_OK;
}
