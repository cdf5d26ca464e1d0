#!/usr/bin/env bash
# Corpus throughput and memory of the release binary.
#
#   benches/corpus.sh [SIZE_MB] [DIR]     (default 100 MB, in a temporary directory)
#
# Builds a deterministic corpus of about SIZE_MB from the repository's own fixtures
# (tests/fixtures/article.txt and the cases of tests/cases/: about 70% of the
# documents carry boilerplate, 30% are clean prose), as NUL-separated text and as
# JSONL, then prints for each: documents, bytes removed, MB/s at 1 thread and at all
# threads, the ratio to `cat FILE > /dev/null` on the same file, and peak RSS of the
# run for SIZE_MB and for SIZE_MB/10 (memory must not grow with the input).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE_MB=${1:-100}
DIR=${2:-$(mktemp -d)}
BIN=target/release/deboil
cargo build --release --quiet
mkdir -p "$DIR"

# One block of documents, separated by NUL: the article, each must_remove case
# (markers stripped), and clean documents of 6 must_keep sentences each.
block="$DIR/block.nul"
awk -v article=tests/fixtures/article.txt '
  function flush_case() { if (doc != "") { dirty[nd++] = doc; doc = "" } }
  FILENAME ~ /must_remove/ {
    if ($0 == "===") { flush_case(); next }
    if ($0 ~ /^#/) next
    line = $0; sub(/^(- |  )/, "", line); doc = doc line "\n"; next
  }
  FILENAME ~ /must_keep/ {
    if ($0 ~ /^#/ || $0 ~ /^[ \t]*$/) next
    keep[nk++] = $0; next
  }
  END {
    flush_case()
    art = ""; while ((getline l < article) > 0) art = art l "\n"
    dirty[nd++] = art
    n = 0
    for (i = 0; i < 1000; i++) {
      if (i % 10 < 7) { d = dirty[i % nd] }
      else { d = "Headline " i "\n\n"; for (k = 0; k < 6; k++) d = d keep[(i * 7 + k) % nk] "\n\n" }
      printf "%s%c", d, 0
    }
  }' tests/cases/must_remove.txt tests/cases/must_keep.txt > "$block"

# The same documents as JSONL, one record per document.
jblock="$DIR/block.jsonl"
awk 'BEGIN { RS = "\0"; i = 0 }
  { s = $0
    gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); gsub(/\r/, "\\r", s); gsub(/\n/, "\\n", s)
    printf "{\"id\":%d,\"url\":\"https://news.example.com/%d\",\"lang\":\"en\",\"text\":\"%s\",\"score\":0.5e1}\n", i, i, s; i++ }' "$block" > "$jblock"

make_corpus() { # SRC MB OUT
  local src=$1 mb=$2 out=$3 size reps
  size=$(stat -c %s "$src"); reps=$(( (mb * 1000000 + size - 1) / size ))
  : > "$out"; for ((r = 0; r < reps; r++)); do cat "$src"; done >> "$out"
}

secs() { date +%s.%N; }

measure() { # LABEL FILE ARGS...
  local label=$1 file=$2; shift 2
  local mb t0 t1 cat_s one all rss_small
  mb=$(awk -v s="$(stat -c %s "$file")" 'BEGIN { printf "%.1f", s / 1e6 }')
  cat "$file" > /dev/null
  t0=$(secs); cat "$file" > /dev/null; t1=$(secs); cat_s=$(echo "$t1 - $t0" | bc -l)
  t0=$(secs); "$BIN" -j 1 "$@" "$file" > "$DIR/out.1"; t1=$(secs); one=$(echo "$t1 - $t0" | bc -l)
  t0=$(secs); "$BIN" "$@" "$file" > "$DIR/out.n"; t1=$(secs); all=$(echo "$t1 - $t0" | bc -l)
  cmp -s "$DIR/out.1" "$DIR/out.n" || { echo "$label: -j1 and -jN outputs differ" >&2; exit 1; }
  local stats; stats=$("$BIN" -q "$@" --stats "$file" 2>&1 > /dev/null | head -1)
  local rss; rss=$( { /usr/bin/time -f %M "$BIN" "$@" "$file" > /dev/null; } 2>&1 | tail -1)
  printf '%-6s %8s MB  cat %7.0f MB/s  -j1 %6.1f MB/s  -j%s %6.1f MB/s  (%.1fx of -j1, %.3f of cat)  peak RSS %6.1f MB\n' \
    "$label" "$mb" "$(echo "$mb / $cat_s" | bc -l)" "$(echo "$mb / $one" | bc -l)" "$(nproc)" \
    "$(echo "$mb / $all" | bc -l)" "$(echo "$one / $all" | bc -l)" "$(echo "$cat_s / $all" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)"
  echo "       $stats"
}

small=$(( SIZE_MB / 10 > 0 ? SIZE_MB / 10 : 1 ))
for mb in "$small" "$SIZE_MB"; do
  make_corpus "$block" "$mb" "$DIR/corpus-$mb.nul"
  make_corpus "$jblock" "$mb" "$DIR/corpus-$mb.jsonl"
  echo "== $mb MB corpus ($(nproc) cores)"
  measure text "$DIR/corpus-$mb.nul" -z
  measure jsonl "$DIR/corpus-$mb.jsonl" --jsonl
done
echo "(files in $DIR)"
