"""deboil as a Spark stage: rdd.pipe over a JSONL dataset, checked against one machine.

Usage: job.py DEBOIL_BINARY WORK_DIR [RECORDS]

Generates WORK_DIR/in.jsonl, cleans it with `deboil --jsonl` on one machine and with
`sc.textFile(...).pipe("deboil --jsonl ...")` in local[2] mode, and checks: the
record count of every partition is kept, every cleaned text equals the
one-machine text in order, and the per-task --stats-json files add up to the
one-machine statistics. Prints PASS or FAIL and exits 0 or 1.
"""

import glob
import json
import os
import random
import shlex
import subprocess
import sys
import time

BOILER = [
    "Subscribe to our newsletter for the latest news.",
    "Share this article on Facebook Twitter Email",
    "Photo: Reuters",
    "This article was originally published by The Conversation.",
    "Sign up for our daily briefing.",
]
WORDS = ("council budget river school vote market harbour storm road plan museum "
         "library rail water park transit housing season farmers court").split()


def make_dataset(path, n):
    rnd = random.Random(7)
    with open(path, "w") as f:
        for i in range(n):
            paras = []
            for _ in range(rnd.randint(2, 6)):
                words = [rnd.choice(WORDS) for _ in range(rnd.randint(12, 40))]
                paras.append(" ".join(words).capitalize() + ".")
            for _ in range(rnd.randint(0, 3)):
                paras.insert(rnd.randint(0, len(paras)), rnd.choice(BOILER))
            rec = {"id": i, "url": f"https://news{i % 13}.example/a/{i}", "text": "\n\n".join(paras)}
            f.write(json.dumps(rec) + "\n")
    # One corrupt record: with --on-error pass it is reported and passed through,
    # and the task keeps going (exit code 0).
    with open(path, "a") as f:
        f.write('{"id": "broken", "text": \n')


def texts(lines):
    out = []
    for line in lines:
        try:
            out.append(json.loads(line).get("text"))
        except ValueError:
            out.append(line)
    return out


def main():
    binary, work = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
    os.makedirs(work, exist_ok=True)
    data = os.path.join(work, "in.jsonl")
    make_dataset(data, n)
    stats_dir = os.path.join(work, "stats")
    os.makedirs(stats_dir, exist_ok=True)
    for old in glob.glob(os.path.join(stats_dir, "*.json")):
        os.remove(old)

    # The reference: one deboil process on one machine.
    one_stats = os.path.join(work, "one-machine-stats.json")
    with open(data, "rb") as f:
        ref = subprocess.run([binary, "--jsonl", "--on-error", "pass", "-q", "--stats-json", one_stats],
                             stdin=f, capture_output=True, check=True)
    ref_lines = ref.stdout.decode().splitlines()

    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setMaster("local[2]").setAppName("deboil-pipe").set("spark.ui.enabled", "false")
    conf = conf.set("spark.ui.showConsoleProgress", "false")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    started = time.time()
    try:
        raw = sc.textFile(data, minPartitions=6)
        # One deboil process per partition; {task} is 'pid<N>' here, because Spark's
        # pipe gives its processes no task id of their own.
        cmd = [binary, "--jsonl", "--on-error", "pass", "-q", "-j", "1",
               "--stats-json", os.path.join(stats_dir, "{task}.json")]
        # checkCode: a task whose deboil exits non-zero fails, as on a cluster.
        cleaned = raw.pipe(shlex.join(cmd), checkCode=True)
        in_parts = raw.glom().map(len).collect()
        out_parts = cleaned.glom().collect()
    finally:
        sc.stop()
    spark_secs = time.time() - started

    failures = []
    out_counts = [len(p) for p in out_parts]
    if in_parts != out_counts:
        failures.append(f"records per partition differ: in {in_parts}, out {out_counts}")
    spark_lines = [line for p in out_parts for line in p]
    if len(spark_lines) != len(ref_lines):
        failures.append(f"{len(spark_lines)} records from Spark, {len(ref_lines)} from one machine")
    diff = sum(1 for a, b in zip(texts(spark_lines), texts(ref_lines)) if a != b)
    if diff:
        failures.append(f"{diff} cleaned texts differ from the one-machine run")

    task_files = sorted(glob.glob(os.path.join(stats_dir, "*.json")))
    totals = {}
    cats = {}
    for path in task_files:
        s = json.load(open(path))
        for k in ("documents", "changed", "malformed", "text_bytes_in", "text_bytes_out"):
            totals[k] = totals.get(k, 0) + s[k]
        for c, v in s["removals_per_category"].items():
            cats[c] = cats.get(c, 0) + v
    one = json.load(open(one_stats))
    want = {k: one[k] for k in totals}
    if len(task_files) != len(in_parts):
        failures.append(f"{len(task_files)} stats files for {len(in_parts)} tasks")
    if totals != want or cats != one["removals_per_category"]:
        failures.append(f"task stats {totals} {cats} do not add up to {want} {one['removals_per_category']}")

    print(f"spark: {len(in_parts)} partitions {in_parts}, {len(spark_lines)} records, "
          f"{len(task_files)} stats files, documents {totals.get('documents')}, "
          f"changed {totals.get('changed')}, malformed {totals.get('malformed')}, "
          f"Spark job {spark_secs:.1f}s")
    if failures:
        for f in failures:
            print("FAIL:", f)
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
