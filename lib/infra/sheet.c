#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "sheet.h"

int
sheet_wanted(const char *want, const char *name, size_t index)
{
	char *end;

	if (strcasecmp(want, name) == 0)
		return 1;
	if (want[0] < '1' || want[0] > '9')
		return 0;
	errno = 0;
	unsigned long n = strtoul(want, &end, 10);
	return *end == '\0' && errno == 0 && n == index + 1;
}

void
sheet_unknown(const char *where, const char *want, char *const *names,
    size_t n)
{
	char list[400];
	size_t k = 0;

	list[0] = '\0';
	for (size_t i = 0; i < n && k + 8 < sizeof(list); i++) {
		int w = snprintf(list + k, sizeof(list) - k - 5, "%s\"%s\"",
		    i ? ", " : "", names[i]);
		if (w < 0 || (size_t)w >= sizeof(list) - k - 5) {
			strcpy(list + k, ", ...");
			break;
		}
		k += (size_t)w;
	}
	die(EXIT_USAGE, "%sno sheet \"%s\" in the workbook; its sheets: %s",
	    where, want, n ? list : "none");
}

void
sheet_where(struct sheet *s, const char *where)
{
	s->where = xmalloc(strlen(where) + strlen(s->name) + 16);
	sprintf(s->where, "%ssheet \"%s\", ", where, s->name);
}

long
sheet_column(const char **s)
{
	long col = 0;
	const char *p = *s;

	for (; (*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z'); p++) {
		col = col * 26 + (*p | 0x20) - 'a' + 1;
		if (col > CELL_COLS)
			return -1;
	}
	*s = p;
	return col - 1;
}

const char *
sheet_letters(long col, char *buf)
{
	char tmp[4];
	size_t k = 0, n = 0;

	for (col++; col > 0 && k < 3; col = (col - 1) / 26)
		tmp[k++] = (char)('A' + (col - 1) % 26);
	while (k > 0)
		buf[n++] = tmp[--k];
	buf[n] = '\0';
	return buf;
}

void
text_add(struct text *t, const char *s, size_t n, const char *where)
{
	if (t->n + n + 1 > CELL_MAX)
		die(EXIT_DATA, "%sa cell of more than %zu MB: not a table?",
		    where, CELL_MAX >> 20);
	GROW(t->s, t->n + n + 1, t->cap);
	memcpy(t->s + t->n, s, n);
	t->n += n;
	t->s[t->n] = '\0';
}

void
text_free(struct text *t)
{
	free(t->s);
}
