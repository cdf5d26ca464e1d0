#!/usr/bin/env bash
# The corpus benchmark of the release binary, in one run so that every figure is
# measured under the same load and can be read as a ratio of the others.
#
#   benches/corpus.sh [--size MB] [--runs N] [--dir DIR] [--rss-2g]
#
#   --size MB   corpus size (default 100); a corpus a tenth of that size is made too
#   --runs N    timed runs of each command, the median is reported (default 3)
#   --dir DIR   where the corpora go (default: a new temporary directory); corpora
#               already there are reused
#   --rss-2g    also clean a 2 GB corpus (text and JSONL, all threads) for its peak
#               RSS and throughput; takes a few minutes per thousand MB/s missing
#
# What it prints, as markdown tables ready to paste:
#   - throughput (MB/s of input) of `cat`, `wc -l`, deboil on NUL-separated text (-z)
#     and on JSONL, one thread and all threads, with the ratios deboil / `wc -l` and
#     all threads / one thread; deboil with no rules and no detectors (what reading,
#     batching and writing alone allow); one thread on the small corpus (linearity)
#     and with ten times as many literal phrases as the default rules (generated,
#     matching nothing in the corpus);
#     MB per CPU second (user + system) is shown beside MB/s: when other jobs share
#     the machine, it moves less than wall time;
#   - start-up: process start, compiling the default rules, a small document;
#   - peak RSS for the small and the full corpus (and 2 GB with --rss-2g).
# Timing uses hyperfine (installed with apt-get when missing and possible), else the
# median of repeated runs; peak RSS uses GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=100 RUNS=3 DIR="" RSS_2G=0
while [ $# -gt 0 ]; do
  case $1 in
    --size) SIZE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    --rss-2g) RSS_2G=1; shift ;;
    [0-9]*) SIZE=$1; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "corpus.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
DIR=${DIR:-$(mktemp -d)}
mkdir -p "$DIR"
BIN=$PWD/target/release/deboil
CORES=$(nproc)
SMALL=$(( SIZE / 10 > 0 ? SIZE / 10 : 1 ))

note() { printf '%s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------
install_with_apt() { # PACKAGE
  command -v apt-get > /dev/null || return 1
  local sudo=""
  [ "$(id -u)" -eq 0 ] || { command -v sudo > /dev/null && sudo="sudo -n"; } || return 1
  note "installing $1 with apt-get"
  { $sudo apt-get install -y -qq "$1" || { $sudo apt-get update -qq && $sudo apt-get install -y -qq "$1"; }; } \
    > /dev/null 2>&1
}
HYPERFINE=1
command -v hyperfine > /dev/null || install_with_apt hyperfine || true
command -v hyperfine > /dev/null || { HYPERFINE=0; note "no hyperfine: timing with repeated runs and their median"; }
[ -x /usr/bin/time ] || install_with_apt time || true
[ -x /usr/bin/time ] || note "no /usr/bin/time (Debian package 'time'): peak RSS is not measured"

note "building the release binary"
nice cargo build --release --quiet

# --- inputs ----------------------------------------------------------------------
note "making the corpora in $DIR"
benches/make-corpus.sh "$SIZE" "$DIR"
benches/make-corpus.sh "$SMALL" "$DIR"
TEXT=$DIR/corpus-$SIZE.nul JSONL=$DIR/corpus-$SIZE.jsonl TEXT_SMALL=$DIR/corpus-$SMALL.nul

# Ten times the default rules' literal phrases, as rules of the same shape: made-up
# outlet names in boilerplate-like sentences, so the automaton is ten times larger
# and walks into the phrases' common starts ("Follow ", "Read more ") without a match.
# Like every shipped rule they carry a word limit (a rule without one makes the
# matcher search every line, long paragraphs included).
DEFAULT_PHRASES=$(grep -hcE '^[[:space:]]+phrase[[:space:]]' patterns/*.pat | awk '{ n += $1 } END { print n }')
MORE_PHRASES=$(( DEFAULT_PHRASES * 10 ))
RULES_10X=$DIR/more-rules.pat
awk -v n="$MORE_PHRASES" 'BEGIN {
  split("ka vor lin dre mo zu pel thar quo nim sev bra", syl, " ")
  split("Gazette Courier Ledger Dispatch Herald Chronicle Tribune Review", outlet, " ")
  split("Follow the %s on Mastodon|Get the %s morning briefing|Support independent journalism at the %s|Members of the %s read without limits|Photograph courtesy of the %s|Listen to the %s podcast|Download the %s app for iPad|Read more from the %s archive|This story was produced by the %s desk|Advertise with the %s|Ask the %s support team|Gift a %s subscription|Manage your %s account settings|Watch the %s video channel|Explore puzzles from the %s|Send a tip to the %s newsroom|Buy prints from the %s shop|Join the %s reader panel|Comments are closed at the %s|Cookie choices for the %s", tmpl, "|")
  cats = "paywall newsletter caption publisher-note share ad related cookie byline copyright comments navigation"
  split(cats, cat, " "); split("contains alone starts", fit, " ")
  per_rule = 20
  for (p = 0; p < n; p++) {
    if (p % per_rule == 0) {
      r = int(p / per_rule)
      printf "\nrule generated.r%05d %s line\n    line      %s\n    max-words 30\n", r, cat[r % 12 + 1], fit[r % 3 + 1]
    }
    name = int(p / per_rule)
    word = toupper(substr(syl[name % 12 + 1], 1, 1)) substr(syl[name % 12 + 1], 2) syl[int(name / 12) % 12 + 1] syl[int(name / 144) % 12 + 1]
    printf "    phrase    " tmpl[p % 20 + 1] "\n", word " " outlet[int(name / 1728) % 8 + 1]
  }
}' > "$RULES_10X"
"$BIN" patterns check "$RULES_10X" > /dev/null

mb_of() { awk -v s="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", s / 1e6 }'; }

# --- the same bytes at every thread count, and the work done ------------------------
note "checking that 1 and $CORES threads give the same output"
declare -A WORK
for form in text jsonl; do
  if [ $form = text ]; then file=$TEXT flag=-z; else file=$JSONL flag=--jsonl; fi
  WORK[$form]=$("$BIN" -j 1 -q --stats $flag "$file" 2>&1 > "$DIR/out.1" | head -1 | sed 's/^deboil: //')
  "$BIN" $flag "$file" > "$DIR/out.n"
  cmp -s "$DIR/out.1" "$DIR/out.n" || { note "$form: 1 and $CORES threads give different output"; exit 1; }
  rm -f "$DIR/out.1" "$DIR/out.n"
done

# --- timing ----------------------------------------------------------------------
# time_all MIN_RUNS SHELL NAME CMD [NAME CMD ...]: sets SECS[NAME] to the median wall
# time and CPU[NAME] to the mean user + system time (hyperfine only). SHELL is "none"
# (no shell between; output discarded) or "sh" (for redirections).
declare -A SECS CPU
time_all() {
  local runs=$1 shell=$2; shift 2
  local csv=$DIR/times.csv
  if [ $HYPERFINE = 1 ]; then
    local args=() name
    while [ $# -gt 0 ]; do args+=(-n "$1" "$2"); shift 2; done
    local shell_arg=(-N)
    [ "$shell" = sh ] && shell_arg=(--warmup 2)
    hyperfine "${shell_arg[@]}" --style basic --min-runs "$runs" --max-runs $(( runs * 10 )) \
      --export-csv "$csv" "${args[@]}" >&2
    while IFS=, read -r name _ _ median user system _; do
      SECS[$name]=$median
      CPU[$name]=$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')
    done < <(tail -n +2 "$csv")
  else
    while [ $# -gt 0 ]; do
      local name=$1 cmd=$2 r t0 t1; shift 2
      for ((r = 0; r < runs; r++)); do
        t0=$(date +%s%N); sh -c "exec $cmd" > /dev/null; t1=$(date +%s%N)
        echo $(( t1 - t0 ))
      done | sort -n | awk '{ t[NR] = $1 } END { m = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.6f\n", m / 1e9 }' > "$csv"
      SECS[$name]=$(cat "$csv")
      note "$name: $(cat "$csv") s"
    done
  fi
}

cat "$TEXT" "$JSONL" "$TEXT_SMALL" > /dev/null  # into the page cache
note "timing throughput ($RUNS runs each)"
time_all "$RUNS" none \
  cat "cat $TEXT" \
  wc "wc -l $TEXT" \
  text1 "$BIN -j 1 -z $TEXT" \
  textN "$BIN -z $TEXT" \
  jcat "cat $JSONL" \
  jwc "wc -l $JSONL" \
  jsonl1 "$BIN -j 1 --jsonl $JSONL" \
  jsonlN "$BIN --jsonl $JSONL" \
  bareN "$BIN --no-default-patterns --no-detectors -z $TEXT" \
  jbareN "$BIN --no-default-patterns --no-detectors --jsonl $JSONL" \
  small1 "$BIN -j 1 -z $TEXT_SMALL" \
  more1 "$BIN -j 1 -p $RULES_10X -z $TEXT"

note "timing start-up"
time_all 20 sh \
  version "$BIN --version" \
  empty "$BIN < /dev/null" \
  article "$BIN < tests/fixtures/article.txt" \
  empty10x "$BIN -p $RULES_10X < /dev/null"

# --- memory ----------------------------------------------------------------------
declare -A RSS WALL
peak() { # KEY FILE ARGS...: peak RSS (MB) and wall time of one run
  local key=$1 file=$2 out; shift 2
  out=$( { /usr/bin/time -f '%M %e' "$BIN" "$@" "$file" > /dev/null; } 2>&1 | tail -1)
  RSS[$key]=$(awk -v k="${out% *}" 'BEGIN { printf "%.0f", k / 1024 }')
  WALL[$key]=${out#* }
}
if [ -x /usr/bin/time ]; then
  note "measuring peak RSS"
  benches/make-corpus.sh "$SMALL" "$DIR"  # the small JSONL too
  peak text-small "$TEXT_SMALL" -z
  peak jsonl-small "$DIR/corpus-$SMALL.jsonl" --jsonl
  peak text-full "$TEXT" -z
  peak jsonl-full "$JSONL" --jsonl
  if [ $RSS_2G = 1 ]; then
    note "making and cleaning the 2 GB corpora"
    benches/make-corpus.sh 2000 "$DIR"
    peak text-2g "$DIR/corpus-2000.nul" -z
    peak jsonl-2g "$DIR/corpus-2000.jsonl" --jsonl
  fi
fi

# --- report ----------------------------------------------------------------------
mbs() { awk -v b="$(stat -c %s "$1")" -v s="${SECS[$2]}" 'BEGIN { printf "%.1f", b / 1e6 / s }'; }
# MB per CPU second: on a machine shared with other jobs, steadier than wall time.
cpu_mbs() {
  [ -n "${CPU[$2]:-}" ] || { echo "-"; return; }
  awk -v b="$(stat -c %s "$1")" -v s="${CPU[$2]}" 'BEGIN { printf "%.1f", b / 1e6 / s }'
}
ratio() { awk -v a="${SECS[$1]}" -v b="${SECS[$2]}" 'BEGIN { r = b / a; printf (r < 0.1 ? "%.4f" : "%.2f"), r }'; }
# per_mb A FILE_A B FILE_B START_A [START_B]: (MB/s of A) / (MB/s of B), each time less
# its start-up time (a key of SECS, or 0).
per_mb() {
  local sa=${SECS[$5]:-0} sb=${SECS[${6:-$5}]:-0}
  awk -v ta="${SECS[$1]}" -v ba="$(stat -c %s "$2")" -v tb="${SECS[$3]}" -v bb="$(stat -c %s "$4")" \
    -v sa="$sa" -v sb="$sb" 'BEGIN { printf "%.2f", (ba / (ta - sa)) / (bb / (tb - sb)) }'
}
ms() { awk -v s="${SECS[$1]}" 'BEGIN { printf "%.1f ms", s * 1000 }'; }

TEXT_MB=$(mb_of "$TEXT") JSONL_MB=$(mb_of "$JSONL") SMALL_MB=$(mb_of "$TEXT_SMALL")
echo
echo "deboil $("$BIN" --version | awk '{ print $2 }'), $CORES cores ($(nproc --all) online), $(date -u +%Y-%m-%d);" \
  "$([ $HYPERFINE = 1 ] && echo "hyperfine, median of at least $RUNS runs" || echo "median of $RUNS runs")"
echo "text: $TEXT_MB MB, ${WORK[text]}"
echo "JSONL: $JSONL_MB MB, ${WORK[jsonl]}"
echo
echo "| what | input | MB/s | MB per CPU second | ratio (of MB/s) |"
echo "| --- | --- | ---: | ---: | --- |"
echo "| \`cat\` | text, $TEXT_MB MB | $(mbs "$TEXT" cat) | $(cpu_mbs "$TEXT" cat) | |"
echo "| \`wc -l\` | text | $(mbs "$TEXT" wc) | $(cpu_mbs "$TEXT" wc) | |"
echo "| deboil -z, 1 thread | text | $(mbs "$TEXT" text1) | $(cpu_mbs "$TEXT" text1) | $(ratio text1 wc) of \`wc -l\` |"
echo "| deboil -z, $CORES threads | text | $(mbs "$TEXT" textN) | $(cpu_mbs "$TEXT" textN) | $(ratio textN text1)x 1 thread |"
echo "| deboil -z, $CORES threads, no rules, no detectors | text | $(mbs "$TEXT" bareN) | $(cpu_mbs "$TEXT" bareN) | $(ratio bareN wc) of \`wc -l\` |"
echo "| \`cat\` | JSONL, $JSONL_MB MB | $(mbs "$JSONL" jcat) | $(cpu_mbs "$JSONL" jcat) | |"
echo "| \`wc -l\` | JSONL | $(mbs "$JSONL" jwc) | $(cpu_mbs "$JSONL" jwc) | |"
echo "| deboil --jsonl, 1 thread | JSONL | $(mbs "$JSONL" jsonl1) | $(cpu_mbs "$JSONL" jsonl1) | $(ratio jsonl1 jwc) of \`wc -l\` |"
echo "| deboil --jsonl, $CORES threads | JSONL | $(mbs "$JSONL" jsonlN) | $(cpu_mbs "$JSONL" jsonlN) | $(ratio jsonlN jsonl1)x 1 thread |"
echo "| deboil --jsonl, $CORES threads, no rules, no detectors | JSONL | $(mbs "$JSONL" jbareN) | $(cpu_mbs "$JSONL" jbareN) | $(ratio jbareN jwc) of \`wc -l\` |"
echo "| deboil -z, 1 thread | text, $SMALL_MB MB | $(mbs "$TEXT_SMALL" small1) | $(cpu_mbs "$TEXT_SMALL" small1) | $(per_mb small1 "$TEXT_SMALL" text1 "$TEXT" 0)x the MB/s at $TEXT_MB MB, $(per_mb small1 "$TEXT_SMALL" text1 "$TEXT" empty)x without start-up (1.00 = linear) |"
echo "| deboil -z, 1 thread, $MORE_PHRASES more phrases | text, $TEXT_MB MB | $(mbs "$TEXT" more1) | $(cpu_mbs "$TEXT" more1) | $(ratio more1 text1)x the default $DEFAULT_PHRASES phrases, $(per_mb more1 "$TEXT" text1 "$TEXT" empty10x empty)x without compiling the rules |"
echo
echo "| start-up | median |"
echo "| --- | ---: |"
echo "| \`deboil --version\` (process start) | $(ms version) |"
echo "| \`deboil < /dev/null\` (compile the default rules) | $(ms empty) |"
echo "| \`deboil < article.txt\` ($(stat -c %s tests/fixtures/article.txt) bytes) | $(ms article) |"
echo "| \`deboil -p more-rules.pat < /dev/null\` ($MORE_PHRASES more phrases) | $(ms empty10x) |"
if [ -x /usr/bin/time ]; then
  echo
  echo "| peak RSS, $CORES threads | text | JSONL |"
  echo "| --- | ---: | ---: |"
  echo "| $SMALL MB corpus | ${RSS[text-small]} MB | ${RSS[jsonl-small]} MB |"
  echo "| $SIZE MB corpus | ${RSS[text-full]} MB | ${RSS[jsonl-full]} MB |"
  if [ $RSS_2G = 1 ]; then
    echo "| 2000 MB corpus | ${RSS[text-2g]} MB | ${RSS[jsonl-2g]} MB |"
    echo
    echo "2000 MB corpus, $CORES threads, one run: text" \
      "$(awk -v b="$(stat -c %s "$DIR/corpus-2000.nul")" -v s="${WALL[text-2g]}" 'BEGIN { printf "%.1f", b / 1e6 / s }') MB/s," \
      "JSONL $(awk -v b="$(stat -c %s "$DIR/corpus-2000.jsonl")" -v s="${WALL[jsonl-2g]}" 'BEGIN { printf "%.1f", b / 1e6 / s }') MB/s"
  fi
fi
echo
echo "(corpora in $DIR)"
