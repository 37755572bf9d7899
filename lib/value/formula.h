#ifndef CRM_FORMULA_H
#define CRM_FORMULA_H

#include <stddef.h>

/*
 * CSV injection: a spreadsheet that opens a CSV takes a cell beginning
 * with =, +, -, @, a tab or a carriage return for a formula and runs it
 * (=HYPERLINK(...), @SUM(...), a DDE call). OWASP's remedy, which the
 * writer applies with --excel: such a cell gets a single quote in front
 * and is quoted.
 */

/* 1 when s[0..n) begins with one of those six bytes and is not a plain
 * negative number ("-" and digits, with one "." among them followed by
 * a digit: -12.50), which a spreadsheet reads as the number it is and
 * which must stay a number; 0 otherwise, and for an empty field. */
int formula_like(const char *s, size_t n);

#endif
