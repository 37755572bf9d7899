#ifndef CRM_FUZZ_H
#define CRM_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/*
 * What the harnesses share. Each defines LLVMFuzzerTestOneInput; libFuzzer
 * (make fuzz) or tests/fuzz/replay.c (make check) calls it.
 */

/* The bytes as a file the tools can open by name. */
const char *fuzz_file(const uint8_t *data, size_t n);
/* A copy that ends in NUL. */
char *fuzz_text(const uint8_t *data, size_t n);
/* Runs fn(arg); after a die() in it, frees what it allocated and closes
 * what it opened. The exit code of the die(), or -1. */
int fuzz_catch(void (*fn)(void *), void *arg);
/* The tool harnesses: the first byte picks one of the option sets, the
 * rest is the input, and the tool's main (built as tool_main) runs on it
 * in this process. */
int fuzz_tool(const char *tool, const char *const opts[][12], size_t nopts,
    const uint8_t *data, size_t n);
int tool_main(int argc, char **argv);

#endif
