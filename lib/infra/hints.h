#ifndef CRM_HINTS_H
#define CRM_HINTS_H

#include <stddef.h>

/*
 * Hints to the kernel that make large inputs faster and never change a
 * result: each is best effort, and where the kernel refuses (or has no
 * such call) nothing happens and nothing is reported.
 */

/* Asks for 2 MB pages for the whole 2 MB pages inside p[0..n): a large
 * table touched at random (a million customers) otherwise misses the
 * TLB on every row. p stays the caller's. */
void huge_pages(void *p, size_t n);

/* Grows the pipe on fd to 1 MB (Linux): with the default 64 KB, each
 * side of a pipe between two tools waits for and wakes the other every
 * 64 KB, which costs more than the copying. On a file, nothing. */
void pipe_size(int fd);

#endif
