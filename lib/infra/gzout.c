#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "alloc.h"
#include "err.h"
#include "gzout.h"

#define OUT (1 << 16)

struct gzout {
	z_stream z;
	gzout_sink *sink;
	void *ctx;
	char out[OUT];
};

struct gzout *
gzout_new(gzout_sink *sink, void *ctx)
{
	struct gzout *g = xcalloc(1, sizeof(*g));

	g->sink = sink;
	g->ctx = ctx;
	/* 15 + 16: a gzip wrapper; level 6, gzip's own default */
	if (deflateInit2(&g->z, 6, Z_DEFLATED, 15 + 16, 8,
	    Z_DEFAULT_STRATEGY) != Z_OK)
		die(EXIT_INTERNAL, "out of memory");
	return g;
}

void
gzout_put(struct gzout *g, const char *p, size_t n, int finish)
{
	int rc;

	g->z.next_in = (unsigned char *)(uintptr_t)p;
	g->z.avail_in = (uInt)n;
	do {
		g->z.next_out = (unsigned char *)g->out;
		g->z.avail_out = OUT;
		rc = deflate(&g->z, finish ? Z_FINISH : Z_NO_FLUSH);
		if (rc == Z_STREAM_ERROR)
			die(EXIT_INTERNAL, "gzip: deflate failed");
		if (OUT - g->z.avail_out > 0)
			g->sink(g->ctx, g->out, OUT - g->z.avail_out);
	} while (g->z.avail_out == 0 || (finish && rc != Z_STREAM_END));
}

void
gzout_free(struct gzout *g)
{
	deflateEnd(&g->z);
	free(g);
}

int
gzout_wanted(const char *path)
{
	size_t n = strlen(path);

	return n > 3 && strcmp(path + n - 3, ".gz") == 0;
}
