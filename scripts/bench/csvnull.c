/*
 * csvnull: the do-nothing libcsv parse, the floor for any libcsv tool.
 *
 * Reads FILE (or stdin) in 64 KiB chunks and feeds it to csv_parse with
 * callbacks that only count fields and rows; prints the counts to stderr.
 * Built and run by scripts/bench-import; not part of the build.
 *
 *   cc -O2 -o csvnull scripts/bench/csvnull.c -lcsv
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>

#define CHUNK (64 * 1024)

struct counts {
	unsigned long long fields, rows;
};

static void
on_field(void *s, size_t len, void *data)
{
	(void)s;
	(void)len;
	((struct counts *)data)->fields++;
}

static void
on_row(int c, void *data)
{
	(void)c;
	((struct counts *)data)->rows++;
}

int
main(int argc, char **argv)
{
	static char buf[CHUNK];
	struct csv_parser p;
	struct counts n = {0, 0};
	int fd = STDIN_FILENO;
	ssize_t k;

	if (argc > 2) {
		fprintf(stderr, "usage: csvnull [FILE]\n");
		return 2;
	}
	if (argc == 2 && strcmp(argv[1], "-") != 0 &&
	    (fd = open(argv[1], O_RDONLY)) == -1) {
		fprintf(stderr, "csvnull: %s: %s\n", argv[1], strerror(errno));
		return 1;
	}
	if (csv_init(&p, 0) != 0) {
		fprintf(stderr, "csvnull: csv_init failed\n");
		return 1;
	}
	for (;;) {
		k = read(fd, buf, sizeof(buf));
		if (k < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "csvnull: read: %s\n", strerror(errno));
			return 1;
		}
		if (k == 0)
			break;
		if (csv_parse(&p, buf, (size_t)k, on_field, on_row, &n) !=
		    (size_t)k) {
			fprintf(stderr, "csvnull: %s\n",
			    csv_strerror(csv_error(&p)));
			return 1;
		}
	}
	csv_fini(&p, on_field, on_row, &n);
	csv_free(&p);
	fprintf(stderr, "csvnull: %llu fields, %llu rows\n", n.fields, n.rows);
	return 0;
}
