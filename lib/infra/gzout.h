#ifndef CRM_GZOUT_H
#define CRM_GZOUT_H

#include <stddef.h>

/*
 * gzip output for the writer (-o FILE.gz): bytes in, compressed bytes
 * handed to a sink as they come. Deterministic: the header has no time
 * and no name, so the same rows give the same file.
 */

typedef void gzout_sink(void *ctx, const char *p, size_t n);

struct gzout;

struct gzout *gzout_new(gzout_sink *sink, void *ctx);
/* Compresses p[0..n); finish ends the gzip stream, after which nothing
 * more may be put. */
void gzout_put(struct gzout *g, const char *p, size_t n, int finish);
void gzout_free(struct gzout *g);

/* Whether a file of this name is written as gzip: it ends in .gz. */
int gzout_wanted(const char *path);

#endif
