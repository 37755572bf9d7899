# crm: see README. `make demo` runs the sample, `make check` every test.

VERSION = 0.1.0
PREFIX ?= /usr/local
DESTDIR ?=
CC ?= cc
CFLAGS ?= -O2 -g
BUILD ?= build/release
BIN ?= bin

CPPFLAGS += -Ilib -DCRM_VERSION='"$(VERSION)"' -D_GNU_SOURCE
CFLAGS += -std=c11 -Wall -Wextra -MMD -MP -pthread
LDLIBS = -lcsv -lm -pthread
ifdef SAN
CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif

# Every folder cmd/crm-NAME is a tool.
TOOLS = $(notdir $(wildcard cmd/crm-*))
LIB_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard lib/*.c))
UNIT_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard tests/unit/*.c))
# The models of crm-clv are tested as a library too.
MODEL_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(filter-out cmd/crm-clv/main.c \
	cmd/crm-clv/input.c cmd/crm-clv/score.c,$(wildcard cmd/crm-clv/*.c)))
BINS = $(addprefix $(BIN)/,$(TOOLS))
DEPS_OK = build/.deps-ok

.PHONY: all check test unit e2e demo install clean deps

all: $(DEPS_OK) $(BINS)

# Installs (or names) the Debian packages a build needs, once.
$(DEPS_OK): scripts/install-deps
	@scripts/install-deps
	@mkdir -p build && touch $@

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

$(BUILD)/check_lib: $(UNIT_OBJ) $(MODEL_OBJ) $(BUILD)/libcrm.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS) $$(pkg-config --libs check)

$(UNIT_OBJ): CFLAGS += $$(pkg-config --cflags check) -Icmd/crm-clv

unit: $(BUILD)/check_lib
	$(BUILD)/check_lib

$(BUILD)/rowdump: $(BUILD)/tests/rowdump.o $(BUILD)/libcrm.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

e2e: $(BINS) $(BUILD)/rowdump
	CRM_ROWDUMP=$(abspath $(BUILD))/rowdump tests/run $(BIN)

test: unit e2e

# The whole suite twice: as built, then under ASan and UBSan.
check: all
	$(MAKE) test
	$(MAKE) test SAN=1 BUILD=build/san BIN=build/san/bin

# The README's first command: the pipeline on the shipped samples.
demo: all
	@echo "== Online Retail sample: crm-import | crm-rfm | crm-abc | crm-clv"
	$(BIN)/crm-import -q --cancel-prefix C tests/data/retail-sample.csv | \
	    $(BIN)/crm-rfm -q --segment-names | $(BIN)/crm-abc -q --sort | \
	    $(BIN)/crm-clv -q --margin 0.3 -o build/demo-customers.csv
	@cut -d, -f1,4,5,6,18,22,23,26 build/demo-customers.csv | head -n 11
	@echo "... all $$(($$(wc -l <build/demo-customers.csv) - 1)) customers in build/demo-customers.csv"
	$(BIN)/crm-abc -q --summary build/demo-customers.csv
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
	install -m 644 man/*.1 $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 644 man/*.7 $(DESTDIR)$(PREFIX)/share/man/man7
	mkdir -p $(DESTDIR)$(PREFIX)/share/crm/schemes \
	    $(DESTDIR)$(PREFIX)/share/crm/plans
	install -m 644 $(SCHEMES) $(DESTDIR)$(PREFIX)/share/crm/schemes
	install -m 644 cmd/crm-segment/plans/*.csv \
	    $(DESTDIR)$(PREFIX)/share/crm/plans

clean:
	rm -rf build bin

-include $(shell find build -name '*.d' 2>/dev/null)
