#ifndef CRM_TALLY_H
#define CRM_TALLY_H

#include <stddef.h>

#include "opts.h"
#include "reject.h"
#include "writer.h"

/*
 * The account a run gives of its rows as it closes its output: every
 * tool's last line on stderr,
 *
 *	crm-import: 9 rows read = 5 written + 3 merged into orders + 1
 *	    rejected (1 bad amount); amount written 120.00
 *
 * and, with --stats FILE, the same counts as CSV for scripts and tests,
 * under a header that is the same for every tool (crm(7), "Statistics"):
 *
 *	tool,input,rows_read,rows_written,rows_merged,rows_aside,
 *	rows_rejected,rejected_by_reason,seconds
 *
 * The counts balance: read = written + merged + aside + rejected.
 * written is the data rows out (crm-abc --summary and crm-report: the
 * rows counted into the summary), merged the rows summed into another
 * (lines into orders, orders into customers), aside the rows left out
 * without a reject (returns dropped, orders on or after the as-of date).
 */
struct tally {
	const char *input;	/* the file read; NULL for standard input */
	int named;		/* the line starts with "INPUT: " */
	size_t read, written, merged, aside;
	struct rejects *rj;
	/*
	 * The words of the line. written_as NULL gives the short form
	 * "N rows read, R rejected; TAIL". merged_as NULL counts the
	 * merged rows in with the written ones ("U used"). aside_as NULL,
	 * or a zero count unless aside_always, leaves the term out.
	 */
	const char *written_as, *merged_as, *aside_as;
	int aside_always;
	int terse;		/* no "(reasons)" after the rejects */
	char tail[160];		/* after "; ", or empty */
};

/*
 * Closes OUT, the run's output, and gives the N accounts: with --stats
 * FILE, one row each after the header, written to FILE's temporary
 * before OUT is closed and renamed into place after it, so that a FILE
 * that cannot be written fails the run with its output not in place;
 * then each account's line on stderr (not under -q). Dies with
 * EXIT_INTERNAL, before closing anything, if an account does not
 * balance.
 */
void tally_close(const struct common *co, struct writer *out,
    const struct tally *t, size_t n);

/* tally_close in two for an output that is not one writer (crm-import
 * --partition): tally_stats checks the balance and begins --stats (NULL
 * without it); the caller puts its output in place; tally_say puts
 * --stats in place and says the lines. */
struct writer *tally_stats(const struct common *co, const struct tally *t,
    size_t n);
void tally_say(const struct common *co, struct writer *stats,
    const struct tally *t, size_t n);

#endif
