#ifndef CRM_PAR_H
#define CRM_PAR_H

#include <stddef.h>

/*
 * Two pieces of work at once, for the ends of the tools, where the
 * input's second core is idle: a here and b on a second thread. Without
 * a thread to be had, under a fuzzing harness (whose die() returns by
 * longjmp), or for work on fewer than PAR_MIN items (n), where a thread
 * costs more than it saves, both run here, a first. Either way the
 * result is the same.
 */
#define PAR_MIN 32768

/* Whether work on n items may take a second thread. */
int par_worth(size_t n);

void par_two(void (*a)(void *), void *arg_a, void (*b)(void *), void *arg_b,
    size_t n);

/* fn(arg, from, to) over [0, n) in two halves, as par_two runs them. */
void par_halves(void (*fn)(void *, size_t, size_t), void *arg, size_t n);

#endif
