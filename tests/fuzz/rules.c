/* crm-segment's rule language: parse any text as rules, then run them on
 * a small table, whole-input functions and the diagnostics included. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "segment.h"

static char *names[] = { "customer_id", "r_score", "f_score", "monetary",
    "name" };
static size_t name_len[] = { 11, 7, 7, 8, 4 };
static const struct row header = { .nf = 5, .f = names, .len = name_len,
    .line = 1 };

static char *cells[][5] = {
	{ "a", "1", "5", "10.50", "x" }, { "b", "5", "1", "-3", "" },
	{ "c", "3", "3", "", "y z" }, { "d", "2", "4", "1e3", "12" },
};

struct input {
	const uint8_t *data;
	size_t n;
};

static void
run(void *arg)
{
	struct input *in = arg;
	struct rules rs;
	struct env e;
	size_t len[5];
	char *text = fuzz_text(in->data, in->n);

	rules_init(&rs, &header);
	env_init(&e, header.nf);
	rules_load(&rs, "fuzz", text, 1);
	rules_check(&rs);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < 4; i++) {
			struct row row = { .nf = 5, .f = cells[i], .len = len,
			    .line = (long)i + 2 };
			for (size_t c = 0; c < 5; c++)
				len[c] = strlen(cells[i][c]);
			env_row(&e, &row);
			if (pass == 0)
				aggs_add_row(&rs.p, &e);
			else
				rules_match(&rs, &e);
		}
		if (pass == 0)
			aggs_finish(&rs.p);
	}
	rules_report(&rs, "other", 1);
	env_free(&e);
	rules_free(&rs);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct input in = { data, n };

	fuzz_catch(run, &in);
	return 0;
}
