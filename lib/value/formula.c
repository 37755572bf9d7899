#include "formula.h"

/* "-" then digits, with at most one "." that has a digit on each side. */
static int
negative_number(const char *s, size_t n)
{
	size_t i = 1, digits = 0;
	int dot = 0;

	for (; i < n; i++) {
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

int
formula_like(const char *s, size_t n)
{
	if (n == 0)
		return 0;
	switch (s[0]) {
	case '=': case '+': case '@': case '\t': case '\r':
		return 1;
	case '-':
		return !negative_number(s, n);
	}
	return 0;
}
