#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include <csv.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "err.h"
#include "reader.h"
#include "utf8.h"

#define CHUNK (1 << 18)
/* Bytes after the buffer's end, always there and initialised, so that a
 * scan reads 64 at a time past the data without going out of bounds. */
#define PAD 64

/* A record libcsv finished: its fields are foff/flen[first..first+nf). */
struct done {
	size_t first, nf;
	long line;
};

struct reader {
	int fd;
	char *name, *where;
	char delim;
	int ws, check_utf8, no_header, progress, shown;

	char *buf;		/* decoded input; lines are split in place */
	size_t cap, pos, end;
	int eof;
	long line;
	size_t rows, bytes;
	struct timespec t0, tlast;

	iconv_t cd;		/* (iconv_t)-1 when the input is UTF-8 */
	const char *encoding;
	char *raw;
	size_t rawlen;
	int raweof;

	struct csv_parser csv;
	char *fb;		/* field bytes from libcsv */
	size_t fblen, fbcap;
	size_t *foff, *flen, nfield, fcap, curfirst;
	struct done *done;
	size_t ndone, donecap, donepos;
	long recline;

	struct row row;
	size_t rowcap;
	struct row header;
	int pending;		/* --no-header: row holds the first data row */
	int headed;		/* the header has been read */
};

/*
 * Only LF ends a record. CR counts as libcsv's "space", which it drops
 * around fields: so a CRLF ends a record whether or not the last field is
 * quoted, and a CR inside quotes stays, as on the fast path.
 */
static int
cr_space(unsigned char c)
{
	return c == '\r';
}

static int
lf_term(unsigned char c)
{
	return c == '\n';
}

struct reader *
reader_open(const char *path, const struct reader_opts *o)
{
	struct reader *r = xcalloc(1, sizeof(*r));

	if (path == NULL || strcmp(path, "-") == 0) {
		r->fd = STDIN_FILENO;
		pipe_size(r->fd);
		r->where = xstrdup("");
	} else {
		if ((r->fd = open(path, O_RDONLY)) == -1)
			die_sys(EXIT_IO, "%s", path);
		r->name = xstrdup(path);
		r->where = xmalloc(strlen(path) + 3);
		sprintf(r->where, "%s: ", path);
	}
	r->delim = o->delim;
	r->ws = o->whitespace;
	r->no_header = o->no_header;
	r->progress = o->progress && isatty(STDERR_FILENO);
	r->cd = (iconv_t)-1;
	if (o->encoding) {
		r->encoding = o->encoding;
		r->cd = iconv_open("UTF-8", o->encoding);
		if (r->cd == (iconv_t)-1)
			die(EXIT_USAGE, "unknown encoding \"%s\"", o->encoding);
		r->raw = xmalloc(CHUNK);
	} else
		r->check_utf8 = o->check_utf8;
	r->cap = CHUNK;
	r->buf = xcalloc(1, r->cap + PAD);
	if (csv_init(&r->csv, 0) != 0)
		die(EXIT_INTERNAL, "out of memory");
	/* The defaults, named here so that a fuzz harness, which wraps
	 * them, sees libcsv's memory too. */
	csv_set_realloc_func(&r->csv, realloc);
	csv_set_free_func(&r->csv, free);
	csv_set_space_func(&r->csv, cr_space);
	csv_set_term_func(&r->csv, lf_term);
	clock_gettime(CLOCK_MONOTONIC, &r->t0);
	r->tlast = r->t0;
	return r;
}

const char *
reader_where(const struct reader *r)
{
	return r->where;
}

char
reader_delim(const struct reader *r)
{
	return r->delim;
}

static size_t
xread(struct reader *r, char *p, size_t n)
{
	ssize_t k;

	while ((k = read(r->fd, p, n)) < 0 && errno == EINTR)
		;
	if (k < 0)
		die_sys(EXIT_IO, "read error on %s",
		    r->name ? r->name : "standard input");
	r->bytes += (size_t)k;
	return (size_t)k;
}

static long
count_lines(const char *p, size_t n)
{
	const char *e = p + n;
	long k = 0;

	while ((p = memchr(p, '\n', (size_t)(e - p))) != NULL) {
		k++;
		p++;
	}
	return k;
}

static void
decode(struct reader *r)
{
	if (!r->raweof && r->rawlen < CHUNK) {
		size_t k = xread(r, r->raw + r->rawlen, CHUNK - r->rawlen);
		if (k == 0)
			r->raweof = 1;
		r->rawlen += k;
	}
	char *in = r->raw, *out = r->buf + r->end;
	size_t inleft = r->rawlen, outleft = r->cap - r->end;
	size_t rc = iconv(r->cd, &in, &inleft, &out, &outleft);
	int e = errno;
	r->end = (size_t)(out - r->buf);
	memmove(r->raw, in, inleft);
	r->rawlen = inleft;
	if (rc == (size_t)-1 && e == EILSEQ)
		die(EXIT_DATA, "%sline %ld: bytes that are not %s",
		    r->where, r->line + 1 +
		    count_lines(r->buf + r->pos, r->end - r->pos), r->encoding);
	if (r->raweof && inleft > 0)
		die(EXIT_DATA, "%sincomplete %s character at the end",
		    r->where, r->encoding);
	if (r->raweof && inleft == 0)
		r->eof = 1;
}

static void
fill(struct reader *r)
{
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->pos = 0;
	}
	if (r->end == r->cap) {
		r->buf = xrealloc(r->buf, r->cap * 2 + PAD);
		memset(r->buf + r->cap + PAD, 0, r->cap);
		r->cap *= 2;
	}
	if (r->cd != (iconv_t)-1) {
		decode(r);
		return;
	}
	size_t k = xread(r, r->buf + r->end, r->cap - r->end);
	if (k == 0)
		r->eof = 1;
	r->end += k;
}

/* The field of the line the byte at is in, by its header name when the
 * header is read, else by number: delimiters inside quotes do not count
 * (a field that runs over lines is not followed). */
static void
field_at(const struct reader *r, const char *s, size_t at, char *buf,
    size_t cap)
{
	size_t col = 0;
	int quoted = 0;

	buf[0] = '\0';
	if (r->ws || r->delim == 0)
		return;
	for (size_t i = 0; i < at; i++)
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == r->delim)
			col++;
	if (r->header.f && col < r->header.nf)
		snprintf(buf, cap, ", column \"%s\"", r->header.f[col]);
	else
		snprintf(buf, cap, ", column %zu", col + 1);
}

static void
bad_utf8(struct reader *r, const char *s, size_t n, size_t at)
{
	const char *enc = utf8_guess(s, n);
	char where[128];

	field_at(r, s, at, where, sizeof(where));
	die(EXIT_DATA, "%sline %ld%s: invalid UTF-8 (byte 0x%02X at byte %zu); "
	    "it looks like %s%s: give --encoding %s", r->where, r->line, where,
	    (unsigned char)s[at], at + 1, enc, enc[0] == 'g' ?
	    " (or gb18030, big5)" : " (or cp1252)", enc);
}

/* The next line, NUL-terminated in place without its LF; NULL at the end. */
static char *
next_line(struct reader *r, size_t *len)
{
	size_t scanned = 0;

	for (;;) {
		size_t avail = r->end - r->pos;
		char *s = r->buf + r->pos;
		char *nl = memchr(s + scanned, '\n', avail - scanned);
		if (nl != NULL || (r->eof && avail > 0)) {
			size_t n = nl ? (size_t)(nl - s) : avail;
			s[n] = '\0';
			r->pos += nl ? n + 1 : n;
			r->line++;
			*len = n;
			if (r->check_utf8) {
				size_t at = utf8_invalid(s, n);
				if (at < n)
					bad_utf8(r, s, n, at);
			}
			return s;
		}
		if (r->eof)
			return NULL;
		scanned = avail;
		fill(r);
	}
}

static void
grow_row(struct reader *r, size_t n)
{
	if (n <= r->rowcap)
		return;
	r->rowcap = n < 16 ? 16 : n * 2;
	r->row.f = xreallocarray(r->row.f, r->rowcap, sizeof(char *));
	r->row.len = xreallocarray(r->row.len, r->rowcap, sizeof(size_t));
}

static void
add_field(struct reader *r, char *s, size_t len)
{
	grow_row(r, r->row.nf + 1);
	r->row.f[r->row.nf] = s;
	r->row.len[r->row.nf++] = len;
}

static void
split_delim(struct reader *r, char *s, size_t n)
{
	char *e = s + n;

	if (n > 0 && e[-1] == '\r')
		*--e = '\0';
	for (;;) {
		char *q = memchr(s, r->delim, (size_t)(e - s));
		if (q == NULL)
			q = e;
		*q = '\0';
		add_field(r, s, (size_t)(q - s));
		if (q == e)
			break;
		s = q + 1;
	}
}

static int
blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

static void
split_blanks(struct reader *r, char *s, size_t n)
{
	char *e = s + n;

	for (;;) {
		while (s < e && blank(*s))
			s++;
		if (s == e)
			break;
		char *q = s;
		while (q < e && !blank(*q))
			q++;
		int last = q == e;
		*q = '\0';
		add_field(r, s, (size_t)(q - s));
		if (last)
			break;
		s = q + 1;
	}
}

static void
on_field(void *s, size_t n, void *data)
{
	struct reader *r = data;

	if (r->fblen + n + 1 > r->fbcap) {
		r->fbcap = (r->fblen + n + 1) * 2;
		r->fb = xrealloc(r->fb, r->fbcap);
	}
	if (n > 0)
		memcpy(r->fb + r->fblen, s, n);
	r->fb[r->fblen + n] = '\0';
	if (r->nfield == r->fcap) {
		r->fcap = r->fcap ? r->fcap * 2 : 64;
		r->foff = xreallocarray(r->foff, r->fcap, sizeof(size_t));
		r->flen = xreallocarray(r->flen, r->fcap, sizeof(size_t));
	}
	r->foff[r->nfield] = r->fblen;
	r->flen[r->nfield++] = n;
	r->fblen += n + 1;
}

static void
on_record(int c, void *data)
{
	struct reader *r = data;
	size_t nf = r->nfield - r->curfirst;

	(void)c;
	if (r->ndone == r->donecap) {
		r->donecap = r->donecap ? r->donecap * 2 : 16;
		r->done = xreallocarray(r->done, r->donecap, sizeof(*r->done));
	}
	r->done[r->ndone++] = (struct done){ r->curfirst, nf, r->recline };
	r->curfirst = r->nfield;
}

static int
csv_idle(const struct reader *r)
{
	return r->csv.pstate == 0;
}

static void
feed(struct reader *r, const char *s, size_t n)
{
	if (csv_idle(r)) {
		if (r->donepos == r->ndone) {
			r->fblen = r->nfield = r->curfirst = 0;
			r->ndone = r->donepos = 0;
		}
		r->recline = r->line;
	}
	/* libcsv grows its field buffer by a fixed block (128 bytes): a
	 * quoted field of 10 MB took minutes of reallocs. A block as large
	 * as the line, or as the buffer so far, makes the growth geometric. */
	size_t blk = n + 1 > r->csv.entry_size ? n + 1 : r->csv.entry_size;
	csv_set_blk_size(&r->csv, blk < 128 ? 128 : blk);
	if (csv_parse(&r->csv, s, n, on_field, on_record, r) != n ||
	    csv_parse(&r->csv, "\n", 1, on_field, on_record, r) != 1)
		die(EXIT_INTERNAL, "%sline %ld: %s", r->where, r->line,
		    csv_strerror(csv_error(&r->csv)));
}

/* Every line fed to libcsv ends in LF, so at the end of the input it can
 * only be mid-record inside a quoted field. */
static void
finish(struct reader *r)
{
	if (!csv_idle(r))
		die(EXIT_DATA, "%sline %ld: quoted field not closed before the "
		    "end of the input", r->where, r->recline);
}

static const struct row *
pop_done(struct reader *r)
{
	struct done *d = &r->done[r->donepos++];

	r->row.nf = 0;
	grow_row(r, d->nf);
	for (size_t i = 0; i < d->nf; i++)
		add_field(r, r->fb + r->foff[d->first + i],
		    r->flen[d->first + i]);
	r->row.line = d->line;
	r->row.split = 0;
	return &r->row;
}

static void
show_progress(struct reader *r)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	if (now.tv_sec - r->tlast.tv_sec < 1)
		return;
	r->tlast = now;
	double s = (double)(now.tv_sec - r->t0.tv_sec) +
	    (double)(now.tv_nsec - r->t0.tv_nsec) / 1e9;
	progress_line("%s: %zu rows, %.1f MB, %.0f rows/s ", progname,
	    r->rows, (double)r->bytes / 1e6, (double)r->rows / s);
	r->shown = 1;
}

#ifdef __SSE2__
static uint64_t
bits(__m128i a, __m128i b, __m128i c, __m128i d)
{
	return (uint64_t)(uint16_t)_mm_movemask_epi8(a) |
	    (uint64_t)(uint16_t)_mm_movemask_epi8(b) << 16 |
	    (uint64_t)(uint16_t)_mm_movemask_epi8(c) << 32 |
	    (uint64_t)(uint16_t)_mm_movemask_epi8(d) << 48;
}

/* Bit i set where the i-th of the 64 bytes in v is c. */
static uint64_t
match64(const __m128i v[4], char c)
{
	const __m128i k = _mm_set1_epi8(c);

	return bits(_mm_cmpeq_epi8(v[0], k), _mm_cmpeq_epi8(v[1], k),
	    _mm_cmpeq_epi8(v[2], k), _mm_cmpeq_epi8(v[3], k));
}

/* Likewise where it is c or d. */
static uint64_t
match64_2(const __m128i v[4], char c, char d)
{
	const __m128i k = _mm_set1_epi8(c), l = _mm_set1_epi8(d);
#define EQ2(x) _mm_or_si128(_mm_cmpeq_epi8(x, k), _mm_cmpeq_epi8(x, l))
	return bits(EQ2(v[0]), EQ2(v[1]), EQ2(v[2]), EQ2(v[3]));
#undef EQ2
}

/*
 * The fast path in one scan: the LF, the delimiters, quotes and CRs of
 * the next line found 64 bytes at a time, where a memchr for each would
 * cost a call per field on lines of a few dozen bytes, and a loop over
 * the bytes a mispredicted branch for each. 1 with the row split; -1 for
 * a blank line, passed over; 0, having taken nothing, when the line has a
 * quote or its end is not in the buffer yet, for the caller to take the
 * slow way.
 */
static int
fast_row(struct reader *r)
{
	char *s = r->buf + r->pos;
	size_t avail = r->end - r->pos, n = avail, from = 0, cr = avail;
	int ascii = 1;

	r->row.nf = 0;
	for (size_t at = 0; at < avail; at += 64) {
		__m128i v[4];
		for (int i = 0; i < 4; i++)
			v[i] = _mm_loadu_si128((const __m128i *)(s + at) + i);
		uint64_t keep = avail - at < 64 ?
		    (UINT64_C(1) << (avail - at)) - 1 : ~UINT64_C(0);
		uint64_t lf = match64(v, '\n') & keep;
		if (lf) {
			n = at + (size_t)__builtin_ctzll(lf);
			keep &= (UINT64_C(1) << (n - at)) - 1;
		}
		if (bits(v[0], v[1], v[2], v[3]) & keep)
			ascii = 0;
		uint64_t odd = match64_2(v, '"', '\r') & keep;
		for (; odd; odd &= odd - 1) {
			size_t j = at + (size_t)__builtin_ctzll(odd);
			if (s[j] == '"')
				return 0;
			if (cr == avail)
				cr = j;
		}
		for (uint64_t d = match64(v, r->delim) & keep; d; d &= d - 1) {
			size_t j = at + (size_t)__builtin_ctzll(d);
			add_field(r, s + from, j - from);
			from = j + 1;
		}
		if (lf)
			break;
	}
	if (avail == 0 || (n == avail && !r->eof))
		return 0;
	r->pos += n < avail ? n + 1 : n;
	r->line++;
	s[n] = '\0';
	if (r->check_utf8 && !ascii) {
		size_t at = utf8_invalid(s, n);
		if (at < n)
			bad_utf8(r, s, n, at);
	}
	if (n == 0 || (n == 1 && s[0] == '\r'))
		return -1;
	size_t end = s[n - 1] == '\r' ? n - 1 : n;
	add_field(r, s + from, end - from);
	for (size_t i = 0; i < r->row.nf; i++)
		r->row.f[i][r->row.len[i]] = '\0';
	r->row.line = r->line;
	/* A CR inside would need quotes on the way out. */
	r->row.split = cr < end ? 0 : r->delim;
	return 1;
}
#endif

static const struct row *
read_row(struct reader *r)
{
	char *s;
	size_t n;

	for (;;) {
		if (r->donepos < r->ndone)
			return pop_done(r);
#ifdef __SSE2__
		if (!r->ws && csv_idle(r) && r->delim != '"' &&
		    r->delim != '\r' && r->delim != '\n') {
			int k = fast_row(r);
			if (k > 0)
				return &r->row;
			if (k < 0)
				continue;
		}
#endif
		if ((s = next_line(r, &n)) == NULL) {
			finish(r);
			return NULL;
		}
		r->row.nf = 0;
		r->row.line = r->line;
		r->row.split = 0;
		if (r->ws) {
			split_blanks(r, s, n);
			if (r->row.nf > 0)
				return &r->row;
		} else if (!csv_idle(r) || memchr(s, '"', n) != NULL)
			feed(r, s, n);
		else if (n > 1 || (n == 1 && s[0] != '\r')) {
			split_delim(r, s, n);
			/* A CR inside would need quotes on the way out. */
			if (memchr(s, '\r', (size_t)(r->row.f[r->row.nf - 1] +
			    r->row.len[r->row.nf - 1] - s)) == NULL)
				r->row.split = r->delim;
			return &r->row;
		}
	}
}

/* k more rows given out, by reader_next or reader_took: progress is
 * shown each time the count passes a multiple of 65536. */
static void
counted(struct reader *r, size_t k)
{
	size_t before = r->rows;

	r->rows += k;
	if (r->progress && before >> 16 != r->rows >> 16)
		show_progress(r);
}

const struct row *
reader_next(struct reader *r)
{
	if (r->pending) {
		r->pending = 0;
		return &r->row;
	}
	const struct row *row = read_row(r);
	if (row)
		counted(r, 1);
	return row;
}

/*
 * Whole lines ahead, for a caller that parses the plain ones itself and
 * leaves the rest to reader_next: the bytes up to and including the last
 * LF in the buffer, reading more while there is none; 0 when there is
 * nothing a caller may take that way. PAD bytes after them may be read.
 */
size_t
reader_lines(struct reader *r, const char **p)
{
	if (r->pending || r->ws || !csv_idle(r) || r->donepos < r->ndone)
		return 0;
	for (;;) {
		char *s = r->buf + r->pos;
		size_t avail = r->end - r->pos;
		char *nl = avail ? memrchr(s, '\n', avail) : NULL;
		if (nl != NULL) {
			*p = s;
			return (size_t)(nl + 1 - s);
		}
		if (r->eof)
			return 0;
		fill(r);
	}
}

/* The caller of reader_lines took n bytes of its lines, k lines. */
void
reader_took(struct reader *r, size_t n, long k)
{
	r->pos += n;
	r->line += k;
	counted(r, (size_t)k);
}

/* The most frequent of , ; TAB | outside quotes on the first line. */
static char
detect_delim(struct reader *r)
{
	static const char cand[] = ",\t;|";
	size_t count[4] = { 0 }, best = 0;
	int quoted = 0;

	while (!r->eof && memchr(r->buf + r->pos, '\n', r->end - r->pos) == NULL)
		fill(r);
	for (size_t i = r->pos; i < r->end && r->buf[i] != '\n'; i++) {
		if (r->buf[i] == '"')
			quoted = !quoted;
		if (quoted)
			continue;
		const char *c = memchr(cand, r->buf[i], 4);
		if (c != NULL && r->buf[i] != '\0')
			count[c - cand]++;
	}
	for (size_t i = 1; i < 4; i++)
		if (count[i] > count[best])
			best = i;
	return cand[best];
}

static void
skip_bom(struct reader *r)
{
	while (!r->eof && r->end - r->pos < 4)
		fill(r);
	const unsigned char *b = (const unsigned char *)r->buf + r->pos;
	size_t n = r->end - r->pos;
	if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF)
		r->pos += 3;
	else if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) ||
	    (b[0] == 0xFE && b[1] == 0xFF)))
		die(EXIT_DATA, "%sthe input is UTF-16; convert it to UTF-8 "
		    "(crm-import --encoding utf-16)", r->where);
}

/* The header line; asking again gives the same one. */
const struct row *
reader_header(struct reader *r)
{
	const struct row *row;
	struct row *h = &r->header;

	if (r->headed)
		return h->f ? h : NULL;
	r->headed = 1;
	skip_bom(r);
	if (!r->ws && r->delim == 0)
		r->delim = detect_delim(r);
	csv_set_delim(&r->csv, (unsigned char)r->delim);
	if ((row = read_row(r)) == NULL)
		return NULL;
	h->nf = row->nf;
	h->line = row->line;
	h->f = xcalloc(row->nf, sizeof(char *));
	h->len = xcalloc(row->nf, sizeof(size_t));
	for (size_t i = 0; i < row->nf; i++) {
		if (r->no_header) {
			char num[24];
			h->len[i] = (size_t)snprintf(num, sizeof(num), "%zu", i + 1);
			h->f[i] = xstrdup(num);
		} else {
			h->f[i] = xstrndup(row->f[i], row->len[i]);
			h->len[i] = row->len[i];
		}
	}
	r->pending = r->no_header;
	return h;
}

void
reader_close(struct reader *r)
{
	if (r->shown)
		progress_erase();
	if (r->fd != STDIN_FILENO)
		close(r->fd);
	if (r->cd != (iconv_t)-1)
		iconv_close(r->cd);
	csv_free(&r->csv);
	for (size_t i = 0; i < r->header.nf; i++)
		free(r->header.f[i]);
	free(r->header.f);
	free(r->header.len);
	free(r->row.f);
	free(r->row.len);
	free(r->fb);
	free(r->foff);
	free(r->flen);
	free(r->done);
	free(r->raw);
	free(r->buf);
	free(r->name);
	free(r->where);
	free(r);
}

static int
same_name(const char *a, size_t alen, const char *b)
{
	field_trim(&a, &alen);
	return strlen(b) == alen && strncasecmp(a, b, alen) == 0;
}

/* A header name (case and surrounding blanks ignored) or a 1-based number. */
int
col_find(const struct row *h, const char *spec)
{
	char *end;

	for (size_t i = 0; i < h->nf; i++)
		if (same_name(h->f[i], h->len[i], spec))
			return (int)i;
	if (spec[0] < '0' || spec[0] > '9')
		return -1;
	errno = 0;
	unsigned long n = strtoul(spec, &end, 10);
	if (*end != '\0' || errno || n < 1 || n > h->nf)
		return -1;
	return (int)(n - 1);
}

/* The header names for a message, shortened when there are many: room
 * for ", ..." is kept, so that it never cuts a name in half. */
const char *
col_list(const struct row *h)
{
	static char buf[400];
	const size_t room = sizeof(buf) - 6;
	size_t k = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < h->nf; i++) {
		int w = snprintf(buf + k, room - k, "%s\"%s\"",
		    i ? ", " : "", h->f[i]);
		if (w < 0 || (size_t)w >= room - k) {
			snprintf(buf + k, 6, "%s...", i ? ", " : "");
			break;
		}
		k += (size_t)w;
	}
	return buf;
}

/* Drops blanks around a field (spreadsheets pad ids and codes), and a
 * byte-order mark before it: files put one after another carry theirs
 * into the middle, where an invisible one made "B" two customers. */
void
field_trim(const char **s, size_t *n)
{
	const unsigned char *u = (const unsigned char *)*s;

	if (*n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		*s += 3;
		*n -= 3;
	}
	while (*n > 0 && (**s == ' ' || **s == '\t')) {
		(*s)++;
		(*n)--;
	}
	while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}
