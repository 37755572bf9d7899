#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "bytes.h"
#include "date.h"
#include "err.h"
#include "files.h"
#include "grow.h"
#include "gzout.h"
#include "hints.h"
#include "inert.h"
#include "par.h"
#include "writer.h"
#include "xlsxout.h"

#define BUFSZ (1 << 20)
#define MAXTEMP 264	/* a run's outputs: up to 256 parts of crm-import */

struct writer {
	int fd;			/* -1 for a part, which keeps what it is given */
	char *mem;		/* a part's bytes beyond its buffer */
	size_t memlen, memcap;
	char delim;
	unsigned char special[256];	/* bytes that make a field quoted */
	int first;		/* no field written yet on this row */
	size_t n;
	char *name;		/* for messages; NULL for stdout */
	struct gzout *gz;	/* FILE.gz: compressed on the way out */
	struct xlsxout *xl;	/* FILE.xlsx: a workbook, not bytes */
	int excel;		/* writer_excel: fields made safe to open */
	char *path;		/* where the file goes */
	char *temp;
	char buf[BUFSZ];
};

/* Temporaries still to be renamed; removed if the run dies, by die() or
 * by a signal (see atdie). */
static char *volatile temps[MAXTEMP];

static void
remove_temps(void)
{
	for (int i = 0; i < MAXTEMP; i++)
		if (temps[i])
			unlink(temps[i]);
}

static void
track(char *temp)
{
	static int hooked;

	if (!hooked) {
		atdie(remove_temps);
		hooked = 1;
	}
	for (int i = 0; i < MAXTEMP; i++)
		if (temps[i] == NULL || temps[i] == temp) {
			temps[i] = temp;
			return;
		}
	die(EXIT_INTERNAL, "too many output files");
}

static void
untrack(char *temp)
{
	for (int i = 0; i < MAXTEMP; i++)
		if (temps[i] == temp)
			temps[i] = NULL;
}

/* The file replaced keeps its permission bits, and its owner and group
 * where the system lets us give them (root; a group the user is in). A
 * group not kept gets what others get, so that the user's own group sees
 * nothing the old file hid from it. */
static void
keep_mode(int fd, const struct stat *st)
{
	mode_t mode = st->st_mode & 0777;

	if (fchown(fd, st->st_uid, st->st_gid) == -1 &&
	    fchown(fd, (uid_t)-1, st->st_gid) == -1)
		mode = (mode & ~(mode_t)070) | (mode & 07) << 3;
	fchmod(fd, mode);
}

/* The temporary: ".NAME.XXXXXX" in the folder of path. */
static char *
temp_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	size_t dir = slash ? (size_t)(slash - path) + 1 : 0;
	size_t len = strlen(path) + sizeof("/..XXXXXX");
	char *t = xmalloc(len);

	snprintf(t, len, "%.*s.%s.XXXXXX", (int)dir, path, path + dir);
	return t;
}

/* Bytes to the file as they are. */
static void
write_all(void *ctx, const char *p, size_t n)
{
	struct writer *w = ctx;
	size_t off = 0;

	while (off < n) {
		ssize_t k = write(w->fd, p + off, n - off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			die_sys(EXIT_IO, "write error on %s",
			    w->name ? w->name : "standard output");
		off += (size_t)k;
	}
}

struct writer *
writer_open(const char *path, char delim)
{
	struct writer *w = xcalloc(1, sizeof(*w));

	w->delim = delim;
	w->first = 1;
	w->special['"'] = w->special['\n'] = w->special['\r'] = 1;
	w->special[(unsigned char)delim] = 1;
	/* Past a file size limit (ulimit -f) a write then fails, and the run
	 * ends with a message and no partial file, instead of a core. */
	signal(SIGXFSZ, SIG_IGN);
	/* FILE.gz is gzip, never plain text under a gzip name. */
	if (path != NULL && gzout_wanted(path))
		w->gz = gzout_new(write_all, w);
	if (path == NULL || strcmp(path, "-") == 0) {
		w->fd = STDOUT_FILENO;
		pipe_size(w->fd);
		return w;
	}
	/* A device or pipe (-o /dev/stdout) is written in place; a link is
	 * followed, so the rename replaces its target, not the link. */
	struct stat st;
	w->name = xstrdup(path);
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		/* a ZIP is written with seeks, and only from its name */
		if (xlsxout_wanted(path))
			die(EXIT_IO, "%s: a workbook is written to a regular "
			    "file only", path);
		if ((w->fd = open(path, O_WRONLY | O_TRUNC)) == -1)
			die_sys(EXIT_IO, "%s", path);
		return w;
	}
	if ((w->path = file_follow(path)) == NULL)
		die_sys(EXIT_IO, "%s", path);
	w->temp = temp_name(w->path);
	track(w->temp);
	if ((w->fd = mkstemp(w->temp)) == -1) {
		untrack(w->temp);
		die_sys(EXIT_IO, "%s", path);
	}
	if (stat(w->path, &st) == 0)
		keep_mode(w->fd, &st);
	else {
		mode_t mask = umask(0);
		umask(mask);
		fchmod(w->fd, 0666 & ~mask);
	}
	/* libxlsxwriter writes the temporary again by its name, into the
	 * same file: its mode stays, and w->fd syncs it. */
	if (xlsxout_wanted(path))
		w->xl = xlsxout_new(w->temp, w->name, progname);
	return w;
}

static void
flush(struct writer *w)
{
	if (w->fd == -1) {
		GROW(w->mem, w->memlen + w->n, w->memcap);
		memcpy(w->mem + w->memlen, w->buf, w->n);
		w->memlen += w->n;
		w->n = 0;
		return;
	}
	if (w->gz)
		gzout_put(w->gz, w->buf, w->n, 0);
	else
		write_all(w, w->buf, w->n);
	w->n = 0;
}

static void
put(struct writer *w, const char *s, size_t len)
{
	while (len > 0) {
		if (w->n == BUFSZ)
			flush(w);
		size_t k = BUFSZ - w->n;
		if (k > len)
			k = len;
		memcpy(w->buf + w->n, s, k);
		w->n += k;
		s += k;
		len -= k;
	}
}

static void
putc1(struct writer *w, char c)
{
	if (w->n == BUFSZ)
		flush(w);
	w->buf[w->n++] = c;
}

void
writer_excel(struct writer *w)
{
	if (w->xl || w->excel)
		return;
	w->excel = 1;
	put(w, "\xef\xbb\xbf", 3);
}

void
writer_kinds(struct writer *w, xlsx_kind_fn *fn)
{
	if (w->xl)
		xlsxout_kinds(w->xl, fn);
}

/* In quotes, a quote inside doubled; with a single quote first when
 * inert, so that a spreadsheet takes the field for text (OWASP). */
static void
quoted(struct writer *w, const char *s, size_t len, int inert)
{
	putc1(w, '"');
	if (inert)
		putc1(w, '\'');
	for (;;) {
		const char *q = memchr(s, '"', len);
		if (q == NULL)
			break;
		put(w, s, (size_t)(q - s) + 1);
		putc1(w, '"');
		len -= (size_t)(q - s) + 1;
		s = q + 1;
	}
	put(w, s, len);
	putc1(w, '"');
}

void
writer_field(struct writer *w, const char *s, size_t len)
{
	size_t i = 0;

	if (w->xl) {
		xlsxout_field(w->xl, s, len, XF_DATA);
		return;
	}
	if (!w->first)
		putc1(w, w->delim);
	w->first = 0;
	if (w->excel && inert_needed(s, len)) {
		quoted(w, s, len, 1);
		return;
	}
	/* Most fields fit the buffer and need no quotes: check while copying. */
	if (len <= BUFSZ - w->n) {
		char *o = w->buf + w->n;
		for (; i < len && !w->special[(unsigned char)s[i]]; i++)
			o[i] = s[i];
		if (i == len) {
			w->n += len;
			return;
		}
	}
	for (; i < len; i++)
		if (w->special[(unsigned char)s[i]]) {
			quoted(w, s, len, 0);
			return;
		}
	put(w, s, len);
}

/* A field the tool formatted itself (a date, a number): never quoted. */
void
writer_unquoted(struct writer *w, const char *s, size_t len)
{
	if (w->xl) {
		xlsxout_field(w->xl, s, len, XF_TOOL);
		return;
	}
	if (len < BUFSZ - w->n) {
		if (!w->first)
			w->buf[w->n++] = w->delim;
		if (len <= 16)
			bytes_copy16(w->buf + w->n, s, len);
		else
			memcpy(w->buf + w->n, s, len);
		w->n += len;
	} else {
		if (!w->first)
			putc1(w, w->delim);
		put(w, s, len);
	}
	w->first = 0;
}

/* Room for a field of up to max bytes and a NUL, formatted in place by
 * the caller, who adds its length to w->n: formatted elsewhere and
 * copied in, its bytes were read back as words before their stores had
 * landed, and each row stalled on it. */
static char *
room(struct writer *w, size_t max)
{
	if (BUFSZ - w->n < max + 2)
		flush(w);
	if (!w->first)
		w->buf[w->n++] = w->delim;
	w->first = 0;
	return w->buf + w->n;
}

void
writer_int(struct writer *w, int64_t v)
{
	if (w->xl) {
		xlsxout_number(w->xl, (double)v, 0);
		return;
	}
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v, t = u;
	char *p = room(w, 20);
	size_t n = v < 0;

	do {
		n++;
		t /= 10;
	} while (t > 0);
	w->n += n;
	if (v < 0)
		p[0] = '-';
	do {
		p[--n] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
}

void
writer_money(struct writer *w, money m, int min_decimals)
{
	if (w->xl) {
		xlsxout_number(w->xl, (double)m / MONEY_SCALE,
		    min_decimals == 2);
		return;
	}
	w->n += money_format(m, min_decimals, room(w, 47));
}

void
writer_day(struct writer *w, int32_t day)
{
	if (w->xl) {
		xlsxout_date(w->xl, day);
		return;
	}
	w->n += (size_t)date_format(day, room(w, 10));
}

void
writer_str(struct writer *w, const char *s)
{
	writer_field(w, s, strlen(s));
}

void
writer_end(struct writer *w)
{
	if (w->xl) {
		xlsxout_end(w->xl);
		return;
	}
	putc1(w, '\n');
	w->first = 1;
}

void
writer_close(struct writer *w)
{
	if (w->xl)
		xlsxout_close(w->xl);
	flush(w);
	if (w->gz) {
		gzout_put(w->gz, NULL, 0, 1);
		gzout_free(w->gz);
	}
	if (w->temp == NULL) {
		if (w->name && close(w->fd) == -1)
			die_sys(EXIT_IO, "write error on %s", w->name);
		free(w->name);
		free(w);
		return;
	}
	if (fsync(w->fd) == -1 && errno != EINVAL)
		die_sys(EXIT_IO, "write error on %s", w->name);
	if (close(w->fd) == -1)
		die_sys(EXIT_IO, "write error on %s", w->name);
	if (rename(w->temp, w->path) == -1)
		die_sys(EXIT_IO, "cannot rename into %s", w->name);
	untrack(w->temp);
	free(w->temp);
	free(w->path);
	free(w->name);
	free(w);
}

/* Every field of a row as read, quoted again where needed. */
void
writer_row(struct writer *w, const struct row *row)
{
	/* A line split in place with our delimiter goes out as it came;
	 * a workbook's cells and a field to make safe, one by one. */
	if (row->split == w->delim && row->nf > 0 && !w->xl && !w->excel) {
		const char *s = row->f[0];
		size_t n = (size_t)(row->f[row->nf - 1] - s) +
		    row->len[row->nf - 1], nul = 0;
		if (w->n + n + 1 <= BUFSZ) {
			char *o = w->buf + w->n + !w->first;
			memcpy(o, s, n);
			for (size_t i = 0; i < n; i++)
				if (o[i] == '\0') {
					o[i] = w->delim;
					nul++;
				}
			/* Only the NULs that were delimiters: a NUL byte inside
			 * a field must not become one (the copy is dropped). */
			if (nul == row->nf - 1) {
				if (!w->first)
					w->buf[w->n++] = w->delim;
				w->n += n;
				w->first = 0;
				return;
			}
		}
	}
	for (size_t i = 0; i < row->nf; i++)
		writer_field(w, row->f[i], row->len[i]);
}

/*
 * Output formatted on two threads, for the tools that write a large
 * table at the end, when the input's other core is idle: chunks of rows
 * go in turn to this thread, which writes into w, and to a pipe's, which
 * writes into one of two parts, each appended to w in its turn.
 */
#define ROWS 4096
#define NPARTS 2

struct rows {
	writer_rows_fn *fmt;
	void *ctx;
	size_t n;
	struct writer *part[NPARTS];
	size_t chunk[NPARTS];	/* the one each part was handed */
};

static void
chunk(struct rows *r, struct writer *w, size_t k)
{
	size_t to = (k + 1) * ROWS;

	r->fmt(w, k * ROWS, to < r->n ? to : r->n, r->ctx);
}

static void
format_part(void *arg, unsigned slot)
{
	struct rows *r = arg;

	chunk(r, r->part[slot], r->chunk[slot]);
}

static struct writer *
new_part(const struct writer *w)
{
	struct writer *p = xcalloc(1, sizeof(*p));

	p->fd = -1;
	p->delim = w->delim;
	p->excel = w->excel;
	p->first = 1;
	memcpy(p->special, w->special, sizeof(p->special));
	return p;
}

static void
append_part(struct writer *w, struct writer *p)
{
	put(w, p->mem, p->memlen);
	put(w, p->buf, p->n);
	p->memlen = p->n = 0;
}

/* Chunk k to the pipe, if there is one. */
static void
hand(struct rows *r, struct par_pipe *p, size_t k)
{
	if (k * ROWS >= r->n)
		return;
	r->chunk[par_pipe_next(p)] = k;
	par_pipe_hand(p);
}

/* Rows [0, n) formatted by fmt, in order: the even chunks here, the odd
 * ones by the pipe, up to two ahead; all here where par_worth says a
 * thread is not worth it (or not allowed). */
void
writer_rows(struct writer *w, size_t n, writer_rows_fn *fmt, void *ctx)
{
	struct rows r = { .fmt = fmt, .ctx = ctx, .n = n };

	/* A workbook's rows go out in order, from here. */
	if (!par_worth(n) || w->xl) {
		fmt(w, 0, n, ctx);
		return;
	}
	for (int i = 0; i < NPARTS; i++)
		r.part[i] = new_part(w);
	struct par_pipe *p = par_pipe_new(n, NPARTS, format_part, &r);
	for (size_t i = 0; i < NPARTS; i++)
		hand(&r, p, 2 * i + 1);
	for (size_t k = 0; k * ROWS < n; k += 2) {
		chunk(&r, w, k);
		if (par_pipe_out(p) == 0)
			break;
		append_part(w, r.part[par_pipe_take(p)]);
		hand(&r, p, k + 2 * NPARTS + 1);
	}
	par_pipe_free(p);
	for (int i = 0; i < NPARTS; i++) {
		free(r.part[i]->mem);
		free(r.part[i]);
	}
}
