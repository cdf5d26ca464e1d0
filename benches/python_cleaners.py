"""Times deboil against the Python cleaners people use for the same job, on one corpus
of NUL-separated text documents, in one run. Driven by benches/python.sh, which makes
the corpus and the virtual environment.

- datatrove's C4QualityFilter line cleaning, applied to Document objects: its
  defaults (one line per paragraph; lines without terminal punctuation, with fewer
  than 3 words, with "javascript" or a policy phrase dropped; citations removed)
  except the count of at least 5 sentences per document, which is a document filter
  rather than line cleaning and, with the spaCy sentence splitter it loads for
  English, runs near 0.1 MB/s;
- jusText with its English stop list, each document given as HTML with one <p> per
  non-blank line (the HTML is built before the clock starts);
- deboil -z with one thread and with all threads, on the corpus file.

Prints documents/s, MB/s (of the input text) and the share of the input each tool
removed, as a markdown table, and deboil's speed-up over each Python tool.
"""

import argparse
import html
import os
import statistics
import subprocess
import time


def median_time(runs, prepare, work):
    """Median wall time of `work(prepare())` over `runs` runs; `prepare` is not timed."""
    times, result = [], None
    for _ in range(runs):
        data = prepare()
        start = time.perf_counter()
        result = work(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def bench_datatrove(texts, runs):
    from datatrove.data import Document
    from datatrove.pipeline.filters import C4QualityFilter

    c4 = C4QualityFilter(min_num_sentences=-1)
    c4.filter(Document(text=texts[0], id="warm-up"))

    def prepare():
        return [Document(text=t, id=str(i)) for i, t in enumerate(texts)]

    def work(docs):
        kept = 0
        for doc in docs:
            verdict = c4.filter(doc)
            if verdict is True:
                kept += len(doc.text.encode())
        return kept

    return median_time(runs, prepare, work)


def bench_justext(texts, runs):
    import justext

    stoplist = justext.get_stoplist("English")
    pages = [
        "<html><body>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in t.split("\n") if line.strip())
        + "</body></html>"
        for t in texts
    ]

    def work(pages):
        kept = 0
        for page in pages:
            for paragraph in justext.justext(page, stoplist):
                if not paragraph.is_boilerplate:
                    kept += len(paragraph.text.encode()) + 1
        return kept

    return median_time(runs, lambda: pages, work)


def bench_deboil(binary, corpus, threads, runs):
    cmd = [binary, "-z", corpus] + (["-j", str(threads)] if threads else [])
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout
    kept = len(out) - out.count(b"\0")

    def work(_):
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        return kept

    return median_time(runs, lambda: None, work)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", help="NUL-separated UTF-8 text documents")
    parser.add_argument("--deboil", required=True, help="the deboil binary")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per tool (median)")
    args = parser.parse_args()

    with open(args.corpus, "rb") as f:
        raw = f.read()
    texts = [d.decode("utf-8") for d in raw.split(b"\0") if d]
    in_bytes = sum(len(t.encode()) for t in texts)
    cores = os.cpu_count()

    rows = []
    for name, run in [
        ("datatrove C4QualityFilter lines (Python, 1 process)", lambda: bench_datatrove(texts, args.runs)),
        ("jusText, one <p> per line (Python, 1 process)", lambda: bench_justext(texts, args.runs)),
        ("deboil -z, 1 thread", lambda: bench_deboil(args.deboil, args.corpus, 1, args.runs)),
        (f"deboil -z, {cores} threads", lambda: bench_deboil(args.deboil, args.corpus, 0, args.runs)),
    ]:
        print(f"timing {name} ...", flush=True)
        secs, kept = run()
        rows.append((name, secs, kept))

    deboil_one = rows[2][1]
    print()
    print(f"{len(texts)} documents, {in_bytes / 1e6:.1f} MB of text, {cores} cores, "
          f"median of {args.runs} runs")
    print()
    print("| tool | documents/s | MB/s | input removed | speed-up of deboil, 1 thread |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, secs, kept in rows:
        ratio = secs / deboil_one
        speedup = "" if name.startswith("deboil") else f"{ratio:.{2 if ratio < 10 else 0}f}x"
        print(f"| {name} | {len(texts) / secs:,.0f} | {in_bytes / 1e6 / secs:.1f} | "
              f"{100 * (1 - kept / in_bytes):.1f}% | {speedup} |")


if __name__ == "__main__":
    main()
