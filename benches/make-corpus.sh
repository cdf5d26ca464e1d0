#!/usr/bin/env bash
# Writes a deterministic benchmark corpus of about MB megabytes, made from the
# repository's own fixtures, in two forms:
#
#   benches/make-corpus.sh MB DIR    ->  DIR/corpus-MB.nul    (NUL-separated text)
#                                        DIR/corpus-MB.jsonl  (one record per document)
#
# One block of 1,000 documents is repeated: 70% carry boilerplate (the example article
# and each case of tests/cases/must_remove.txt, markers stripped), 30% are clean prose
# (a headline and six sentences of tests/cases/must_keep.txt). The JSONL records hold
# the same texts with a few other fields around them. Files that already exist are
# kept, so benchmarks can share them.
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:?usage: make-corpus.sh MB DIR}
DIR=${2:?usage: make-corpus.sh MB DIR}
mkdir -p "$DIR"

block="$DIR/block.nul"
if [ ! -s "$block" ]; then
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
      for (i = 0; i < 1000; i++) {
        if (i % 10 < 7) { d = dirty[i % nd] }
        else { d = "Headline " i "\n\n"; for (k = 0; k < 6; k++) d = d keep[(i * 7 + k) % nk] "\n\n" }
        printf "%s%c", d, 0
      }
    }' tests/cases/must_remove.txt tests/cases/must_keep.txt > "$block.tmp"
  mv "$block.tmp" "$block"
fi

jblock="$DIR/block.jsonl"
if [ ! -s "$jblock" ]; then
  awk 'BEGIN { RS = "\0"; i = 0 }
    { s = $0
      gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); gsub(/\r/, "\\r", s); gsub(/\n/, "\\n", s)
      printf "{\"id\":%d,\"url\":\"https://news.example.com/%d\",\"lang\":\"en\",\"text\":\"%s\",\"score\":0.5e1}\n", i, i, s; i++ }' \
    "$block" > "$jblock.tmp"
  mv "$jblock.tmp" "$jblock"
fi

# Whole blocks only, so every corpus has the same mix of documents.
repeat() { # SRC OUT
  local src=$1 out=$2 size reps
  [ -s "$out" ] && return
  size=$(stat -c %s "$src")
  reps=$(( (MB * 1000000 + size - 1) / size ))
  for ((r = 0; r < reps; r++)); do cat "$src"; done > "$out.tmp"
  mv "$out.tmp" "$out"
}
repeat "$block" "$DIR/corpus-$MB.nul"
repeat "$jblock" "$DIR/corpus-$MB.jsonl"
