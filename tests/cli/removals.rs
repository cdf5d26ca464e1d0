//! The removals reproduce the output: cutting every removal's byte range out of the
//! input, and appending `terminator_added()`, gives the output byte for byte, on
//! every document of the nine evaluation sets (`../shared/eval`) and in
//! `--annotate`'s JSON. Properties of generated documents live in `props.rs`.

use std::path::PathBuf;

use deboil::{Cleaned, Cleaner, RemovalKind, RuleSet};

use super::*;

/// What is wrong with `cleaned`'s removals, if anything: they must be sorted,
/// non-empty, non-overlapping ranges of the input whose complement, followed by
/// the added terminator, is the output; `removed_bytes` their total length; a
/// blank-lines removal nothing but white space.
pub(crate) fn removals_fault(input: &[u8], cleaned: &Cleaned<'_>) -> Option<String> {
    let output = cleaned.output();
    let mut cut = Vec::with_capacity(input.len());
    let mut at = 0;
    for r in cleaned.removals() {
        if r.start < at || r.end <= r.start || r.end > input.len() {
            return Some(format!("removal {r:?} is empty, out of order or past the end"));
        }
        let blank = std::str::from_utf8(&input[r.start..r.end]).is_ok_and(|s| {
            s.chars().all(|c| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}')
        });
        if r.kind == RemovalKind::Blank && !blank {
            return Some(format!("blank-lines removal {r:?} holds text"));
        }
        cut.extend_from_slice(&input[at..r.start]);
        at = r.end;
    }
    cut.extend_from_slice(&input[at..]);
    let added = cleaned.terminator_added();
    if ![&b""[..], b"\n", b"\r\n", b"\r"].contains(&added) {
        return Some(format!("added terminator {added:?}"));
    }
    if !added.is_empty() && (cut.is_empty() || cut.ends_with(&added[added.len() - 1..])) {
        return Some(format!("terminator {added:?} added after {} bytes ending in one", cut.len()));
    }
    cut.extend_from_slice(added);
    if cut != output.as_ref() {
        let differ = cut.iter().zip(output.iter()).take_while(|(a, b)| a == b).count();
        return Some(format!(
            "input less removals differs from the output at byte {differ} (lengths {} and {}): {:?} vs {:?}",
            cut.len(),
            output.len(),
            String::from_utf8_lossy(&cut[differ..(differ + 40).min(cut.len())]),
            String::from_utf8_lossy(&output[differ..(differ + 40).min(output.len())]),
        ));
    }
    let total: usize = cleaned.removals().iter().map(|r| r.end - r.start).sum();
    if cleaned.removed_bytes() != total {
        return Some(format!(
            "removed_bytes {} but the ranges hold {total}",
            cleaned.removed_bytes()
        ));
    }
    if cleaned.is_unchanged() != cleaned.removals().is_empty() {
        return Some("unchanged with removals, or changed without".into());
    }
    None
}

/// The raw documents of the nine evaluation sets.
fn evaluation_documents() -> Vec<PathBuf> {
    let data = shared().join("eval/data");
    let mut files = Vec::new();
    for set in ["sh", "traf", "wceb"] {
        for variant in ["recall", "resiliparse", "full"] {
            let dir = data.join(set).join(variant);
            let before = files.len();
            for entry in
                std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    files.push(path);
                }
            }
            assert!(files.len() > before, "{} holds no documents", dir.display());
        }
    }
    files.sort();
    files
}

#[test]
fn removals_reproduce_the_output_of_every_evaluation_document() {
    let files = evaluation_documents();
    let cleaner = Cleaner::new(RuleSet::defaults()).unwrap();
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get().min(4));
    let (faults, changed) = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let (files, cleaner) = (&files, &cleaner);
                scope.spawn(move || {
                    let mut faults = Vec::new();
                    let mut changed = 0;
                    for path in files.iter().skip(t).step_by(threads) {
                        let input = std::fs::read(path).unwrap();
                        let cleaned = cleaner.clean(&input);
                        changed += usize::from(!cleaned.is_unchanged());
                        if let Some(fault) = removals_fault(&input, &cleaned) {
                            faults.push(format!("{}: {fault}", path.display()));
                        }
                    }
                    (faults, changed)
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).fold(
            (Vec::new(), 0),
            |(mut faults, changed), (f, c)| {
                faults.extend(f);
                (faults, changed + c)
            },
        )
    });
    // Most documents lose something: the check is not vacuous.
    assert!(changed * 2 > files.len(), "only {changed} of {} documents changed", files.len());
    assert!(
        faults.is_empty(),
        "{} of {} documents ({changed} changed): removals do not reproduce the output; the first: {:#?}",
        faults.len(),
        files.len(),
        &faults[..faults.len().min(5)]
    );
}

/// `text` with the `--annotate` ranges cut out, followed by the line terminator that
/// README says a changed document gets when what is left does not end with one.
fn cut_as_documented(text: &[u8], ranges: &[(usize, usize)]) -> Vec<u8> {
    let mut cut = Vec::new();
    let mut at = 0;
    for &(s, e) in ranges {
        assert!(at <= s && s < e && e <= text.len(), "range {s}..{e} after {at}");
        cut.extend_from_slice(&text[at..s]);
        at = e;
    }
    cut.extend_from_slice(&text[at..]);
    let eol = deboil::line_break(text);
    let first_line = text.split(|&b| b == eol).next().unwrap_or(b"");
    let terminator: &[u8] = match eol {
        b'\r' => b"\r",
        _ if first_line.ends_with(b"\r") && first_line.len() < text.len() => b"\r\n",
        _ => b"\n",
    };
    if !ranges.is_empty() && !cut.is_empty() && cut.last() != Some(&eol) {
        cut.extend_from_slice(terminator);
    }
    cut
}

#[test]
fn annotate_ranges_cut_from_the_text_give_the_cleaned_text() {
    let article = std::fs::read(repo().join("tests/fixtures/article.txt")).unwrap();
    let article = String::from_utf8(article).unwrap();
    let prose = "The storm reached the coast on Monday night, cutting power to thousands of homes, officials said.";
    let texts = [
        article.clone(),
        article.replace('\n', "\r\n"),
        article.replace('\n', "\r"),
        format!("Storm hits coast\n\nAdvertisement\n\n{prose}"),
        format!("\n\nAdvertisement\n\n\n{prose}\n\n\n"),
        format!("Storm hits coast\nAdvertisement\n\n\n{prose}\n"),
        // A paywall and the plan grid after it: one range.
        format!("{prose}\n\nYou've reached your limit of free articles this month.\n\nBasic\n$4 a month\n\nPremium\n$9 a month\n"),
    ];
    let input: String =
        texts.iter().map(|t| format!("{}\n", serde_json::json!({ "text": t }))).collect();
    let out = run(&["--jsonl", "--annotate"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let records: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.len(), texts.len());
    for (text, record) in texts.iter().zip(&records) {
        let ranges: Vec<(usize, usize)> = record["deboil"]["removed"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize))
            .collect();
        let cleaned = record["text"].as_str().unwrap();
        assert_ne!(cleaned, text, "nothing removed from {text:?}");
        assert_eq!(
            String::from_utf8_lossy(&cut_as_documented(text.as_bytes(), &ranges)),
            cleaned,
            "{text:?}: ranges {ranges:?}"
        );
        let total: usize = ranges.iter().map(|(s, e)| e - s).sum();
        assert_eq!(record["deboil"]["removed_bytes"].as_u64().unwrap() as usize, total, "{text:?}");
    }
    // The paywall line and every line after it go by one rule: one range.
    let paywall = &records[texts.len() - 1]["deboil"]["removed"];
    assert_eq!(paywall.as_array().unwrap().len(), 1, "{paywall}");
}
