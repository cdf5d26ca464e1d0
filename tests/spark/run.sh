#!/usr/bin/env bash
# deboil as a Spark stage, for real: PySpark in local[2] mode pipes a generated
# JSONL dataset through the release binary and checks it against one machine
# (see job.py). Sets up its own virtual environment under target/spark-venv.
#
# Skips (exit 0, "skipped: ...") when Java or pyspark is not available, unless
# DEBOIL_SPARK_TEST=1, when that is a failure. RECORDS sets the dataset size.
set -uo pipefail
cd "$(dirname "$0")/../.."
start=$(date +%s)
required=${DEBOIL_SPARK_TEST:-0}

skip() {
    if [ "$required" = 1 ]; then
        echo "spark: FAIL: $1 (DEBOIL_SPARK_TEST=1)" >&2
        exit 1
    fi
    echo "spark: skipped: $1"
    exit 0
}

command -v java >/dev/null 2>&1 || skip "no java (Debian: apt-get install openjdk-17-jre-headless)"
java -version >/dev/null 2>&1 || skip "java does not run"
command -v python3 >/dev/null 2>&1 || skip "no python3"

venv=target/spark-venv
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || skip "cannot create a virtual environment (python3-venv)"
fi
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
    timeout 300 "$venv/bin/pip" install -q pyspark || skip "pyspark did not install within 300 s"
fi

cargo build --release --locked -q || { echo "spark: FAIL: cargo build --release" >&2; exit 1; }

"$venv/bin/python" tests/spark/job.py target/release/deboil target/spark-work "${RECORDS:-5000}"
status=$?
echo "spark: $([ $status = 0 ] && echo PASS || echo FAIL) in $(( $(date +%s) - start )) s (set-up included)"
exit $status
