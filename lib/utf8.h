#ifndef CRM_UTF8_H
#define CRM_UTF8_H

#include <stddef.h>

size_t utf8_invalid(const char *s, size_t n);	/* offset of the first bad byte, or n */
const char *utf8_guess(const char *s, size_t n);	/* "latin1" or "gbk" */

#endif
