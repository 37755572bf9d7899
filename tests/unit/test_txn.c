#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "txn.h"
#include "suites.h"

/*
 * Lines in crm-import's own column order are parsed where they lie, on a
 * path of their own; the same rows with two columns swapped take the
 * general one. Both must read the same transactions and reject the same
 * lines for the same reasons.
 */

struct got {
	char *txns;		/* one line of text per transaction */
	size_t len, cap, rows;
	char *rejects;		/* line and reason per rejected row */
};

static void
append(struct got *g, const char *s, size_t n)
{
	if (g->len + n + 1 > g->cap) {
		g->cap = (g->len + n + 1) * 2;
		g->txns = realloc(g->txns, g->cap);
	}
	memcpy(g->txns + g->len, s, n);
	g->len += n;
	g->txns[g->len] = '\0';
}

static char *
slurp(const char *path)
{
	FILE *f = fopen(path, "r");
	char *s = calloc(1, 1 << 20);
	size_t n = 0;
	char line[4096];

	ck_assert_ptr_nonnull(f);
	/* line and reason: the columns after differ with the order */
	while (fgets(line, sizeof(line), f)) {
		char *c = strchr(line, ',');
		c = c ? strchr(c + 1, ',') : NULL;
		if (c)
			*c = '\0';
		n += (size_t)sprintf(s + n, "%s\n", line);
	}
	fclose(f);
	return s;
}

static struct got
read_all(const char *bytes)
{
	char rj[] = "/tmp/crm-test-rj-XXXXXX";
	int rfd = mkstemp(rj);
	struct reader_opts o = { .check_utf8 = 1 };
	struct txn_names names = { 0 };
	struct got g = { 0 };
	struct txn x;

	ck_assert_int_ge(rfd, 0);
	close(rfd);
	struct reader *r = reader_over(bytes, strlen(bytes), &o);
	struct rejects *rs = rejects_new(rj, ',', 0, NULL, 1);
	struct txn_reader *t = txn_open(r, &names, rs);
	while (txn_next(t, &x)) {
		char buf[256];
		int n = snprintf(buf, sizeof(buf), "%.*s %d %lld %d\n",
		    (int)x.clen, x.cust, (int)x.day, (long long)x.amount,
		    x.is_return);
		append(&g, buf, (size_t)n);
	}
	g.rows = txn_rows(t);
	txn_close(t);
	rejects_close(rs, g.rows);
	rejects_free(rs);
	reader_close(r);
	g.rejects = slurp(rj);
	unlink(rj);
	return g;
}

/* A field of one of many shapes, plain or odd, for a column. */
static const char *
pick(int col, unsigned k)
{
	static const char *const ids[] = { "C1", "C2", "c3", "C00000000000004",
	    "C000000000000005", " C6", "C7 ", "\"C8\"", "", "C\xC3\xA9" "9",
	    "C-10", "C 11" };
	static const char *const dates[] = { "2024-01-31", "2024-02-29",
	    "2023-02-29", "2024-13-01", "2024-1-5", "1969-12-31", " 2024-03-01",
	    "0000-01-01", "9999-12-31", "2024-03-0x", "12/1/2010 8:26" };
	static const char *const amounts[] = { "1.49", "-3.50", "0", "-0.00",
	    "12", "1,234.50", "+5", "1.2345678", "", "x", "9223372036854",
	    "-.5", "\"7.25\"" };
	static const char *const kinds[] = { "purchase", "return", "",
	    "Return", " purchase", "refund", "purchase\r" };

#define PICK(a) a[k % (sizeof(a) / sizeof(a[0]))]
	switch (col) {
	case 0: return PICK(ids);
	case 1: return PICK(dates);
	case 2: return PICK(amounts);
	default: return PICK(kinds);
	}
#undef PICK
}

START_TEST(canon_lines_read_as_any)
{
	size_t cap = 1 << 20;
	char *a = malloc(cap), *b = malloc(cap);
	size_t na, nb;
	unsigned seed = 12345;

	na = (size_t)sprintf(a, "customer_id,order_date,amount,kind\n");
	nb = (size_t)sprintf(b, "order_date,customer_id,amount,kind\n");
	for (int i = 0; i < 4000; i++) {
		const char *f[4];
		for (int c = 0; c < 4; c++) {
			seed = seed * 1103515245u + 12345u;
			/* mostly plain, as real input is */
			unsigned k = (seed >> 16) % 4 ? (seed >> 8) % 3 :
			    seed >> 8;
			f[c] = pick(c, k);
		}
		const char *tail = i % 97 == 5 ? ",extra" : "";
		if (i % 211 == 7) {
			na += (size_t)sprintf(a + na, "\n");
			nb += (size_t)sprintf(b + nb, "\n");
		}
		na += (size_t)sprintf(a + na, "%s,%s,%s,%s%s\n", f[0], f[1], f[2],
		    f[3], tail);
		nb += (size_t)sprintf(b + nb, "%s,%s,%s,%s%s\n", f[1], f[0], f[2],
		    f[3], tail);
	}
	/* the last line without its LF */
	na += (size_t)sprintf(a + na, "C1,2024-01-01,1.00,purchase");
	nb += (size_t)sprintf(b + nb, "2024-01-01,C1,1.00,purchase");
	ck_assert_uint_lt(na, cap);
	struct got ga = read_all(a), gb = read_all(b);
	ck_assert_uint_eq(ga.rows, gb.rows);
	ck_assert_str_eq(ga.txns, gb.txns);
	ck_assert_str_eq(ga.rejects, gb.rejects);
	/* both kinds of line were there */
	ck_assert_ptr_nonnull(strstr(ga.txns, "C1 19753 1490000 0\n"));
	ck_assert_ptr_nonnull(strstr(ga.rejects, "cannot parse"));
	free(ga.txns);
	free(gb.txns);
	free(ga.rejects);
	free(gb.rejects);
	free(a);
	free(b);
}
END_TEST

START_TEST(reject_lines_counted_after_canonical_ones)
{
	struct got g = read_all("customer_id,order_date,amount\n"
	    "A,2024-01-01,1\nB,2024-01-02,2\nC,2024-02-30,3\nD,2024-01-03,4\n"
	    "\"E\",2024-01-04,5\nF,2024-01-05,-6\n");

	ck_assert_uint_eq(g.rows, 6);
	ck_assert_str_eq(g.rejects, "line,reason\n4,\"column \"\"order_date\"\": "
	    "cannot parse \"\"2024-02-30\"\" (no such day)\"\n");
	ck_assert_ptr_nonnull(strstr(g.txns, "E 19726 5000000 0\n"));
	ck_assert_ptr_nonnull(strstr(g.txns, "F 19727 -6000000 1\n"));
	free(g.txns);
	free(g.rejects);
}
END_TEST

Suite *
txn_suite(void)
{
	Suite *s = suite_create("txn");
	TCase *tc = tcase_create("txn");

	tcase_add_test(tc, canon_lines_read_as_any);
	tcase_add_test(tc, reject_lines_counted_after_canonical_ones);
	suite_add_tcase(s, tc);
	return s;
}
