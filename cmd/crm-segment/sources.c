/* The rules sources (--scheme, --rules, -e, --tiers) into the rules. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "segment.h"

/* A rules file whole: the parser wants the text of all its lines. */
static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	size_t n = 0, cap = 4096, got;
	char *s = xmalloc(cap);

	if (f == NULL)
		die_sys(EXIT_IO, "%s", path);
	while ((got = fread(s + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		GROW(s, n + 2, cap);
	}
	if (ferror(f))
		die_sys(EXIT_IO, "%s", path);
	fclose(f);
	s[n] = '\0';
	if (strlen(s) != n)
		die(EXIT_USAGE, "%s: a NUL byte in a rules file", path);
	/* an editor's byte-order mark would glue itself to the first rule */
	if (n >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0)
		memmove(s, s + 3, n - 2);
	return s;
}

void
load_rules(struct rules *rs, const struct segment_opts *o)
{
	char name[64];

	for (size_t i = 0; i < o->nset; i++)
		rules_set(rs, o->set[i].name, o->set[i].expr);
	for (size_t i = 0, ne = 0; i < o->nsrc; i++) {
		const struct source *s = &o->src[i];
		char *text;
		switch (s->kind) {
		case SRC_SCHEME:
			snprintf(name, sizeof(name), "%s.rules", s->arg);
			rules_load(rs, name, scheme_text(s->arg), 1);
			break;
		case SRC_TIERS:
			text = tiers_rules(s->arg);
			rules_load(rs, "--tiers", text, 0);
			free(text);
			break;
		case SRC_RULES:
			text = slurp(s->arg);
			rules_load(rs, s->arg, text, 1);
			free(text);
			break;
		case SRC_EXPR:
			snprintf(name, sizeof(name), "-e %zu", ++ne);
			rules_load(rs, name, s->arg, 0);
			break;
		}
	}
	rules_check(rs);
}

void
print_rules(const struct segment_opts *o)
{
	for (size_t i = 0; i < o->nsrc; i++) {
		const struct source *s = &o->src[i];
		char *text = s->kind == SRC_SCHEME ? xstrdup(scheme_text(s->arg)) :
		    s->kind == SRC_TIERS ? tiers_rules(s->arg) :
		    s->kind == SRC_RULES ? slurp(s->arg) : xstrdup(s->arg);
		fputs(text, stdout);
		if (*text && text[strlen(text) - 1] != '\n')
			putchar('\n');
		free(text);
	}
	if (fflush(stdout) || ferror(stdout))
		die_sys(EXIT_IO, "standard output");
}
