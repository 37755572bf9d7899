#ifndef CRM_ZIPIN_H
#define CRM_ZIPIN_H

#include <stddef.h>

/*
 * The files inside a ZIP archive (a workbook), read through libzip one
 * after another. An archive that is damaged, cut short or encrypted,
 * and a zip bomb, stop the run (EXIT_DATA) with where's file name: a
 * file whose expanded size is beyond ZIPIN_MAX, or more than ZIPIN_RATIO
 * times its compressed size once beyond ZIPIN_SMALL, is refused before
 * it is read, and one that expands to more than it said while read.
 */

#define ZIPIN_MAX ((unsigned long long)4 << 30)
#define ZIPIN_RATIO 400
#define ZIPIN_SMALL ((unsigned long long)1 << 20)

struct zipin;
struct zipent;

/* fd stays the caller's. */
struct zipin *zipin_open(int fd, const char *where);
int zipin_has(const struct zipin *z, const char *name);
/* The file name in the archive, or NULL when there is none. */
struct zipent *zipin_entry(struct zipin *z, const char *name);
/* Up to n bytes; 0 at its end. */
size_t zipent_read(struct zipent *e, void *p, size_t n);
const char *zipent_name(const struct zipent *e);
void zipent_close(struct zipent *e);
void zipin_close(struct zipin *z);

#endif
