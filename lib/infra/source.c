#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lzma.h>
#include <zlib.h>
#include <zstd.h>

#include "alloc.h"
#include "err.h"
#include "source.h"

#define HEAD 512
#define INBUF (1 << 16)

enum packing { PLAIN, GZIP, XZ, ZSTD };

static const char *const packed_name[] = { NULL, "gzip", "xz", "zstd" };

struct source {
	int fd, tmp;		/* tmp: source_whole's copy of a pipe, or -1 */
	const char *where;
	enum packing how;
	unsigned char head[HEAD];
	size_t headlen, headpos;	/* head[headpos..headlen) not yet given */
	int eof;		/* read() said end of file */

	unsigned char *in;	/* compressed bytes, in[inpos..inlen) unread */
	size_t inpos, inlen;
	int done;		/* the last stream ended where the input did */
	z_stream z;
	lzma_stream x;
	ZSTD_DStream *zs;
};

static size_t
fd_read(struct source *s, void *p, size_t n)
{
	ssize_t k;

	if (s->eof)
		return 0;
	while ((k = read(s->fd, p, n)) < 0 && errno == EINTR)
		;
	if (k < 0)
		die_sys(EXIT_IO, "%sread error", s->where);
	s->eof = k == 0;
	return (size_t)k;
}

/* Raw bytes: what the head holds first, then the file. */
static size_t
raw_read(struct source *s, void *p, size_t n)
{
	size_t k = s->headlen - s->headpos;

	if (k == 0)
		return fd_read(s, p, n);
	if (k > n)
		k = n;
	memcpy(p, s->head + s->headpos, k);
	s->headpos += k;
	return k;
}

/* zlib's and liblzma's memory through malloc and free by name, so that
 * a fuzz harness, which wraps them, sees it. */
static void *
z_alloc(void *opaque, unsigned n, unsigned size)
{
	(void)opaque;
	return calloc(n, size);
}

static void
z_free(void *opaque, void *p)
{
	(void)opaque;
	free(p);
}

static void *
x_alloc(void *opaque, size_t n, size_t size)
{
	(void)opaque;
	return calloc(n, size);
}

static const lzma_allocator x_mem = { x_alloc, z_free, NULL };

struct source *
source_open(int fd, const char *where)
{
	struct source *s = xcalloc(1, sizeof(*s));
	size_t k;

	s->fd = fd;
	s->tmp = -1;
	s->where = where;
	while (s->headlen < HEAD && (k = fd_read(s, s->head + s->headlen,
	    HEAD - s->headlen)) > 0)
		s->headlen += k;
	if (s->headlen >= 2 && memcmp(s->head, "\x1F\x8B", 2) == 0)
		s->how = GZIP;
	else if (s->headlen >= 6 && memcmp(s->head, "\xFD" "7zXZ\0", 6) == 0)
		s->how = XZ;
	else if (s->headlen >= 4 && memcmp(s->head, "\x28\xB5\x2F\xFD", 4) == 0)
		s->how = ZSTD;
	if (s->how == PLAIN)
		return s;
	s->in = xmalloc(INBUF);
	if (s->how == GZIP) {
		s->z.zalloc = z_alloc;
		s->z.zfree = z_free;
		if (inflateInit2(&s->z, 15 + 16) != Z_OK)
			die(EXIT_INTERNAL, "out of memory");
	} else if (s->how == XZ) {
		s->x = (lzma_stream)LZMA_STREAM_INIT;
		s->x.allocator = &x_mem;
		if (lzma_stream_decoder(&s->x, UINT64_MAX, LZMA_CONCATENATED) !=
		    LZMA_OK)
			die(EXIT_INTERNAL, "out of memory");
	} else if ((s->zs = ZSTD_createDStream()) == NULL)
		die(EXIT_INTERNAL, "out of memory");
	return s;
}

const char *
source_packed(const struct source *s)
{
	return packed_name[s->how];
}

const unsigned char *
source_head(const struct source *s, size_t *n)
{
	*n = s->headlen;
	return s->head;
}

/* More compressed input when all is used; 0 at the end of the file. */
static size_t
more_in(struct source *s)
{
	if (s->inpos < s->inlen)
		return s->inlen - s->inpos;
	s->inpos = 0;
	s->inlen = raw_read(s, s->in, INBUF);
	return s->inlen;
}

_Noreturn static void
cut_short(const struct source *s)
{
	die(EXIT_DATA, "%sthe %s data ends early: the file was cut short "
	    "(still being copied?)", s->where, packed_name[s->how]);
}

/* Compressed input for the next step; 0 when the last stream ended
 * where the file does, and the run stops when the file ends inside one. */
static size_t
next_in(struct source *s)
{
	size_t avail = more_in(s);

	if (avail == 0 && !s->done)
		cut_short(s);
	return avail;
}

_Noreturn static void
damaged(const struct source *s, const char *why)
{
	die(EXIT_DATA, "%sthe %s data is damaged (%s)", s->where,
	    packed_name[s->how], why);
}

/*
 * gzip: members one after another are one file (as gzip -dc reads
 * them); after the last one nothing else may follow, or rows could hide
 * there unread.
 */
static size_t
gunzip(struct source *s, unsigned char *p, size_t n)
{
	for (;;) {
		size_t avail = next_in(s);
		if (avail == 0)
			return 0;
		if (s->done) {
			if (s->in[s->inpos] != 0x1F)
				die(EXIT_DATA, "%sbytes that are not gzip data "
				    "after the end of the gzip data", s->where);
			inflateReset(&s->z);
			s->done = 0;
		}
		s->z.next_in = s->in + s->inpos;
		s->z.avail_in = (uInt)avail;
		s->z.next_out = p;
		s->z.avail_out = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
		int rc = inflate(&s->z, Z_NO_FLUSH);
		s->inpos = s->inlen - s->z.avail_in;
		if (rc == Z_STREAM_END)
			s->done = 1;
		else if (rc != Z_OK && rc != Z_BUF_ERROR)
			damaged(s, s->z.msg ? s->z.msg : "inflate failed");
		size_t made = (size_t)(s->z.next_out - p);
		if (made > 0)
			return made;
	}
}

static size_t
unxz(struct source *s, unsigned char *p, size_t n)
{
	for (;;) {
		if (s->done)
			return 0;
		size_t avail = more_in(s);
		s->x.next_in = s->in + s->inpos;
		s->x.avail_in = avail;
		s->x.next_out = p;
		s->x.avail_out = n;
		lzma_ret rc = lzma_code(&s->x, avail ? LZMA_RUN : LZMA_FINISH);
		s->inpos = s->inlen - s->x.avail_in;
		size_t made = n - s->x.avail_out;
		s->done = rc == LZMA_STREAM_END;
		if (s->done || made > 0)
			return made;
		if (rc == LZMA_BUF_ERROR || (rc == LZMA_OK && avail == 0))
			cut_short(s);
		if (rc != LZMA_OK)
			damaged(s, rc == LZMA_DATA_ERROR ? "data error" :
			    rc == LZMA_FORMAT_ERROR ? "not xz" : "corrupt");
	}
}

static size_t
unzstd(struct source *s, unsigned char *p, size_t n)
{
	for (;;) {
		size_t avail = next_in(s);
		if (avail == 0)
			return 0;
		ZSTD_inBuffer in = { s->in + s->inpos, avail, 0 };
		ZSTD_outBuffer out = { p, n, 0 };
		size_t rc = ZSTD_decompressStream(s->zs, &out, &in);
		s->inpos += in.pos;
		if (ZSTD_isError(rc))
			damaged(s, ZSTD_getErrorName(rc));
		s->done = rc == 0;	/* a frame ends here */
		if (out.pos > 0)
			return out.pos;
	}
}

size_t
source_read(struct source *s, void *p, size_t n)
{
	switch (s->how) {
	case GZIP: return gunzip(s, p, n);
	case XZ: return unxz(s, p, n);
	case ZSTD: return unzstd(s, p, n);
	default: return raw_read(s, p, n);
	}
}

int
source_whole(struct source *s)
{
	struct stat st;
	char buf[INBUF];
	size_t k;

	if (s->tmp != -1)
		return s->tmp;
	if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    lseek(s->fd, 0, SEEK_SET) == 0) {
		s->eof = 0;
		s->headpos = s->headlen;	/* the file is read afresh */
		return s->fd;
	}
	FILE *f = tmpfile();
	if (f == NULL)
		die_sys(EXIT_IO, "%sa temporary file for the workbook", s->where);
	if ((s->tmp = dup(fileno(f))) == -1)
		die_sys(EXIT_IO, "%sa temporary file for the workbook", s->where);
	fclose(f);
	while ((k = raw_read(s, buf, sizeof(buf))) > 0)
		for (size_t at = 0; at < k;) {
			ssize_t w = write(s->tmp, buf + at, k - at);
			if (w < 0 && errno != EINTR)
				die_sys(EXIT_IO, "%scopying the workbook to a "
				    "temporary file", s->where);
			at += w > 0 ? (size_t)w : 0;
		}
	if (lseek(s->tmp, 0, SEEK_SET) != 0)
		die_sys(EXIT_IO, "%sa temporary file for the workbook", s->where);
	return s->tmp;
}

void
source_close(struct source *s)
{
	if (s->how == GZIP)
		inflateEnd(&s->z);
	else if (s->how == XZ)
		lzma_end(&s->x);
	else if (s->how == ZSTD)
		ZSTD_freeDStream(s->zs);
	if (s->tmp != -1)
		close(s->tmp);
	free(s->in);
	free(s);
}
