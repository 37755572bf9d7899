#ifndef CRM_XMLIN_H
#define CRM_XMLIN_H

#include "zipin.h"

/*
 * One XML file of a ZIP archive, parsed by expat as it is read (SAX):
 * the handlers see each element's local name (its namespace dropped, so
 * that x:c and c are one) and its attributes the same way, and the text
 * between. A handler may pause the parse (a row is complete); xmlin_next
 * then returns, and the next call goes on from there, so that a sheet
 * is read one row at a time in constant memory. A DOCTYPE is refused
 * (no workbook has one; it is how entity bombs start); bad XML stops the
 * run with the file's name, line and column.
 */

struct xml_handlers {
	void (*start)(void *data, const char *name, const char **attr);
	void (*end)(void *data, const char *name);	/* or NULL */
	void (*text)(void *data, const char *s, int len);	/* or NULL */
};

struct xmlin;

/* NULL when the archive holds no file of that name. */
struct xmlin *xmlin_open(struct zipin *z, const char *name,
    const struct xml_handlers *h, void *data, const char *where);
/* Parses on: 1 when a handler paused, 0 at the end of the file. */
int xmlin_next(struct xmlin *x);
/* From a handler: return from xmlin_next after this element. */
void xmlin_pause(struct xmlin *x);
/* Parses to the end. */
void xmlin_all(struct xmlin *x);
void xmlin_close(struct xmlin *x);

/* The value of the attribute of that local name, or NULL. */
const char *xml_attr(const char **attr, const char *name);

#endif
