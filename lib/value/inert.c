#include "inert.h"

#define PRECISION 15	/* the digits a spreadsheet's number keeps */

/* "-" then digits, with at most one "." that has a digit on each side. */
static int
negative_number(const char *s, size_t n)
{
	size_t digits = 0;
	int dot = 0;

	for (size_t i = 1; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9') {
			digits++;
			continue;
		}
		if (s[i] != '.' || dot || digits == 0)
			return 0;
		dot = 1;
		digits = 0;
	}
	return digits > 0;
}

/* Digits a spreadsheet would read as a number and change. */
static int
lossy_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return (n > 1 && s[0] == '0') || n > PRECISION;
}

int
inert_needed(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	switch (s[0]) {
	case '=': case '+': case '@': case '\t': case '\r':
		return 1;
	case '-':
		return !negative_number(s, n);
	}
	return lossy_digits(s, n);
}
