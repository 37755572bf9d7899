#include <stdint.h>
#include <string.h>

#include "utf8.h"

/* Length of the valid sequence at s, or 0. Overlongs and surrogates are invalid. */
static size_t
seqlen(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t k;
	unsigned lo = 0x80, hi = 0xBF;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		k = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		k = 3;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		k = 4;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if (n < k || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < k; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return k;
}

size_t
utf8_invalid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		/* Most text is ASCII: skip it eight bytes at a time. */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, p + i, 8);
			if (w & UINT64_C(0x8080808080808080))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		size_t k = seqlen(p + i, n - i);
		if (k == 0)
			return i;
		i += k;
	}
	return n;
}

/*
 * Chinese code pages write pairs of high bytes; Latin-1 and cp1252 a
 * lone high byte among ASCII letters ("M\xFCller", "\xA340"). Text in
 * any of them has no control bytes but TAB and the line ends: with
 * others it is a binary file, for which no encoding would do (NULL).
 */
const char *
utf8_guess(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t pairs = 0, singles = 0;

	for (size_t i = 0; i < n; i++) {
		if ((p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' &&
		    p[i] != '\r' && p[i] != '\f') || p[i] == 0x7F)
			return NULL;
		if (p[i] < 0x80)
			continue;
		if (p[i] >= 0x81 && p[i] <= 0xFE && i + 1 < n && p[i + 1] >= 0x80 &&
		    p[i + 1] <= 0xFE) {
			pairs++;
			i++;
		} else
			singles++;
	}
	return pairs > singles ? "gbk" : "latin1";
}
