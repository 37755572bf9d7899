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

/* The amount in s[0..len) (as exports write amounts: blanks, currency
 * signs, thousands separators, a minus or parentheses for a negative,
 * an exponent; with decimal_comma, ',' is the decimal point) into *out:
 * 0, or -1 with *why (a static string) saying what is wrong, such as
 * "empty amount", "more than 6 decimals" or "out of range". */
int money_parse(const char *s, size_t len, int decimal_comma, money *out,
    const char **why);

/* *sum = a + b and *product = a * b: 0, or -1 (the result untouched)
 * on overflow or, for money_mul, digits beyond the sixth decimal. */
int money_add(money a, money b, money *sum);
int money_mul(money a, money b, money *product);

/* num / den as money, rounded half away from zero to a multiple of unit
 * millionths (10000: cents); 0 when den is 0. */
money money_ratio(__int128 num, __int128 den, int64_t unit);
/* total / n rounded half away from zero to whole cents. */
money money_div_cents(money total, uint64_t n);

/* m in decimal into buf (32 bytes at least) with a NUL after it: '.'
 * as the point, at least min_decimals decimals, more only when needed,
 * no separators. Returns the length. */
size_t money_format(money m, int min_decimals, char *buf);

/* 1 when s[0..n), which parses to m, is byte for byte what
 * money_format(m, 2) writes, so that a tool may copy it as it is; else 0. */
int money_canonical(const char *s, size_t n, money m);

#endif
