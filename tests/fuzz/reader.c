/* The row reader (CSV, TSV, blanks; detection, BOM, iconv, UTF-8 checks)
 * and the writer that quotes the rows again. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "reader.h"
#include "writer.h"

struct input {
	const uint8_t *data;
	size_t n;
};

static void
read_all(void *arg)
{
	const uint8_t *data = ((struct input *)arg)->data;
	size_t n = ((struct input *)arg)->n;
	static const struct reader_opts variants[] = {
		{ 0 }, { .delim = ',' }, { .delim = '\t' }, { .delim = ';' },
		{ .whitespace = 1 }, { .no_header = 1 }, { .check_utf8 = 1 },
		{ .encoding = "latin1" }, { .encoding = "gbk" },
	};
	const struct row *row;

	const struct reader_opts *o = &variants[data[0] % 9];
	struct reader *r = reader_open(fuzz_file(data + 1, n - 1), o);
	struct writer *w = writer_open("/dev/null", data[0] & 0x80 ? '\t' : ',');
	if ((row = reader_header(r)) != NULL) {
		writer_row(w, row);
		writer_end(w);
		while ((row = reader_next(r)) != NULL) {
			for (size_t i = 0; i < row->nf; i++)
				if (row->f[i][row->len[i]] != '\0')
					abort();	/* fields end in NUL */
			writer_row(w, row);
			writer_end(w);
		}
	}
	writer_close(w);
	reader_close(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	struct input in = { data, n };

	if (n > 0)
		fuzz_catch(read_all, &in);
	return 0;
}
