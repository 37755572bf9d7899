#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "money.h"
#include "opts.h"
#include "schema.h"
#include "segment.h"
#include "strbuf.h"

/* The files of schemes/, built in by scripts/embed. */
extern const struct embedded { const char *name, *text; } embedded[];

const char *
scheme_text(const char *name)
{
	for (size_t i = 0; embedded[i].name; i++)
		if (strcmp(embedded[i].name, name) == 0)
			return embedded[i].text;
	return NULL;
}

const char *
scheme_names(void)
{
	static char buf[256];
	size_t k = 0;

	for (size_t i = 0; embedded[i].name && k < sizeof(buf); i++)
		k += (size_t)snprintf(buf + k, sizeof(buf) - k, "%s%s",
		    i ? ", " : "", embedded[i].name);
	return buf;
}

/*
 * --tiers diamond:1,gold:4,iron:15,lead: each tier takes the next PCT
 * percent of customers by value; the last takes the rest.
 */
char *
tiers_rules(const char *spec)
{
	size_t n;
	const char **item = opt_list(spec, &n);
	money sum = 0;
	struct strbuf text = STRBUF_INIT;

	strbuf_puts(&text, "let value = " COL_MONETARY "\n");
	if (n < 2)
		usage_error("--tiers takes at least two NAME:PCT, not \"%s\"",
		    spec);
	for (size_t i = 0; i < n; i++) {
		const char *colon = strrchr(item[i], ':'), *why;
		size_t nlen = colon ? (size_t)(colon - item[i]) : strlen(item[i]);
		money pct = 0;
		int last = i == n - 1;
		if (nlen == 0 || memchr(item[i], '"', nlen))
			usage_error("--tiers: \"%s\" needs a name", item[i]);
		if (colon == NULL && !last)
			usage_error("--tiers: \"%s\" needs :PCT (only the last "
			    "tier may go without)", item[i]);
		if (colon && (money_parse(colon + 1, strlen(colon + 1), 0, &pct,
		    &why) || pct <= 0 || money_add(sum, pct, &sum) ||
		    sum > 100 * MONEY_SCALE))
			usage_error("--tiers: \"%s\": the percentages must be "
			    "above 0 and add up to 100 at most", item[i]);
		if (last && colon && sum != 100 * MONEY_SCALE)
			usage_error("--tiers: the percentages add up to less "
			    "than 100; leave out the last tier's to give it "
			    "the rest");
		char cut[32];
		money_format(100 * MONEY_SCALE - sum, 0, cut);
		strbuf_printf(&text,
		    last ? "\"%.*s\": true\n" : "\"%.*s\": pct(value) >= %s\n",
		    (int)nlen, item[i], cut);
	}
	opt_list_free(item, n);
	return strbuf_detach(&text);
}
