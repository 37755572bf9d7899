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

#include "alloc.h"
#include "book.h"
#include "err.h"
#include "grow.h"
#include "hints.h"
#include "reader.h"
#include "source.h"
#include "utf8.h"

#define CHUNK (1 << 18)
/* Bytes after the buffer's end, always there and initialised, so that a
 * scan reads 64 at a time past the data without going out of bounds. */
#define PAD 64
/* Output room kept free for iconv: a character or a shift sequence
 * needs a few bytes; iconv given fewer makes no progress. */
#define ROOM 4096

/* A record libcsv finished: its fields are foff/flen[first..first+nf). */
struct done {
	size_t first, nf;
	long line;
};

struct reader {
	int fd;
	struct source *src;
	struct book *book;	/* or NULL: the input is text */
	long skip;
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
	const char *eol;	/* the end of the line next_line gave */
	int bare_cr;		/* a CR alone has ended a line */
	int warn;		/* not -q */

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

	/* before the first bytes are waited for, as a pipe makes it wait */
	clock_gettime(CLOCK_MONOTONIC, &r->t0);
	r->tlast = r->t0;

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
	r->src = source_open(r->fd, r->where);
	struct book_opts bo = { o->sheet, o->skip, o->no_header, o->progress };
	if (o->workbooks &&
	    (r->book = book_open(r->src, r->where, &bo)) != NULL &&
	    o->encoding && o->progress)
		warnmsg("%s--encoding is for text; a workbook's text is "
		    "Unicode: ignored", r->where);
	if (r->book == NULL && o->sheet)
		die(EXIT_USAGE, "%s--sheet %s: this is no workbook", r->where,
		    o->sheet);
	r->skip = o->skip;
	r->delim = o->delim;
	r->ws = o->whitespace;
	r->no_header = o->no_header;
	r->warn = o->progress;
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
	return r;
}

const char *
reader_where(const struct reader *r)
{
	return r->book ? book_where(r->book) : r->where;
}

char
reader_delim(const struct reader *r)
{
	return r->delim;
}

static size_t
xread(struct reader *r, char *p, size_t n)
{
	size_t k = source_read(r->src, p, n);

	r->bytes += k;
	return k;
}

/* Lines in p[0..n), each ended by LF, CR LF or a CR alone. */
static long
count_lines(const char *p, size_t n)
{
	long k = 0;

	for (size_t i = 0; i < n; i++)
		if (p[i] == '\n' || (p[i] == '\r' && (i + 1 == n || p[i + 1] != '\n')))
			k++;
	return k;
}

/* Raw input after what r->raw holds; 0 when it is full or at the end. */
static size_t
read_raw(struct reader *r)
{
	if (r->raweof || r->rawlen == CHUNK)
		return 0;
	size_t k = xread(r, r->raw + r->rawlen, CHUNK - r->rawlen);
	if (k == 0)
		r->raweof = 1;
	r->rawlen += k;
	return k;
}

/*
 * U+0A00 is unassigned: UTF-16 text yields it where a byte lost (or one
 * too many) has put every pair out of step, a LF and the next ASCII
 * character read as one. The rest would come out as one long line of
 * CJK ideographs.
 */
static void
out_of_step(struct reader *r, const char *p, size_t n)
{
	const char *u = memmem(p, n, "\xE0\xA8\x80", 3);

	if (u != NULL)
		die(EXIT_DATA, "%sline %ld: the %s text is out of step (a line "
		    "end read as U+0A00): a byte is missing or extra before "
		    "this line", r->where, r->line + 1 +
		    count_lines(r->buf + r->pos, (size_t)(u - r->buf) - r->pos),
		    r->encoding);
}

/*
 * Converts the raw input to UTF-8 after the buffer's end. Every turn of
 * the loop takes input, makes output or reads more, or the run stops:
 * iconv gives nothing for want of room (E2BIG), so fill keeps ROOM bytes
 * free, more than any character needs; an incomplete character waits
 * for the bytes after it, unless there are none.
 */
static void
decode(struct reader *r)
{
	for (;;) {
		size_t got = read_raw(r);
		char *in = r->raw, *out = r->buf + r->end;
		size_t inleft = r->rawlen, outleft = r->cap - r->end;
		size_t rc = r->rawlen > 0 ?
		    iconv(r->cd, &in, &inleft, &out, &outleft) :
		    iconv(r->cd, NULL, NULL, &out, &outleft);
		int e = errno;
		size_t took = r->rawlen - inleft, made = (size_t)(out - r->buf) -
		    r->end;
		out_of_step(r, r->buf + r->end, made);
		r->end += made;
		memmove(r->raw, in, inleft);
		r->rawlen = inleft;
		if (rc == (size_t)-1 && e == EILSEQ)
			die(EXIT_DATA, "%sline %ld: bytes that are not %s",
			    r->where, r->line + 1 + count_lines(r->buf + r->pos,
			    r->end - r->pos), r->encoding);
		if (r->raweof && r->rawlen == 0 && took == 0) {
			r->eof = 1;	/* the shift state written above */
			return;
		}
		if (r->raweof && rc == (size_t)-1 && e == EINVAL)
			die(EXIT_DATA, "%sincomplete %s character at the end",
			    r->where, r->encoding);
		if (made > 0)
			return;
		if (took == 0 && got == 0 && !r->raweof)
			die(EXIT_INTERNAL, "%sconverting from %s makes no "
			    "progress (%s)", r->where, r->encoding, strerror(e));
	}
}

/* The longest line the buffer grows to hold. */
#define MAXLINE ((size_t)1 << 30)

/*
 * More input after r->end, the line begun at r->pos moved to the start.
 * The buffer doubles when it has less than room bytes free, so a line
 * longer than the buffer costs reads in proportion to its length.
 */
static void
fill(struct reader *r)
{
	size_t room = r->cd != (iconv_t)-1 ? ROOM : 1;

	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->end - r->pos);
		r->end -= r->pos;
		r->pos = 0;
	}
	if (r->cap - r->end < room) {
		if (r->cap >= MAXLINE)
			die(EXIT_DATA, "%sline %ld: longer than %zu MB: not a "
			    "table?", r->where, r->line + 1, MAXLINE >> 20);
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
	if (enc == NULL)
		die(EXIT_DATA, "%sline %ld%s: invalid UTF-8 (byte 0x%02X at byte "
		    "%zu) among control bytes: not a text file (file(1) tells "
		    "what it is)", r->where, r->line, where,
		    (unsigned char)s[at], at + 1);
	die(EXIT_DATA, "%sline %ld%s: invalid UTF-8 (byte 0x%02X at byte %zu); "
	    "it looks like %s%s: give --encoding %s", r->where, r->line, where,
	    (unsigned char)s[at], at + 1, enc, enc[0] == 'g' ?
	    " (or gb18030, big5)" : " (or cp1252)", enc);
}

/* The first CR or LF in [p, e), or NULL. */
static char *
line_end(char *p, char *e)
{
	char *cr = memchr(p, '\r', (size_t)(e - p));
	char *lf = memchr(p, '\n', (size_t)((cr ? cr : e) - p));

	return lf ? lf : cr;
}

/*
 * A last line without a line end is read, and said: an export that is
 * still being written ends that way, its last amount cut short. The
 * header alone is not worth a word.
 */
static void
unended(struct reader *r)
{
	if (r->warn && (r->header.f != NULL || r->no_header))
		warnmsg("%sline %ld: the last line has no line end; read as it "
		    "is (was the file still being written?)", r->where,
		    r->line);
}

/*
 * The next line, NUL-terminated in place without its end (LF, CR LF or
 * a CR alone), which r->eol keeps for a quoted field; NULL at the end.
 */
static char *
next_line(struct reader *r, size_t *len)
{
	size_t scanned = 0;

	for (;;) {
		size_t avail = r->end - r->pos;
		char *s = r->buf + r->pos;
		char *e = line_end(s + scanned, s + avail);
		/* A CR last in the buffer may be half of a CR LF. */
		if ((e != NULL && (*e == '\n' || e + 1 < s + avail || r->eof)) ||
		    (r->eof && avail > 0)) {
			size_t n = e ? (size_t)(e - s) : avail, skip = e != NULL;
			r->eol = "";
			if (e != NULL && *e == '\n')
				r->eol = "\n";
			else if (e != NULL && e + 1 < s + avail && e[1] == '\n') {
				r->eol = "\r\n";
				skip = 2;
			} else if (e != NULL) {
				r->eol = "\r";
				r->bare_cr = 1;
			}
			s[n] = '\0';
			r->pos += n + skip;
			r->line++;
			*len = n;
			if (e == NULL)
				unended(r);
			if (r->check_utf8) {
				size_t at = utf8_invalid(s, n);
				if (at < n)
					bad_utf8(r, s, n, at);
			}
			return s;
		}
		if (r->eof)
			return NULL;
		scanned = e ? (size_t)(e - s) : avail;
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

	GROW(r->fb, r->fblen + n + 1, r->fbcap);
	if (n > 0)
		memcpy(r->fb + r->fblen, s, n);
	r->fb[r->fblen + n] = '\0';
	if (r->nfield == r->fcap) {
		r->fcap = grow_cap(r->fcap, r->nfield + 1);
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
	GROW(r->done, r->ndone + 1, r->donecap);
	r->done[r->ndone++] = (struct done){ r->curfirst, nf, r->recline };
	r->curfirst = r->nfield;
}

static int
csv_idle(const struct reader *r)
{
	return r->csv.pstate == 0;
}

/* Inside a quoted field, where a line's end is part of the value. */
static int
csv_quoted(const struct reader *r)
{
	return r->csv.pstate == 2 && r->csv.quoted;
}

/*
 * A quoted field that runs on over a line that reads as a row of its
 * own, with the header's number of fields, was opened by a stray quote
 * ("12" disc): the rows after it would vanish into one field, the counts
 * still agreeing. The run stops there. With fewer than three columns
 * any line of text would look like a row.
 */
static void
stray_quote(struct reader *r, const char *s, size_t n)
{
	size_t nf = 1;
	int quoted = 0;

	if (r->header.f == NULL || r->header.nf < 3)
		return;
	for (size_t i = 0; i < n; i++)
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && s[i] == r->delim)
			nf++;
	if (nf == r->header.nf)
		die(EXIT_DATA, "%sline %ld: a quoted field runs on over line "
		    "%ld, which reads as a row of its own (%zu fields): a "
		    "stray quote? (inside quotes a quote is written \"\")",
		    r->where, r->recline, r->line, nf);
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
	} else
		stray_quote(r, s, n);
	/* libcsv grows its field buffer by a fixed block (128 bytes): a
	 * quoted field of 10 MB took minutes of reallocs. A block as large
	 * as the line, or as the buffer so far, makes the growth geometric. */
	size_t blk = n + 1 > r->csv.entry_size ? n + 1 : r->csv.entry_size;
	csv_set_blk_size(&r->csv, blk < 128 ? 128 : blk);
	if (csv_parse(&r->csv, s, n, on_field, on_record, r) != n)
		die(EXIT_INTERNAL, "%sline %ld: %s", r->where, r->line,
		    csv_strerror(csv_error(&r->csv)));
	/* Inside quotes the line's end is kept as it was; outside, a LF
	 * ends the record whatever ended the line. */
	const char *eol = csv_quoted(r) ? r->eol : "\n";
	size_t k = strlen(eol);
	if (k > 0 && csv_parse(&r->csv, eol, k, on_field, on_record, r) != k)
		die(EXIT_INTERNAL, "%sline %ld: %s", r->where, r->line,
		    csv_strerror(csv_error(&r->csv)));
}

/* Every line fed to libcsv ends its record unless inside quotes, so at
 * the end of the input it can only be mid-record inside a quoted field. */
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
	size_t end = n > 0 && s[n - 1] == '\r' ? n - 1 : n;
	/* A CR alone ends a line too, which next_line finds. */
	if (cr < end)
		return 0;
	r->pos += n < avail ? n + 1 : n;
	r->line++;
	s[n] = '\0';
	if (n == avail && end == n)
		unended(r);
	if (r->check_utf8 && !ascii) {
		size_t at = utf8_invalid(s, n);
		if (at < n)
			bad_utf8(r, s, n, at);
	}
	if (end == 0)
		return -1;
	add_field(r, s + from, end - from);
	for (size_t i = 0; i < r->row.nf; i++)
		r->row.f[i][r->row.len[i]] = '\0';
	r->row.line = r->line;
	r->row.split = r->delim;
	return 1;
}
#endif

/* A workbook's row as the reader's own. */
static const struct row *
sheet_row(struct reader *r)
{
	const struct row *b = book_next(r->book);

	if (b == NULL)
		return NULL;
	r->row.nf = 0;
	for (size_t i = 0; i < b->nf; i++)
		add_field(r, b->f[i], b->len[i]);
	r->row.line = r->line = b->line;
	r->row.unit = b->unit;
	r->row.split = 0;
	return &r->row;
}

static const struct row *
read_row(struct reader *r)
{
	char *s;
	size_t n;

	if (r->book)
		return sheet_row(r);
	for (;;) {
		if (r->donepos < r->ndone)
			return pop_done(r);
#ifdef __SSE2__
		if (!r->ws && !r->bare_cr && csv_idle(r) && r->delim != '"' &&
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
		else if (n > 0) {
			split_delim(r, s, n);
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
 * Whole lines ahead, for a caller that parses the canonical ones itself
 * (canon.h) and leaves the rest to reader_next: the bytes up to and
 * including the last LF in the buffer, reading more while there is none; 0 when there is
 * nothing a caller may take that way. PAD bytes after them may be read.
 */
size_t
reader_lines(struct reader *r, const char **p)
{
	if (r->book || r->pending || r->ws || r->bare_cr || !csv_idle(r) ||
	    r->donepos < r->ndone)
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

	while (!r->eof && line_end(r->buf + r->pos, r->buf + r->end) == NULL)
		fill(r);
	for (size_t i = r->pos; i < r->end && r->buf[i] != '\n' &&
	    r->buf[i] != '\r'; i++) {
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

/* Files that are not text, told by their first bytes. */
static const struct magic {
	const char *bytes;
	size_t len;
	const char *what, *fix;
} magics[] = {
	{ "\x1F\x8B", 2, "a gzip file", "decompress it first (gzip -dc)" },
	{ "\xFD" "7zXZ\0", 6, "an xz file", "decompress it first (xz -dc)" },
	{ "\x28\xB5\x2F\xFD", 4, "a zstd file",
	    "decompress it first (zstd -dc)" },
	{ "BZh", 3, "a bzip2 file", "decompress it first (bzip2 -dc)" },
	{ "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
	    "an Excel workbook (.xls, or another Office file before 2007)",
	    "crm-import reads it, uncompressed" },
	{ "PK\3\4", 4, NULL, NULL },	/* ZIP: what it holds tells */
	{ "PK\5\6", 4, "an empty ZIP archive", "unzip it first" },
	{ "%PDF-", 5, "a PDF document", "export the table as CSV" },
};

/* What a ZIP archive is, from the names of the files it holds. */
static void
zip_kind(const struct magic **m, const char *b, size_t n)
{
	static const struct magic xlsx = { NULL, 0,
	    "an Excel workbook (.xlsx)", "crm-import reads it, uncompressed" };
	static const struct magic ods = { NULL, 0,
	    "an OpenDocument spreadsheet (.ods)",
	    "crm-import reads it, uncompressed" };
	static const struct magic zip = { NULL, 0,
	    "a ZIP archive (a workbook such as .xlsx is one)",
	    "unzip it, or export the sheet as CSV" };

	if (memmem(b, n, "xl/", 3) != NULL)
		*m = &xlsx;
	else if (memmem(b, n, "opendocument.spreadsheet", 24) != NULL)
		*m = &ods;
	else
		*m = &zip;
}

static void
not_text(const struct reader *r, const char *b, size_t n)
{
	const struct magic *m = NULL;

	for (size_t i = 0; i < sizeof(magics) / sizeof(magics[0]) && !m; i++)
		if (n >= magics[i].len &&
		    memcmp(b, magics[i].bytes, magics[i].len) == 0)
			m = &magics[i];
	/* "BZh" could start a header: the block magic must follow. */
	if (m && m->bytes[0] == 'B' && (n < 10 || b[3] < '1' || b[3] > '9' ||
	    memcmp(b + 4, "1AY&SY", 6) != 0))
		m = NULL;
	if (m && m->what == NULL)
		zip_kind(&m, b, n);
	if (m)
		die(EXIT_DATA, "%sthis is %s, not CSV: %s", r->where, m->what,
		    m->fix);
}

/* Which Unicode encoding an --encoding names: 8, 16, 32, or 0 for none. */
static int
unicode_width(const char *enc)
{
	char k[16];
	size_t n = 0;

	if (enc == NULL)
		return 8;
	for (; *enc && n < sizeof(k) - 1; enc++)
		if (*enc != '-' && *enc != '_')
			k[n++] = (char)(*enc >= 'a' && *enc <= 'z' ?
			    *enc - 32 : *enc);
	k[n] = '\0';
	if (strncmp(k, "UTF8", 4) == 0)
		return 8;
	if (strncmp(k, "UTF16", 5) == 0 || strncmp(k, "UCS2", 4) == 0)
		return 16;
	if (strncmp(k, "UTF32", 5) == 0 || strncmp(k, "UCS4", 4) == 0)
		return 32;
	return 0;
}

/* The Unicode encoding a byte-order mark at b names, its width or 0. */
static int
bom(const unsigned char *b, size_t n, const char **name)
{
	if (n >= 4 && memcmp(b, "\xFF\xFE\0\0", 4) == 0)
		return *name = "UTF-32LE", 32;
	if (n >= 4 && memcmp(b, "\0\0\xFE\xFF", 4) == 0)
		return *name = "UTF-32BE", 32;
	if (n >= 2 && memcmp(b, "\xFF\xFE", 2) == 0)
		return *name = "UTF-16LE", 16;
	if (n >= 2 && memcmp(b, "\xFE\xFF", 2) == 0)
		return *name = "UTF-16BE", 16;
	if (n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
		return *name = "UTF-8", 8;
	return 0;
}

/*
 * UTF-16 or UTF-32 without a mark, told by where the NUL bytes fall in
 * the first 512 bytes: text that is mostly ASCII has a NUL after (LE)
 * or before (BE) each character's byte, three in UTF-32. NULL if not.
 */
static const char *
wide_nuls(const unsigned char *b, size_t n)
{
	size_t z[4] = { 0 }, q;

	n = (n < 512 ? n : 512) & ~(size_t)3;
	if (n < 8)
		return NULL;
	for (size_t i = 0; i < n; i++)
		z[i & 3] += b[i] == 0;
	q = n / 4;
	if (z[3] == q && z[2] >= q * 3 / 4 && z[0] < q / 4)
		return "UTF-32LE";
	if (z[0] == q && z[1] >= q * 3 / 4 && z[3] < q / 4)
		return "UTF-32BE";
	if (z[1] + z[3] >= q * 3 / 2 && z[0] + z[2] < q / 2)
		return "UTF-16LE";
	if (z[0] + z[2] >= q * 3 / 2 && z[1] + z[3] < q / 2)
		return "UTF-16BE";
	return NULL;
}

/*
 * The first bytes, before any is decoded: a compressed file, a workbook
 * or another binary file, and Unicode other than the encoding given
 * (UTF-8 without --encoding), are told by name, not by what reading
 * them as text would make of them.
 */
static void
sniff(struct reader *r, const char *b, size_t n)
{
	const unsigned char *u = (const unsigned char *)b;
	int want = unicode_width(r->encoding), got;
	const char *name = NULL;

	not_text(r, b, n);
	/* FF FE 00 00 is also UTF-16LE's mark and a NUL: the bytes after
	 * it tell. */
	if ((got = bom(u, n, &name)) == 32 && want == 16 && u[0] == 0xFF &&
	    wide_nuls(u + 4, n - 4) == NULL)
		got = 16;
	if (got != 0 && got != want) {
		if (r->encoding == NULL && got == 16)
			die(EXIT_DATA, "%sthe input is UTF-16; convert it to "
			    "UTF-8 (crm-import --encoding utf-16)", r->where);
		if (r->encoding == NULL)
			die(EXIT_DATA, "%sthe input is %s (it starts with its "
			    "byte-order mark); convert it to UTF-8 (crm-import "
			    "--encoding %s)", r->where, name, name);
		die(EXIT_DATA, "%sthe input starts with a %s byte-order mark, "
		    "not %s: give --encoding %s", r->where, name, r->encoding,
		    got == 8 ? "utf-8 or none" : name);
	}
	if (got == 0 && want != 16 && want != 32 &&
	    (name = wide_nuls(u, n)) != NULL)
		die(EXIT_DATA, "%sthe input looks like %s without a byte-order "
		    "mark (NUL bytes between the letters); %s (crm-import "
		    "--encoding %s)", r->where, name, r->encoding ?
		    "give the encoding" : "convert it to UTF-8", name);
}

/* Reads the first bytes, for sniff. */
static void
prime(struct reader *r)
{
	if (r->cd == (iconv_t)-1) {
		while (!r->eof && r->end - r->pos < 512)
			fill(r);
		sniff(r, r->buf + r->pos, r->end - r->pos);
		return;
	}
	while (!r->raweof && r->rawlen < 512)
		read_raw(r);
	sniff(r, r->raw, r->rawlen);
}

/* A UTF-8 byte-order mark, or two (a file saved twice with one). */
static void
skip_bom(struct reader *r)
{
	for (int i = 0; i < 2; i++) {
		while (!r->eof && r->end - r->pos < 3)
			fill(r);
		if (r->end - r->pos >= 3 &&
		    memcmp(r->buf + r->pos, "\xEF\xBB\xBF", 3) == 0)
			r->pos += 3;
	}
}

/* The length of an invisible character at s (a zero-width space or
 * joiner, a word joiner, a byte-order mark), or 0. */
static size_t
invisible(const unsigned char *s, size_t n)
{
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] >= 0x8B &&
	    s[2] <= 0x8D)
		return 3;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0)
		return 3;
	if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
		return 3;
	return 0;
}

/* A header name without invisible characters at either end: pasted
 * from a web page, a zero-width space before "customer_id" made it a
 * name nobody could type. */
static char *
name_dup(const char *s, size_t *n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k;

	while ((k = invisible(u, *n)) > 0) {
		u += k;
		*n -= k;
	}
	for (int again = 1; again && *n >= 3;) {
		k = invisible(u + *n - 3, 3);
		*n -= k;
		again = k > 0;
	}
	return xstrndup((const char *)u, *n);
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
	if (r->book == NULL) {
		size_t n;
		prime(r);
		skip_bom(r);
		for (long i = 0; i < r->skip && next_line(r, &n) != NULL; i++)
			;
	}
	if (r->book && r->delim == 0)
		r->delim = ',';
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
			h->len[i] = row->len[i];
			h->f[i] = name_dup(row->f[i], &h->len[i]);
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
	if (r->book)
		book_close(r->book);
	source_close(r->src);
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

/*
 * A header name for a message, characters that would not show written
 * <U+200B>, control bytes \xNN: a name that looks right and does not
 * match says why. Cut short to fit.
 */
static const char *
shown(char *buf, size_t cap, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t k = 0, n = strlen(s);

	for (size_t i = 0; i < n && k + 12 < cap;) {
		unsigned cp = 0;
		size_t len = invisible(u + i, n - i);
		if (len == 0 && n - i >= 2 && u[i] == 0xC2 && u[i + 1] == 0xA0)
			len = 2;	/* no-break space */
		if (len == 3)
			cp = (u[i] & 0x0Fu) << 12 | (u[i + 1] & 0x3Fu) << 6 |
			    (u[i + 2] & 0x3Fu);
		else if (len == 2)
			cp = 0xA0;
		if (len > 0)
			k += (size_t)snprintf(buf + k, cap - k, "<U+%04X>", cp);
		else if (u[i] < 0x20 || u[i] == 0x7F)
			k += (size_t)snprintf(buf + k, cap - k, "\\x%02X", u[i]);
		else
			buf[k++] = (char)u[i];
		i += len ? len : 1;
	}
	buf[k] = '\0';
	return buf;
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
		char name[160];
		int w = snprintf(buf + k, room - k, "%s\"%s\"",
		    i ? ", " : "", shown(name, sizeof(name), h->f[i]));
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
