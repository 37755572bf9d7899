#ifndef CRM_PAR_H
#define CRM_PAR_H

#include <stddef.h>

/*
 * Every thread of the tools is started here, in one of two shapes:
 *
 *   parts    pieces of one job run at once, and all done on return
 *            (par_each, and par_slices and par_two built on it): the
 *            log-likelihood's slices, the scores, k-means' restarts,
 *            the gathering of the summary;
 *   a pipe   a second thread that works on the slots a caller hands it,
 *            in turn, while the caller fills the next (par_pipe): the
 *            summing of a batch of rows, the formatting of output.
 *
 * Both keep the same rules. Work on fewer than PAR_MIN items takes no
 * thread, which would cost more than it saves. Under a fuzzing harness,
 * whose die() returns by longjmp, no thread is started, since the jump
 * must not leave one running. Where no thread is to be had, the work
 * runs on the caller's. What runs where changes when a result is made,
 * never what it is: a part or a slot is the same work on any thread.
 */
#define PAR_MIN 32768
#define PAR_PARTS 64		/* the most parts of one par_each */

/* Whether work on n items may take threads: n >= PAR_MIN and no fuzzing
 * harness. */
int par_worth(size_t n);

/* The processors online, at least 1: the parts worth making of work
 * that may be cut any way. */
unsigned par_cpus(void);

/* fn(arg, k) for every k in [0, parts), parts at most PAR_PARTS: each on
 * a thread of its own, part 0 on the caller's, when par_worth(work); else,
 * or for a part that no thread could be had for, on the caller's in
 * order of k. Returns when every part is done. */
void par_each(size_t work, unsigned parts, void (*fn)(void *arg, unsigned k),
    void *arg);

/* fn(arg, k, from, to) for [0, n) cut into parts slices, the k-th from
 * n * k / parts to n * (k + 1) / parts, run as par_each runs its parts:
 * the cut depends on n and parts alone, so a result summed slice by
 * slice is the same on any number of cores. */
void par_slices(size_t n, unsigned parts,
    void (*fn)(void *arg, unsigned k, size_t from, size_t to), void *arg);

/* a(arg_a) and b(arg_b), two parts of a job on n items. */
void par_two(void (*a)(void *), void *arg_a, void (*b)(void *), void *arg_b,
    size_t n);

/*
 * A pipe: slots numbered 0 to nslots - 1, whose data is the caller's,
 * handed over in turn (0, 1, ... nslots - 1, 0, ...) and taken back in
 * the same order. fn(arg, slot) runs on each slot handed over, one slot
 * after the other in the order handed, on the pipe's thread; without
 * one, on the caller's, within par_pipe_hand. A slot out (handed over
 * and not yet taken back) is fn's: the caller touches it again only
 * after par_pipe_take has given it back, and then sees all fn wrote.
 */
struct par_pipe;

/* A pipe of nslots slots (1 to 64), with a thread when par_worth(work). */
struct par_pipe *par_pipe_new(size_t work, unsigned nslots,
    void (*fn)(void *arg, unsigned slot), void *arg);

/* The slot par_pipe_hand hands over next. */
unsigned par_pipe_next(const struct par_pipe *p);

/* How many slots are out. */
unsigned par_pipe_out(const struct par_pipe *p);

/* Hands slot par_pipe_next(p) over to fn; fewer than nslots must be out. */
void par_pipe_hand(struct par_pipe *p);

/* The oldest slot out, back once fn is done with it (waiting till then);
 * its number. At least one must be out. */
unsigned par_pipe_take(struct par_pipe *p);

/* Every slot out taken back, the thread ended, p freed; NULL is none. */
void par_pipe_free(struct par_pipe *p);

#endif
