#include "partition.h"

uint64_t
partition_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037u;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211u;
	}
	return h;
}

unsigned
partition_of(const char *s, size_t n, unsigned nparts)
{
	return (unsigned)(partition_hash(s, n) % nparts);
}
