//! A document as byte spans: its lines, which of them are blank, and the measures
//! (words, characters) that rules and detectors ask about.
//!
//! Nothing here copies text: a [`Line`] is a pair of offsets into the input. Line
//! terminators (`\n` or `\r\n`) are kept apart from the content so that kept lines
//! are written back with exactly the bytes they came with.

/// One line of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset just past the content (before `\r\n` or `\n`).
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

/// Splits `text` into lines; a final line without terminator counts, an empty tail
/// after a final newline does not.
pub(crate) fn split_lines(text: &[u8], out: &mut Vec<Line>) {
    out.clear();
    let mut start = 0;
    let mut rank = 0u32;
    let mut push = |start: usize, end: usize, next: usize, out: &mut Vec<Line>| {
        let content_end =
            if end > start && text[end - 1] == b'\r' && next > end { end - 1 } else { end };
        let content = &text[start..content_end];
        let blank = is_blank(content);
        let words = if blank { 0 } else { word_count(content) as u32 };
        out.push(Line { start, end: content_end, next, blank, rank, words });
        if !blank {
            rank += 1;
        }
    };
    for nl in memchr::memchr_iter(b'\n', text) {
        push(start, nl, nl + 1, out);
        start = nl + 1;
    }
    if start < text.len() {
        push(start, text.len(), text.len(), out);
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
/// A word starts where a space ends; the space test is a table lookup and the count
/// an addition, so that prose, where a branch would go wrong at every word, costs
/// about a nanosecond per byte.
pub(crate) fn word_count(line: &[u8]) -> usize {
    const SPACE: [bool; 256] = {
        let mut t = [false; 256];
        t[b' ' as usize] = true;
        t[b'\t' as usize] = true;
        t[b'\n' as usize] = true;
        t[b'\r' as usize] = true;
        t[0x0C] = true;
        t
    };
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
        let space = SPACE[b as usize];
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
        assert_eq!(spans("a\r"), vec![(0, 2, 2, false)]);
        assert_eq!(spans(" \t\n"), vec![(0, 2, 3, true)]);
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
