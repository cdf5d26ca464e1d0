//! Adversarial documents, timed: single lines of 5, 20 and 200 MB, 100 thousand
//! and a million short lines, and documents of nothing but boilerplate (paywall,
//! share, newsletter, cookie lines) of 100 thousand and a million lines.
//!
//! Each line prints the work done (removals, bytes out), the best time of a few
//! runs, MB/s and the peak resident memory of the case (VmHWM, reset before each
//! case where Linux allows it). Each pair of sizes then prints how time and memory
//! grew against the input: linear cost shows as a time ratio close to the size
//! ratio, bounded memory as a peak that stays a small multiple of the document.
//!
//! Run: `cargo bench --bench stress` (about a minute on two cores).

use std::time::Instant;

use deboil::{Cleaner, RuleSet};

/// What one case measured.
struct Measure {
    bytes: usize,
    secs: f64,
    peak: Option<u64>,
}

/// Peak resident memory of this process since the last reset, in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Sets the peak back to the memory in use now (Linux: `5` to `clear_refs`), so
/// that each case reports its own peak rather than the largest so far.
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn time(name: &str, cleaner: &Cleaner, doc: &[u8], runs: usize) -> Measure {
    let reset = reset_peak();
    let mut best = f64::MAX;
    let mut removed = 0;
    let mut out_len = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let cleaned = cleaner.clean(doc);
        // Take the output inside the timing: a removal builds it.
        out_len = cleaned.output().len();
        best = best.min(t.elapsed().as_secs_f64());
        removed = cleaned.removals().len();
    }
    let peak = peak_rss();
    let rss = match peak {
        Some(p) if reset => format!("peak RSS {:>7.1} MB", mb(p)),
        Some(p) => format!("peak RSS {:>7.1} MB (process so far)", mb(p)),
        None => "peak RSS unknown".to_string(),
    };
    println!(
        "{name:<30} {:>7.1} MB in {:>7.3} s = {:>6.1} MB/s   removals {removed:>8}   bytes out {out_len:>10}   {rss}",
        mb(doc.len() as u64),
        best,
        mb(doc.len() as u64) / best
    );
    Measure { bytes: doc.len(), secs: best, peak: peak.filter(|_| reset) }
}

/// How the larger case grew against the smaller one.
fn growth(what: &str, small: &Measure, large: &Measure) {
    let size = large.bytes as f64 / small.bytes as f64;
    let time = large.secs / small.secs;
    let memory = match (small.peak, large.peak) {
        (Some(s), Some(l)) => format!(
            ", peak RSS {:.1}x ({:.2} bytes per input byte)",
            l as f64 / s as f64,
            l as f64 / large.bytes as f64
        ),
        _ => String::new(),
    };
    println!("  {what}: {size:.1}x the input took {time:.1}x the time{memory}");
}

fn main() {
    let cleaner = Cleaner::new(RuleSet::defaults()).expect("default rules compile");
    // A line that keeps meeting the rules' phrases without ever being boilerplate.
    let sentence = "The council said the plan, which you've reached your limit of patience with, would subscribe to nothing. ";
    let line = |bytes: usize| {
        let mut l = sentence.repeat(bytes / sentence.len());
        l.push('\n');
        l
    };

    let _ = time("single line, 5 MB", &cleaner, line(5_000_000).as_bytes(), 3);
    let m20 = time("single line, 20 MB", &cleaner, line(20_000_000).as_bytes(), 3);
    let m200 = time("single line, 200 MB", &cleaner, line(200_000_000).as_bytes(), 2);
    growth("20 MB -> 200 MB line", &m20, &m200);

    let short = |n: usize| "Share\nA short line of text.\n".repeat(n / 2);
    let s100k = time("100k short lines", &cleaner, short(100_000).as_bytes(), 3);
    let s1m = time("1M short lines", &cleaner, short(1_000_000).as_bytes(), 3);
    growth("100k -> 1M short lines", &s100k, &s1m);

    let boiler = |n: usize| {
        concat!(
            "You've reached your limit of free articles this month.\n",
            "Share on Facebook\n",
            "Share on Twitter\n",
            "Sign up for our newsletter\n",
            "Advertisement\n",
            "Accept all cookies\n",
            "Subscribe now for unlimited access\n",
            "Read more:\n",
            "© 2024 The Daily Example. All rights reserved.\n",
            "Click here to subscribe\n",
        )
        .repeat(n / 10)
    };
    let b100k = time("only boilerplate, 100k lines", &cleaner, boiler(100_000).as_bytes(), 3);
    let b1m = time("only boilerplate, 1M lines", &cleaner, boiler(1_000_000).as_bytes(), 3);
    growth("100k -> 1M boilerplate lines", &b100k, &b1m);
}
