#include <errno.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <stdint.h>
#include <unistd.h>

#include "err.h"
#include "files.h"

const char *progname = "crm";

static void (*cleanup)(void);

jmp_buf *crm_fuzz_catch;

/* Every way a tool stops early ends here. */
void
crm_exit(int code)
{
	if (crm_fuzz_catch)
		longjmp(*crm_fuzz_catch, code + 1);
	exit(code);
}

/* A cron line's 2>&- leaves fd 2 closed: the first file the tool opened
 * would take its number, and every message would go into it (the -o
 * file). So each of 0, 1, 2 that is closed is opened on /dev/null before
 * anything else: 0 and 1 for reading, so that output written there fails
 * (exit 3) instead of vanishing, and 2 for writing. */
static void
std_fds(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) != -1 || errno != EBADF)
			continue;
		if (open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY) != fd)
			_exit(EXIT_IO);
	}
}

void
crm_init(const char *name)
{
	progname = name;
	std_fds();
	files_reset();
#ifdef __GLIBC__
	/* glibc raises its threshold for mapping a block of its own after
	 * each large free, and blocks below it then stay with the process
	 * when freed: the tables of a million customers, freed before the
	 * output is built, would still count in its peak. */
	mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

/*
 * Signals that end the run by default and can be caught end it the same
 * way, cleaned up. Not SIGXFSZ, which the writer ignores, so that a write
 * past ulimit -f fails with a message, through die(). A signal ignored or
 * handled by whoever started us (nohup, a sanitizer, a fuzzer) is left so.
 */
static const int fatal[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
	SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGXCPU,
	SIGVTALRM, SIGPROF, SIGSYS,
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
#ifdef SIGEMT
	SIGEMT,
#endif
#ifdef SIGLOST
	SIGLOST,
#endif
};

/* Only unlink() runs here: the rest is not safe in a handler. The signal,
 * raised again with its default action, ends the run as it would have. */
static void
on_signal(int sig)
{
	if (cleanup)
		cleanup();
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
hook(int sig)
{
	struct sigaction sa, old;

	if (sigaction(sig, NULL, &old) == -1 || old.sa_handler != SIG_DFL)
		return;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigfillset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/* Only the writer registers: it removes a half-written -o file, on die()
 * and on a signal. */
void
atdie(void (*fn)(void))
{
	cleanup = fn;
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
		hook(fatal[i]);
#ifdef SIGRTMIN
	for (int sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		hook(sig);
#endif
}

static int progress_on;

void
progress_line(const char *fmt, ...)
{
	va_list ap;

	fputc('\r', stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	progress_on = 1;
}

void
progress_erase(void)
{
	if (progress_on)
		fputs("\r\033[K", stderr);
	progress_on = 0;
}

static void
vmsg(const char *fmt, va_list ap, int errnum)
{
	fflush(stdout);
	progress_erase();
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	if (errnum)
		fprintf(stderr, ": %s", strerror(errnum));
	fputc('\n', stderr);
}

void
die(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap, 0);
	va_end(ap);
	if (cleanup)
		cleanup();
	crm_exit(code);
}

void
die_sys(int code, const char *fmt, ...)
{
	va_list ap;
	int e = errno;

	va_start(ap, fmt);
	vmsg(fmt, ap, e);
	va_end(ap);
	if (cleanup)
		cleanup();
	crm_exit(code);
}

void
warnmsg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap, 0);
	va_end(ap);
}

static void *
check(void *p)
{
	if (p == NULL)
		die(EXIT_INTERNAL, "out of memory");
	return p;
}

void *
xmalloc(size_t n)
{
	return check(malloc(n ? n : 1));
}

void *
xcalloc(size_t n, size_t size)
{
	return check(calloc(n ? n : 1, size ? size : 1));
}

void *
xrealloc(void *p, size_t n)
{
	return check(realloc(p, n ? n : 1));
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size && n > (size_t)-1 / size)
		die(EXIT_INTERNAL, "out of memory");
	return xrealloc(p, n * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	/* All n bytes, a NUL among them included: callers keep the length. */
	char *d = xmalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* Large tables touched at random (a million customers) miss the TLB on
 * every row with 4 KB pages; ask for 2 MB ones where the kernel allows. */
void
huge_pages(void *p, size_t n)
{
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	uintptr_t e = ((uintptr_t)p + n) & ~(huge - 1);

	if (e > a)
		madvise((void *)a, e - a, MADV_HUGEPAGE);
}

/* A pipe between two tools holds 64 KB by default: each side then waits
 * and wakes the other every 64 KB, which costs more than the copying. A
 * larger one (Linux; failure, as on a file, changes nothing) cuts that
 * sixteenfold. */
void
pipe_size(int fd)
{
#ifdef F_SETPIPE_SZ
	fcntl(fd, F_SETPIPE_SZ, 1 << 20);
#else
	(void)fd;
#endif
}
