#!/usr/bin/env bash
# Memory and speed of `deboil mine` on a corpus and on one ten times larger.
#
#   benches/mine.sh [DOCS] [MAX_LINES] [DIR]   (default 50000 documents, 100000 lines)
#
# Generates deterministic JSONL corpora of DOCS and 10*DOCS documents: four fake
# publishers, each document a few paragraphs of random (non-repeating) sentences plus
# its publisher's blurbs. Mines each with --max-lines MAX_LINES and prints documents,
# bytes, candidates found, prunes, seconds and peak RSS. The larger corpus holds ten
# times as many distinct lines; with pruning, its peak RSS stays close to the
# smaller one's (the table never holds more than MAX_LINES lines), instead of
# growing tenfold. No assertion: compare the two lines.
set -euo pipefail
cd "$(dirname "$0")/.."
DOCS=${1:-50000}
MAX_LINES=${2:-100000}
DIR=${3:-$(mktemp -d)}
BIN=target/release/deboil
cargo build --release --quiet
mkdir -p "$DIR"

gen() {
  python3 - "$1" <<'PY'
import json, random, sys
n = int(sys.argv[1])
rng = random.Random(7)
words = ("council river budget school market winter players mayor bridge farmers police "
         "museum hospital voters storm railway harbour teachers festival election village "
         "tenants factory library drivers coach senator orchard students nurses ferry garden "
         "airport judges choir miners bakery stadium forest clinic approved rejected delayed "
         "announced expanded questioned welcomed criticised opened closed quietly sharply").split()
blurbs = {
    "bugle.example": ["Subscribe to the Daily Bugle for just $1 a week.", "Photo: Daily Bugle staff"],
    "herald.example": ["Get the Herald Morning Briefing in your inbox"],
    "gazette.example": ["The Gazette is funded by readers like you."],
    "post.example": ["Additional reporting by Wire Service."],
}
sites = list(blurbs)
out = sys.stdout
for i in range(n):
    site = sites[i % 4]
    paras = [" ".join(rng.choice(words) for _ in range(12)).capitalize() + "."
             for _ in range(rng.randint(3, 8))]
    text = "\n\n".join(paras + blurbs[site]) + "\n"
    out.write(json.dumps({"url": f"https://{site}/{i}", "text": text}) + "\n")
PY
}

for n in "$DOCS" "$((DOCS * 10))"; do
  file="$DIR/mine-$n.jsonl"
  [ -f "$file" ] || gen "$n" > "$file"
  bytes=$(stat -c %s "$file")
  start=$(date +%s.%N)
  /usr/bin/time -f %M -o "$DIR/mine-$n.rss" "$BIN" mine --group-by url \
    --max-lines "$MAX_LINES" --format tsv -o "$DIR/mine-$n.tsv" "$file" 2> "$DIR/mine-$n.err"
  rss=$(tail -1 "$DIR/mine-$n.rss")
  end=$(date +%s.%N)
  found=$(($(wc -l < "$DIR/mine-$n.tsv") - 1))
  printf '%8d docs %7.1f MB  candidates %3d  %5.1f s  peak RSS %6.1f MB  | %s\n' \
    "$n" "$(echo "$bytes / 1048576" | bc -l)" "$found" "$(echo "$end - $start" | bc -l)" \
    "$(echo "$rss / 1024" | bc -l)" "$(head -c 200 "$DIR/mine-$n.err")"
done
