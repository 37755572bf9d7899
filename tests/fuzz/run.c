/* A tool's main, run in this process on and on (linked into the tool
 * harnesses only, with the tool's main renamed tool_main). */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

struct args {
	int argc;
	char **argv;
};

static void
run(void *arg)
{
	struct args *a = arg;

	optind = 0;	/* getopt starts afresh */
	tool_main(a->argc, a->argv);
}

static int
fuzz_main(const char *const *args)
{
	char *argv[64];
	int argc = 0;

	while (args[argc] && argc < 63) {
		argv[argc] = strdup(args[argc]);
		argc++;
	}
	argv[argc] = NULL;
	struct args a = { argc, argv };
	int code = fuzz_catch(run, &a);
	for (int i = 0; i < argc; i++)
		free(argv[i]);
	return code;
}

int
fuzz_tool(const char *tool, const char *const opts[][12], size_t nopts,
    const uint8_t *data, size_t n)
{
	const char *args[20] = { tool, "-o", "/dev/null" };
	size_t k = 3;

	if (n == 0)
		return 0;
	for (size_t i = 0; opts[data[0] % nopts][i]; i++)
		args[k++] = opts[data[0] % nopts][i];
	args[k] = fuzz_file(data + 1, n - 1);
	fuzz_main(args);
	return 0;
}
