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
        // A word at a time: the classes of Unicode regexes have hundreds of ranges.
        for (i, word) in self.0.iter_mut().enumerate() {
            let (first, last) = (i as u32 * 64, i as u32 * 64 + 63);
            let (from, to) = (u32::from(lo).max(first), u32::from(hi).min(last));
            if from <= to {
                let bits = to - from + 1;
                let mask = if bits == 64 { !0 } else { ((1u64 << bits) - 1) << (from - first) };
                *word |= mask;
            }
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

    /// Whether the set already holds every ASCII letter and every non-ASCII byte, so
    /// that widening it for case cannot add anything.
    fn takes_every_case(&self) -> bool {
        // Bits 65..=90 and 97..=122 of the second word: the ASCII letters.
        const LETTERS: u64 = (0x3FF_FFFF << 1) | (0x3FF_FFFF << 33);
        self.0[1] & LETTERS == LETTERS && self.0[2] == !0 && self.0[3] == !0
    }

    fn weight(&self) -> usize {
        let mut total = 0;
        for (i, &word) in self.0.iter().enumerate() {
            let mut bits = word;
            while bits != 0 {
                let b = (i * 64) as u32 + bits.trailing_zeros();
                total += weight(b as u8);
                bits &= bits - 1;
            }
        }
        total
    }

    fn nonempty(self) -> Option<ByteSet> {
        (self.0 != [0; 4]).then_some(self)
    }
}

/// A set of bytes one of which every match of `hir` holds, chosen to be as rare in text
/// as the structure allows, or `None` when nothing is required (a match can be empty,
/// or the branches share nothing). `fold`: the regex ignores case.
fn required(hir: &Hir, fold: bool) -> Option<ByteSet> {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => None,
        HirKind::Literal(lit) => {
            // Any byte of the literal will do; under case folding, a byte of a letter
            // stands for the bytes of all its case forms.
            let mut best: Option<ByteSet> = None;
            let mut i = 0;
            while i < lit.0.len() {
                let (set, width) = char_bytes(&lit.0[i..], true, fold);
                if best.is_none_or(|b| set.weight() < b.weight()) {
                    best = Some(set);
                }
                i += width;
            }
            best
        }
        HirKind::Class(_) => edge(hir, true, fold).0.nonempty(),
        HirKind::Repetition(rep) if rep.min > 0 => required(&rep.sub, fold),
        HirKind::Repetition(_) => None,
        HirKind::Capture(cap) => required(&cap.sub, fold),
        HirKind::Concat(subs) => {
            subs.iter().filter_map(|s| required(s, fold)).min_by_key(ByteSet::weight)
        }
        HirKind::Alternation(subs) => {
            let mut set = ByteSet::empty();
            for sub in subs {
                set.union(&required(sub, fold)?);
            }
            Some(set)
        }
    }
}

/// A rough count of how often byte `b` turns up in text: frequent letters and the
/// space are common, rare letters, digits and punctuation are not. Only used to choose
/// which required bytes to test for.
fn weight(b: u8) -> usize {
    match b.to_ascii_lowercase() {
        b' ' => 32,
        b'e' | b't' | b'a' | b'o' | b'i' | b'n' | b's' | b'h' | b'r' => 16,
        b'd' | b'l' | b'c' | b'u' | b'm' | b'w' | b'f' | b'g' | b'y' | b'p' | b'b' => 8,
        b'v' | b'k' | b'j' | b'x' | b'q' | b'z' => 2,
        b'0'..=b'9' => 2,
        0x80..=0xBF => 4,
        _ => 1,
    }
}

/// Whether `c` has other case forms (or may be one): a letter, or anything with a
/// case mapping.
fn has_case(c: char) -> bool {
    c.is_alphabetic() || c.to_lowercase().next() != Some(c) || c.to_uppercase().next() != Some(c)
}

/// Whether characters `lo..=hi` (non-ASCII) may have case forms. A long range is taken
/// to without looking; short ones (a digit block, a few signs) are looked at once per
/// thread and remembered, since the same classes come back in many regexes.
fn range_has_case(lo: u32, hi: u32) -> bool {
    thread_local! {
        static SEEN: std::cell::RefCell<std::collections::HashMap<(u32, u32), bool>> =
            Default::default();
    }
    if hi - lo >= 256 {
        return true;
    }
    SEEN.with(|seen| {
        *seen
            .borrow_mut()
            .entry((lo, hi))
            .or_insert_with(|| (lo..=hi).filter_map(char::from_u32).any(has_case))
    })
}

/// Adds to `set` every byte that the case forms of a character may put in its place.
/// The case forms of an ASCII letter are its other case and, for `k` and `s`, a
/// non-ASCII sign (KELVIN SIGN, LONG S); those of a non-ASCII character may be
/// anything non-ASCII or an ASCII letter. Rough, but always a superset.
fn widen_for_case(set: &mut ByteSet, c: char) {
    if c.is_ascii_alphabetic() {
        set.insert(c.to_ascii_lowercase() as u8);
        set.insert(c.to_ascii_uppercase() as u8);
        if matches!(c.to_ascii_lowercase(), 'k' | 's') {
            set.insert_range(0x80, 0xFF);
        }
    } else if !c.is_ascii() && has_case(c) {
        set.insert_range(0x80, 0xFF);
        set.insert_range(b'a', b'z');
        set.insert_range(b'A', b'Z');
    }
}

/// The first (`forward`) or last byte of the character at the start of `s`, widened for
/// case when `fold`, and the width of that character (1 for an invalid byte).
fn char_bytes(s: &[u8], forward: bool, fold: bool) -> (ByteSet, usize) {
    let mut set = ByteSet::empty();
    match decode(s) {
        Some((c, width)) => {
            set.insert(if forward { s[0] } else { s[width - 1] });
            if fold {
                widen_for_case(&mut set, c);
            }
            (set, width)
        }
        None => {
            set.insert(s[0]);
            (set, 1)
        }
    }
}

/// The bytes a match of `hir` can begin with (`forward`) or end with, and whether a
/// match can be empty at that edge (then the set says nothing alone). `fold`: the regex
/// ignores case.
fn edge(hir: &Hir, forward: bool, fold: bool) -> (ByteSet, bool) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (ByteSet::empty(), true),
        HirKind::Literal(lit) => {
            let bytes = &lit.0;
            if bytes.is_empty() {
                return (ByteSet::empty(), true);
            }
            if forward {
                (char_bytes(bytes, true, fold).0, false)
            } else {
                // The last character: back over at most three continuation bytes.
                let mut start = bytes.len() - 1;
                while start > 0 && bytes.len() - start < 4 && (bytes[start] & 0xC0) == 0x80 {
                    start -= 1;
                }
                let (set, width) = char_bytes(&bytes[start..], false, fold);
                if start + width == bytes.len() {
                    (set, false)
                } else {
                    let mut set = ByteSet::empty();
                    set.insert(bytes[bytes.len() - 1]);
                    (set, false)
                }
            }
        }
        HirKind::Class(Class::Bytes(c)) => {
            let mut set = ByteSet::empty();
            for r in c.ranges() {
                for b in r.start()..=r.end() {
                    set.insert(b);
                    if fold && b.is_ascii() {
                        widen_for_case(&mut set, b as char);
                    }
                }
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
                if fold {
                    // ASCII letters one by one; beyond ASCII, one character with case
                    // widens as much as all of them would, and a long range is taken
                    // to hold one without looking.
                    for c in (lo..=hi.min(0x7F)).filter_map(char::from_u32) {
                        widen_for_case(&mut set, c);
                    }
                    let from = lo.max(0x80);
                    if from <= hi && !set.takes_every_case() && range_has_case(from, hi) {
                        widen_for_case(&mut set, 'é');
                    }
                }
            }
            (set, false)
        }
        HirKind::Repetition(rep) => {
            let (set, nullable) = edge(&rep.sub, forward, fold);
            (set, nullable || rep.min == 0)
        }
        HirKind::Capture(cap) => edge(&cap.sub, forward, fold),
        HirKind::Concat(subs) => {
            let mut set = ByteSet::empty();
            let ordered: Box<dyn Iterator<Item = &Hir>> =
                if forward { Box::new(subs.iter()) } else { Box::new(subs.iter().rev()) };
            for sub in ordered {
                let (s, nullable) = edge(sub, forward, fold);
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
                let (s, nullable) = edge(sub, forward, fold);
                set.union(&s);
                any_nullable |= nullable;
            }
            (set, any_nullable)
        }
    }
}

/// The bytes a match of `hir` can begin with, or `None` when a match can be empty.
/// `case_sensitive`: as for [`Gate::new`].
pub(super) fn opening_bytes(hir: &Hir, case_sensitive: bool) -> Option<ByteSet> {
    let (set, nullable) = edge(hir, true, !case_sensitive);
    (!nullable).then_some(set)
}

fn lead_byte(c: char) -> u8 {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf).as_bytes()[0]
}

/// What a line must show before a regex without triggers (or with only
/// [inner](super::inner_triggers) ones) is worth running on it.
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
    /// Every match holds one of these bytes somewhere (a digit for a date, `©` or `(`
    /// for a copyright notice): the line must hold one too.
    needs: Option<ByteSet>,
}

impl Gate {
    /// A gate that lets every line through.
    pub(super) fn open() -> Gate {
        Gate { head: None, first: None, tail: None, last: None, needs: None }
    }

    /// Whether the gate lets every line through.
    pub(super) fn is_open(&self) -> bool {
        self.head.is_none()
            && self.first.is_none()
            && self.tail.is_none()
            && self.last.is_none()
            && self.needs.is_none()
    }

    /// The gate for a regex of a rule with line fit `fit`, given the regex parsed
    /// without case folding (`hir`); for a case-insensitive rule the byte sets are
    /// widened to every case form.
    pub(super) fn new(hir: &Hir, fit: LineFit, case_sensitive: bool) -> Gate {
        let mut gate = Gate::open();
        let fold = !case_sensitive;
        let props = hir.properties();
        let starts_line = props.look_set_prefix().contains(Look::Start);
        let ends_line = props.look_set_suffix().contains(Look::End);
        let side = |forward: bool| {
            let (set, nullable) = edge(hir, forward, fold);
            (!nullable).then_some(set)
        };
        let front = side(true);
        let back = side(false);
        if starts_line {
            gate.first = front;
        } else if matches!(fit, LineFit::Starts | LineFit::Alone) {
            gate.head = front;
        }
        gate.needs = required(hir, fold);
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
        if self.needs.is_some_and(|set| !set.meets(shape.present(content))) {
            return false;
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
    /// Every byte the line holds, worked out when a gate first asks (most lines are
    /// settled by their edges).
    present: std::cell::OnceCell<ByteSet>,
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
        Shape { head, tail, present: std::cell::OnceCell::new() }
    }

    /// Every byte of `content`, the line this shape is of.
    fn present(&self, content: &[u8]) -> &ByteSet {
        self.present.get_or_init(|| {
            let mut present = ByteSet::empty();
            for &b in content {
                present.insert(b);
            }
            present
        })
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
pub(super) fn decode(s: &[u8]) -> Option<(char, usize)> {
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

    #[test]
    fn range_insertion_is_byte_by_byte_insertion() {
        for lo in 0..=255u8 {
            for hi in 0..=255u8 {
                let mut one_by_one = ByteSet::empty();
                for b in lo..=hi {
                    one_by_one.insert(b);
                }
                let mut ranged = ByteSet::empty();
                ranged.insert_range(lo, hi);
                assert_eq!(ranged.0, one_by_one.0, "{lo}..={hi}");
            }
        }
    }

    fn gate(pattern: &str, fit: LineFit) -> Gate {
        let hir = regex_syntax::ParserBuilder::new().utf8(false).build().parse(pattern).unwrap();
        Gate::new(&hir, fit, false)
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
        let date = gate(r"(?:\p{L}+,?\s+)?\d{1,2}\.\s+\p{L}+\s+\d{4}", LineFit::Alone);
        assert!(date.admits_line(b"Montag, 3. Mai 2021"));
        assert!(!date.admits_line(b"Hello world."));
        let colon = gate(r"^\p{Lu}\w+ said:$", LineFit::Contains);
        assert!(colon.admits_line(b"Anna said:"));
        assert!(!colon.admits_line(b"Anna said: no"));
    }

    #[test]
    fn every_case_is_recognised() {
        let mut set = ByteSet::empty();
        assert!(!set.takes_every_case());
        widen_for_case(&mut set, 'é');
        assert!(set.takes_every_case());
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
