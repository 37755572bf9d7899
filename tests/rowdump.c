/* Test helper: each row the reader gives, as a JSON array of strings. */
#include <stdio.h>

#include "err.h"
#include "opts.h"
#include "reader.h"

static void
dump(const struct row *row)
{
	putchar('[');
	for (size_t i = 0; i < row->nf; i++) {
		putchar(i ? ',' : '"');
		if (i)
			putchar('"');
		for (size_t k = 0; k < row->len[i]; k++) {
			unsigned char c = (unsigned char)row->f[i][k];
			if (c == '"' || c == '\\')
				printf("\\%c", c);
			else if (c < 0x20)
				printf("\\u%04x", c);
			else
				putchar(c);
		}
		putchar('"');
	}
	puts("]");
}

int
main(int argc, char **argv)
{
	struct reader_opts o = { 0 };
	const struct row *row;

	crm_init("rowdump");
	struct reader *r = reader_open(argc > 1 ? argv[1] : NULL, &o);
	if ((row = reader_header(r)) != NULL) {
		dump(row);
		while ((row = reader_next(r)) != NULL)
			dump(row);
	}
	reader_close(r);
	return ferror(stdout) ? EXIT_IO : EXIT_OK;
}
