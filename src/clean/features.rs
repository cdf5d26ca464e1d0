//! The features of a line: what the learned decision weighs.
//!
//! Every non-blank line of a document becomes one row of numbers: its shape (words,
//! sentence end, capitals, digits, symbols), its position (in the document and
//! against the article's core), the rules' hits on it by category and strength, the
//! detectors' findings (as evidence, not as verdicts), how often it repeats, the same
//! few facts about its neighbours, and a few facts about the whole document. The
//! names below are the schema: a model file stores the names it was trained on and is
//! refused when they differ ([`schema`]).
//!
//! Rows are filled in one pass over the lines after the matcher and the detectors have
//! run; training (`deboil train`), cleaning and `--explain` all read this one table.

use crate::document::{trim, Line};
use crate::pattern::{Action, Category, Strength};

use super::decide::{Signal, Source};
use super::detect::{Detector, Finding};

/// The detectors whose findings are features: all but the headline detector, a
/// user's choice applied as a verdict.
fn detectors() -> impl Iterator<Item = Detector> {
    Detector::ALL.into_iter().filter(|&d| d != Detector::Headline)
}

/// Neighbours looked at one by one, as offsets among the non-blank lines.
const NEIGHBOURS: [i32; 6] = [-3, -2, -1, 1, 2, 3];
/// Lines each side summarised together.
const WINDOW: usize = 6;
/// Counts and distances are capped here: past it, more says nothing new.
const CAP: f32 = 50.0;

/// The feature names, in column order.
pub fn names() -> &'static [String] {
    static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        let mut n: Vec<String> = [
            "words",
            "bytes_log",
            "prose_words",
            "closes_sentence",
            "ends_colon",
            "ends_ellipsis",
            "starts_capital",
            "starts_symbol",
            "capital_share",
            "digit_share",
            "punct_share",
            "non_ascii_share",
            "separators",
            "price",
            "url_or_handle",
            "year",
            "capitalised_words",
            "commas",
            "mean_word_len",
            "quoted",
            "rel_position",
            "rank_from_top",
            "rank_from_bottom",
            "in_core",
            "core_distance",
            "prose_above_share",
            "rule_strong",
            "rule_weak",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for c in Category::ALL {
            n.push(format!("rule_{}", c.name()));
        }
        for a in ["rest", "block", "span"] {
            n.push(format!("action_{a}"));
        }
        n.push("span_share".into());
        n.push("rules_removed".into());
        for d in detectors() {
            n.push(d.id().replace(['.', '-'], "_"));
        }
        n.push("rest_anchors_above".into());
        n.push("copies".into());
        for k in NEIGHBOURS {
            let at = if k < 0 { format!("m{}", -k) } else { format!("p{k}") };
            n.push(format!("{at}_signal"));
            n.push(format!("{at}_prose_words"));
            n.push(format!("{at}_words"));
            n.push(format!("{at}_rules_removed"));
        }
        for side in ["above", "below"] {
            n.push(format!("window_{side}_signal_share"));
            n.push(format!("window_{side}_prose_share"));
            n.push(format!("window_{side}_mean_words"));
        }
        for doc in [
            "doc_lines_log",
            "doc_prose_log",
            "doc_prose_line_share",
            "doc_page",
            "doc_core_share",
            "doc_outside_short_share",
            "doc_signal_share",
            "doc_mean_words",
        ] {
            n.push(doc.into());
        }
        n
    })
}

/// A hash of the feature names: a model trained on other features is refused.
pub fn schema() -> String {
    // FNV-1a over the names, so that the value is the same on every platform.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for name in names() {
        for b in name.bytes().chain([0u8]) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// What the feature pass reads: the document, and what the rules, detectors and the
/// rules' own decision made of it.
pub(crate) struct Inputs<'a> {
    pub text: &'a [u8],
    pub lines: &'a [Line],
    pub prose: &'a [u32],
    /// Rule signals only (detector findings come in `findings`).
    pub signals: &'a [Signal],
    pub findings: &'a [Finding],
    /// Per line: whether the strong rules' decision removes it.
    pub rules_removed: &'a [bool],
    pub core: Option<(usize, usize)>,
    /// Whether the document reads as a whole page (the page test of the detectors).
    pub page: bool,
}

/// The row-major table: one row per non-blank line.
#[derive(Clone, Debug, Default)]
pub struct Table {
    /// Index into the document's lines of each row.
    pub rows: Vec<u32>,
    /// `rows.len() * names().len()` values.
    pub data: Vec<f32>,
}

impl Table {
    /// The row of the `k`th non-blank line.
    pub fn row(&self, k: usize) -> &[f32] {
        let w = names().len();
        &self.data[k * w..(k + 1) * w]
    }
}

/// Per-line facts that neighbours read too.
#[derive(Clone, Copy, Default)]
struct Own {
    signal: bool,
    prose: f32,
    words: f32,
    removed: bool,
}

pub(crate) fn fill(inp: &Inputs<'_>, table: &mut Table) {
    let width = names().len();
    let Inputs { text, lines, prose, signals, findings, rules_removed, core, page } = *inp;
    table.rows.clear();
    table.data.clear();
    table.rows.extend((0..lines.len()).filter(|&i| !lines[i].blank).map(|i| i as u32));
    let n = table.rows.len();
    if n == 0 {
        return;
    }
    table.data.resize(n * width, 0.0);

    // Per line: rule evidence.
    let cat_index = |c: Category| Category::ALL.iter().position(|&x| x == c).unwrap_or(0);
    let mut strong = vec![false; lines.len()];
    let mut weak = vec![false; lines.len()];
    let mut cats = vec![0u16; lines.len()];
    let mut actions = vec![0u8; lines.len()];
    let mut span_bytes = vec![0usize; lines.len()];
    let mut rest_lines: Vec<usize> = Vec::new();
    for s in signals {
        let l = s.line as usize;
        if !matches!(s.source, Source::Rule(_)) {
            continue;
        }
        match s.strength {
            Strength::Strong => strong[l] = true,
            Strength::Weak => weak[l] = true,
        }
        cats[l] |= 1 << cat_index(s.category);
        actions[l] |= match s.action {
            Action::Rest => 1,
            Action::Block => 2,
            Action::Span => 4,
            Action::Line => 0,
        };
        if s.action == Action::Span {
            span_bytes[l] += s.end.saturating_sub(s.start);
        }
        if s.action == Action::Rest {
            rest_lines.push(l);
        }
    }
    let mut found = vec![0u8; lines.len()];
    for f in findings {
        if let Some(k) = detectors().position(|d| d == f.detector) {
            found[f.line as usize] |= 1 << k;
            if f.action == Action::Rest {
                rest_lines.push(f.line as usize);
            }
        }
    }
    rest_lines.sort_unstable();

    // Copies of a line anywhere in the document: rows sorted by a hash of their text,
    // so that equal lines sit together (a 64-bit hash; two different lines that
    // share one are too rare to matter for a count).
    let hashes: Vec<u64> = table
        .rows
        .iter()
        .map(|&i| {
            let l = &lines[i as usize];
            line_hash(trim(&text[l.start..l.end]))
        })
        .collect();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&k| hashes[k as usize]);
    let mut copies = vec![0u32; n];
    for group in order.chunk_by(|&a, &b| hashes[a as usize] == hashes[b as usize]) {
        for &k in group {
            copies[k as usize] = group.len() as u32 - 1;
        }
    }

    let own: Vec<Own> = table
        .rows
        .iter()
        .map(|&i| {
            let i = i as usize;
            Own {
                signal: strong[i] || weak[i] || found[i] != 0,
                prose: prose[i] as f32,
                words: lines[i].words as f32,
                removed: rules_removed[i],
            }
        })
        .collect();
    let total_prose: f32 = prose.iter().map(|&w| w as f32).sum();
    let prose_lines = own.iter().filter(|o| o.prose > 0.0).count() as f32;
    let signal_lines = own.iter().filter(|o| o.signal).count() as f32;
    let total_words: f32 = own.iter().map(|o| o.words).sum();
    let (core_first, core_last) = match core {
        Some((a, b)) => (lines[a].rank as i64, lines[b].rank as i64),
        None => (i64::MAX, i64::MIN),
    };
    let core_lines = if core.is_some() { (core_last - core_first + 1) as f32 } else { 0.0 };
    let outside_short = table
        .rows
        .iter()
        .enumerate()
        .filter(|&(k, _)| {
            let k = k as i64;
            (k < core_first || k > core_last) && own[k as usize].prose == 0.0
        })
        .count() as f32;
    let nf = n as f32;
    let doc = [
        (1.0 + nf).ln(),
        (1.0 + total_prose).ln(),
        prose_lines / nf,
        page as u8 as f32,
        core_lines / nf,
        outside_short / nf,
        signal_lines / nf,
        total_words / nf,
    ];

    let mut prose_above = 0.0f32;
    for (k, &i) in table.rows.iter().enumerate() {
        let i = i as usize;
        let line = &lines[i];
        let c = trim(&text[line.start..line.end]);
        let row = &mut table.data[k * width..(k + 1) * width];
        let mut f = 0;
        let mut put = |v: f32| {
            row[f] = v;
            f += 1;
        };
        let shape = Shape::of(c);
        put((line.words as f32).min(200.0));
        put((1.0 + c.len() as f32).ln());
        put((prose[i] as f32).min(200.0));
        put(super::core::closes_sentence(c) as u8 as f32);
        put(matches!(super::core::before_closing(c).last(), Some(b':')) as u8 as f32);
        put((c.ends_with(b"...") || c.ends_with("…".as_bytes())) as u8 as f32);
        put(shape.starts_capital as u8 as f32);
        put(shape.starts_symbol as u8 as f32);
        put(ratio(shape.capitals, shape.letters));
        put(ratio(shape.digits, shape.visible));
        put(ratio(shape.punct, shape.visible));
        put(ratio(shape.non_ascii, c.len()));
        put((shape.separators as f32).min(CAP));
        put(shape.price as u8 as f32);
        put(shape.url as u8 as f32);
        put(shape.year as u8 as f32);
        put(ratio(shape.capitalised_words, line.words as usize));
        put((shape.commas as f32).min(CAP));
        put(ratio(shape.letters, line.words as usize).min(CAP));
        put(shape.quoted as u8 as f32);
        put(k as f32 / nf);
        put((k as f32).min(CAP));
        put(((n - 1 - k) as f32).min(CAP));
        let kk = k as i64;
        put((core_first <= kk && kk <= core_last) as u8 as f32);
        put(if core.is_none() {
            CAP
        } else if kk < core_first {
            -((core_first - kk) as f32).min(CAP)
        } else if kk > core_last {
            ((kk - core_last) as f32).min(CAP)
        } else {
            0.0
        });
        put(if total_prose > 0.0 { prose_above / total_prose } else { 0.0 });
        prose_above += prose[i] as f32;
        put(strong[i] as u8 as f32);
        put(weak[i] as u8 as f32);
        for b in 0..Category::ALL.len() {
            put((cats[i] >> b & 1) as f32);
        }
        for b in 0..3 {
            put((actions[i] >> b & 1) as f32);
        }
        put(ratio(span_bytes[i], c.len()).min(1.0));
        put(rules_removed[i] as u8 as f32);
        for b in 0..detectors().count() {
            put((found[i] >> b & 1) as f32);
        }
        put(rest_lines.partition_point(|&r| r < i).min(3) as f32);
        put(copies[k].min(10) as f32);
        for d in NEIGHBOURS {
            let j = kk + d as i64;
            if j < 0 || j >= n as i64 {
                // No neighbour: the edge of the document, marked apart from zero.
                for v in [-1.0, -1.0, -1.0, -1.0] {
                    put(v);
                }
            } else {
                let o = own[j as usize];
                put(o.signal as u8 as f32);
                put(o.prose.min(200.0));
                put(o.words.min(200.0));
                put(o.removed as u8 as f32);
            }
        }
        for range in [k.saturating_sub(WINDOW)..k, k + 1..(k + 1 + WINDOW).min(n)] {
            let len = range.len();
            if len == 0 {
                for v in [-1.0, -1.0, -1.0] {
                    put(v);
                }
                continue;
            }
            let w = &own[range];
            put(w.iter().filter(|o| o.signal).count() as f32 / len as f32);
            put(w.iter().filter(|o| o.prose > 0.0).count() as f32 / len as f32);
            put(w.iter().map(|o| o.words.min(200.0)).sum::<f32>() / len as f32);
        }
        for v in doc {
            put(v);
        }
        debug_assert_eq!(f, width);
    }
}

/// A 64-bit hash of a line's bytes, eight at a time (a multiply and a shift per
/// word, where a byte-at-a-time hash would wait on a multiply per byte).
fn line_hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15 ^ bytes.len() as u64;
    for chunk in bytes.chunks(8) {
        let mut word = [0u8; 8];
        word[..chunk.len()].copy_from_slice(chunk);
        h = (h ^ u64::from_le_bytes(word)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 32;
    }
    h
}

fn ratio(a: usize, b: usize) -> f32 {
    if b == 0 {
        0.0
    } else {
        a as f32 / b as f32
    }
}

/// Character counts of one line, in one pass over its bytes.
#[derive(Default, Debug, PartialEq)]
struct Shape {
    letters: usize,
    capitals: usize,
    digits: usize,
    punct: usize,
    visible: usize,
    non_ascii: usize,
    separators: usize,
    commas: usize,
    capitalised_words: usize,
    starts_capital: bool,
    starts_symbol: bool,
    price: bool,
    url: bool,
    year: bool,
    quoted: bool,
}

impl Shape {
    fn of(c: &[u8]) -> Shape {
        // An ASCII line (most) is read a byte at a time, without decoding characters.
        let mut s = if c.is_ascii() {
            Shape::count(c.iter().map(|&b| char::from(b)))
        } else {
            Shape::count(String::from_utf8_lossy(c).chars())
        };
        if !s.url {
            s.url = memchr::memmem::find(c, b"http").is_some()
                || memchr::memmem::find(c, b"www.").is_some()
                || memchr::memmem::find(c, b".com").is_some();
        }
        s
    }

    /// The counts of [`Shape::of`] but the link test, over a line's characters.
    fn count(chars: impl Iterator<Item = char>) -> Shape {
        let mut s = Shape::default();
        let mut word_start = true;
        let mut digits_run = 0usize;
        let mut run_value = 0u32;
        let mut prev: Option<char> = None;
        let year = |run: usize, value: u32| run == 4 && (1900..=2099).contains(&value);
        for (n, ch) in chars.enumerate() {
            if !ch.is_ascii() {
                s.non_ascii += ch.len_utf8();
            }
            if ch.is_whitespace() {
                word_start = true;
                prev = Some(ch);
                s.year |= year(digits_run, run_value);
                digits_run = 0;
                run_value = 0;
                continue;
            }
            s.visible += 1;
            if n == 0 {
                s.starts_capital = ch.is_uppercase();
                s.starts_symbol = !ch.is_alphanumeric();
                s.quoted = matches!(ch, '"' | '“' | '„' | '«' | '\'' | '‘');
            }
            if ch.is_alphabetic() {
                s.letters += 1;
                if ch.is_uppercase() {
                    s.capitals += 1;
                    if word_start {
                        s.capitalised_words += 1;
                    }
                }
            } else if ch.is_ascii_digit() {
                s.digits += 1;
                if matches!(prev, Some('$' | '€' | '£' | '¥')) {
                    s.price = true;
                }
                digits_run += 1;
                run_value = run_value.saturating_mul(10).saturating_add(ch as u32 - '0' as u32);
            } else {
                if ch.is_ascii_punctuation() {
                    s.punct += 1;
                }
                match ch {
                    '|' | '•' | '»' | '·' | '>' | '›' => s.separators += 1,
                    ',' => s.commas += 1,
                    '@' | '#' => s.url = true,
                    '€' | '£' | '$' if prev.is_some_and(|p| p.is_ascii_digit()) => {
                        s.price = true
                    }
                    _ => {}
                }
            }
            if !ch.is_ascii_digit() {
                s.year |= year(digits_run, run_value);
                digits_run = 0;
                run_value = 0;
            }
            word_start = false;
            prev = Some(ch);
        }
        s.year |= year(digits_run, run_value);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_the_schema_is_stable_for_them() {
        let n = names();
        let set: std::collections::HashSet<_> = n.iter().collect();
        assert_eq!(set.len(), n.len());
        assert_eq!(schema(), schema());
        assert_eq!(schema().len(), 16);
    }

    #[test]
    fn line_shapes() {
        type Check = fn(&Shape) -> bool;
        let cases: &[(&str, Check)] = &[
            ("Only $4.99 a month", |s| s.price),
            ("Subscribe for 5€ per week", |s| s.price),
            ("Follow @deboil on X", |s| s.url),
            ("See www.example.org", |s| s.url),
            ("Copyright 2019 Example Inc.", |s| s.year),
            ("Home | News | Sport", |s| s.separators == 2),
            ("“We will not stop,” she said.", |s| s.quoted),
            ("The Quick Brown Fox", |s| s.capitalised_words == 4),
        ];
        for (line, check) in cases {
            assert!(check(&Shape::of(line.as_bytes())), "{line}");
        }
        let s = Shape::of(b"12345 apples");
        assert!(!s.year && !s.price);
    }

    #[test]
    fn ascii_and_other_lines_are_counted_alike() {
        // The same line with an ASCII and a non-ASCII letter in the same places.
        let ascii = Shape::of(b"Only 5$ for Eve, 2019 | Home");
        let other = Shape::of("Only 5€ for Éve, 2019 • Home".as_bytes());
        for (a, o) in [
            (ascii.letters, other.letters),
            (ascii.capitals, other.capitals),
            (ascii.capitalised_words, other.capitalised_words),
            (ascii.digits, other.digits),
            (ascii.commas, other.commas),
            (ascii.separators, other.separators),
            (ascii.visible, other.visible),
        ] {
            assert_eq!(a, o);
        }
        assert!(ascii.price && other.price && ascii.year && other.year);
        assert_eq!((ascii.non_ascii, other.non_ascii), (0, 8));
        // Vertical tab and form feed are white space, as for a character.
        assert_eq!(Shape::of(b"a\x0bb\x0cc").visible, 3);
    }
}
