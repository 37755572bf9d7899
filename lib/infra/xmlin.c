#include <stdlib.h>
#include <string.h>

#include <expat.h>

#include "alloc.h"
#include "err.h"
#include "xmlin.h"

#define CHUNK (1 << 16)

struct xmlin {
	XML_Parser p;
	struct zipent *e;
	const struct xml_handlers *h;
	void *data;
	const char *where;
	char *buf;
	int suspended;		/* the parse of buf stopped inside it */
	int final;		/* the last of the file has been given */
	int ended;
	int doctype;
};

/* "namespace|local" as expat gives a name: the local part. */
static const char *
local(const char *name)
{
	const char *bar = strrchr(name, '|');

	return bar ? bar + 1 : name;
}

const char *
xml_attr(const char **attr, const char *name)
{
	for (; attr[0] != NULL; attr += 2)
		if (strcmp(local(attr[0]), name) == 0)
			return attr[1];
	return NULL;
}

static void
on_start(void *data, const char *name, const char **attr)
{
	struct xmlin *x = data;

	x->h->start(x->data, local(name), attr);
}

static void
on_end(void *data, const char *name)
{
	struct xmlin *x = data;

	if (x->h->end)
		x->h->end(x->data, local(name));
}

static void
on_text(void *data, const char *s, int len)
{
	struct xmlin *x = data;

	x->h->text(x->data, s, len);
}

static void
on_doctype(void *data, const char *name, const char *sys, const char *pub,
    int internal)
{
	struct xmlin *x = data;

	(void)name, (void)sys, (void)pub, (void)internal;
	x->doctype = 1;
	XML_StopParser(x->p, XML_FALSE);
}

/* expat's memory through malloc and free by name, so that a fuzz
 * harness, which wraps them, sees it. */
static void *
mem_malloc(size_t n)
{
	return malloc(n);
}

static void *
mem_realloc(void *p, size_t n)
{
	return realloc(p, n);
}

static void
mem_free(void *p)
{
	free(p);
}

static const XML_Memory_Handling_Suite mem = {
	mem_malloc, mem_realloc, mem_free
};

struct xmlin *
xmlin_open(struct zipin *z, const char *name, const struct xml_handlers *h,
    void *data, const char *where)
{
	struct zipent *e = zipin_entry(z, name);

	if (e == NULL)
		return NULL;
	struct xmlin *x = xcalloc(1, sizeof(*x));
	x->e = e;
	x->h = h;
	x->data = data;
	x->where = where;
	x->buf = xmalloc(CHUNK);
	if ((x->p = XML_ParserCreate_MM(NULL, &mem, "|")) == NULL)
		die(EXIT_INTERNAL, "out of memory");
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, on_start, on_end);
	if (h->text)
		XML_SetCharacterDataHandler(x->p, on_text);
	XML_SetStartDoctypeDeclHandler(x->p, on_doctype);
	return x;
}

void
xmlin_pause(struct xmlin *x)
{
	XML_StopParser(x->p, XML_TRUE);
}

_Noreturn static void
bad_xml(struct xmlin *x)
{
	if (x->doctype)
		die(EXIT_DATA, "%s%s in the workbook has a DOCTYPE, which no "
		    "workbook needs (an entity bomb?): refused", x->where,
		    zipent_name(x->e));
	die(EXIT_DATA, "%s%s in the workbook, line %lu, column %lu: bad XML "
	    "(%s)", x->where, zipent_name(x->e),
	    (unsigned long)XML_GetCurrentLineNumber(x->p),
	    (unsigned long)XML_GetCurrentColumnNumber(x->p) + 1,
	    XML_ErrorString(XML_GetErrorCode(x->p)));
}

int
xmlin_next(struct xmlin *x)
{
	while (!x->ended) {
		enum XML_Status st;
		if (x->suspended)
			st = XML_ResumeParser(x->p);
		else {
			size_t n = zipent_read(x->e, x->buf, CHUNK);
			x->final = n == 0;
			st = XML_Parse(x->p, x->buf, (int)n, x->final);
		}
		if (st == XML_STATUS_ERROR)
			bad_xml(x);
		x->suspended = st == XML_STATUS_SUSPENDED;
		if (x->suspended)
			return 1;
		x->ended = x->final;
	}
	return 0;
}

void
xmlin_all(struct xmlin *x)
{
	while (xmlin_next(x))
		;
}

void
xmlin_close(struct xmlin *x)
{
	XML_ParserFree(x->p);
	zipent_close(x->e);
	free(x->buf);
	free(x);
}
