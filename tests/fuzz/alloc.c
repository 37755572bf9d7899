/*
 * A run that ends in die() leaves what it allocated and the files it
 * opened to exit(), which a harness never reaches: thousands of such runs
 * fill memory and the file table. So while a run goes on, the harness
 * remembers every block the tools allocate (the link wraps malloc and
 * friends for the tools' objects, and mmap for their slabs) and the files
 * they open, and frees, unmaps and closes what a dying run left.
 */
#include <fcntl.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <uninorm.h>
#include <unistd.h>

#include <freexl.h>
#include <zip.h>
#include <zstd.h>

#include "err.h"
#include "files.h"
#include "fuzz.h"

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void *__real_aligned_alloc(size_t align, size_t n);
void __real_free(void *p);
iconv_t __real_iconv_open(const char *to, const char *from);
int __real_iconv_close(iconv_t cd);

static void **slot;		/* open addressing; NULL empty, GONE deleted */
static size_t cap, used;
static int on;
static char gone;
#define GONE ((void *)&gone)

static size_t
hash(const void *p)
{
	return (size_t)(((uintptr_t)p >> 4) * 0x9e3779b97f4a7c15u);
}

static void
add(void *p)
{
	if (2 * (used + 1) > cap) {
		void **old = slot;
		size_t n = cap;
		cap = cap ? cap * 2 : 4096;
		slot = __real_calloc(cap, sizeof(void *));
		used = 0;
		for (size_t i = 0; i < n; i++)
			if (old[i] && old[i] != GONE)
				add(old[i]);
		__real_free(old);
	}
	size_t i = hash(p) & (cap - 1);
	while (slot[i] && slot[i] != GONE)
		i = (i + 1) & (cap - 1);
	slot[i] = p;
	used++;
}

static void
del(void *p)
{
	if (cap == 0)
		return;
	for (size_t i = hash(p) & (cap - 1); slot[i]; i = (i + 1) & (cap - 1))
		if (slot[i] == p) {
			slot[i] = GONE;
			return;
		}
}

void *
__wrap_malloc(size_t n)
{
	void *p = __real_malloc(n);

	if (on && p)
		add(p);
	return p;
}

void *
__wrap_calloc(size_t n, size_t size)
{
	void *p = __real_calloc(n, size);

	if (on && p)
		add(p);
	return p;
}

void *
__wrap_aligned_alloc(size_t align, size_t n)
{
	void *p = __real_aligned_alloc(align, n);

	if (on && p)
		add(p);
	return p;
}

void *
__wrap_realloc(void *p, size_t n)
{
	void *q = __real_realloc(p, n);

	if (on && q) {
		if (p)
			del(p);
		add(q);
	}
	return q;
}

void
__wrap_free(void *p)
{
	if (on && p)
		del(p);
	__real_free(p);
}

/* The slabs' reservations (lib/infra/slab.c): three per id table, and
 * crm-rfm --keep keeps a table per kept column. */
enum { MAPS = 256 };
static struct {
	void *p;
	size_t n;
} maps[MAPS];
void *__real_mmap(void *a, size_t n, int prot, int flags, int fd, off_t off);
int __real_munmap(void *a, size_t n);

void *
__wrap_mmap(void *a, size_t n, int prot, int flags, int fd, off_t off)
{
	void *p = __real_mmap(a, n, prot, flags, fd, off);

	for (int i = 0; on && p != MAP_FAILED && i < MAPS; i++)
		if (maps[i].p == NULL) {
			maps[i].p = p;
			maps[i].n = n;
			break;
		}
	return p;
}

int
__wrap_munmap(void *a, size_t n)
{
	for (int i = 0; i < MAPS; i++)
		if (maps[i].p == a)
			maps[i].p = NULL;
	return __real_munmap(a, n);
}

/* Conversions the reader opened (libc's memory, which the wraps above do
 * not see). */
enum { ICONVS = 16 };
static iconv_t iconvs[ICONVS];

iconv_t
__wrap_iconv_open(const char *to, const char *from)
{
	iconv_t cd = __real_iconv_open(to, from);

	for (int i = 0; on && cd != (iconv_t)-1 && i < ICONVS; i++)
		if (iconvs[i] == NULL) {
			iconvs[i] = cd;
			break;
		}
	return cd;
}

int
__wrap_iconv_close(iconv_t cd)
{
	for (int i = 0; i < ICONVS; i++)
		if (iconvs[i] == cd)
			iconvs[i] = NULL;
	return __real_iconv_close(cd);
}

/* Ids in NFC (lib/utf8.c): libunistring's memory, given to the tools to
 * free, which the wraps above do not see either. The reference is weak,
 * so that the harness links without libunistring too. */
uint8_t *__real_u8_normalize(uninorm_t nf, const uint8_t *s, size_t n,
    uint8_t *resultbuf, size_t *lengthp) __attribute__((weak));

uint8_t *
__wrap_u8_normalize(uninorm_t nf, const uint8_t *s, size_t n,
    uint8_t *resultbuf, size_t *lengthp)
{
	uint8_t *p = __real_u8_normalize(nf, s, n, resultbuf, lengthp);

	if (on && p && p != resultbuf)
		add(p);
	return p;
}

/*
 * The workbook readers' handles (lib/infra/zipin.c, source.c,
 * sheet_xls.c): libzip's, libzstd's and libfreexl's memory, which the
 * wraps above do not see. Released in this order: a ZIP's files before
 * the ZIP.
 */
enum { ZFILE, ZIP, ZSTD, XLS, KINDS, HANDLES = 16 };
static void *handles[KINDS][HANDLES];

static void
hold(int kind, void *h)
{
	for (int i = 0; on && h && i < HANDLES; i++)
		if (handles[kind][i] == NULL) {
			handles[kind][i] = h;
			return;
		}
}

static void
drop(int kind, const void *h)
{
	for (int i = 0; i < HANDLES; i++)
		if (handles[kind][i] == h)
			handles[kind][i] = NULL;
}

zip_t *__real_zip_fdopen(int fd, int flags, int *err);
void __real_zip_discard(zip_t *z);
zip_file_t *__real_zip_fopen_index(zip_t *z, zip_uint64_t i, zip_flags_t f);
int __real_zip_fclose(zip_file_t *f);
ZSTD_DStream *__real_ZSTD_createDStream(void);
size_t __real_ZSTD_freeDStream(ZSTD_DStream *z);
int __real_freexl_open(const char *path, const void **h);
int __real_freexl_close(const void *h);

zip_t *
__wrap_zip_fdopen(int fd, int flags, int *err)
{
	zip_t *z = __real_zip_fdopen(fd, flags, err);

	hold(ZIP, z);
	return z;
}

void
__wrap_zip_discard(zip_t *z)
{
	drop(ZIP, z);
	__real_zip_discard(z);
}

zip_file_t *
__wrap_zip_fopen_index(zip_t *z, zip_uint64_t i, zip_flags_t f)
{
	zip_file_t *e = __real_zip_fopen_index(z, i, f);

	hold(ZFILE, e);
	return e;
}

int
__wrap_zip_fclose(zip_file_t *f)
{
	drop(ZFILE, f);
	return __real_zip_fclose(f);
}

ZSTD_DStream *
__wrap_ZSTD_createDStream(void)
{
	ZSTD_DStream *z = __real_ZSTD_createDStream();

	hold(ZSTD, z);
	return z;
}

size_t
__wrap_ZSTD_freeDStream(ZSTD_DStream *z)
{
	drop(ZSTD, z);
	return __real_ZSTD_freeDStream(z);
}

int
__wrap_freexl_open(const char *path, const void **h)
{
	int rc = __real_freexl_open(path, h);

	hold(XLS, (void *)(uintptr_t)*h);
	return rc;
}

int
__wrap_freexl_close(const void *h)
{
	drop(XLS, h);
	return __real_freexl_close(h);
}

/* sheet_xls.c tries libfreexl in a child first: the child's death is
 * the tool's to tell, not libFuzzer's to keep as a crash. */
pid_t __real_fork(void);
void __sanitizer_set_death_callback(void (*fn)(void)) __attribute__((weak));
void __sanitizer_set_report_fd(void *fd) __attribute__((weak));

pid_t
__wrap_fork(void)
{
	pid_t pid = __real_fork();
	int null;

	if (pid != 0)
		return pid;
	if (__sanitizer_set_death_callback)
		__sanitizer_set_death_callback(NULL);
	if (__sanitizer_set_report_fd &&
	    (null = open("/dev/null", O_WRONLY)) != -1)
		__sanitizer_set_report_fd((void *)(intptr_t)null);
	return pid;
}

static void
release_handles(int release)
{
	for (int k = 0; k < KINDS; k++)
		for (int i = 0; i < HANDLES; i++) {
			void *h = handles[k][i];
			handles[k][i] = NULL;
			if (!release || h == NULL)
				continue;
			if (k == ZFILE)
				__real_zip_fclose(h);
			else if (k == ZIP)
				__real_zip_discard(h);
			else if (k == ZSTD)
				__real_ZSTD_freeDStream(h);
			else
				__real_freexl_close(h);
		}
}

static void
forget(int release)
{
	release_handles(release);
	for (int i = 0; i < MAPS; i++) {
		if (release && maps[i].p)
			__real_munmap(maps[i].p, maps[i].n);
		maps[i].p = NULL;
	}
	for (int i = 0; i < ICONVS; i++) {
		if (release && iconvs[i])
			__real_iconv_close(iconvs[i]);
		iconvs[i] = NULL;
	}
	for (size_t i = 0; i < cap; i++) {
		if (release && slot[i] && slot[i] != GONE)
			__real_free(slot[i]);
		slot[i] = NULL;
	}
	used = 0;
}

enum { FDS = 64 };

/* What the last run wrote to stderr (the tools' messages and summary
 * lines): kept from the run's output, and read by the tool harnesses.
 * Sanitizer reports go to the file descriptor, not through stderr, and
 * still show. */
static char *err_text;
static size_t err_len;

const char *
fuzz_stderr(void)
{
	return err_text ? err_text : "";
}

int
fuzz_catch(void (*fn)(void *), void *arg)
{
	jmp_buf jb;
	int code, lo = dup(0);
	char open_before[FDS];
	FILE *real_stderr = stderr;

	close(lo);
	for (int i = 0; i < FDS; i++)
		open_before[i] = fcntl(lo + i, F_GETFD) != -1;
	__real_free(err_text);
	err_text = NULL;
	if ((stderr = open_memstream(&err_text, &err_len)) == NULL)
		abort();
	on = 1;
	crm_fuzz_catch = &jb;
	if ((code = setjmp(jb)) == 0)
		fn(arg);
	crm_fuzz_catch = NULL;
	/* A run that died with files registered (-o, --stats) left them to
	 * the registry, whose blocks are freed below: it forgets them now,
	 * or the next run's crm_init would free them again. */
	if (code != 0)
		files_reset();
	on = 0;
	fclose(stderr);
	stderr = real_stderr;
	forget(code != 0);
	if (code != 0)
		for (int i = 0; i < FDS; i++)
			if (!open_before[i] && fcntl(lo + i, F_GETFD) != -1)
				close(lo + i);
	return code - 1;
}
