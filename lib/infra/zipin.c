#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <zip.h>

#include "alloc.h"
#include "err.h"
#include "zipin.h"

struct zipin {
	zip_t *zip;
	const char *where;
};

struct zipent {
	struct zipin *z;
	zip_file_t *f;
	char *name;
	unsigned long long size, got;
};

static const char *
zip_why(int code)
{
	static char buf[128];
	zip_error_t e;

	zip_error_init_with_code(&e, code);
	snprintf(buf, sizeof(buf), "%s", zip_error_strerror(&e));
	zip_error_fini(&e);
	return buf;
}

struct zipin *
zipin_open(int fd, const char *where)
{
	int err, dfd = dup(fd);
	zip_t *zip;

	if (dfd == -1)
		die_sys(EXIT_IO, "%sdup", where);
	/* ZIP_CHECKCONS: an archive whose directory does not match its
	 * files is damaged, not read on trust. */
	if ((zip = zip_fdopen(dfd, ZIP_RDONLY | ZIP_CHECKCONS, &err)) == NULL) {
		close(dfd);
		die(EXIT_DATA, "%sa damaged or cut short ZIP archive (%s)",
		    where, zip_why(err));
	}
	struct zipin *z = xcalloc(1, sizeof(*z));
	z->zip = zip;
	z->where = where;
	return z;
}

int
zipin_has(const struct zipin *z, const char *name)
{
	return zip_name_locate(z->zip, name, 0) >= 0;
}

struct zipent *
zipin_entry(struct zipin *z, const char *name)
{
	zip_stat_t st;
	zip_int64_t i = zip_name_locate(z->zip, name, 0);

	if (i < 0)
		return NULL;
	if (zip_stat_index(z->zip, (zip_uint64_t)i, 0, &st) != 0)
		die(EXIT_DATA, "%s%s in the ZIP archive: %s", z->where, name,
		    zip_strerror(z->zip));
	if (st.valid & ZIP_STAT_ENCRYPTION_METHOD &&
	    st.encryption_method != ZIP_EM_NONE)
		die(EXIT_DATA, "%s%s in the ZIP archive is encrypted: save the "
		    "workbook without a password", z->where, name);
	if (st.size > ZIPIN_MAX || (st.size > ZIPIN_SMALL &&
	    st.size / ZIPIN_RATIO > st.comp_size))
		die(EXIT_DATA, "%s%s in the ZIP archive would expand from %llu "
		    "to %llu bytes: a zip bomb? (refused beyond %d times or "
		    "%llu GB)", z->where, name,
		    (unsigned long long)st.comp_size,
		    (unsigned long long)st.size, ZIPIN_RATIO, ZIPIN_MAX >> 30);
	struct zipent *e = xcalloc(1, sizeof(*e));
	e->z = z;
	e->name = xstrdup(name);
	e->size = st.size;
	if ((e->f = zip_fopen_index(z->zip, (zip_uint64_t)i, 0)) == NULL)
		die(EXIT_DATA, "%s%s in the ZIP archive: %s", z->where, name,
		    zip_strerror(z->zip));
	return e;
}

size_t
zipent_read(struct zipent *e, void *p, size_t n)
{
	zip_int64_t k = zip_fread(e->f, p, n);

	if (k < 0)
		die(EXIT_DATA, "%s%s in the ZIP archive is damaged or cut short "
		    "(%s)", e->z->where, e->name, zip_file_strerror(e->f));
	e->got += (unsigned long long)k;
	if (e->got > e->size)
		die(EXIT_DATA, "%s%s in the ZIP archive expands beyond the %llu "
		    "bytes it says: a zip bomb?", e->z->where, e->name, e->size);
	return (size_t)k;
}

const char *
zipent_name(const struct zipent *e)
{
	return e->name;
}

void
zipent_close(struct zipent *e)
{
	zip_fclose(e->f);
	free(e->name);
	free(e);
}

void
zipin_close(struct zipin *z)
{
	zip_discard(z->zip);
	free(z);
}
