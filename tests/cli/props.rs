//! Properties that hold for every document, checked on generated ones (proptest):
//! output is the input with parts removed, cleaning is idempotent, removals do not
//! depend on unrelated prose around them, clean text passes through byte-identical,
//! JSONL records keep every other byte and their count, and the thread count never
//! changes output bytes. `variants` lines of any shape parse or are refused with a
//! position, never a panic.
//!
//! Most properties run through the library (fast); the JSONL and thread ones run the
//! binary on fewer cases. `DEBOIL_PROPTEST_CASES=N` raises the case count (default 64).
//! The generator seed is fixed so that `cargo test` gives the same verdict on every
//! run; `DEBOIL_PROPTEST_SEED=random` (or a number) explores other inputs.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use deboil::{Action, Cleaner, Mode, Position, RemovalKind, RuleSet, Selection};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use crate::run;

const MUST_REMOVE: &str = include_str!("../cases/must_remove.txt");
const MUST_KEEP: &str = include_str!("../cases/must_keep.txt");

/// Cases per library property; binary properties run an eighth of them.
fn cases() -> u32 {
    std::env::var("DEBOIL_PROPTEST_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(64)
}

/// The generator seed: fixed unless `DEBOIL_PROPTEST_SEED` says otherwise.
fn seed() -> RngSeed {
    match std::env::var("DEBOIL_PROPTEST_SEED").as_deref() {
        Ok("random") => RngSeed::Random,
        Ok(n) => n.parse().map(RngSeed::Fixed).unwrap_or(RngSeed::Fixed(0x5eed)),
        Err(_) => RngSeed::Fixed(0x5eed),
    }
}

fn config() -> Config {
    Config { cases: cases(), failure_persistence: None, rng_seed: seed(), ..Config::default() }
}

fn binary_config() -> Config {
    Config {
        cases: (cases() / 8).max(4),
        failure_persistence: None,
        rng_seed: seed(),
        ..Config::default()
    }
}

/// Article sentences: the `  ` lines of must_remove.txt (prose around boilerplate).
fn prose() -> &'static [String] {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        MUST_REMOVE
            .lines()
            .filter_map(|l| l.strip_prefix("  "))
            .filter(|l| l.split_whitespace().count() >= 8)
            .map(str::to_owned)
            .collect()
    })
}

/// Boilerplate lines: the `- ` lines of must_remove.txt.
fn boilerplate() -> &'static [String] {
    static B: OnceLock<Vec<String>> = OnceLock::new();
    B.get_or_init(|| {
        MUST_REMOVE.lines().filter_map(|l| l.strip_prefix("- ")).map(str::to_owned).collect()
    })
}

/// Real sentences with boilerplate-like words, which must survive.
fn tricky() -> &'static [String] {
    static T: OnceLock<Vec<String>> = OnceLock::new();
    T.get_or_init(|| {
        MUST_KEEP
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect()
    })
}

/// One generated line, without its terminator.
fn any_line() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        4 => (0..prose().len()).prop_map(|i| prose()[i].clone().into_bytes()),
        3 => (0..boilerplate().len()).prop_map(|i| boilerplate()[i].clone().into_bytes()),
        1 => (0..tricky().len()).prop_map(|i| tricky()[i].clone().into_bytes()),
        2 => Just(Vec::new()),
        1 => prop::collection::vec(any::<u8>(), 0..40)
            .prop_map(|v| v.into_iter().filter(|&b| b != b'\n' && b != b'\r').collect()),
    ]
}

/// A document: lines joined by `\n` or `\r\n`, with or without a final terminator.
fn document(lines: impl Strategy<Value = Vec<Vec<u8>>>) -> impl Strategy<Value = Vec<u8>> {
    (lines, any::<bool>(), any::<bool>()).prop_map(|(lines, crlf, last)| {
        let eol: &[u8] = if crlf { b"\r\n" } else { b"\n" };
        let mut doc = Vec::new();
        for (i, l) in lines.iter().enumerate() {
            doc.extend_from_slice(l);
            if i + 1 < lines.len() || last {
                doc.extend_from_slice(eol);
            }
        }
        doc
    })
}

/// Lines of which no non-blank one comes twice. The repeated-line detector removes
/// both copies of any line that comes twice in a row, even a long sentence and even
/// when the pair is the whole document, and a first pass can bring two copies
/// together; documents with repeated lines are left to the other properties.
fn distinct(line: impl Strategy<Value = Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    document(prop::collection::vec(line, 0..24).prop_map(|lines| {
        let mut seen = BTreeSet::new();
        lines.into_iter().filter(|l| l.is_empty() || seen.insert(l.clone())).collect()
    }))
}

/// A document of prose and blank lines only, no line twice.
fn prose_document() -> impl Strategy<Value = Vec<u8>> {
    distinct(prop_oneof![
        3 => (0..prose().len()).prop_map(|i| prose()[i].clone().into_bytes()),
        1 => Just(Vec::new()),
    ])
}

/// The built-in rules in `mode`, compiled once for all cases.
fn cleaner(mode: Mode) -> &'static Cleaner {
    static C: [OnceLock<Cleaner>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = match mode {
        Mode::Conservative => 0,
        Mode::Balanced => 1,
        _ => 2,
    };
    C[i].get_or_init(|| Cleaner::builder().rules(RuleSet::defaults()).mode(mode).build().unwrap())
}

/// Strong rules that fire anywhere and never act on what follows them, without
/// detectors: removals that by design depend on nothing but the line and its block.
fn context_free_cleaner() -> &'static Cleaner {
    static C: OnceLock<Cleaner> = OnceLock::new();
    C.get_or_init(|| {
        let mut rules = RuleSet::defaults();
        let mut selection = Selection::all();
        for r in rules.rules() {
            if r.position != Position::Any || r.action == Action::Rest {
                selection = selection.skip_id(&r.id);
            }
        }
        rules.select(&selection);
        Cleaner::builder().rules(rules).detectors(false).mode(Mode::Conservative).build().unwrap()
    })
}

/// Lines split on `\n`, without `\r\n`/`\n` terminators.
fn lines(doc: &[u8]) -> Vec<&[u8]> {
    let mut v: Vec<&[u8]> = doc.split(|&b| b == b'\n').collect();
    if doc.ends_with(b"\n") {
        v.pop();
    }
    v.into_iter().map(|l| l.strip_suffix(b"\r").unwrap_or(l)).collect()
}

/// Whether `small` is `big` with zero or more bytes left out (a span-trimmed line).
fn is_subsequence(small: &[u8], big: &[u8]) -> bool {
    let mut it = big.iter();
    small.iter().all(|b| it.any(|c| c == b))
}

/// Every non-blank output line is an input line, or one with spans cut out, and
/// they come in input order.
fn check_removed_only(input: &[u8], output: &[u8]) -> Result<(), TestCaseError> {
    let ins = lines(input);
    let mut at = 0;
    for out in lines(output) {
        if out.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match ins[at..].iter().position(|l| is_subsequence(out, l)) {
            Some(i) => at += i + 1,
            None => {
                return Err(TestCaseError::fail(format!(
                    "output line {:?} is not an input line after line {at}",
                    String::from_utf8_lossy(out)
                )))
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn output_is_the_input_with_parts_removed(doc in document(prop::collection::vec(any_line(), 0..24))) {
        for mode in [Mode::Conservative, Mode::Balanced, Mode::Aggressive] {
            let cleaned = cleaner(mode).clean(&doc);
            check_removed_only(&doc, &cleaned.output())?;
            for r in cleaned.removals() {
                prop_assert!(r.start <= r.end && r.end <= doc.len(), "removal out of range: {r:?}");
            }
        }
    }

    /// With position-free rules: positional rules and detectors (`first N`
    /// bylines, end notes among the last lines) see other lines once boilerplate
    /// has gone, so a second pass with them can remove more.
    /// The input with the removals cut out, and the added terminator, is the output,
    /// whatever ends the lines (`\n`, `\r\n`, or `\r` alone).
    #[test]
    fn removals_cut_from_the_input_give_the_output(
        lines in prop::collection::vec(any_line(), 0..24),
        eol in prop::sample::select(vec!["\n", "\r\n", "\r"]),
        last in any::<bool>(),
    ) {
        let doc = lines.join(eol.as_bytes());
        let doc = if last && !lines.is_empty() { [&doc, eol.as_bytes()].concat() } else { doc };
        for mode in [Mode::Conservative, Mode::Balanced, Mode::Aggressive] {
            let cleaned = cleaner(mode).clean(&doc);
            if let Some(fault) = crate::removals::removals_fault(&doc, &cleaned) {
                return Err(TestCaseError::fail(format!("{mode:?}: {fault}")));
            }
        }
    }

    #[test]
    fn cleaning_twice_changes_nothing(doc in distinct(any_line())) {
        let cleaner = context_free_cleaner();
        let once = cleaner.clean(&doc).output().into_owned();
        let twice = cleaner.clean(&once);
        prop_assert!(
            twice.output().as_ref() == once.as_slice(),
            "second pass removed {:?}\ninput: {:?}",
            twice.removals(),
            String::from_utf8_lossy(&doc)
        );
    }

    #[test]
    fn prose_around_a_document_does_not_change_its_removals(
        doc in document(prop::collection::vec(any_line(), 0..24)),
        extra in 0..prose().len(),
        before in any::<bool>(),
    ) {
        let cleaner = context_free_cleaner();
        // A paragraph of its own: the document ends with a blank line before it, or
        // it ends with one before the document.
        let mut doc = doc;
        if !doc.is_empty() && !doc.ends_with(b"\n") {
            doc.push(b'\n');
        }
        let paragraph = format!("{}\n\n", prose()[extra]);
        let (whole, shift, shift_lines) = if before {
            ([paragraph.as_bytes(), &doc].concat(), paragraph.len(), 2)
        } else {
            ([&doc, b"\n".as_slice(), paragraph.as_bytes()].concat(), 0, 0)
        };
        let doc_lines = doc.iter().filter(|&&b| b == b'\n').count();
        // What went: the removed lines (by number) and spans (by range). The blank
        // lines that go with a removal depend on its neighbours and are left out.
        let took = |r: &deboil::Removal, shift: usize, shift_lines: usize| match r.kind {
            RemovalKind::Span => Some((r.line + shift_lines, r.start + shift, r.end + shift)),
            RemovalKind::Line => Some((r.line + shift_lines, 0, 0)),
            RemovalKind::Blank => None,
        };
        let alone: BTreeSet<(usize, usize, usize)> = cleaner
            .clean(&doc)
            .removals()
            .iter()
            .filter_map(|r| took(r, shift, shift_lines))
            .collect();
        let with: BTreeSet<(usize, usize, usize)> = cleaner
            .clean(&whole)
            .removals()
            .iter()
            .filter_map(|r| took(r, 0, 0))
            .filter(|&(line, _, _)| line > shift_lines && line <= shift_lines + doc_lines)
            .collect();
        prop_assert_eq!(alone, with, "document {:?}", String::from_utf8_lossy(&doc));
    }

    #[test]
    fn prose_without_boilerplate_is_byte_identical(doc in prose_document()) {
        for mode in [Mode::Conservative, Mode::Balanced] {
            let cleaned = cleaner(mode).clean(&doc);
            prop_assert!(cleaned.is_unchanged(), "{mode:?} removed {:?}", cleaned.removals());
        }
    }

    #[test]
    fn no_rules_and_no_detectors_change_nothing(doc in document(prop::collection::vec(any_line(), 0..24))) {
        let cleaner = Cleaner::builder().rules(RuleSet::new()).detectors(false).build().unwrap();
        prop_assert!(cleaner.clean(&doc).output().as_ref() == doc.as_slice());
    }
}

// ---------- through the binary ----------

/// A JSON string literal for `text`, escaped by serde_json.
fn json_string(text: &[u8]) -> String {
    serde_json::to_string(&String::from_utf8_lossy(text)).unwrap()
}

/// One JSONL record as (bytes before the text value, the text value, bytes after).
fn record() -> impl Strategy<Value = (String, String, String)> {
    (document(prop::collection::vec(any_line(), 0..24)), any::<u32>(), ".{0,12}", 0..4u8).prop_map(
        |(doc, id, meta, shape)| {
            let text = json_string(&doc);
            let meta = serde_json::to_string(&meta).unwrap();
            match shape {
                0 => (format!("{{\"id\":{id},\"text\":"), text, format!(",\"meta\":{meta}}}")),
                1 => (
                    format!("{{ \"meta\" : {meta} , \"text\" : "),
                    text,
                    format!(" , \"n\": {id}.50 }}"),
                ),
                2 => ("{\"text\":".to_owned(), text, "}".to_owned()),
                // No string in the field: passes through whole.
                _ => (
                    format!("{{\"id\":{id},\"text\":"),
                    format!("{id}"),
                    format!(",\"m\":{meta}}}"),
                ),
            }
        },
    )
}

proptest! {
    #![proptest_config(binary_config())]

    #[test]
    fn jsonl_keeps_every_other_byte_and_the_record_count(
        records in prop::collection::vec(record(), 0..12)
    ) {
        let mut input = String::new();
        for (pre, text, post) in &records {
            input.push_str(&format!("{pre}{text}{post}\n"));
        }
        let out = run(&["--jsonl", "-j2", "--batch-bytes", "200"], input.as_bytes());
        prop_assert_eq!(out.status.code(), Some(0), "{}", crate::stderr(&out));
        let got = String::from_utf8(out.stdout).unwrap();
        let got: Vec<&str> = got.lines().collect();
        prop_assert_eq!(got.len(), records.len());
        for ((pre, _, post), line) in records.iter().zip(got) {
            prop_assert!(line.starts_with(pre.as_str()) && line.ends_with(post.as_str()), "{line}");
        }
    }

    #[test]
    fn thread_count_never_changes_output_bytes(
        docs in prop::collection::vec(document(prop::collection::vec(any_line(), 0..24)), 1..16)
    ) {
        let docs: Vec<Vec<u8>> =
            docs.into_iter().map(|d| d.into_iter().filter(|&b| b != 0).collect()).collect();
        let input = docs.join(&0u8);
        let one = run(&["-z", "-j1"], &input);
        let four = run(&["-z", "-j4", "--batch-bytes", "64"], &input);
        prop_assert_eq!(one.status.code(), Some(0));
        prop_assert_eq!(four.status.code(), Some(0));
        prop_assert!(one.stdout == four.stdout);
    }

    #[test]
    fn no_rules_and_no_detectors_pass_any_input_through(doc in prop::collection::vec(any::<u8>(), 0..400)) {
        let out = run(&["--no-default-patterns", "--no-detectors"], &doc);
        prop_assert_eq!(out.status.code(), Some(0));
        prop_assert!(out.stdout == doc);
    }
}

/// A `variants` value made of the syntax's pieces in any order, well formed or not.
fn variants_value() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Subscribe",
        " now",
        " to",
        "’s",
        " - ",
        "(",
        ")",
        "[",
        "]",
        "|",
        "{",
        "}",
        "{1-4 words}",
        "{0 words}",
        "{6-2 words}",
        "\\",
        "\\(",
        " ",
        "“",
        "ü",
    ]);
    prop::collection::vec(piece, 1..16).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(config())]

    /// A `variants` line either parses into a rule that compiles and cleans, or is
    /// refused with a position inside the line; it never panics.
    #[test]
    fn variants_lines_parse_or_are_refused_with_a_position(value in variants_value()) {
        let text = format!("rule x ad span\n    variants {value}\n    phrase fallback\n");
        match RuleSet::parse("v.pat", &text) {
            Ok(rules) => {
                let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
                let _ = cleaner.check_examples();
                let _ = cleaner.clean(format!("Prose.\n{value}\nSubscribe now to it\n").as_bytes());
            }
            Err(errors) => {
                for e in errors.iter() {
                    prop_assert_eq!(e.line, 2);
                    prop_assert!(e.column >= 14 && e.column as usize <= 14 + value.chars().count(), "{}", e);
                }
            }
        }
    }
}
