#!/usr/bin/env bash
# deboil side by side with the Python cleaners used for the same job today, on the
# same text corpus, in one run: datatrove's C4QualityFilter line cleaning and jusText
# (see benches/python_cleaners.py for how each is called).
#
#   benches/python.sh [--size MB] [--runs N] [--dir DIR]
#
#   --size MB   corpus size (default 20: the Python tools clean about 1-7 MB/s)
#   --runs N    timed runs of each tool, the median is reported (default 3)
#   --dir DIR   where the corpus goes (default: a new temporary directory)
#
# The first run creates a virtual environment in target/bench-venv and installs
# datatrove (with regex, which its text utilities import) and jusText (with
# lxml_html_clean) from PyPI; later runs reuse it. A benchmark, not a
# test: nothing else depends on it.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE=20 RUNS=3 DIR=""
while [ $# -gt 0 ]; do
  case $1 in
    --size) SIZE=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --dir) DIR=$2; shift 2 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "python.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
DIR=${DIR:-$(mktemp -d)}
VENV=target/bench-venv

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import datatrove, justext, regex' 2> /dev/null; then
  echo "installing datatrove and jusText into $VENV" >&2
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --upgrade pip
  "$VENV/bin/pip" install --quiet datatrove regex justext lxml_html_clean
fi

echo "building the release binary" >&2
nice cargo build --release --quiet
benches/make-corpus.sh "$SIZE" "$DIR"
"$VENV/bin/python" benches/python_cleaners.py "$DIR/corpus-$SIZE.nul" \
  --deboil target/release/deboil --runs "$RUNS"
echo
echo "versions: $("$VENV/bin/pip" list 2> /dev/null | awk '$1 ~ /^(datatrove|jusText)$/ { printf "%s %s  ", $1, $2 }')deboil $(target/release/deboil --version | awk '{ print $2 }')"
