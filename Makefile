# dyad — top-level commands. See README.md.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
SHARED ?= $(abspath ../shared)

.PHONY: all deps build demo test bench bench-corpus models clean fuzz-build fuzz-smoke fuzz test-sanitize

all: build

deps:
	@bash scripts/install-deps.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD_DIR)/CMakeCache.txt
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Codes the bundled sample story, prints its events, then stores them in demo.db.
demo: build
	@echo "== Events in samples/geneva-talks.txt =="
	$(BUILD_DIR)/dyad code samples/geneva-talks.txt --date 2026-03-06 --source "dyad sample" --format table
	$(BUILD_DIR)/dyad ingest samples/geneva-talks.txt --date 2026-03-06 --source "dyad sample" --db $(BUILD_DIR)/demo.db
	$(BUILD_DIR)/dyad events --db $(BUILD_DIR)/demo.db

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)
	@$(MAKE) --no-print-directory fuzz-smoke

# Fuzzing (fuzz/README.md): libFuzzer targets built by clang with ASan/UBSan in their own
# build directory. fuzz-smoke (part of `make test`) replays seeds and regressions and fuzzes
# each target for 10 s; `make fuzz` fuzzes each for FUZZ_SECONDS, FUZZ_JOBS at a time.
FUZZ_BUILD_DIR ?= build-fuzz
FUZZ_SECONDS ?= 600
FUZZ_JOBS ?= 1
FUZZ_TARGETS ?= $(patsubst fuzz/%_fuzz.cc,%,$(wildcard fuzz/*_fuzz.cc))

$(FUZZ_BUILD_DIR)/CMakeCache.txt:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD_DIR) -DCMAKE_BUILD_TYPE=Release -DDYAD_FUZZ=ON

fuzz-build: deps $(FUZZ_BUILD_DIR)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD_DIR) --target fuzzers -j $(JOBS)

fuzz-smoke:
	@if command -v clang++ >/dev/null 2>&1; then \
	  $(MAKE) --no-print-directory fuzz-build && \
	  cd $(FUZZ_BUILD_DIR) && ctest -L fuzz --output-on-failure -j $(JOBS); \
	else echo "fuzz-smoke: skipped, clang++ not found (scripts/install-deps.sh installs it)"; fi

fuzz: fuzz-build
	@mkdir -p $(FUZZ_BUILD_DIR)/fuzz-work/logs
	@echo $(FUZZ_TARGETS) | tr ' ' '\n' | xargs -P $(FUZZ_JOBS) -I{} sh -c \
	  'fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_BUILD_DIR)/fuzz/{}_fuzz {} fuzz $(FUZZ_BUILD_DIR)/fuzz-work \
	     >$(FUZZ_BUILD_DIR)/fuzz-work/logs/{}.log 2>&1; \
	   echo "{}: exit $$? $$(grep -h stat::number_of_executed_units $(FUZZ_BUILD_DIR)/fuzz-work/logs/{}.log)"'

# The test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in its own build
# directory; leaks are reported (LeakSanitizer), any UB stops the test.
ASAN_BUILD_DIR ?= build-asan
$(ASAN_BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(ASAN_BUILD_DIR) -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1 -DDYAD_SANITIZE=ON

test-sanitize: deps $(ASAN_BUILD_DIR)/CMakeCache.txt
	cmake --build $(ASAN_BUILD_DIR) --target dyad dyad_tests -j $(JOBS)
	cd $(ASAN_BUILD_DIR) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:strict_string_checks=1 \
	  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --output-on-failure -j $(JOBS)

# Benchmarks (bench/*_bench.cc): BENCH_FILTER=Places limits them to one module.
bench: build
	$(BUILD_DIR)/dyad_bench --benchmark_filter='$(or $(BENCH_FILTER),.)'

# The corpus benchmark: ingest end to end on ../shared/corpora/news (generated stories when
# absent), one coder thread, then one per core; prints docs/s, sentences/s, peak memory.
bench-corpus: build
	$(BUILD_DIR)/dyad_corpus_bench --threads 1
	$(BUILD_DIR)/dyad_corpus_bench --threads 0

# Retrains the tagger/parser model from the UD English EWT treebank in ../shared.
models: build
	$(BUILD_DIR)/dyad-train --train $(SHARED)/corpora/ud-english-ewt/en_ewt-ud-train.conllu \
	  --dev $(SHARED)/corpora/ud-english-ewt/en_ewt-ud-dev.conllu \
	  --out models/en_ewt.dyadparse
	$(BUILD_DIR)/dyad-train --eval $(SHARED)/corpora/ud-english-ewt/en_ewt-ud-test.conllu \
	  --model models/en_ewt.dyadparse

clean:
	rm -rf $(BUILD_DIR)
