/*
 * The workbook readers (lib/infra/book.c and below). The first byte
 * picks what the rest is: a whole file (a ZIP, an OLE2 .xls, gzip), or
 * one XML file put into a small, sound .xlsx or .ods with libzip, so
 * that the XML is reached past the ZIP's checksums: a sheet, the shared
 * strings, the styles, or an OpenDocument content.xml.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zip.h>

#include "fuzz.h"
#include "reader.h"

#define NS "http://schemas.openxmlformats.org/"

static const char workbook[] =
    "<workbook xmlns=\"" NS "spreadsheetml/2006/main\" xmlns:r=\"" NS
    "officeDocument/2006/relationships\"><workbookPr date1904=\"0\"/>"
    "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
    "</workbook>";
static const char rels[] =
    "<Relationships xmlns=\"" NS "package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
    "</Relationships>";
static const char sheet[] =
    "<worksheet><sheetData><row r=\"1\"><c t=\"s\"><v>0</v></c><c t=\"s\">"
    "<v>1</v></c><c t=\"s\"><v>2</v></c></row><row r=\"3\"><c t=\"s\"><v>3"
    "</v></c><c s=\"1\"><v>45000.5</v></c><c s=\"2\"><v>0.1</v></c></row>"
    "</sheetData></worksheet>";
static const char strings[] =
    "<sst><si><t>customer_id</t></si><si><r><t>order_</t></r><r><t>date"
    "</t></r></si><si><t>amount</t><rPh><t>x</t></rPh></si><si><t>007</t>"
    "</si></sst>";
static const char styles[] =
    "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy"
    " hh:mm\"/></numFmts><cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"14\"/><xf numFmtId=\"21\"/></cellXfs></styleSheet>";
static const char mimetype[] = "application/vnd.oasis.opendocument.spreadsheet";

struct part {
	const char *name;
	const void *data;
	size_t n;
};

/* A ZIP of the parts, written to path. */
static void
zip_parts(const char *path, const struct part *p, size_t np)
{
	int err;
	zip_t *z = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &err);

	if (z == NULL)
		abort();
	for (size_t i = 0; i < np; i++) {
		zip_source_t *s = zip_source_buffer(z, p[i].data, p[i].n, 0);
		if (s == NULL || zip_file_add(z, p[i].name, s, 0) < 0)
			abort();
	}
	if (zip_close(z) != 0)
		abort();
}

static void
read_book(void *arg)
{
	struct reader_opts o = { .workbooks = 1, .check_utf8 = 1 };
	struct reader *r = reader_open(arg, &o);

	if (reader_header(r) != NULL)
		while (reader_next(r) != NULL)
			;
	reader_close(r);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
	static char path[64];
	const uint8_t *x = data + 1;
	size_t nx = n - 1;

	if (n == 0)
		return 0;
	if (path[0] == '\0')
		snprintf(path, sizeof(path), "/tmp/crm-fuzz-sheet-%ld.zip",
		    (long)getpid());
	struct part xlsx[] = {
		{ "xl/workbook.xml", workbook, sizeof(workbook) - 1 },
		{ "xl/_rels/workbook.xml.rels", rels, sizeof(rels) - 1 },
		{ "xl/worksheets/sheet1.xml", sheet, sizeof(sheet) - 1 },
		{ "xl/sharedStrings.xml", strings, sizeof(strings) - 1 },
		{ "xl/styles.xml", styles, sizeof(styles) - 1 },
	}, ods[] = {
		{ "mimetype", mimetype, sizeof(mimetype) - 1 },
		{ "content.xml", x, nx },
	};
	switch (data[0] % 5) {
	case 0:
		fuzz_catch(read_book, (void *)fuzz_file(x, nx));
		return 0;
	case 1: case 2: case 3:
		xlsx[data[0] % 5 + 1].data = x;
		xlsx[data[0] % 5 + 1].n = nx;
		zip_parts(path, xlsx, 5);
		break;
	default:
		zip_parts(path, ods, 2);
	}
	fuzz_catch(read_book, path);
	unlink(path);
	return 0;
}
