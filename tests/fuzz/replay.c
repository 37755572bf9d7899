/*
 * make check's stand-in for libFuzzer: runs a harness on each file named
 * (every input of the committed corpora, crashes found included), so that
 * the sanitizer build replays them without clang. An input that takes
 * more than a minute of processor time is a hang and fails the replay:
 * processor time, not wall-clock time, so that a busy machine cannot
 * make a sound input fail.
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

enum { HANG_SECONDS = 60 };

static const char *current;

static void
hang(int sig)
{
	static const char msg[] = "replay: a hang (a minute of processor time) on ";
	char line[4096];
	size_t n = strlen(current);

	(void)sig;
	if (n > sizeof(line) - sizeof(msg) - 1)
		n = sizeof(line) - sizeof(msg) - 1;
	memcpy(line, msg, sizeof(msg) - 1);
	memcpy(line + sizeof(msg) - 1, current, n);
	line[sizeof(msg) - 1 + n] = '\n';
	ssize_t r = write(STDERR_FILENO, line, sizeof(msg) + n);
	(void)r;
	_exit(1);
}

int
main(int argc, char **argv)
{
	signal(SIGPROF, hang);
	for (int i = 1; i < argc; i++) {
		struct itimerval t = { { 0, 0 }, { HANG_SECONDS, 0 } };
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf = NULL;
		size_t n = 0, cap = 0, got;

		if (f == NULL) {
			perror(argv[i]);
			return 2;
		}
		do {
			if (n == cap && (buf = realloc(buf, cap = cap * 2 + 4096)) == NULL)
				abort();
			got = fread(buf + n, 1, cap - n, f);
			n += got;
		} while (got > 0);
		fclose(f);
		current = argv[i];
		setitimer(ITIMER_PROF, &t, NULL);
		LLVMFuzzerTestOneInput(buf, n);
		free(buf);
	}
	printf("replayed %d inputs\n", argc - 1);
	return 0;
}
