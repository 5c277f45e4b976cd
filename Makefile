# dyad — top-level commands. See README.md.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
SHARED ?= $(abspath ../shared)

.PHONY: all deps build demo test bench models clean

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

# Benchmarks (bench/*_bench.cc): BENCH_FILTER=Places limits them to one module.
bench: build
	$(BUILD_DIR)/dyad_bench --benchmark_filter='$(or $(BENCH_FILTER),.)'

# Retrains the tagger/parser model from the UD English EWT treebank in ../shared.
models: build
	$(BUILD_DIR)/dyad-train --train $(SHARED)/corpora/ud-english-ewt/en_ewt-ud-train.conllu \
	  --dev $(SHARED)/corpora/ud-english-ewt/en_ewt-ud-dev.conllu \
	  --out models/en_ewt.dyadparse
	$(BUILD_DIR)/dyad-train --eval $(SHARED)/corpora/ud-english-ewt/en_ewt-ud-test.conllu \
	  --model models/en_ewt.dyadparse

clean:
	rm -rf $(BUILD_DIR)
