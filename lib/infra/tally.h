#ifndef CRM_TALLY_H
#define CRM_TALLY_H

#include <stddef.h>

#include "opts.h"
#include "reject.h"

/*
 * The account a run gives of its rows, once its output is safely
 * written: every tool's last line on stderr,
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
	char tail[160];		/* after "; ", or empty */
};

/*
 * Says each of the N accounts on stderr (not under -q) and, when the
 * run has --stats FILE, writes FILE atomically with one row per account
 * after the header. Dies with EXIT_INTERNAL if an account does not
 * balance.
 */
void tally_report(const struct common *co, const struct tally *t, size_t n);

#endif
