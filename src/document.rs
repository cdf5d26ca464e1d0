//! A document as byte spans: its lines, which of them are blank, and the measures
//! (words, characters) that rules and detectors ask about.
//!
//! Nothing here copies text: a [`Line`] is a pair of offsets into the input. Line
//! terminators (`\n` or `\r\n`, or `\r` in a document without line feeds) are kept
//! apart from the content so that kept lines are written back with exactly the bytes
//! they came with.

/// One line of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset just past the content (before `\r\n`, `\n` or, in a document of
    /// [`line_break`] `\r`, `\r`).
    pub end: usize,
    /// Offset just past the terminator (equal to `end` on a last line without one).
    pub next: usize,
    /// Whether the content is only white space.
    pub blank: bool,
    /// 0-based index among the document's non-blank lines (meaningless if blank).
    pub rank: u32,
    /// Number of words ([`word_count`]), counted once here for every later step.
    pub words: u32,
}

/// The byte that ends the lines of `text`: `\n`, except in a document that has
/// carriage returns and no line feed (as old Mac files do), whose lines end with
/// `\r`; it is cleaned as if each `\r` were `\n`, and keeps its own bytes.
///
/// ```
/// assert_eq!(deboil::line_break(b"Headline\r\nBody\r\n"), b'\n');
/// assert_eq!(deboil::line_break(b"Headline\rBody\r"), b'\r');
/// assert_eq!(deboil::line_break(b"One line"), b'\n');
/// ```
pub fn line_break(text: &[u8]) -> u8 {
    if memchr::memchr(b'\n', text).is_none() && memchr::memchr(b'\r', text).is_some() {
        b'\r'
    } else {
        b'\n'
    }
}

/// Splits `text` into lines at its [`line_break`]; a final line without terminator
/// counts, an empty tail after a final line break does not.
pub(crate) fn split_lines(text: &[u8], out: &mut Vec<Line>) {
    out.clear();
    let mut start = 0;
    let mut rank = 0u32;
    let mut push = |start: usize, end: usize, next: usize, out: &mut Vec<Line>| {
        let content_end =
            if end > start && text[end - 1] == b'\r' && next > end { end - 1 } else { end };
        let content = &text[start..content_end];
        let (blank, words) = measure(content);
        out.push(Line { start, end: content_end, next, blank, rank, words });
        if !blank {
            rank += 1;
        }
    };
    for nl in memchr::memchr_iter(line_break(text), text) {
        push(start, nl, nl + 1, out);
        start = nl + 1;
    }
    if start < text.len() {
        push(start, text.len(), text.len(), out);
    }
}

/// Whether a line is blank ([`is_blank`]) and its number of words ([`word_count`],
/// 0 for a blank line). A line without words is all ASCII white space and no-break
/// spaces, so blank; one whose first byte other than ASCII white space is another
/// ASCII byte is not (except for a vertical tab, which is Unicode white space). Only
/// the rest, lines that open with a non-ASCII character, need [`is_blank`]'s
/// decoding.
fn measure(content: &[u8]) -> (bool, u32) {
    let words = word_count(content);
    if words == 0 {
        return (true, 0);
    }
    match content.iter().find(|b| !b.is_ascii_whitespace()) {
        Some(&b) if b.is_ascii() && b != 0x0B => (false, words as u32),
        _ if is_blank(content) => (true, 0),
        _ => (false, words as u32),
    }
}

/// Whether a line holds only white space (ASCII, no-break space, zero-width space, BOM).
pub(crate) fn is_blank(line: &[u8]) -> bool {
    if line.iter().all(|b| b.is_ascii_whitespace()) {
        return true;
    }
    match std::str::from_utf8(line) {
        Ok(s) => s.chars().all(|c| c.is_whitespace() || c == '\u{200b}' || c == '\u{feff}'),
        Err(_) => false,
    }
}

/// Number of words: runs of bytes separated by ASCII white space or a no-break space.
///
/// A word starts at a byte that is not a space after one that is. Eight bytes are
/// looked at together, as the lanes of a `u64`: in a line without control bytes and
/// without 0xC2 (the first byte of a no-break space, C2 A0), the only space is 0x20,
/// which a lane test for "at most 0x20" finds, and the word starts are counted with
/// one `count_ones`. A line with such bytes is counted again a byte at a time. This
/// runs at a few instructions per eight bytes instead of several per byte.
pub(crate) fn word_count(line: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = !HIGH;
    let mut words = 0u32;
    // The high bit of the first lane: a space before the line.
    let mut before = 0x80u64;
    let mut unusual = 0u64;
    let mut lanes = |x: u64| {
        // Sums of lanes of at most 0x7F stay in their lane, so a lane's high bit
        // tells whether it reached 0x80.
        let low = x & LOW7;
        let ascii = !x & HIGH;
        let space = !(low + ONES * 0x5F) & ascii; // 0x00..=0x20
        let control = !(low + ONES * 0x60) & ascii; // 0x00..=0x1F
        let c2 = x ^ (ONES * 0xC2);
        let lead = !(((c2 & LOW7) + LOW7) | c2) & HIGH; // 0xC2
        unusual |= control | lead;
        let space_before = (space << 8) | before;
        words += (space_before & !space & HIGH).count_ones();
        before = space >> 56;
    };
    let mut chunks = line.chunks_exact(8);
    for chunk in chunks.by_ref() {
        lanes(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        // Spaces after the end start no word.
        let mut last = [b' '; 8];
        last[..rest.len()].copy_from_slice(rest);
        lanes(u64::from_le_bytes(last));
    }
    if unusual != 0 {
        return word_count_nbsp(line);
    }
    words as usize
}

/// [`word_count`] for a line that may hold no-break spaces.
fn word_count_nbsp(line: &[u8]) -> usize {
    let mut words = 0;
    let mut prev_space = true;
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        // U+00A0 (C2 A0) separates words too.
        if b == 0xC2 && line.get(i + 1) == Some(&0xA0) {
            prev_space = true;
            i += 2;
            continue;
        }
        let space = matches!(b, b' ' | b'\t' | b'\n' | 0x0C | b'\r');
        words += (prev_space & !space) as usize;
        prev_space = space;
        i += 1;
    }
    words
}

/// Number of characters (UTF-8 scalar values; each invalid byte counts as one).
pub(crate) fn char_count(line: &[u8]) -> usize {
    line.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Trims ASCII white space and no-break spaces from both ends.
pub(crate) fn trim(mut s: &[u8]) -> &[u8] {
    loop {
        if let [first, rest @ ..] = s {
            if first.is_ascii_whitespace() {
                s = rest;
                continue;
            }
        }
        if let [0xC2, 0xA0, rest @ ..] = s {
            s = rest;
            continue;
        }
        if let [rest @ .., last] = s {
            if last.is_ascii_whitespace() {
                s = rest;
                continue;
            }
        }
        if let [rest @ .., 0xC2, 0xA0] = s {
            s = rest;
            continue;
        }
        return s;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<(usize, usize, usize, bool)> {
        let mut v = Vec::new();
        split_lines(text.as_bytes(), &mut v);
        v.iter().map(|l| (l.start, l.end, l.next, l.blank)).collect()
    }

    #[test]
    fn lines_and_terminators() {
        assert_eq!(spans(""), vec![]);
        assert_eq!(spans("a"), vec![(0, 1, 1, false)]);
        assert_eq!(spans("a\n"), vec![(0, 1, 2, false)]);
        assert_eq!(spans("a\r\n\r\nb"), vec![(0, 1, 3, false), (3, 3, 5, true), (5, 6, 6, false)]);
        assert_eq!(spans("a\r\nb\rc"), vec![(0, 1, 3, false), (3, 6, 6, false)]);
        assert_eq!(spans(" \t\n"), vec![(0, 2, 3, true)]);
    }

    #[test]
    fn carriage_returns_end_the_lines_of_a_document_without_line_feeds() {
        assert_eq!(spans("a\r"), vec![(0, 1, 2, false)]);
        assert_eq!(spans("a\r\rb"), vec![(0, 1, 2, false), (2, 2, 3, true), (3, 4, 4, false)]);
        assert_eq!(spans(" \r"), vec![(0, 1, 2, true)]);
    }

    #[test]
    fn ranks_count_non_blank_lines() {
        let mut v = Vec::new();
        split_lines(b"a\n\nb\nc", &mut v);
        assert_eq!(
            v.iter().filter(|l| !l.blank).map(|l| l.rank).collect::<Vec<_>>(),
            vec![0, 1, 2]
        );
    }

    proptest::proptest! {
        /// The counts of the fast path and of the byte-at-a-time loop agree, and so
        /// do the one-pass measure and the separate tests.
        #[test]
        fn fast_measures_agree(bytes in proptest::collection::vec(
            proptest::sample::select(vec![b' ', b'\t', 0x0B, 0x0C, b'\r', b'a', b'.', 0xC2, 0xA0, 0xE2, 0x80, 0x83, 0xFF]),
            0..40,
        )) {
            proptest::prop_assert_eq!(word_count(&bytes), word_count_nbsp(&bytes));
            let blank = is_blank(&bytes);
            let words = if blank { 0 } else { word_count(&bytes) as u32 };
            proptest::prop_assert_eq!(measure(&bytes), (blank, words));
        }
    }

    #[test]
    fn measures() {
        assert_eq!(word_count(b"  one two\tthree "), 3);
        assert_eq!(word_count("a\u{a0}b".as_bytes()), 2);
        assert_eq!(word_count(b""), 0);
        assert_eq!(word_count(b"\xc2\xc2\xa0x"), 2);
        assert_eq!(word_count(b"\xc2\xa0\xa0"), 1);
        assert_eq!(word_count("à b".as_bytes()), 2);
        assert_eq!(char_count("für".as_bytes()), 3);
        assert_eq!(char_count(b"\xff\xfe"), 2);
        assert_eq!(trim("\u{a0} x y \u{a0}".as_bytes()), b"x y");
        assert!(is_blank("\u{a0} \u{200b}".as_bytes()));
        assert!(!is_blank(b"\xff"));
    }
}
