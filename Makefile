# crm: see README. `make demo` runs the sample, `make check` every test.

VERSION = 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=
CC ?= cc
CFLAGS ?= -O2 -g
BUILD ?= build/release
BIN ?= bin

CPPFLAGS += -Ilib/value -Ilib/infra -Ilib/domain -DCRM_VERSION='"$(VERSION)"' -D_GNU_SOURCE
CFLAGS += -std=c11 -Wall -Wextra -MMD -MP -pthread
LDLIBS = -lcsv -lunistring -lm -pthread \
	$$(pkg-config --libs libzip expat freexl zlib liblzma libzstd xlsxwriter)
ifdef SAN
CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
else
# Optimised across files (LTO): the loops that run once per row call into
# lib/ (a table's probe, a money parser), and inlining them there made
# crm-import | crm-rfm about 8% faster on bench-rfm's data. gcc-ar keeps
# the archive's index of LTO objects. Not under the sanitizers; the fuzz
# build sets its own flags.
LTO ?= -flto=auto
CFLAGS += $(LTO)
LDFLAGS += $(LTO)
AR = gcc-ar
endif

# Every folder cmd/crm-NAME is a tool.
TOOLS = $(notdir $(wildcard cmd/crm-*))
LIB_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard lib/*/*.c))
UNIT_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard tests/unit/*.c))
BINS = $(addprefix $(BIN)/,$(TOOLS))
DEPS_OK = build/.deps-ok

.PHONY: all check test layers unit unit-loaded e2e replay demo install \
	clean deps fuzz fuzz-run check-valgrind

all: $(DEPS_OK) $(BINS)

# A build only names the Debian packages it misses; make demo, make
# check and .ci/run install them (make deps).
$(DEPS_OK): scripts/install-deps
	@scripts/install-deps --check
	@mkdir -p build && touch $@

deps:
	scripts/install-deps

$(BUILD)/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/libcrm.a: $(LIB_OBJ)
	$(AR) rcs $@ $^

define tool_rule
$(BIN)/$(1): $(patsubst %.c,$(BUILD)/%.o,$(wildcard cmd/$(1)/*.c)) $(BUILD)/libcrm.a
	@mkdir -p $(BIN)
	$$(CC) $$(LDFLAGS) -o $$@ $$^ $$(LDLIBS)
endef
$(foreach t,$(TOOLS),$(eval $(call tool_rule,$(t))))

# crm-segment carries its scheme files, which `make install` installs
# with the example plans for --actions.
SCHEMES = $(wildcard cmd/crm-segment/schemes/*.rules)
$(BUILD)/schemes.c: $(SCHEMES) scripts/embed
	@mkdir -p $(dir $@)
	scripts/embed $(SCHEMES) >$@.tmp && mv $@.tmp $@
$(BUILD)/schemes.o: $(BUILD)/schemes.c
	$(CC) $(CFLAGS) -c -o $@ $<
$(BIN)/crm-segment: $(BUILD)/schemes.o

$(BUILD)/check_lib: $(UNIT_OBJ) $(BUILD)/libcrm.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) $$(pkg-config --libs check)

$(UNIT_OBJ): CFLAGS += $$(pkg-config --cflags check)

# Fuzz harnesses (tests/fuzz): each is built twice, for libFuzzer (make
# fuzz, with clang) and with a driver that replays the committed corpora
# tests/fuzz/corpus/NAME (make check).
FUZZERS = reader date money rules import rfm abc clv segment report sheet
FUZZ_TOOLS = import rfm abc clv segment report
FUZZ_TIME ?= 600
FUZZ_SEED ?= 0
# Inputs up to 1 MB, four times the reader's 256 KB buffer, so that a
# field or a line can be longer than the buffer. An input is a hang after
# 60 s (libFuzzer's clock is the wall's: loose enough for a busy machine).
FUZZ_MAX_LEN ?= 1048576
FUZZ_HANG ?= 60
fuzz_objs = $(BUILD)/tests/fuzz/$(1).o $(BUILD)/tests/fuzz/fuzz.o \
	$(BUILD)/tests/fuzz/alloc.o \
	$(if $(filter $(1),$(FUZZ_TOOLS)),$(BUILD)/fuzz-main/crm-$(1).o $(BUILD)/tests/fuzz/run.o \
	    $(patsubst %.c,$(BUILD)/%.o,$(filter-out %/main.c,$(wildcard cmd/crm-$(1)/*.c)))) \
	$(if $(filter $(1),rules),$(patsubst %.c,$(BUILD)/%.o,$(filter-out \
	    %/main.c,$(wildcard cmd/crm-segment/*.c)))) \
	$(if $(filter $(1),rules segment),$(BUILD)/schemes.o)

# A tool's main, renamed, for a harness to call.
$(BUILD)/fuzz-main/crm-%.o: cmd/crm-%/main.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Dmain=tool_main -c -o $@ $<
$(BUILD)/tests/fuzz/rules.o: CPPFLAGS += -Icmd/crm-segment

# The harness frees what a run that died left (tests/fuzz/alloc.c): our
# memory and mappings, and the handles of the libraries that keep their
# own.
FUZZ_WRAP = -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free \
	-Wl,--wrap=aligned_alloc,--wrap=mmap,--wrap=munmap \
	-Wl,--wrap=iconv_open,--wrap=iconv_close,--wrap=u8_normalize \
	-Wl,--wrap=zip_fdopen,--wrap=zip_discard,--wrap=zip_fopen_index \
	-Wl,--wrap=zip_fclose,--wrap=ZSTD_createDStream \
	-Wl,--wrap=ZSTD_freeDStream,--wrap=freexl_open,--wrap=freexl_close \
	-Wl,--wrap=fork
define fuzz_rule
$(BUILD)/replay-$(1): $(call fuzz_objs,$(1)) $(BUILD)/tests/fuzz/replay.o $(BUILD)/libcrm.a
	$$(CC) $$(LDFLAGS) $(FUZZ_WRAP) -o $$@ $$^ $$(LDLIBS)
$(BUILD)/fuzz-$(1): $(call fuzz_objs,$(1)) $(BUILD)/libcrm.a
	$$(CC) $$(LDFLAGS) $(FUZZ_WRAP) -fsanitize=fuzzer -o $$@ $$^ $$(LDLIBS)
endef
$(foreach f,$(FUZZERS),$(eval $(call fuzz_rule,$(f))))

replay: $(addprefix $(BUILD)/replay-,$(FUZZERS))
	@for f in $(FUZZERS); do printf '%s: ' $$f; \
	    $(BUILD)/replay-$$f tests/fuzz/corpus/$$f/* || exit 1; done

# make fuzz [FUZZ_TIME=seconds] [FUZZERS=...]: each harness in turn; new
# inputs go to build/fuzz/corpus, crashes, hangs and blow-ups to
# tests/fuzz/corpus/NAME as crash-*, timeout-*, oom-*: fix the bug, rename
# the file regress-*, commit it.
fuzz:
	$(MAKE) fuzz-run BUILD=build/fuzz CC=clang \
	    CFLAGS="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all" \
	    LDFLAGS="-fsanitize=address,undefined"
fuzz-run: $(addprefix $(BUILD)/fuzz-,$(FUZZERS))
	@for f in $(FUZZERS); do mkdir -p $(BUILD)/corpus/$$f; \
	    echo "== $$f for $(FUZZ_TIME) s"; \
	    $(BUILD)/fuzz-$$f -max_total_time=$(FUZZ_TIME) -seed=$(FUZZ_SEED) \
	    -close_fd_mask=2 \
	    -detect_leaks=0 -timeout=$(FUZZ_HANG) -max_len=$(FUZZ_MAX_LEN) \
	    -print_final_stats=1 \
	    -artifact_prefix=tests/fuzz/corpus/$$f/ \
	    $(BUILD)/corpus/$$f tests/fuzz/corpus/$$f 2>&1 | \
	    grep -E '^(stat::|==|#[0-9]+[[:space:]]+DONE|SUMMARY|UNBALANCED|.*ERROR)' || true; \
	    if ls tests/fuzz/corpus/$$f/crash-* tests/fuzz/corpus/$$f/timeout-* \
	    tests/fuzz/corpus/$$f/oom-* >/dev/null 2>&1; then \
	    echo "$$f: crashes in tests/fuzz/corpus/$$f"; exit 1; fi; done

# Each test case has 60 s (tests/unit/main.c) or its own timeout, to
# catch a hang; the sanitizers slow the tests about threefold, so their
# build triples them.
CK_MULT = $(if $(SAN),3,1)
unit: $(BUILD)/check_lib
	CK_TIMEOUT_MULTIPLIER=$${CK_TIMEOUT_MULTIPLIER:-$(CK_MULT)} $(BUILD)/check_lib

# The unit suite again with two busy processes beside it (tests/loaded),
# in make check under the sanitizers, where it is slowest: no test may
# depend on an idle machine.
unit-loaded: $(BUILD)/check_lib
	CK_TIMEOUT_MULTIPLIER=$${CK_TIMEOUT_MULTIPLIER:-$(CK_MULT)} \
	    tests/loaded $(BUILD)/check_lib

$(BUILD)/rowdump: $(BUILD)/tests/rowdump.o $(BUILD)/libcrm.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

e2e: $(BINS) $(BUILD)/rowdump
	CRM_ROWDUMP=$(abspath $(BUILD))/rowdump tests/run $(BIN)

# lib/'s layers (value, infra, domain) and no include cycle.
layers:
	scripts/check-layers

test: layers unit e2e replay

# The whole suite twice, as built and under ASan and UBSan, the unit
# suite under them once more on a loaded machine, then each fuzz harness
# for 10 seconds from a fixed seed.
check: deps
	$(MAKE) --no-print-directory all
	$(MAKE) test
	$(MAKE) test SAN=1 BUILD=build/san BIN=build/san/bin
	$(MAKE) unit-loaded SAN=1 BUILD=build/san BIN=build/san/bin
	$(MAKE) fuzz FUZZ_TIME=10 FUZZ_SEED=1

# The suite under valgrind's memcheck (slow: by hand, not in make check):
# every tool run by tests/run goes through a wrapper that runs it in
# valgrind and fails with 99 on any memory error or leak.
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect
check-valgrind: all $(BUILD)/check_lib $(BUILD)/rowdump
	CK_TIMEOUT_MULTIPLIER=30 $(VALGRIND) --trace-children=yes \
	    $(BUILD)/check_lib
	@rm -rf build/valgrind && mkdir -p build/valgrind
	@for t in $(TOOLS); do \
	    printf '#!/bin/sh\nexec $(VALGRIND) %s "$$@"\n' \
	    $(abspath $(BIN))/$$t >build/valgrind/$$t; \
	    chmod +x build/valgrind/$$t; done
	CRM_ROWDUMP=$(abspath $(BUILD))/rowdump tests/run build/valgrind

# The README's first command: the pipeline on the shipped samples.
demo: deps
	@$(MAKE) --no-print-directory all
	@echo "== Online Retail sample: crm-import | crm-rfm | crm-abc | crm-clv | crm-segment | crm-report"
	$(BIN)/crm-import -q --cancel-prefix C tests/data/retail-sample.csv | \
	    $(BIN)/crm-rfm -q | $(BIN)/crm-abc -q | \
	    $(BIN)/crm-clv -q --margin 0.3 | \
	    $(BIN)/crm-segment -q --scheme rfm \
	    --actions cmd/crm-segment/plans/rfm.csv -o build/demo-customers.csv
	$(BIN)/crm-report --top 3 build/demo-customers.csv
	$(BIN)/crm-report -q --top 10 --format html -o build/demo-report.html \
	    build/demo-customers.csv
	@echo "== The customer table is in build/demo-customers.csv, the report in build/demo-report.html"
	@echo "== CDNOW sample: BG/NBD and Gamma-Gamma, 39 weeks fitted, 39 held out"
	$(BIN)/crm-import -q -W --no-header --map customer_id=2 \
	    --map order_date=3 --map quantity=4 --map amount=5 \
	    tests/data/cdnow-sample.txt | $(BIN)/crm-clv \
	    --calibration-end 1997-09-30 --holdout-end 1998-06-30 \
	    -o build/demo-cdnow-clv.csv

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/man/man7
	install -m 755 $(BINS) $(DESTDIR)$(PREFIX)/bin
	install -m 644 man/crm-*.1 $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 man/weekly-tier-list.1 \
	    $(DESTDIR)$(PREFIX)/share/man/man1/crm-weekly-tier-list.1
	install -m 644 man/*.7 $(DESTDIR)$(PREFIX)/share/man/man7
	mkdir -p $(DESTDIR)$(PREFIX)/share/crm/schemes \
	    $(DESTDIR)$(PREFIX)/share/crm/plans
	install -m 644 $(SCHEMES) $(DESTDIR)$(PREFIX)/share/crm/schemes
	install -m 644 cmd/crm-segment/plans/*.csv \
	    $(DESTDIR)$(PREFIX)/share/crm/plans
	install -m 755 scripts/weekly-tier-list $(DESTDIR)$(PREFIX)/bin/crm-weekly-tier-list

clean:
	rm -rf build bin

-include $(shell find build -name '*.d' 2>/dev/null)
