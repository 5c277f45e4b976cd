#!/bin/sh
# Runs one libFuzzer target of fuzz/ (used by CTest and `make fuzz`).
#   run.sh replay  BINARY NAME FUZZ_DIR WORK_DIR   every seed and regression input, once
#   run.sh SECONDS BINARY NAME FUZZ_DIR WORK_DIR   fuzz for SECONDS from the seeds
# New inputs go to WORK_DIR/corpus/NAME (the seeds in FUZZ_DIR/corpus/NAME are only read);
# a crash is saved as WORK_DIR/artifacts/NAME-crash-<sha1>: add it to
# FUZZ_DIR/regressions/NAME/ once fixed. Limits: 2 GB of RSS, FUZZ_TIMEOUT (10) seconds of
# wall-clock time per input (raise it on a loaded machine: a starved process times out).
set -eu
mode=$1 bin=$2 name=$3 fuzz_dir=$4 work=$5
seeds=$fuzz_dir/corpus/$name
regressions=$fuzz_dir/regressions/$name
mkdir -p "$work/corpus/$name" "$work/artifacts"
set -- -rss_limit_mb=2048 -timeout="${FUZZ_TIMEOUT:-10}" -malloc_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/$name-"
[ -f "$fuzz_dir/$name.dict" ] && set -- "$@" -dict="$fuzz_dir/$name.dict"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"
if [ "$mode" = replay ]; then
  # -runs=0 executes the given corpora once and stops.
  [ -d "$regressions" ] && set -- "$@" "$regressions"
  exec "$bin" "$@" -runs=0 "$seeds"
fi
exec "$bin" "$@" -max_total_time="$mode" "$work/corpus/$name" "$seeds"
