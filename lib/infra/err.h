#ifndef CRM_ERR_H
#define CRM_ERR_H

#include <setjmp.h>
#include <stddef.h>

/* One exit-code scheme for every tool; man/crm.7 documents it. */
enum {
	EXIT_OK = 0,
	EXIT_DATA = 1,		/* input rejected: --strict, --max-rejects, unreadable data */
	EXIT_USAGE = 2,		/* bad options or arguments */
	EXIT_IO = 3,		/* a file could not be opened, read or written */
	EXIT_INTERNAL = 4,	/* out of memory, or a bug */
};

extern const char *progname;
/* NULL in the tools; a fuzz harness catches die() with it, so that one
 * process runs a tool on many inputs. */
extern jmp_buf *crm_fuzz_catch;
_Noreturn void crm_exit(int code);

void crm_init(const char *name);
void atdie(void (*fn)(void));

_Noreturn void die(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
_Noreturn void die_sys(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void warnmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The progress line on a terminal's stderr, drawn over itself with CR;
 * every message erases it first, so that the two never share a line. */
void progress_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void progress_erase(void);

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
void huge_pages(void *p, size_t n);
void pipe_size(int fd);

#endif
