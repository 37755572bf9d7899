#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "clv.h"
#include "date.h"
#include "err.h"
#include "schema.h"
#include "par.h"
#include "sort.h"

static const char *const model_names[] = { "bgnbd", "pnbd", "gg" };

void
fit_models(const struct clv_opts *o, const struct book *b, struct fit *tx,
    struct fit *gg)
{
	const char *why;

	if (model_fit(o->model, b->obs, b->n, o->penalizer, tx, &why) != 0)
		die(EXIT_DATA, "cannot fit %s: %s", model_names[o->model], why);
	/* the spend model needs no help: pulling q towards 1 would take
	 * its mean away */
	if (model_fit(MODEL_GG, b->obs, b->n, 0, gg, &why) != 0)
		die(EXIT_DATA, "cannot fit the Gamma-Gamma spend model: %s", why);
}

/* What the data cannot tell when a fit ends at a boundary, in words. */
static const char *
boundary_words(const struct fit *f)
{
	if (f->model == MODEL_GG)
		return f->par[1] <= 1 ? "a few customers spend so much more per "
		    "purchase than the rest that the average spend has no "
		    "stable value: expected_spend leans on the biggest spenders" :
		    "how much spend per purchase differs between customers "
		    "cannot be estimated: expected_spend may be off";
	if (f->boundary & 12)	/* a, b or s, beta */
		return "no customer in this data has visibly stopped buying, "
		    "so the dropout rate cannot be estimated (the export may "
		    "be too short): p_alive stays high and clv counts on "
		    "customers who may be gone; read them as upper bounds";
	return "how often customers buy cannot be estimated from so few "
	    "repeat purchases: expected_purchases and clv may be far off";
}

/* A fit the data do not support is said, with its parameters, the
 * reason and the remedies. */
static void
report_boundary(const struct fit *f)
{
	char what[256];
	int k = 0;

	for (int i = 0; i < f->npar && k < (int)sizeof(what); i++) {
		char se[32] = "-";
		if (!(f->boundary & 1u << i))
			continue;
		if (isfinite(f->se[i]))
			snprintf(se, sizeof(se), "%.4g", f->se[i]);
		k += snprintf(what + k, sizeof(what) - (size_t)k,
		    "%s%s %.4g (se %s)", k ? ", " : "",
		    model_param_name(f->model, i), f->par[i], se);
	}
	warnmsg("%s fit at a boundary (%s): %s; %s--strict-fit makes this "
	    "exit 1", model_names[f->model], what, boundary_words(f),
	    f->model == MODEL_GG ? "" : f->penalizer > 0 ? "a larger "
	    "--penalizer or a longer history may help; " : "give --penalizer "
	    "0.01 for a regularised fit, or a longer history; ");
}

static void report_fit(const struct fit *f);

/* Fits at a boundary said, unless quiet, and refused with --strict-fit. */
void
judge_fits(const struct clv_opts *o, const struct fit *tx,
    const struct fit *gg)
{
	const struct fit *f[] = { tx, gg };

	for (int k = 0; k < 2; k++) {
		if (!o->quiet && !o->params_in)
			report_fit(f[k]);
		else if (!o->quiet && f[k]->boundary)
			warnmsg("%s: the %s parameters were fitted at a boundary "
			    "(see its fit's warning): the scores may be far off",
			    o->params_in, model_names[f[k]->model]);
		if (o->strict_fit && f[k]->boundary)
			die(EXIT_DATA, "%s fit at a boundary: --strict-fit "
			    "refuses it", model_names[f[k]->model]);
	}
}

static void
report_fit(const struct fit *f)
{
	char line[512];
	int k = snprintf(line, sizeof(line), "%s fit on %zu customers:",
	    model_names[f->model], f->n);

	for (int i = 0; i < f->npar && k < (int)sizeof(line); i++) {
		char se[32] = "-";
		if (isfinite(f->se[i]))
			snprintf(se, sizeof(se), "%.4f", f->se[i]);
		k += snprintf(line + k, sizeof(line) - (size_t)k, " %s %.4f (se %s)",
		    model_param_name(f->model, i), f->par[i], se);
	}
	if (k < (int)sizeof(line))
		k += snprintf(line + k, sizeof(line) - (size_t)k,
		    "; log-likelihood %.3f; %d iterations", f->loglik,
		    f->iterations);
	if (f->penalizer > 0 && k < (int)sizeof(line))
		snprintf(line + k, sizeof(line) - (size_t)k, "; penalizer %g",
		    f->penalizer);
	warnmsg("%s", line);
	if (f->boundary)
		report_boundary(f);
}

/* Fixed decimals; the common case without printf, which is slow. */
void
put_double(struct writer *w, double v, int decimals)
{
	static const double pow10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7,
	    1e8, 1e9, 1e10 };
	char buf[330];		/* "%.10f" of the largest double, uncut */

	if (fabs(v) < 0.5 / pow10[decimals])
		v = 0;		/* no "-0.00" */
	if (decimals <= 10 && fabs(v) < 1e7) {
		int64_t u = llround(fabs(v) * pow10[decimals]);
		char *p = buf + sizeof(buf);
		for (int d = 0; d < decimals; d++) {
			*--p = (char)('0' + u % 10);
			u /= 10;
		}
		if (decimals > 0)
			*--p = '.';
		do {
			*--p = (char)('0' + u % 10);
			u /= 10;
		} while (u > 0);
		if (v < 0)
			*--p = '-';
		writer_unquoted(w, p, (size_t)(buf + sizeof(buf) - p));
		return;
	}
	snprintf(buf, sizeof(buf), "%.*f", decimals, v);
	writer_str(w, buf);
}

/* v in the fewest significant digits that read back as v, so that
 * --params scores exactly as the run that fitted them (a part on another
 * machine as the whole): 0.0000177706 with 10 decimals is not a's fit. */
static void
put_exact(struct writer *w, double v)
{
	char buf[40];

	for (int digits = 1; digits <= 17; digits++) {
		snprintf(buf, sizeof(buf), "%.*g", digits, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	writer_str(w, buf);
}

/* A row MODEL,NAME,N, of --params-out, for scripts. */
static void
params_count(struct writer *w, const struct fit *f, const char *name, int n)
{
	writer_str(w, model_names[f->model]);
	writer_str(w, name);
	writer_int(w, n);
	writer_str(w, "");
	writer_end(w);
}

static void
params_rows(struct writer *w, const struct fit *f)
{
	for (int i = 0; i < f->npar; i++) {
		writer_str(w, model_names[f->model]);
		writer_str(w, model_param_name(f->model, i));
		put_exact(w, f->par[i]);
		if (isfinite(f->se[i]))
			put_double(w, f->se[i], 10);
		else
			writer_str(w, "");
		writer_end(w);
	}
	writer_str(w, model_names[f->model]);
	writer_str(w, "loglik");
	put_double(w, f->loglik, 6);
	writer_str(w, "");
	writer_end(w);
	params_count(w, f, "boundary", f->boundary != 0);
	params_count(w, f, "iterations", f->iterations);
	if (f->penalizer > 0) {
		writer_str(w, model_names[f->model]);
		writer_str(w, "penalizer");
		put_double(w, f->penalizer, 10);
		writer_str(w, "");
		writer_end(w);
	}
}

void
save_params(const char *path, const struct fit *tx, const struct fit *gg)
{
	struct writer *w = writer_open(path, ',');

	writer_str(w, "model");
	writer_str(w, "param");
	writer_str(w, "value");
	writer_str(w, "se");
	writer_end(w);
	params_rows(w, tx);
	params_rows(w, gg);
	writer_close(w);
}

/* Parameters saved by --params-out, for scoring without a refit. */
void
load_params(const char *path, enum model want, struct fit *tx, struct fit *gg)
{
	struct reader_opts ro = { 0 };
	struct reader *r = reader_open(path, &ro);
	const struct row *h = reader_header(r), *row;
	int have[2][MAXPAR] = { { 0 } };

	memset(tx, 0, sizeof(*tx));
	memset(gg, 0, sizeof(*gg));
	tx->model = want;
	gg->model = MODEL_GG;
	tx->npar = want == MODEL_GG ? 3 : 4;
	gg->npar = 3;
	if (h == NULL || col_find(h, "model") != 0 || col_find(h, "param") != 1 ||
	    col_find(h, "value") != 2)
		die(EXIT_DATA, "%s: not a --params-out file (model,param,value,se)",
		    path);
	while ((row = reader_next(r)) != NULL) {
		struct fit *f = strcmp(row->f[0], model_names[want]) == 0 ? tx :
		    strcmp(row->f[0], "gg") == 0 ? gg : NULL;
		if (f == NULL || row->nf < 3)
			continue;
		char *end;
		double v = strtod(row->f[2], &end);
		if (*end != '\0' || !isfinite(v))
			die(EXIT_DATA, "%s: line %ld: bad value \"%s\"", path,
			    row->line, row->f[2]);
		if (strcmp(row->f[1], "loglik") == 0) {
			f->loglik = v;
			continue;
		}
		if (strcmp(row->f[1], "boundary") == 0) {
			f->boundary = v != 0 ? (1u << f->npar) - 1 : 0;
			continue;
		}
		for (int i = 0; i < f->npar; i++)
			if (strcmp(row->f[1], model_param_name(f->model, i)) == 0) {
				if (!(v > 0))
					die(EXIT_DATA, "%s: line %ld: %s %s must be "
					    "above 0, not \"%s\"", path, row->line,
					    row->f[0], row->f[1], row->f[2]);
				f->par[i] = v;
				f->se[i] = NAN;
				have[f == gg][i] = 1;
			}
	}
	for (int k = 0; k < 2; k++)
		for (int i = 0; i < (k ? gg : tx)->npar; i++)
			if (!have[k][i])
				die(EXIT_DATA, "%s: no %s %s", path,
				    model_names[(k ? gg : tx)->model],
				    model_param_name((k ? gg : tx)->model, i));
	reader_close(r);
}

static double
expected(const struct fit *tx, const struct obs *c, double t)
{
	return tx->model == MODEL_PNBD ? pnbd_expected(tx->par, c, t) :
	    bgnbd_expected(tx->par, c, t);
}

static double
p_alive(const struct fit *tx, const struct obs *c)
{
	return tx->model == MODEL_PNBD ? pnbd_p_alive(tx->par, c) :
	    bgnbd_p_alive(tx->par, c);
}

/* Purchases expected month by month over the horizon, each month's
 * value discounted from its end; *total gets those of the horizon. */
static double
discounted(const struct clv_opts *o, const struct fit *tx,
    const struct obs *c, double spend, double *total)
{
	double days = o->horizon * o->unit;
	int months = (int)ceil(days / DAYS_A_MONTH - 1e-9);
	double before = 0, sum = 0;

	if (months < 1)
		months = 1;
	for (int k = 1; k <= months; k++) {
		double t = o->horizon * k / months;
		double now = expected(tx, c, t);
		sum += (now - before) * spend /
		    pow(1 + o->discount, t * o->unit / DAYS_A_YEAR);
		before = now;
	}
	*total = before;
	return o->margin * sum;
}

int
horizon_years(const struct clv_opts *o)
{
	int years = (int)ceil(o->horizon * o->unit / DAYS_A_YEAR - 1e-9);

	return years < 1 ? 1 : years;
}

/* Spend-based: margin x yearly value x sum over years t = 0..Y-1 of
 * (retention / (1 + discount))^t. */
static double
simple(const struct clv_opts *o, double yearly, double retention)
{
	int years = horizon_years(o);
	double sum = 0, f = 1;

	for (int t = 0; t < years; t++) {
		sum += f;
		f *= retention / (1 + o->discount);
	}
	return o->margin * yearly * sum;
}

/*
 * --retention, or with auto the share of the year before the last's
 * buyers who bought again in the last, said with its counts; a warning
 * when the data start after that earlier year does, as its buyers are
 * then only those of its last days.
 */
static double
yearly_retention(const struct clv_opts *o, const struct book *b)
{
	char from[11], to[11], first[11];	/* date_format's */

	if (o->retention >= 0)
		return o->retention;
	if (b->ret_before == 0)
		die(EXIT_DATA, "--retention auto needs a year of activity before "
		    "the last: give --retention RATE");
	double rate = (double)b->ret_again / (double)b->ret_before;
	int32_t start = b->cal_end + 1 - 2 * YEAR_DAYS;
	if (o->quiet)
		return rate;
	warnmsg("retention %.1f%% a year (auto): %zu of the %zu customers who "
	    "bought in the year before the last bought again in the last",
	    100 * rate, b->ret_again, b->ret_before);
	if (b->first_day != DAY_NONE && b->first_day > start) {
		date_format(start, from);
		date_format(start + YEAR_DAYS - 1, to);
		date_format(b->first_day, first);
		warnmsg("the year before the last (%s to %s) holds only %d days "
		    "of data, which starts on %s: the retention counts only "
		    "the buyers of those days; give --retention RATE if you "
		    "know a better one", from, to, start + YEAR_DAYS -
		    b->first_day, first);
	}
	return rate;
}

static void
put_header(struct writer *w, const struct book *b, int simple)
{
	static const char *const sums[] = { COL_CUSTOMER_ID, COL_FREQUENCY,
	    COL_RECENCY, COL_T, COL_MONETARY_VALUE };
	static const char *const scores[] = { COL_P_ALIVE,
	    COL_EXPECTED_PURCHASES, COL_EXPECTED_SPEND, COL_CLV };

	if (b->kind != IN_TRANSACTIONS)
		col_clash(&b->t->header, simple ? scores + 3 : scores,
		    simple ? 1 : 4);
	if (b->kind == IN_TRANSACTIONS)
		for (int k = 0; k < 5; k++)
			writer_str(w, sums[k]);
	else
		table_put_header(w, b->t);
	for (int k = simple ? 3 : 0; k < 4; k++)
		writer_str(w, scores[k]);
	writer_end(w);
}

static void
put_summary(struct writer *w, const struct obs *c)
{
	put_double(w, c->x, 0);
	put_double(w, c->tx, 2);
	put_double(w, c->T, 2);
	put_double(w, c->m, 2);
}

struct scores {
	double alive, purchases, spend, clv;
};

struct job {
	const struct clv_opts *o;
	const struct book *b;
	const struct fit *tx, *gg;
	struct scores *out;
	double retention;
};

static void
score_slice(void *arg, unsigned k, size_t from, size_t to)
{
	const struct job *j = arg;

	(void)k;
	for (size_t i = from; i < to; i++) {
		const struct obs *c = &j->b->obs[i];
		struct scores *s = &j->out[i];
		if (j->o->simple) {
			s->clv = simple(j->o, j->b->yearly[i], j->retention);
			continue;
		}
		s->spend = gg_expected_spend(j->gg->par, c);
		s->alive = p_alive(j->tx, c);
		s->clv = discounted(j->o, j->tx, c, s->spend, &s->purchases);
	}
}

/* Every customer is scored on its own: the work is cut in slices run at
 * once (par.h), the results written in order afterwards. */
static struct scores *
score_all(const struct clv_opts *o, const struct book *b, const struct fit *tx,
    const struct fit *gg, double retention)
{
	struct scores *out = xcalloc(b->n ? b->n : 1, sizeof(*out));
	struct job j = { o, b, tx, gg, out, retention };

	par_slices(b->n, par_cpus(), score_slice, &j);
	return out;
}

/* Whether the k-th unscored customer comes before the i-th scored one:
 * by input row for a table, by id for transactions. */
static int
unscored_first(const struct book *b, size_t k, size_t i)
{
	if (b->skiprow)
		return b->skiprow[k] < b->row[i];
	return id_cmp(b->uid[k], b->ulen[k], b->id[i], b->idlen[i]) < 0;
}

void
write_scores(struct writer *w, const struct clv_opts *o, const struct book *b,
    const struct fit *tx, const struct fit *gg)
{
	double retention = o->simple ? yearly_retention(o, b) : 0;
	struct scores *s = score_all(o, b, tx, gg, retention);
	put_header(w, b, o->simple);
	size_t i = 0, k = 0;
	size_t nskip = b->skiprow ? b->skipped : b->nunscored;
	while (i < b->n || k < nskip) {
		/* A customer who never bought in the calibration keeps its row,
		 * with no scores, so that no one drops out of the pipe. */
		if (k < nskip && (i == b->n || unscored_first(b, k, i))) {
			if (b->skiprow)
				table_put_row(w, b->t, b->skiprow[k]);
			else {
				writer_field(w, b->uid[k], b->ulen[k]);
				for (int c = 0; c < 4; c++)
					writer_str(w, "");
			}
			k++;
			for (int c = o->simple ? 1 : 4; c > 0; c--)
				writer_str(w, "");
			writer_end(w);
			continue;
		}
		if (b->kind == IN_TRANSACTIONS) {
			writer_field(w, b->id[i], b->idlen[i]);
			put_summary(w, &b->obs[i]);
		} else
			table_put_row(w, b->t, b->row[i]);
		if (!o->simple) {
			put_double(w, s[i].alive, 6);
			put_double(w, s[i].purchases, 6);
			put_double(w, s[i].spend, 2);
		}
		put_double(w, s[i].clv, 2);
		writer_end(w);
		i++;
	}
	free(s);
}

void
write_summary_out(const char *path, const struct book *b)
{
	static const char *const cols[] = { COL_CUSTOMER_ID, COL_FREQUENCY,
	    COL_RECENCY, COL_T, COL_MONETARY_VALUE };
	struct writer *w = writer_open(path, ',');
	/* A table's own ids where it has them; else its row numbers. */
	int idcol = b->kind == IN_TRANSACTIONS ? -1 :
	    col_find(&b->t->header, COL_CUSTOMER_ID);

	for (int k = 0; k < 5; k++)
		writer_str(w, cols[k]);
	writer_end(w);
	for (size_t i = 0; i < b->n; i++) {
		if (b->kind == IN_TRANSACTIONS)
			writer_field(w, b->id[i], b->idlen[i]);
		else if (idcol >= 0) {
			const struct row *r = table_row(b->t, b->row[i]);
			writer_field(w, r->f[idcol], r->len[idcol]);
		} else
			writer_int(w, (int64_t)b->row[i] + 1);
		put_summary(w, &b->obs[i]);
		writer_end(w);
	}
	writer_close(w);
}

/* The papers' check: mean repeat purchases in the holdout, predicted and
 * actual, by the number of repeat purchases in calibration; beside the
 * model, the naive forecast that each customer goes on buying at the
 * rate of its calibration (x / T, none when T = 0), which a model must
 * beat to be worth its parameters. */
void
holdout_table(const struct clv_opts *o, const struct book *b,
    const struct fit *tx)
{
	enum { GROUPS = 8 };
	double pred[GROUPS] = { 0 }, act[GROUPS] = { 0 }, naive[GROUPS] = { 0 };
	double mae = 0, nmae = 0;
	size_t count[GROUPS] = { 0 };
	double t = (o->holdout_end - b->cal_end) / o->unit;
	struct writer *w = o->holdout_out ? writer_open(o->holdout_out, ',') : NULL;

	for (size_t i = 0; i < b->n; i++) {
		const struct obs *c = &b->obs[i];
		int g = c->x >= GROUPS - 1 ? GROUPS - 1 : (int)c->x;
		double p = expected(tx, c, t), q = c->T > 0 ? c->x / c->T * t : 0;
		count[g]++;
		pred[g] += p;
		naive[g] += q;
		act[g] += b->holdout[i];
		mae += fabs(p - b->holdout[i]);
		nmae += fabs(q - b->holdout[i]);
	}
	if (!o->quiet)
		warnmsg("holdout %.2f %ss: repeat purchases by calibration "
		    "frequency (customers, actual mean, predicted mean, naive "
		    "mean)", t, o->unit_name);
	if (w) {
		writer_str(w, "frequency");
		writer_str(w, "customers");
		writer_str(w, "actual");
		writer_str(w, "predicted");
		writer_str(w, "naive");
		writer_end(w);
	}
	for (int g = 0; g < GROUPS; g++) {
		double k = count[g] ? (double)count[g] : 1;
		char name[8];
		snprintf(name, sizeof(name), g == GROUPS - 1 ? "%d+" : "%d", g);
		if (!o->quiet)
			warnmsg("  %-3s %7zu %8.3f %8.3f %8.3f", name, count[g],
			    act[g] / k, pred[g] / k, naive[g] / k);
		if (w) {
			writer_str(w, name);
			writer_int(w, (int64_t)count[g]);
			put_double(w, act[g] / k, 4);
			put_double(w, pred[g] / k, 4);
			put_double(w, naive[g] / k, 4);
			writer_end(w);
		}
	}
	if (!o->quiet && b->n > 0) {
		mae /= (double)b->n;
		nmae /= (double)b->n;
		warnmsg("  mean absolute error per customer %.4f, naive %.4f, "
		    "over %zu customers: the model forecasts %s", mae, nmae,
		    b->n, mae < nmae ? "better than the naive rate" :
		    "no better than the naive rate: do not trust its "
		    "expected_purchases");
	}
	if (w)
		writer_close(w);
}
