#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "grow.h"
#include "import.h"
#include "sort.h"

/*
 * Nodes are customer ids and identifier values, told apart by a tag byte
 * in one table; a customer sharing any value with another joins its set.
 */
struct link {
	const char *country;	/* --phone-country's digits, or NULL */
	struct htab *nodes;
	uint32_t *parent;
	uint32_t *best;		/* root -> smallest customer id of the set */
	uint32_t *custs;	/* customer nodes in order of first sight */
	size_t ncust, cap, ccap, nsets;
	char *key;
	size_t keycap;
};

struct link *
link_new(const char *country)
{
	struct link *l = xcalloc(1, sizeof(*l));

	l->country = country;
	l->nodes = htab_new();
	return l;
}

static uint32_t
node(struct link *l, char tag, const char *s, size_t len, int *added)
{
	GROW(l->key, len + 1, l->keycap);
	l->key[0] = tag;
	memcpy(l->key + 1, s, len);
	uint32_t id = htab_intern(l->nodes, l->key, len + 1, added);
	GROW(l->parent, (size_t)id + 1, l->cap);
	if (*added)
		l->parent[id] = id;
	return id;
}

uint32_t
link_customer(struct link *l, const char *id, size_t len)
{
	int added;
	uint32_t n = node(l, 'c', id, len, &added);

	if (added) {
		GROW(l->custs, l->ncust + 1, l->ccap);
		l->custs[l->ncust++] = n;
	}
	return n;
}

static uint32_t
find(struct link *l, uint32_t x)
{
	while (l->parent[x] != x) {
		l->parent[x] = l->parent[l->parent[x]];
		x = l->parent[x];
	}
	return x;
}

/*
 * A phone number's digits d (n of them, the value starting with + when
 * plus) in international form for country cc: international already
 * after a + or 00, or when it starts with cc and has more than 10
 * digits; else its trunk 0 dropped and cc put in front.  out has room
 * for n + strlen(cc).
 */
static size_t
international(const char *d, size_t n, int plus, const char *cc, char *out)
{
	size_t c = strlen(cc);

	if (plus || (n > 2 && d[0] == '0' && d[1] == '0')) {
		size_t skip = plus ? 0 : 2;
		memmove(out, d + skip, n - skip);
		return n - skip;
	}
	if (n > 10 && strncmp(d, cc, c) == 0) {
		memmove(out, d, n);
		return n;
	}
	if (n > 0 && d[0] == '0')
		d++, n--;
	memmove(out + c, d, n);
	memcpy(out, cc, c);
	return c + n;
}

/* Trimmed; e-mail lower-cased; a phone number reduced to its digits,
 * international with a country. */
static size_t
normalise(const char *s, size_t len, const char *country, char *out)
{
	size_t digits = 0, other = 0, k = 0;
	int at = 0;

	while (len > 0 && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)s[len - 1]))
		len--;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (isdigit(c))
			digits++;
		else if (c == '@')
			at = 1;
		else if (!strchr(" +-().", c))
			other++;
	}
	int phone = !at && other == 0 && digits >= 5;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (at)
			out[k++] = (char)tolower(c);
		else if (phone) {
			if (isdigit(c))
				out[k++] = (char)c;
		} else
			out[k++] = (char)c;
	}
	if (phone && country)
		k = international(out, k, *s == '+', country, out);
	return k;
}

void
link_value(struct link *l, uint32_t cust, const char *v, size_t len)
{
	char *norm = xmalloc(len + 1 + (l->country ? strlen(l->country) : 0));
	size_t n = normalise(v, len, l->country, norm);
	int added;

	if (n > 0) {
		uint32_t a = find(l, cust);
		uint32_t b = find(l, node(l, 'v', norm, n, &added));
		if (a != b)
			l->parent[a < b ? b : a] = a < b ? a : b;
	}
	free(norm);
}

void
link_resolve(struct link *l)
{
	size_t n = htab_count(l->nodes);

	l->best = xreallocarray(NULL, n, sizeof(uint32_t));
	for (size_t i = 0; i < n; i++)
		l->best[i] = UINT32_MAX;
	for (size_t i = 0; i < l->ncust; i++) {
		uint32_t c = l->custs[i], root = find(l, c);
		size_t an, bn;
		if (l->best[root] == UINT32_MAX) {
			l->best[root] = c;
			l->nsets++;
			continue;
		}
		const char *a = link_original(l, c, &an);
		const char *b = link_original(l, l->best[root], &bn);
		if (id_cmp(a, an, b, bn) < 0)
			l->best[root] = c;
	}
}

size_t
link_merged(const struct link *l)
{
	return l->ncust - l->nsets;
}

int
link_lookup(struct link *l, const char *id, size_t idlen, const char *x,
    size_t len, uint32_t *set)
{
	size_t cc = l->country ? strlen(l->country) : 0;
	char *key = xmalloc(1 + (idlen > len + cc ? idlen : len + cc));
	int64_t n;

	key[0] = 'c';
	memcpy(key + 1, id, idlen);
	n = htab_find(l->nodes, key, idlen + 1);
	if (n < 0) {
		key[0] = 'v';
		n = htab_find(l->nodes, key, 1 + normalise(x, len, l->country,
		    key + 1));
	}
	free(key);
	if (n >= 0)
		*set = find(l, (uint32_t)n);
	return n >= 0;
}

uint32_t
link_set_of(struct link *l, uint32_t cust)
{
	return find(l, cust);
}

const char *
link_original(struct link *l, uint32_t cust, size_t *len)
{
	const char *k = htab_key(l->nodes, cust, len);

	--*len;
	return k + 1;
}

const char *
link_canonical(struct link *l, uint32_t cust, size_t *len)
{
	return link_original(l, l->best[find(l, cust)], len);
}

size_t
link_customers(const struct link *l)
{
	return l->ncust;
}

uint32_t
link_nth_customer(const struct link *l, size_t i)
{
	return l->custs[i];
}

void
link_free(struct link *l)
{
	htab_free(l->nodes);
	free(l->parent);
	free(l->best);
	free(l->custs);
	free(l->key);
	free(l);
}
