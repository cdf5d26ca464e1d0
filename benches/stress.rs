//! Adversarial inputs, timed: a 50 MB single line, a million short lines, a document
//! of nothing but boilerplate. Cost must grow linearly with the input; each line
//! prints the work done so two runs can be compared.
//!
//! Run: `cargo bench --bench stress`.

use std::time::Instant;

use deboil::{Cleaner, RuleSet};

fn time(name: &str, cleaner: &Cleaner, doc: &[u8]) {
    // Warm up once, then take the best of three.
    let _ = cleaner.clean(doc);
    let mut best = f64::MAX;
    let mut removed = 0;
    let mut out_len = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let cleaned = cleaner.clean(doc);
        best = best.min(t.elapsed().as_secs_f64());
        removed = cleaned.removals().len();
        out_len = cleaned.output().len();
    }
    println!(
        "{name:<34} {:>8.1} MB in {:>8.3} s = {:>7.1} MB/s   removals {removed:>8}   bytes out {out_len:>10}",
        doc.len() as f64 / 1e6,
        best,
        doc.len() as f64 / 1e6 / best
    );
}

fn main() {
    let cleaner = Cleaner::new(RuleSet::defaults()).expect("default rules compile");
    let sentence = "The council said the plan, which you've reached your limit of patience with, would subscribe to nothing. ";
    for mb in [5usize, 50] {
        let mut line = sentence.repeat(mb * 1_000_000 / sentence.len());
        line.push('\n');
        time(&format!("single line, {mb} MB"), &cleaner, line.as_bytes());
    }
    for n in [100_000usize, 1_000_000] {
        let doc = "Share\nA short line of text.\n".repeat(n / 2);
        time(&format!("{n} short lines"), &cleaner, doc.as_bytes());
    }
    let boiler =
        "Sign up for our newsletter\nShare on Facebook\nAdvertisement\nAccept all cookies\n"
            .repeat(50_000);
    time("only boilerplate, 200k lines", &cleaner, boiler.as_bytes());
}
