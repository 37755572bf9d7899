#ifndef CRM_SOURCE_H
#define CRM_SOURCE_H

#include <stddef.h>

/*
 * The bytes of one input file, told by their first bytes, not by the
 * file's name: gzip (one member or several), xz and zstd are
 * decompressed on the fly, anything else passes through unchanged. A
 * workbook needs the whole file at once (a ZIP's directory is at its
 * end): source_whole gives it, a pipe first copied to a temporary file.
 * Every call dies (EXIT_IO, EXIT_DATA) with the file's name rather than
 * return an error; where is "file: " or "" for standard input.
 */

struct source;

/* Reads the first bytes of fd (which stays the caller's to close). */
struct source *source_open(int fd, const char *where);
/* The compression ("gzip", "xz", "zstd") or NULL for plain bytes. */
const char *source_packed(const struct source *s);
/* The first bytes of the file as it is (up to 512), before decompression. */
const unsigned char *source_head(const struct source *s, size_t *n);
/* Up to n bytes of the (decompressed) input; 0 only at its end. Data cut
 * short or damaged stops the run, naming the compression. */
size_t source_read(struct source *s, void *p, size_t n);
/* The file's raw bytes as a file from its first byte, seekable: fd
 * itself when it is a regular file, else a temporary file that is gone
 * once closed. Only before any source_read. The source keeps it. */
int source_whole(struct source *s);
void source_close(struct source *s);

#endif
