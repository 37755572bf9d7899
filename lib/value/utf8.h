#ifndef CRM_UTF8_H
#define CRM_UTF8_H

#include <stddef.h>

/*
 * UTF-8 checked, and the encoding of text that is not UTF-8 guessed.
 */

/* The offset in s[0..n) of the first byte that does not begin a valid
 * UTF-8 sequence (overlong forms and surrogates are invalid; a sequence
 * cut by the end is too), or n when all is valid. */
size_t utf8_invalid(const char *s, size_t n);

/* For text that is not UTF-8: "gbk" when it holds more pairs of high
 * bytes than lone ones, else "latin1" (a static string, an iconv name);
 * NULL when s[0..n) has control bytes other than TAB, LF, CR and FF: no
 * text in any encoding. */
const char *utf8_guess(const char *s, size_t n);

#endif
