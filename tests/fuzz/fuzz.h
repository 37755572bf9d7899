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
/* What the last fuzz_catch run wrote to stderr (kept from the output). */
const char *fuzz_stderr(void);
/* The tool harnesses: the first byte picks one of the option sets, the
 * rest is the input, and the tool's main (built as tool_main) runs on it
 * in this process, its output to a file in memory. When it exits 0, its
 * summary line must balance and the output must have as many rows as it
 * says (tests/bad/balance's checks), or the harness aborts; so the option
 * sets leave out -q, which would silence the summary. */
int fuzz_tool(const char *tool, const char *const opts[][12], size_t nopts,
    const uint8_t *data, size_t n);
int tool_main(int argc, char **argv);

#endif
