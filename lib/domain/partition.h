#ifndef CRM_PARTITION_H
#define CRM_PARTITION_H

#include <stddef.h>
#include <stdint.h>

/*
 * Which part of N a customer belongs to, so that every row of a customer
 * lands in one part and any engine (awk, Spark, SQL) can split the same
 * way: FNV-1a 64 of the customer id's bytes as crm-import writes them
 * (trimmed, in NFC, after --link), modulo N.  FNV-1a 64: start from
 * 14695981039346656037; for each byte, xor it in, then multiply by
 * 1099511628211 modulo 2^64.  crm(7) states the same.
 */

/* The most parts a run may ask for: each is an open output file. */
#define PARTITION_MAX 256

/* FNV-1a 64 of the n bytes at s. */
uint64_t partition_hash(const char *s, size_t n);

/* The part, 0 to nparts - 1, of the customer id s of n bytes; nparts > 0. */
unsigned partition_of(const char *s, size_t n, unsigned nparts);

#endif
