#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "err.h"
#include "import.h"
#include "schema.h"

const char *const canon_name[NCANON] = {
	COL_CUSTOMER_ID, COL_ORDER_DATE, COL_AMOUNT, COL_ORDER_ID, COL_QUANTITY,
	COL_UNIT_PRICE, COL_PRODUCT, COL_CHANNEL,
};

/*
 * Header names that mean a canonical column, compared after folding case
 * and dropping blanks, '_', '-' and '.'; the earlier synonym wins when a
 * header has several.
 */
static const char *const synonyms[NCANON][32] = {
	[C_CUSTOMER] = { "customerid", "custid", "customerno", "customernumber",
	    "customercode", "customer", "clientid", "client", "memberid",
	    "userid", "buyerid", "accountid", "客户编号", "客户id", "客户号",
	    "会员号", "会员编号", "会员id", "会员卡号", "顾客编号", "顾客id",
	    "用户id", "买家id", "客户", "kunde", "kundennummer", "kundennr",
	    "cliente", NULL },
	[C_DATE] = { "orderdate", "invoicedate", "transactiondate",
	    "purchasedate", "saledate", "txndate", "date", "datetime",
	    "timestamp", "日期", "交易日期", "订单日期", "下单日期", "购买日期",
	    "消费日期", "下单时间", "交易时间", "购买时间", "datum",
	    "rechnungsdatum", "fecha", NULL },
	[C_AMOUNT] = { "amount", "totalamount", "netamount", "saleamount",
	    "salesamount", "ordertotal", "total", "sales", "revenue",
	    "dollarvalue", "value", "spend", "金额", "实付金额", "交易金额",
	    "订单金额", "消费金额", "销售额", "销售金额", "总金额", "支付金额",
	    "实收金额", "应付金额", "betrag", "umsatz", "montant", "importe",
	    NULL },
	[C_ORDER] = { "orderid", "orderno", "ordernumber", "invoiceno",
	    "invoiceid", "invoicenumber", "invoice", "order", "transactionid",
	    "txnid", "receiptno", "receipt", "订单号", "订单编号", "订单id",
	    "单号", "交易号", "交易编号", "流水号", "小票号", NULL },
	[C_QUANTITY] = { "quantity", "qty", "units", "numberofitems",
	    "numberofcds", "数量", "购买数量", "销售数量", "件数", NULL },
	[C_PRICE] = { "unitprice", "price", "itemprice", "单价", "价格",
	    "销售单价", NULL },
	[C_PRODUCT] = { "product", "productid", "productcode", "stockcode",
	    "sku", "itemid", "itemcode", "item", "商品编号", "商品编码",
	    "商品id", "商品", "产品编号", "产品", NULL },
	[C_CHANNEL] = { "channel", "saleschannel", "source", "store", "渠道",
	    "销售渠道", "门店", "来源", NULL },
};

static size_t
fold(const char *s, size_t n, char *out, size_t cap)
{
	size_t k = 0;

	for (size_t i = 0; i < n && k + 1 < cap; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == ' ' || c == '\t' || c == '_' || c == '-' || c == '.')
			continue;
		out[k++] = (char)tolower(c);
	}
	out[k] = '\0';
	return k;
}

static int
by_synonym(const struct row *h, enum canon c)
{
	char name[256];
	int best = -1, rank = 1 << 30;

	for (size_t i = 0; i < h->nf; i++) {
		fold(h->f[i], h->len[i], name, sizeof(name));
		for (int k = 0; synonyms[c][k] && k < rank; k++)
			if (strcmp(name, synonyms[c][k]) == 0) {
				best = (int)i;
				rank = k;
			}
	}
	return best;
}

int
canon_find(const char *name)
{
	for (int c = 0; c < NCANON; c++)
		if (strcmp(name, canon_name[c]) == 0)
			return c;
	return -1;
}

static int
need_col(const struct row *h, const char *spec, const char *opt)
{
	int i = col_find(h, spec);

	if (i < 0)
		usage_error("%s: no column \"%s\" (columns: %s)", opt, spec,
		    col_list(h));
	return i;
}

static int *
find_all(const struct row *h, const char **specs, size_t n, const char *opt)
{
	int *cols = xcalloc(n, sizeof(int));

	for (size_t i = 0; i < n; i++)
		cols[i] = need_col(h, specs[i], opt);
	return cols;
}

void
map_columns(const struct row *h, const struct import_opts *o,
    struct mapping *m, const char *where)
{
	memset(m, 0, sizeof(*m));
	m->nf = h->nf;
	for (int c = 0; c < NCANON; c++)
		m->col[c] = o->map[c] ? need_col(h, o->map[c], "--map") :
		    by_synonym(h, c);
	for (int c = C_CUSTOMER; c <= C_DATE; c++)
		if (m->col[c] < 0)
			usage_error("%sno %s column found; name one with "
			    "--map %s=COLUMN (columns: %s)", where,
			    canon_name[c], canon_name[c], col_list(h));
	if (m->col[C_AMOUNT] < 0 &&
	    (m->col[C_QUANTITY] < 0 || m->col[C_PRICE] < 0))
		usage_error("%sno amount column, nor quantity and unit_price "
		    "to compute it; name one with --map amount=COLUMN "
		    "(columns: %s)", where, col_list(h));
	if (o->cancel_prefix && m->col[C_ORDER] < 0)
		usage_error("%s--cancel-prefix needs an order_id column; name one "
		    "with --map order_id=COLUMN (columns: %s)", where, col_list(h));
	m->keep = find_all(h, o->keep, o->nkeep, "--keep");
	m->link = find_all(h, o->link, o->nlink, "--link");
	m->cancel = -1;
	if (o->cancel_flag) {
		char *spec = xstrdup(o->cancel_flag), *eq = strchr(spec, '=');
		if (eq)
			*eq = '\0';
		m->cancel = need_col(h, spec, "--cancel-flag");
		m->cancel_value = eq ? o->cancel_flag + (eq - spec) + 1 : NULL;
		free(spec);
	}
}

void
map_free(struct mapping *m)
{
	free(m->keep);
	free(m->link);
}
