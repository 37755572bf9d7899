#include <stdlib.h>

#include "alloc.h"
#include "report.h"
#include "sort.h"

/* Last week's most valuable first: they are the ones to call. */
static int
by_prev_value(const void *a, const void *b, void *ctx)
{
	const struct snap *p = ctx;
	const struct fall *x = a, *y = b;
	size_t xl, yl;

	if (p->value && p->value[x->prev] != p->value[y->prev])
		return p->value[x->prev] > p->value[y->prev] ? -1 : 1;
	const char *xs = snap_id(p, x->prev, &xl);
	const char *ys = snap_id(p, y->prev, &yl);
	return id_cmp(xs, xl, ys, yl);
}

/* Customers are the same customer when their ids are equal. */
struct moves *
moves_new(const struct stats *st, size_t top)
{
	const struct snap *cur = st->cur, *prev = st->prev;
	struct moves *m = xcalloc(1, sizeof(*m));
	size_t g = st->ngroup, *now = xcalloc(prev->n ? prev->n : 1,
	    sizeof(size_t));

	m->dim = g + 1;
	m->cell = xcalloc(m->dim * m->dim, sizeof(size_t));
	m->top = top < g ? top : g;
	for (size_t p = 0; p < prev->n; p++)
		now[p] = SIZE_MAX;
	for (size_t i = 0; i < cur->n; i++) {
		size_t len, to = st->pos[cur->grp[i]];
		const char *id = snap_id(cur, i, &len);
		int64_t p = htab_find(prev->ids, id, len);
		if (p < 0) {
			m->cell[g * m->dim + to]++;
			m->fresh++;
			continue;
		}
		size_t from = st->pos[prev->grp[p]];
		now[p] = i;
		m->cell[from * m->dim + to]++;
		if (to < from)
			m->up++;
		else if (to > from)
			m->down++;
		else
			m->same++;
	}
	m->fell = xcalloc(prev->n ? prev->n : 1, sizeof(struct fall));
	for (size_t p = 0; p < prev->n; p++) {
		size_t from = st->pos[prev->grp[p]];
		if (now[p] == SIZE_MAX) {
			m->cell[from * m->dim + g]++;
			m->lost++;
		}
		if (from < m->top && (now[p] == SIZE_MAX ||
		    st->pos[cur->grp[now[p]]] >= m->top))
			m->fell[m->nfell++] = (struct fall){ p, now[p] };
	}
	msort(m->fell, m->nfell, sizeof(struct fall), by_prev_value,
	    (void *)prev);
	free(now);
	return m;
}

void
moves_free(struct moves *m)
{
	if (m == NULL)
		return;
	free(m->cell);
	free(m->fell);
	free(m);
}
