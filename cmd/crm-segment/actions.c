#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "grow.h"
#include "segment.h"

/*
 * --actions FILE: a table from segment to what to do about it (channel,
 * visits a month, gift...), joined onto every row of that segment.
 */

struct plan {
	char *key;
	size_t klen;
	char **f;		/* the action columns */
	size_t *len;
	size_t uses;
};

struct actions {
	char *path, *keyname;
	struct plan *p;
	size_t n, cap, nf, key;	/* nf: fields per row of the file */
	char **name;		/* the action columns' names */
	struct plan *missing;	/* segments that have no plan */
	size_t nmissing, missingcap;
};

static char **
copy_fields(const struct row *r, size_t skip, size_t **len)
{
	char **f = xcalloc(r->nf, sizeof(char *));

	*len = xcalloc(r->nf, sizeof(size_t));
	for (size_t i = 0, k = 0; i < r->nf; i++) {
		if (i == skip)
			continue;
		f[k] = xstrndup(r->f[i], r->len[i]);
		(*len)[k++] = r->len[i];
	}
	return f;
}

struct actions *
actions_read(const char *path, const char *key)
{
	struct reader_opts ro = { 0 };
	struct reader *r = reader_open(path, &ro);
	const struct row *h = reader_header(r), *row;
	struct actions *a = xcalloc(1, sizeof(*a));
	size_t *len;

	if (h == NULL)
		die(EXIT_DATA, "%s: empty actions file", path);
	int k = col_find(h, key);
	a->key = k < 0 ? 0 : (size_t)k;
	a->nf = h->nf;
	a->path = xstrdup(path);
	a->keyname = xstrdup(key);
	if (h->nf < 2)
		die(EXIT_DATA, "%s: an actions file needs the segment and at "
		    "least one action column", path);
	a->name = copy_fields(h, a->key, &len);
	free(len);
	while ((row = reader_next(r)) != NULL) {
		if (row->nf != h->nf)
			die(EXIT_DATA, "%sline %ld: expected %zu fields, found "
			    "%zu", reader_where(r), row->line, h->nf, row->nf);
		const char *s = row->f[a->key];
		size_t n = row->len[a->key];
		for (size_t i = 0; i < a->n; i++)
			if (a->p[i].klen == n && memcmp(a->p[i].key, s, n) == 0)
				die(EXIT_DATA, "%sline %ld: %s \"%s\" has a "
				    "plan already", reader_where(r), row->line,
				    a->keyname, s);
		GROW(a->p, a->n + 1, a->cap);
		struct plan *p = &a->p[a->n++];
		p->key = xstrndup(s, n);
		p->klen = n;
		p->f = copy_fields(row, a->key, &p->len);
		p->uses = 0;
	}
	reader_close(r);
	return a;
}

/* An action column named like an input column would stand beside it
 * under the same name, and a later tool would read the wrong one. */
void
actions_clash(const struct actions *a, const struct row *h)
{
	for (size_t i = 0; i + 1 < a->nf; i++)
		if (col_find(h, a->name[i]) >= 0)
			usage_error("%s: the action column \"%s\" is a column of "
			    "the input already; rename it in the plan", a->path,
			    a->name[i]);
}

void
actions_header(struct writer *w, const struct actions *a)
{
	for (size_t i = 0; i + 1 < a->nf; i++)
		writer_field(w, a->name[i], strlen(a->name[i]));
}

static struct plan *
find(struct plan *p, size_t n, const char *s, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (p[i].klen == len && memcmp(p[i].key, s, len) == 0)
			return &p[i];
	return NULL;
}

/* The segment's plan, or empty fields (and a note for the report). */
void
actions_put(struct writer *w, struct actions *a, const char *s, size_t len)
{
	struct plan *p = find(a->p, a->n, s, len);

	if (p == NULL) {
		for (size_t i = 0; i + 1 < a->nf; i++)
			writer_field(w, "", 0);
		if ((p = find(a->missing, a->nmissing, s, len)) == NULL) {
			GROW(a->missing, a->nmissing + 1, a->missingcap);
			p = &a->missing[a->nmissing++];
			memset(p, 0, sizeof(*p));
			p->key = xstrndup(s, len);
			p->klen = len;
		}
		p->uses++;
		return;
	}
	p->uses++;
	for (size_t i = 0; i + 1 < a->nf; i++)
		writer_field(w, p->f[i], p->len[i]);
}

void
actions_report(const struct actions *a)
{
	for (size_t i = 0; i < a->nmissing; i++)
		warnmsg("%s: no plan for %s \"%s\" (%zu customers); its "
		    "action columns are empty", a->path, a->keyname,
		    a->missing[i].key, a->missing[i].uses);
}

static void
free_plan(struct plan *p, size_t nf)
{
	for (size_t i = 0; p->f && i + 1 < nf; i++)
		free(p->f[i]);
	free(p->f);
	free(p->len);
	free(p->key);
}

void
actions_free(struct actions *a)
{
	if (a == NULL)
		return;
	for (size_t i = 0; i < a->n; i++)
		free_plan(&a->p[i], a->nf);
	for (size_t i = 0; i < a->nmissing; i++)
		free_plan(&a->missing[i], a->nf);
	for (size_t i = 0; i + 1 < a->nf; i++)
		free(a->name[i]);
	free(a->name);
	free(a->p);
	free(a->missing);
	free(a->path);
	free(a->keyname);
	free(a);
}
