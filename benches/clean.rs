//! Micro-benchmarks of the library: compiling the default rules, cleaning one
//! article with and without its boilerplate, and the inputs that cost the most per
//! byte (a 1 MB line, 1 MB of short lines, and about 256 KB made of near-misses of the
//! default phrases, as one line and as one line each).
//!
//! Run: `cargo bench --bench clean` (about a minute once built); one group:
//! `cargo bench --bench clean -- worst`. Before the timings, each input is described
//! (bytes, lines, removals, bytes removed), so that two runs can be compared on the
//! same work. Criterion reports bytes per second for the cleaning groups and rules
//! per second for compilation.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, SamplingMode, Throughput};
use deboil::{Cleaner, RuleSet};

/// The example article of the README: a headline, a byline, a repeated caption, a
/// credit, prose, an ad label, share lines, a publisher note and a newsletter box.
const ARTICLE: &[u8] = include_bytes!("../tests/fixtures/article.txt");

/// Prose that brushes against the rules without being boilerplate: "limit of",
/// "subscribe", "share", "photo" and "newsletter" all occur in default phrases.
const NEAR_PROSE: &str = "The council said the plan, which had reached the limit of its budget, \
would let residents subscribe to a share of the new photo archive and read the newsletter \
of the harbour board. ";

fn cleaner() -> Cleaner {
    Cleaner::new(RuleSet::defaults()).expect("the default rules compile")
}

/// One line per input: how much there is and how much of it the default rules remove.
fn describe(cleaner: &Cleaner, name: &str, doc: &[u8]) {
    let cleaned = cleaner.clean(doc);
    let lines = line_count(doc);
    println!(
        "input {name}: {} bytes, {lines} lines, {} removals, {} bytes removed",
        doc.len(),
        cleaned.removals().len(),
        doc.len() - cleaned.output().len()
    );
}

fn line_count(doc: &[u8]) -> usize {
    doc.iter().filter(|&&b| b == b'\n').count() + usize::from(!doc.ends_with(b"\n"))
}

/// Every default phrase without its last character: each one starts like a phrase and
/// sends the automaton deep before failing.
fn near_misses() -> Vec<String> {
    let rules = RuleSet::defaults();
    let mut out = Vec::new();
    for rule in rules.rules() {
        for phrase in &rule.phrases {
            let text = phrase.text.trim_end();
            match text.char_indices().last() {
                Some((last, _)) if last > 0 => out.push(text[..last].to_string()),
                _ => {}
            }
        }
    }
    out
}

/// Repeats `unit` until the result holds at least `bytes` bytes.
fn fill(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len()))
}

fn compile(c: &mut Criterion) {
    let rules = RuleSet::defaults().len() as u64;
    let phrases: usize = RuleSet::defaults().rules().iter().map(|r| r.phrases.len()).sum();
    println!("input default rules: {rules} rules, {phrases} phrases");
    let mut group = c.benchmark_group("compile");
    group.throughput(Throughput::Elements(rules));
    group.bench_function("parse default rules", |b| b.iter(RuleSet::defaults));
    group.bench_function("parse and compile default rules", |b| b.iter(cleaner));
    group.bench_function("parse, compile, and compile every regex", |b| {
        b.iter(|| {
            let cleaner = cleaner();
            assert!(cleaner.compile_all().is_empty());
            cleaner
        })
    });
    group.finish();
}

fn article(c: &mut Criterion) {
    let cleaner = cleaner();
    let without = cleaner.clean(ARTICLE).output().into_owned();
    describe(&cleaner, "article with boilerplate", ARTICLE);
    describe(&cleaner, "article without boilerplate", &without);
    let mut group = c.benchmark_group("article");
    for (name, doc) in [("with boilerplate", ARTICLE), ("without boilerplate", without.as_slice())]
    {
        group.throughput(Throughput::Bytes(doc.len() as u64));
        group.bench_function(name, |b| b.iter(|| cleaner.clean(black_box(doc)).removals().len()));
    }
    group.finish();
}

fn worst(c: &mut Criterion) {
    let cleaner = cleaner();
    let near = near_misses();
    let inputs: Vec<(&str, String)> = vec![
        ("one long line of prose", fill(NEAR_PROSE, 1 << 20) + "\n"),
        (
            "many short lines",
            fill("Share\nA short line.\n\nPhoto\n12\nRead more\nThe end of it.\n", 1 << 20),
        ),
        ("near-misses in one line", fill(&(near.join(" ") + " "), 1 << 18) + "\n"),
        ("near-misses one per line", fill(&(near.join("\n") + "\n"), 1 << 18)),
    ];
    for (name, doc) in &inputs {
        describe(&cleaner, name, doc.as_bytes());
    }
    let mut group = c.benchmark_group("worst");
    // Inputs of a megabyte take tens of milliseconds each: one iteration per sample.
    group.sampling_mode(SamplingMode::Flat);
    for (name, doc) in &inputs {
        group.throughput(Throughput::Bytes(doc.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| cleaner.clean(black_box(doc.as_bytes())).removals().len())
        });
    }
    group.finish();
}

fn config() -> Criterion {
    // Short runs: the whole file stays near a minute, and each figure is still the
    // mean of 20 samples.
    Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sample_size(20)
}

criterion_group! { name = benches; config = config(); targets = compile, article, worst }
criterion_main!(benches);
