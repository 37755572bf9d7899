#ifndef CRM_INERT_H
#define CRM_INERT_H

#include <stddef.h>

/*
 * CSV for a spreadsheet. A spreadsheet that opens a CSV takes a cell
 * beginning with =, +, -, @, a tab or a carriage return for a formula
 * and runs it (=HYPERLINK(...), @SUM(...), a DDE call: CSV injection),
 * and reads a cell of digits as a number, losing the leading zeros of
 * an id (00123) or the digits past its precision. OWASP's remedy, which
 * the writer applies with --excel: a single quote in front, which the
 * spreadsheet reads as "this is text", and the field quoted.
 */

/* 1 when the field s[0..n) needs that quote: it begins with one of the
 * six bytes and is not a plain negative number ("-" and digits, with at
 * most one "." between digits: -12.50, which a spreadsheet reads as the
 * number it is and must stay one), or it is digits only and either
 * begins with 0 (two digits or more) or has more than 15 (what a
 * spreadsheet's number keeps). 0 otherwise, and for an empty field. */
int inert_needed(const char *s, size_t n);

#endif
