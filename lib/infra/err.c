#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

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

/* Through die(), so that an -o file begun before the columns were
 * checked is removed, not left behind as a temporary. */
void
usage_error(const char *fmt, ...)
{
	va_list ap;
	char msg[2048];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	die(EXIT_USAGE, "%s\nTry '%s --help'.", msg, progname);
}
