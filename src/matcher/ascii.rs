//! A regex narrowed to ASCII text: what a pattern matches on a line without a byte
//! above 0x7F, as a syntax tree whose classes hold ASCII characters only.
//!
//! Most lines of a crawl are ASCII, and a pattern's Unicode classes (`\w`, `\s`,
//! `\p{L}`) are what make compiling it slow: their UTF-8 automata have hundreds of
//! states. On an ASCII line, a Unicode class matches exactly its ASCII members, a
//! Unicode word boundary is the ASCII one, and case-insensitive matching meets only
//! the ASCII members of a character's case orbit (for `k`: `k`, `K`; the Kelvin sign
//! of the pattern matches `k` and `K` too). The narrowed tree is built from the tree
//! that start-up parses anyway, so a line of ASCII costs no Unicode parse and no
//! Unicode compile.

use std::sync::OnceLock;

use regex_syntax::hir::{Capture, Class, ClassBytes, ClassBytesRange, Hir, HirKind, Look};
use regex_syntax::hir::{ClassUnicode, ClassUnicodeRange, Repetition};

/// Whether the tree of `source`, parsed without case folding, can be narrowed with
/// case folded as the pattern would fold it when `fold`.
///
/// Not when folding cannot be applied to the finished tree: a negated class or a class
/// set operation folds its operands before the negation or the operation, which the
/// tree no longer shows (`(?i)[^a]` does not match `A`, though `[^a]` does). Such a
/// pattern keeps to its Unicode engine.
pub(super) fn narrowable(source: &str, fold: bool) -> bool {
    const ORDER_MATTERS: [&str; 7] = ["[^", "\\P", "{^", "[:^", "&&", "--", "~~"];
    !fold || !ORDER_MATTERS.iter().any(|m| source.contains(m))
}

/// `hir` narrowed to ASCII text, with ASCII case folded when `fold` (see
/// [`narrowable`]). `None` for a tree it cannot narrow (a byte literal that is not
/// UTF-8).
pub(super) fn narrow(hir: &Hir, fold: bool) -> Option<Hir> {
    Some(match hir.kind() {
        HirKind::Empty => Hir::empty(),
        HirKind::Literal(lit) => {
            let text = std::str::from_utf8(&lit.0).ok()?;
            if !fold {
                // A character outside ASCII never matches an ASCII line.
                return Some(if text.is_ascii() {
                    Hir::literal(text.as_bytes())
                } else {
                    Hir::fail()
                });
            }
            let folds = folds();
            let mut parts = Vec::new();
            let mut run = Vec::new();
            for c in text.chars() {
                let mates: &[u8] = if c.is_ascii() {
                    &folds.mates[c as usize]
                } else {
                    folds.outside.iter().find(|(o, _)| *o == c).map_or(&[], |(_, l)| l)
                };
                match mates {
                    [] => return Some(Hir::fail()),
                    [one] => run.push(*one),
                    _ => {
                        if !run.is_empty() {
                            parts.push(Hir::literal(std::mem::take(&mut run)));
                        }
                        let ranges = mates.iter().map(|&m| ClassBytesRange::new(m, m));
                        parts.push(Hir::class(Class::Bytes(ClassBytes::new(ranges))));
                    }
                }
            }
            if !run.is_empty() {
                parts.push(Hir::literal(run));
            }
            Hir::concat(parts)
        }
        HirKind::Class(Class::Unicode(class)) => class_of(&unicode_set(class, fold)),
        HirKind::Class(Class::Bytes(class)) => {
            let mut set = [false; 128];
            for r in class.ranges() {
                for b in r.start()..=r.end().min(0x7F) {
                    set[b as usize] = true;
                    if fold {
                        set[b.to_ascii_lowercase() as usize] = true;
                        set[b.to_ascii_uppercase() as usize] = true;
                    }
                }
            }
            class_of(&set)
        }
        HirKind::Look(look) => Hir::look(ascii_look(*look)),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            min: rep.min,
            max: rep.max,
            greedy: rep.greedy,
            sub: Box::new(narrow(&rep.sub, fold)?),
        }),
        HirKind::Capture(cap) => Hir::capture(Capture {
            index: cap.index,
            name: cap.name.clone(),
            sub: Box::new(narrow(&cap.sub, fold)?),
        }),
        HirKind::Concat(subs) => {
            Hir::concat(subs.iter().map(|s| narrow(s, fold)).collect::<Option<_>>()?)
        }
        HirKind::Alternation(subs) => {
            Hir::alternation(subs.iter().map(|s| narrow(s, fold)).collect::<Option<_>>()?)
        }
    })
}

/// The ASCII word-boundary assertion for a Unicode one (they agree on ASCII text).
fn ascii_look(look: Look) -> Look {
    match look {
        Look::WordUnicode => Look::WordAscii,
        Look::WordUnicodeNegate => Look::WordAsciiNegate,
        Look::WordStartUnicode => Look::WordStartAscii,
        Look::WordEndUnicode => Look::WordEndAscii,
        Look::WordStartHalfUnicode => Look::WordStartHalfAscii,
        Look::WordEndHalfUnicode => Look::WordEndHalfAscii,
        other => other,
    }
}

/// Case folding as it touches ASCII, from Unicode's simple case folding tables.
struct Folds {
    /// Per ASCII byte, the ASCII bytes of its orbit (itself and its other case).
    mates: [Vec<u8>; 128],
    /// The characters outside ASCII whose orbit holds ASCII letters (the Kelvin sign,
    /// the long s), with those letters.
    outside: Vec<(char, Vec<u8>)>,
}

fn folds() -> &'static Folds {
    static FOLDS: OnceLock<Folds> = OnceLock::new();
    FOLDS.get_or_init(|| {
        let mut outside: Vec<(char, Vec<u8>)> = Vec::new();
        let mates = std::array::from_fn(|b| {
            let c = b as u8 as char;
            let mut class = ClassUnicode::new([ClassUnicodeRange::new(c, c)]);
            class.case_fold_simple();
            let orbit: Vec<char> = class.iter().flat_map(|r| r.start()..=r.end()).collect();
            for &o in orbit.iter().filter(|o| !o.is_ascii()) {
                match outside.iter_mut().find(|(x, _)| *x == o) {
                    Some((_, letters)) => letters.push(b as u8),
                    None => outside.push((o, vec![b as u8])),
                }
            }
            orbit.iter().filter(|o| o.is_ascii()).map(|&o| o as u8).collect()
        });
        Folds { mates, outside }
    })
}

/// The ASCII characters that a Unicode class matches.
fn unicode_set(class: &ClassUnicode, fold: bool) -> [bool; 128] {
    let mut set = [false; 128];
    for r in class.ranges() {
        if r.start() > '\x7F' {
            break;
        }
        for b in r.start() as u8..=(r.end().min('\x7F') as u8) {
            set[b as usize] = true;
        }
    }
    if fold {
        let folds = folds();
        let direct = set;
        for (b, _) in direct.iter().enumerate().filter(|(_, &m)| m) {
            for &m in &folds.mates[b] {
                set[m as usize] = true;
            }
        }
        let ranges = class.ranges();
        for (c, letters) in &folds.outside {
            let at = ranges.partition_point(|r| r.end() < *c);
            if at < ranges.len() && ranges[at].start() <= *c {
                for &m in letters {
                    set[m as usize] = true;
                }
            }
        }
    }
    set
}

/// A byte class of the marked ASCII bytes (an empty one never matches).
fn class_of(set: &[bool; 128]) -> Hir {
    let mut ranges = Vec::new();
    let mut b = 0;
    while b < 128 {
        if set[b] {
            let start = b;
            while b + 1 < 128 && set[b + 1] {
                b += 1;
            }
            ranges.push(ClassBytesRange::new(start as u8, b as u8));
        }
        b += 1;
    }
    Hir::class(Class::Bytes(ClassBytes::new(ranges)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex_automata::meta::Regex;
    use regex_automata::util::syntax;

    /// Patterns with Unicode classes, word boundaries, non-ASCII literals and case
    /// orbits that leave ASCII (the Kelvin sign, the long s).
    const PATTERNS: &[&str] = &[
        r"\bby \p{Lu}\w+",
        r"foto:\s*\S+",
        r"für \w+",
        r"\d+ comments?\b",
        r"[À-ž]+x",
        r"\x{212A}m",
        r"ſt",
        r"[^a-z ]+",
        r"(?:©|\(c\)) ?\d{4}",
        r"\P{Lu}+",
        r"\W+$",
        r"^\s*(?:read|more)\b.{0,20}",
        r"[\p{L}&&[^a-m]]+",
    ];

    proptest::proptest! {
        /// On ASCII text the narrowed tree matches where the Unicode pattern does.
        #[test]
        fn narrowed_patterns_agree_on_ascii_text(
            which in 0..PATTERNS.len(),
            fold: bool,
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "by ", "BY ", "Jane", "jane", "foto:", "FOTO: ", "k", "K", "km", "st", "ST",
                "12 comments", "Comments", "(c) 2019", "(C)", " ", "\t", "x", "X", "read",
                "MORE", "A", "n", "z", "_", "-", "!", "7",
            ]), 0..8),
            noise in "[\t -~]{0,6}",
        ) {
            let text = parts.concat() + &noise;
            let pattern = PATTERNS[which];
            let config = syntax::Config::new().case_insensitive(fold).utf8(false);
            let full = Regex::builder().syntax(config).build(pattern).unwrap();
            let unfolded = regex_syntax::ParserBuilder::new()
                .utf8(false)
                .build()
                .parse(pattern)
                .unwrap();
            let Some(narrowed) = narrowable(pattern, fold).then(|| narrow(&unfolded, fold).unwrap())
            else {
                // Refused only where folding must come before a negation.
                proptest::prop_assert!(fold && (pattern.contains('^') || pattern.contains("\\P") || pattern.contains("&&")));
                return Ok(());
            };
            let ascii = Regex::builder()
                .syntax(syntax::Config::new().utf8(false))
                .build_from_hir(&narrowed)
                .unwrap();
            let want: Vec<_> = full.find_iter(text.as_bytes()).map(|m| m.range()).collect();
            let got: Vec<_> = ascii.find_iter(text.as_bytes()).map(|m| m.range()).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    #[test]
    fn case_orbits_outside_ascii_are_kept() {
        let hir = regex_syntax::ParserBuilder::new().build().parse("\u{212A}").unwrap();
        let narrowed = narrow(&hir, true).unwrap();
        let re = Regex::builder().build_from_hir(&narrowed).unwrap();
        assert!(re.is_match("k") && re.is_match("K"));
        let narrowed = narrow(&hir, false).unwrap();
        let re = Regex::builder().build_from_hir(&narrowed).unwrap();
        assert!(!re.is_match("k"));
    }
}
