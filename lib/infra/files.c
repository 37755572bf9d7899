#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "err.h"
#include "files.h"
#include "grow.h"

#define MAXHOPS 40		/* Linux's limit on links in one path */

struct file {
	const char *opt;	/* "-o", "--rejects", "the input"... */
	const char *path;	/* NULL: standard input */
	int out;
};

/* How a file is known: by inode when it is there, else by its folder's
 * inode and its name in that folder. */
struct key {
	enum { K_NONE, K_INODE, K_PLACE } kind;
	dev_t dev;
	ino_t ino;
	char *name;
};

static struct file *files;
static size_t nfiles, filescap;
static struct key *keys;

void
files_reset(void)
{
	for (size_t i = 0; keys && i < nfiles; i++)
		free(keys[i].name);
	free(keys);
	free(files);
	keys = NULL;
	files = NULL;
	nfiles = filescap = 0;
}

static const char *
add(const char *opt, const char *path, int out)
{
	size_t i = nfiles;

	/* An output option given twice writes the last file only. */
	for (size_t j = 0; out && j < nfiles; j++)
		if (files[j].out && strcmp(files[j].opt, opt) == 0)
			i = j;
	if (i == nfiles) {
		GROW(files, nfiles + 1, filescap);
		nfiles++;
	}
	files[i] = (struct file){ opt, path, out };
	return path;
}

const char *
file_out(const char *opt, const char *path)
{
	return add(opt, path, 1);
}

const char *
file_in(const char *opt, const char *path)
{
	return add(opt, path, 0);
}

char *
file_follow(const char *path)
{
	char *p = xstrdup(path), target[4096];

	for (int hops = 0; hops <= MAXHOPS; hops++) {
		ssize_t n = readlink(p, target, sizeof(target) - 1);
		if (n < 0)
			return p;
		target[n] = '\0';
		char *next, *slash = strrchr(p, '/');
		if (target[0] == '/' || slash == NULL)
			next = xstrdup(target);
		else {
			size_t dir = (size_t)(slash - p) + 1;
			next = xmalloc(dir + (size_t)n + 1);
			memcpy(next, p, dir);
			memcpy(next + dir, target, (size_t)n + 1);
		}
		free(p);
		p = next;
	}
	free(p);
	errno = ELOOP;
	return NULL;
}

/* A file not there yet: the folder it would be made in, and its name. */
static void
place(const char *path, struct key *k)
{
	char *p = file_follow(path), *slash, *dir;
	const char *name;
	struct stat st;

	if (p == NULL)
		return;
	slash = strrchr(p, '/');
	name = slash ? slash + 1 : p;
	dir = slash ? xstrndup(p, (size_t)(name - p)) : xstrdup(".");
	if (*name && stat(dir, &st) == 0 && S_ISDIR(st.st_mode)) {
		k->kind = K_PLACE;
		k->dev = st.st_dev;
		k->ino = st.st_ino;
		k->name = xstrdup(name);
	}
	free(dir);
	free(p);
}

static void
key_of(const struct file *f, struct key *k)
{
	struct stat st;
	int std = f->path == NULL || strcmp(f->path, "-") == 0;
	int got;

	memset(k, 0, sizeof(*k));
	if (std && f->out)
		return;
	got = std ? fstat(STDIN_FILENO, &st) : stat(f->path, &st);
	if (got == 0 && S_ISREG(st.st_mode)) {
		k->kind = K_INODE;
		k->dev = st.st_dev;
		k->ino = st.st_ino;
	} else if (got == -1 && errno == ENOENT && f->out)
		place(f->path, k);
}

static int
same(const struct key *a, const struct key *b)
{
	return a->kind != K_NONE && a->kind == b->kind && a->dev == b->dev &&
	    a->ino == b->ino && (a->kind == K_INODE ||
	    strcmp(a->name, b->name) == 0);
}

/* The operands are the input files; none, standard input. */
void
files_check(int noperands, char **operands)
{
	for (int i = 0; i < noperands; i++)
		add("the input", operands[i], 0);
	if (noperands == 0)
		add("the input", NULL, 0);
	keys = xcalloc(nfiles, sizeof(*keys));
	for (size_t i = 0; i < nfiles; i++)
		key_of(&files[i], &keys[i]);
	for (size_t i = 0; i < nfiles; i++)
		for (size_t j = 0; files[i].out && j < nfiles; j++) {
			const struct file *o = &files[i], *f = &files[j];
			if ((f->out && j >= i) || !same(&keys[i], &keys[j]))
				continue;
			if (f->path == NULL || strcmp(f->path, "-") == 0)
				usage_error("%s %s and standard input are the "
				    "same file", o->opt, o->path);
			if (f->out)	/* in the order they were given */
				o = f, f = &files[i];
			usage_error("%s %s and %s %s are the same file", o->opt,
			    o->path, f->opt, f->path);
		}
	files_reset();
}
