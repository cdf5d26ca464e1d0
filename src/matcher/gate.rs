//! Cheap preconditions ("gates") for regexes that have no literal trigger.
//!
//! A regex without a short set of leading literals would otherwise run on every line
//! its rule's limits admit, and be compiled for the first such line. Most of these
//! regexes still say a lot about the bytes at the edges of a match: a date starts
//! with a digit or a month name, a price with a currency sign or a digit, a credit in
//! parentheses ends with `)`. Where the rule fixes the match to the start or the end
//! of the line (after or before decoration), checking those few bytes rules out most
//! lines without compiling or running anything.
//!
//! The sets are supersets by construction: a gate may let a line through that the
//! regex then rejects, never the other way round.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

use crate::pattern::LineFit;

/// A set of byte values, as a 256-bit map.
#[derive(Clone, Copy, Default)]
pub(super) struct ByteSet([u64; 4]);

impl ByteSet {
    fn empty() -> ByteSet {
        ByteSet([0; 4])
    }

    fn insert(&mut self, b: u8) {
        self.0[(b >> 6) as usize] |= 1 << (b & 63);
    }

    fn insert_range(&mut self, lo: u8, hi: u8) {
        for b in lo..=hi {
            self.insert(b);
        }
    }

    fn union(&mut self, other: &ByteSet) {
        for (a, b) in self.0.iter_mut().zip(other.0.iter()) {
            *a |= *b;
        }
    }

    pub(super) fn contains(&self, b: u8) -> bool {
        self.0[(b >> 6) as usize] & (1 << (b & 63)) != 0
    }

    fn meets(&self, other: &ByteSet) -> bool {
        self.0.iter().zip(other.0.iter()).any(|(a, b)| a & b != 0)
    }

    fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }
}

/// The bytes a match of `hir` can begin with (`forward`) or end with, and whether a
/// match can be empty at that edge (then the set says nothing alone).
fn edge(hir: &Hir, forward: bool) -> (ByteSet, bool) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (ByteSet::empty(), true),
        HirKind::Literal(lit) => {
            let bytes = &lit.0;
            let mut set = ByteSet::empty();
            let b = if forward { bytes.first() } else { bytes.last() };
            match b {
                Some(&b) => {
                    set.insert_range(b, b);
                    (set, false)
                }
                None => (set, true),
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            let mut set = ByteSet::empty();
            for r in c.ranges() {
                set.insert_range(r.start(), r.end());
            }
            (set, false)
        }
        HirKind::Class(Class::Unicode(c)) => {
            let mut set = ByteSet::empty();
            for r in c.ranges() {
                let (lo, hi) = (r.start() as u32, r.end() as u32);
                if forward {
                    // The first byte of a UTF-8 encoding grows with the code point.
                    set.insert_range(lead_byte(r.start()), lead_byte(r.end()));
                } else {
                    if lo < 0x80 {
                        set.insert_range(lo as u8, hi.min(0x7F) as u8);
                    }
                    if hi >= 0x80 {
                        set.insert_range(0x80, 0xBF);
                    }
                }
            }
            (set, false)
        }
        HirKind::Repetition(rep) => {
            let (set, nullable) = edge(&rep.sub, forward);
            (set, nullable || rep.min == 0)
        }
        HirKind::Capture(cap) => edge(&cap.sub, forward),
        HirKind::Concat(subs) => {
            let mut set = ByteSet::empty();
            let ordered: Box<dyn Iterator<Item = &Hir>> =
                if forward { Box::new(subs.iter()) } else { Box::new(subs.iter().rev()) };
            for sub in ordered {
                let (s, nullable) = edge(sub, forward);
                set.union(&s);
                if !nullable {
                    return (set, false);
                }
            }
            (set, true)
        }
        HirKind::Alternation(subs) => {
            let mut set = ByteSet::empty();
            let mut any_nullable = false;
            for sub in subs {
                let (s, nullable) = edge(sub, forward);
                set.union(&s);
                any_nullable |= nullable;
            }
            (set, any_nullable)
        }
    }
}

fn lead_byte(c: char) -> u8 {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf).as_bytes()[0]
}

/// What a line must show before an untriggered regex is worth running on it.
pub(super) struct Gate {
    /// The regex's match begins right after the line's leading decoration (its rule
    /// fits `starts` or `alone`): some byte where a head may begin is in this set.
    head: Option<ByteSet>,
    /// The match begins at the line's first byte (`^`): that byte is in this set.
    first: Option<ByteSet>,
    /// The match ends right before the line's trailing decoration (`ends`, `alone`):
    /// some byte from the last letter on is in this set.
    tail: Option<ByteSet>,
    /// The match ends at the line's last byte (`$`): that byte is in this set.
    last: Option<ByteSet>,
    /// The match can start anywhere but only with one of these (at most three) bytes.
    any_of: Option<Vec<u8>>,
}

impl Gate {
    /// The gate for regex `pattern` of a rule with line fit `fit`. A pattern that
    /// does not parse (it is then reported elsewhere) gets a gate that lets all through.
    pub(super) fn new(pattern: &str, fit: LineFit, case_sensitive: bool) -> Gate {
        let mut gate = Gate { head: None, first: None, tail: None, last: None, any_of: None };
        // Parsed as the matcher compiles it: with case folding, every case form of a
        // character is in the classes, so the sets need no widening afterwards.
        let mut parser = regex_syntax::ParserBuilder::new()
            .utf8(false)
            .case_insensitive(!case_sensitive)
            .build();
        let Ok(hir) = parser.parse(pattern) else {
            return gate;
        };
        let props = hir.properties();
        let starts_line = props.look_set_prefix().contains(Look::Start);
        let ends_line = props.look_set_suffix().contains(Look::End);
        let side = |forward: bool| {
            let (set, nullable) = edge(&hir, forward);
            (!nullable).then_some(set)
        };
        let front = side(true);
        let back = side(false);
        if starts_line {
            gate.first = front;
        } else if matches!(fit, LineFit::Starts | LineFit::Alone) {
            gate.head = front;
        } else if let Some(set) = &front {
            if set.len() <= 3 {
                gate.any_of = Some((0..=255u8).filter(|&b| set.contains(b)).collect());
            }
        }
        if ends_line {
            gate.last = back;
        } else if matches!(fit, LineFit::Ends | LineFit::Alone) {
            gate.tail = back;
        }
        gate
    }

    /// Whether the regex may match somewhere in `content` (one line, no terminator),
    /// whose [`Shape`] is `shape`.
    pub(super) fn admits(&self, content: &[u8], shape: &Shape) -> bool {
        if self.first.is_some_and(|set| !content.first().is_some_and(|&b| set.contains(b))) {
            return false;
        }
        if self.last.is_some_and(|set| !content.last().is_some_and(|&b| set.contains(b))) {
            return false;
        }
        if self.head.is_some_and(|set| !set.meets(&shape.head)) {
            return false;
        }
        if self.tail.is_some_and(|set| !set.meets(&shape.tail)) {
            return false;
        }
        if let Some(bytes) = &self.any_of {
            let found = match bytes[..] {
                [a] => memchr::memchr(a, content).is_some(),
                [a, b] => memchr::memchr2(a, b, content).is_some(),
                [a, b, c] => memchr::memchr3(a, b, c, content).is_some(),
                _ => true,
            };
            if !found {
                return false;
            }
        }
        true
    }
}

/// The bytes where a line's head may begin and the bytes of its tail, worked out once
/// per line for all gates.
pub(super) struct Shape {
    /// The bytes at the offsets [`head_starts`] gives.
    head: ByteSet,
    /// The bytes from the last letter to the end (from [`tail_start`], one back).
    tail: ByteSet,
}

impl Shape {
    pub(super) fn of(content: &[u8]) -> Shape {
        let mut head = ByteSet::empty();
        head_starts(content, |p| {
            head.insert(content[p]);
            false
        });
        let mut tail = ByteSet::empty();
        for &b in &content[tail_start(content).saturating_sub(1)..] {
            tail.insert(b);
        }
        Shape { head, tail }
    }
}

/// Calls `f` with each offset of `content` where a match that must begin its line
/// (after decoration) can begin: 0 and every character boundary up to and including
/// the first letter. Decoration is taken broadly here (anything but a letter), so
/// that both the phrases' notion of decoration and the regexes' (white space,
/// punctuation, symbols, numbers) are covered. Stops early when `f` returns true.
pub(super) fn head_starts(content: &[u8], mut f: impl FnMut(usize) -> bool) {
    let mut i = 0;
    while i < content.len() {
        if f(i) {
            return;
        }
        let b = content[i];
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                return;
            }
            i += 1;
            continue;
        }
        match decode(&content[i..]) {
            Some((c, width)) if !c.is_alphabetic() || c.is_numeric() => i += width,
            _ => return,
        }
    }
}

/// The offset just past the last letter of `content` (0 when it has none): a match
/// that must end its line (before decoration) ends at or after it. An invalid byte
/// counts as a letter, since neither kind of decoration takes it.
pub(super) fn tail_start(content: &[u8]) -> usize {
    let mut end = content.len();
    while end > 0 {
        let b = content[end - 1];
        if b.is_ascii() {
            if b.is_ascii_alphabetic() {
                return end;
            }
            end -= 1;
            continue;
        }
        // Back to the first byte of this character (at most three continuation bytes).
        let mut start = end - 1;
        while start > 0 && end - start < 4 && (content[start] & 0xC0) == 0x80 {
            start -= 1;
        }
        match decode(&content[start..end]) {
            Some((c, width)) if start + width == end && (!c.is_alphabetic() || c.is_numeric()) => {
                end = start
            }
            _ => return end,
        }
    }
    0
}

/// The character at the start of `s` and its width, if `s` starts with valid UTF-8.
fn decode(s: &[u8]) -> Option<(char, usize)> {
    let width = match s[0] {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return None,
    };
    let c = std::str::from_utf8(s.get(..width)?).ok()?.chars().next()?;
    Some((c, width))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(pattern: &str, fit: LineFit) -> Gate {
        Gate::new(pattern, fit, false)
    }

    impl Gate {
        fn admits_line(&self, content: &[u8]) -> bool {
            self.admits(content, &Shape::of(content))
        }
    }

    #[test]
    fn head_and_tail_positions() {
        let mut seen = Vec::new();
        head_starts("» 12 Über".as_bytes(), |p| {
            seen.push(p);
            false
        });
        assert_eq!(seen, vec![0, 2, 3, 4, 5, 6]);
        assert_eq!(tail_start(b"Photo: AP)."), 9);
        assert_eq!(tail_start("a €€ 12".as_bytes()), 1);
        assert_eq!(tail_start(b"123"), 0);
        assert_eq!(tail_start(b"ab\xff"), 3);
    }

    #[test]
    fn gates_rule_out_lines_that_cannot_match() {
        let price = gate(r"[$€£]\s?\d+", LineFit::Alone);
        assert!(price.admits_line("€ 9".as_bytes()));
        assert!(price.admits_line(b"- $5 -"));
        assert!(!price.admits_line(b"Prices rose"));
        let ago = gate(r"\d+\s+hours?\s+ago", LineFit::Alone);
        assert!(ago.admits_line(b"3 hours ago"));
        assert!(ago.admits_line(b"3 HOURS AGO."));
        assert!(!ago.admits_line(b"hours passed"));
        assert!(!ago.admits_line(b"3 hours later"));
        let paren = gate(r"\((?:AP|Reuters)[^()]*\)", LineFit::Ends);
        assert!(paren.admits_line(b"A man walks (AP)"));
        assert!(!paren.admits_line(b"A man walks"));
        let notice = gate(r"(?:©|\(c\))\s*\d{4}", LineFit::Contains);
        assert!(notice.admits_line("Text © 2020".as_bytes()));
        assert!(notice.admits_line(b"Text (C) 2020"));
        assert!(!notice.admits_line(b"Text 2020"));
        let colon = gate(r"^\p{Lu}\w+ said:$", LineFit::Contains);
        assert!(colon.admits_line(b"Anna said:"));
        assert!(!colon.admits_line(b"Anna said: no"));
    }

    #[test]
    fn case_folding_keeps_the_gate_a_superset() {
        // KELVIN SIGN folds to 'k'.
        let g = gate(r"kb\b", LineFit::Starts);
        assert!(g.admits_line("\u{212A}b".as_bytes()));
        assert!(g.admits_line(b"KB"));
        let nullable = gate(r"x*", LineFit::Alone);
        assert!(nullable.admits_line(b"anything"));
    }
}
