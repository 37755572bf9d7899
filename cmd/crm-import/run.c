/* crm-import's run: every file in, the transactions out, the account of
 * the rows. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "import.h"

/* The files for --stats: their names with a space between. */
static char *
inputs(char **files, int nfiles)
{
	size_t n = 1;
	char *s;

	for (int i = 0; i < nfiles; i++)
		n += strlen(files[i]) + 1;
	s = xmalloc(n);
	s[0] = '\0';
	for (int i = 0; i < nfiles; i++) {
		if (i)
			strcat(s, " ");
		strcat(s, files[i]);
	}
	return s;
}

void
import_run(const struct import_opts *o, const struct common *co,
    const struct reader_opts *ro, struct parts *out, char **files,
    int nfiles)
{
	parts_open(out, co);
	struct rejects *rj = common_rejects(co);
	struct import *im = import_new(o, out, rj);
	struct tally t = { .input = nfiles ? inputs(files, nfiles) : NULL };

	for (int i = 0; i < nfiles || i == 0; i++) {
		struct reader *r = reader_open(i < nfiles ? files[i] : NULL, ro);
		import_file(im, r);
		reader_close(r);
	}
	rejects_close(rj, import_finish(im));
	import_need_output(im);
	import_tally(im, &t);
	struct writer *stats = tally_stats(co, &t, 1);
	parts_close(out, import_written(im));
	tally_say(co, stats, &t, 1);
	if (!co->quiet)
		parts_summary(out);
	free((char *)t.input);
	import_free(im);
	rejects_free(rj);
}
