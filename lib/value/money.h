#ifndef CRM_MONEY_H
#define CRM_MONEY_H

#include <stddef.h>
#include <stdint.h>

/*
 * Money is a fixed-point integer of millionths, so that sums are exact and
 * unit prices such as 0.001 survive a multiplication by a quantity.
 */

typedef int64_t money;

#define MONEY_DECIMALS 6
#define MONEY_SCALE INT64_C(1000000)

/* 0, or -1 with *why saying what is wrong. */
int money_parse(const char *s, size_t len, int decimal_comma, money *out,
    const char **why);

/* 0, or -1 on overflow (or, for money_mul, digits beyond the sixth decimal). */
int money_add(money a, money b, money *sum);
int money_mul(money a, money b, money *product);

/* num / den as money, rounded half away from zero to a multiple of unit
 * millionths (10000: cents); 0 when den is 0. */
money money_ratio(__int128 num, __int128 den, int64_t unit);
/* total / n rounded half away from zero to whole cents. */
money money_div_cents(money total, uint64_t n);

/* At least min_decimals decimals, more only when needed; buf >= 32 bytes. */
size_t money_format(money m, int min_decimals, char *buf);
int money_canonical(const char *s, size_t n, money m);

#endif
