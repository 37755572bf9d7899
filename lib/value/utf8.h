#ifndef CRM_UTF8_H
#define CRM_UTF8_H

#include <stddef.h>

size_t utf8_invalid(const char *s, size_t n);	/* offset of the first bad byte, or n */
/* "latin1" or "gbk"; NULL for bytes that are no text */
const char *utf8_guess(const char *s, size_t n);

#endif
