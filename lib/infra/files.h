#ifndef CRM_FILES_H
#define CRM_FILES_H

/*
 * The files a run reads and writes. Every option naming a file registers
 * it while the options are parsed (file_out, file_in return the path, so
 * that the case stays one line); files_check, called once the options
 * are read and before any file is opened, refuses with a usage error an
 * output that is an input or another output: writing it would destroy
 * the data. Files are told apart by device and inode, so a link or a
 * second name is no way round; a file not there yet, by its folder and
 * name. Standard output, devices and pipes are never compared.
 */

/* Registers path, named by option opt ("-o", "--rejects"; kept, not
 * copied), as an output or an input; returns path. An output option
 * given twice keeps the last. Out of memory dies (exit 4). */
const char *file_out(const char *opt, const char *path);
const char *file_in(const char *opt, const char *path);

/* With the operands (input files; "-" or none: standard input), refuses
 * with a usage error (exit 2) an output that is an input or another
 * output, then forgets the files. */
void files_check(int noperands, char **operands);

/* Forgets the files registered so far (crm_init calls it: a harness
 * runs many tools in one process). */
void files_reset(void);

/* Where a chain of symbolic links ends, even if nothing is there yet;
 * NULL (errno ELOOP) for a chain that does not end. */
char *file_follow(const char *path);

#endif
