#!/bin/sh
# Exports read back by the tools analysts use, as they are: the GDELT-columns TSV by pandas
# and by R, the JSON lines and PLOVER records by pandas (Debian's python3-pandas and
# r-base-core; DuckDB is not packaged in Debian 12). Exit 77 (skipped) when neither is
# installed.
#   export_readback.sh DYAD SAMPLES_DIR WORK_DIR
set -eu
dyad=$1 samples=$2 work=$3
py=/usr/bin/python3
have_pandas=0; have_r=0
"$py" -c 'import pandas' 2>/dev/null && have_pandas=1
command -v Rscript >/dev/null 2>&1 && have_r=1
if [ $have_pandas = 0 ] && [ $have_r = 0 ]; then
  echo "export_readback: skipped, neither python3-pandas nor r-base-core is installed"; exit 77
fi
rm -rf "$work" && mkdir -p "$work"
"$dyad" ingest "$samples"/*.txt --db "$work/x.db" --date 2026-03-06 --source sample >/dev/null 2>&1
if [ -n "${DYAD_SHARED_DIR:-}" ] && [ -f "$DYAD_SHARED_DIR/seed/000_68bf5a11f06e9c8b.txt" ]; then
  "$dyad" ingest "$DYAD_SHARED_DIR/seed/000_68bf5a11f06e9c8b.txt" --db "$work/x.db" --date 2026-01-16 \
    --source "Le Monde" >/dev/null 2>&1
fi
"$dyad" export --db "$work/x.db" --format gdelt --header > "$work/events.tsv"
"$dyad" export --db "$work/x.db" --format jsonl > "$work/events.jsonl"
"$dyad" export --db "$work/x.db" --format plover > "$work/events.plover.jsonl"
n=$(wc -l < "$work/events.jsonl")
[ "$n" -gt 0 ] || { echo "no events exported"; exit 1; }
echo "export_readback: $n events"
if [ $have_pandas = 1 ]; then
  "$py" - "$work" "$n" <<'PY'
import sys, pandas as pd
work, n = sys.argv[1], int(sys.argv[2])
g = pd.read_csv(f"{work}/events.tsv", sep="\t", quoting=3, dtype=str, keep_default_na=False)
assert g.shape == (n, 58), g.shape
assert list(g.columns[:3]) == ["GLOBALEVENTID", "SQLDATE", "MonthYear"], list(g.columns[:3])
assert g["GLOBALEVENTID"].is_unique
assert g["EventCode"].str.fullmatch(r"\d{2,4}").all(), g["EventCode"].tolist()
assert pd.to_numeric(g["GoldsteinScale"]).between(-10, 10).all()
j = pd.read_json(f"{work}/events.jsonl", lines=True)
assert len(j) == n and {"source", "target", "cameo", "mentions", "num_mentions"} <= set(j.columns), j.columns
assert all(len(m) >= 1 and "evidence" in m[0] for m in j["mentions"]), j["mentions"].iloc[0]
p = pd.read_json(f"{work}/events.plover.jsonl", lines=True)
assert len(p) == n and {"event_type", "actor", "recipient", "cameo"} <= set(p.columns), p.columns
print(f"pandas {pd.__version__}: GDELT TSV {g.shape}, JSON lines {len(j)}, PLOVER {len(p)}")
PY
fi
if [ $have_r = 1 ]; then
  Rscript -e '
    args <- commandArgs(trailingOnly = TRUE)
    g <- read.delim(file.path(args[1], "events.tsv"), quote = "", colClasses = "character", na.strings = character(0))
    stopifnot(nrow(g) == as.integer(args[2]), ncol(g) == 58, !anyDuplicated(g$GLOBALEVENTID))
    stopifnot(all(grepl("^[0-9]{2,4}$", g$EventCode)))
    cat(sprintf("R %s: GDELT TSV %d x %d\n", getRversion(), nrow(g), ncol(g)))' "$work" "$n"
fi
