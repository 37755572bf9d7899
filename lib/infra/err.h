#ifndef CRM_ERR_H
#define CRM_ERR_H

#include <setjmp.h>

/*
 * Errors, exit codes and signals: every message a tool writes to stderr
 * starts with its name (progname) and ends with a newline, and every way
 * it stops early goes through crm_exit, after the cleanup atdie
 * registered.
 */

/* One exit-code scheme for every tool; man/crm.7 documents it. */
enum {
	EXIT_OK = 0,
	EXIT_DATA = 1,		/* input rejected: --strict, --max-rejects, unreadable data */
	EXIT_USAGE = 2,		/* bad options or arguments */
	EXIT_IO = 3,		/* a file could not be opened, read or written */
	EXIT_INTERNAL = 4,	/* out of memory, or a bug */
};

/* The tool's name in messages ("crm" until crm_init sets it). */
extern const char *progname;

/* NULL in the tools; a fuzz harness catches die() with it, so that one
 * process runs a tool on many inputs. */
extern jmp_buf *crm_fuzz_catch;

/* Ends the run with code: exit(), or a longjmp to crm_fuzz_catch (with
 * code + 1) under a fuzz harness. Runs no cleanup itself. */
_Noreturn void crm_exit(int code);

/* Registers fn (only one: the writer's, which removes a half-written -o
 * file) to run on die() and on a fatal signal, and catches those signals
 * that are still at their default action. fn must be safe in a signal
 * handler; the signal is raised again after it, so the run ends as it
 * would have. */
void atdie(void (*fn)(void));

/* "progname: message" on stderr, the registered cleanup, then
 * crm_exit(code). die_sys appends ": " and strerror(errno). */
_Noreturn void die(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
_Noreturn void die_sys(int code, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* "progname: message" on stderr; the run goes on. */
void warnmsg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A usage error: "progname: message", then "Try 'progname --help'.",
 * and exit 2 through die(). The message is cut at 2 KB. */
_Noreturn void usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* The progress line on a terminal's stderr, drawn over itself with CR;
 * every message erases it first, so that the two never share a line.
 * progress_erase clears it, if drawn. */
void progress_line(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void progress_erase(void);

#endif
