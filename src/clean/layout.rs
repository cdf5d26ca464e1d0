//! Writes the kept parts of a document back out, and says what went.
//!
//! The output is made of kept byte ranges of the input ([`Kept`]), so that what
//! goes is exactly their complement: [`removals`] splits that complement among the
//! removed lines and spans, and the input with the removals cut out is the output
//! (less the one line terminator that may be added at the end).
//!
//! Kept lines keep every byte, terminator included. Only around a removal is the
//! blank-line layout repaired: where removed lines leave blank lines behind, at most
//! one blank line stays between two kept lines, and none at the start. A changed
//! document ends with exactly one line terminator and no trailing blank lines.

use std::sync::Arc;

use super::{Removal, RemovalKind, Why};
use crate::document::{is_blank, Line};

/// What the output keeps of a document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Kept {
    /// Byte ranges of the input, in order; two ranges never touch (they are merged).
    pub ranges: Vec<(usize, usize)>,
    /// The line terminator written after them: the document's own (`\n`, `\r\n` or
    /// `\r`, as its first line ends) when the kept text does not end with one, else
    /// nothing.
    pub terminator: &'static [u8],
}

impl Kept {
    /// Appends the output to `out`.
    pub fn write(&self, text: &[u8], out: &mut Vec<u8>) {
        for &(s, e) in &self.ranges {
            out.extend_from_slice(&text[s..e]);
        }
        out.extend_from_slice(self.terminator);
    }
}

/// What stays of `text` without the lines marked in `removed` and without the byte
/// ranges in `spans` (sorted, non-overlapping, each inside one kept line).
pub(crate) fn keep(
    text: &[u8],
    lines: &[Line],
    removed: &[bool],
    spans: &[(usize, usize)],
) -> Kept {
    let newline: &'static [u8] = match lines.first().map(|l| &text[l.end..l.next]) {
        Some(b"\r\n") => b"\r\n",
        Some(b"\r") => b"\r",
        _ => b"\n",
    };
    // The kept pieces, one or more per written line, not yet merged.
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    // Where the written lines that are all blank at the end begin (in `pieces`): they
    // go at the end.
    let mut blank_tail: Option<usize> = None;
    let mut pending: Vec<usize> = Vec::new();
    let mut touched = false;
    let mut wrote_any = false;
    let mut spans = spans.iter().peekable();
    for (i, line) in lines.iter().enumerate() {
        if removed[i] {
            touched = true;
            continue;
        }
        if line.blank {
            pending.push(i);
            continue;
        }
        let blanks: &[usize] = match (touched, wrote_any) {
            (false, _) => &pending,
            (true, true) => &pending[..pending.len().min(1)],
            (true, false) => &[],
        };
        if !blanks.is_empty() {
            blank_tail.get_or_insert(pieces.len());
        }
        pieces.extend(blanks.iter().map(|&b| (lines[b].start, lines[b].next)));
        pending.clear();
        touched = false;
        // The line, less any removed spans inside it.
        let first = pieces.len();
        let mut at = line.start;
        while let Some(&&(s, e)) = spans.peek() {
            if s >= line.next {
                break;
            }
            pieces.push((at, s));
            at = e;
            spans.next();
        }
        pieces.push((at, line.next));
        let cut = pieces.len() - first > 1;
        // A line that loses spans may have nothing but white space left.
        let blank = cut && {
            let left: Vec<u8> =
                pieces[first..].iter().flat_map(|&(s, e)| &text[s..e]).copied().collect();
            is_blank(&left)
        };
        if blank {
            blank_tail.get_or_insert(first);
        } else {
            blank_tail = None;
        }
        wrote_any = true;
    }
    // Trailing blank lines go; the last line gets a terminator if it has none.
    pieces.truncate(blank_tail.unwrap_or(pieces.len()));
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(pieces.len());
    for (s, e) in pieces {
        match ranges.last_mut() {
            _ if s == e => {}
            Some(last) if last.1 == s => last.1 = e,
            _ => ranges.push((s, e)),
        }
    }
    let ends_line = ranges.last().is_none_or(|&(_, e)| text[e - 1] == newline[newline.len() - 1]);
    Kept { ranges, terminator: if ends_line { b"" } else { newline } }
}

/// The removals of a document, made to cover exactly what `kept` leaves out of
/// `text`: `pieces` (the removed lines and spans, in order, none of them kept) are
/// widened over what goes besides them. A removed line takes the blank lines that go
/// with it; the blank lines that go in a stretch with no removal of its own (a second
/// blank line below the one kept after a removal) become a removal of
/// kind [`RemovalKind::Blank`], filed under the removal before them.
pub(crate) fn removals(
    text: &[u8],
    lines: &[Line],
    kept: &Kept,
    pieces: Vec<Removal>,
) -> Vec<Removal> {
    let mut gaps = Vec::with_capacity(kept.ranges.len() + 1);
    let mut at = 0;
    for &(s, e) in &kept.ranges {
        if at < s {
            gaps.push((at, s));
        }
        at = e;
    }
    if at < text.len() {
        gaps.push((at, text.len()));
    }
    let mut out: Vec<Removal> = Vec::with_capacity(pieces.len());
    let mut pieces = pieces.into_iter().peekable();
    for (a, b) in gaps {
        let first = out.len();
        while let Some(p) = pieces.next_if(|p| p.start < b) {
            debug_assert!(a <= p.start && p.end <= b, "removal {p:?} is partly kept");
            out.push(p);
        }
        if out.len() > first {
            out[first].start = a;
            for k in first + 1..out.len() {
                out[k - 1].end = out[k].start;
            }
            out.last_mut().expect("a removal in the gap").end = b;
            continue;
        }
        let Some(owner) = out.last().or(pieces.peek()) else { continue };
        let (category, rule, removal) = (owner.category, Arc::clone(&owner.rule), owner.line);
        out.push(Removal {
            start: a,
            end: b,
            line: lines.partition_point(|l| l.next <= a) + 1,
            kind: RemovalKind::Blank,
            category,
            rule,
            why: Why::BlankLines { removal },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::split_lines;
    use crate::pattern::Category;

    fn run_spans(text: &str, removed_lines: &[usize], spans: &[(usize, usize)]) -> String {
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        let removed: Vec<bool> = (0..lines.len()).map(|i| removed_lines.contains(&i)).collect();
        let mut out = Vec::new();
        keep(text.as_bytes(), &lines, &removed, spans).write(text.as_bytes(), &mut out);
        String::from_utf8(out).unwrap()
    }

    fn run(text: &str, removed_lines: &[usize]) -> String {
        run_spans(text, removed_lines, &[])
    }

    #[test]
    fn blank_lines_around_removals_collapse() {
        assert_eq!(run("a\n\nx\n\ny\nz\n\nb", &[2, 4, 5]), "a\n\nb\n");
        assert_eq!(run("x\n\na\n\n\nb\n", &[0]), "a\n\n\nb\n");
        assert_eq!(run("a\nx\nb\n", &[1]), "a\nb\n");
        assert_eq!(run("a\n\nx", &[2]), "a\n");
        assert_eq!(run("a\r\n\r\nx\r\n\r\nb\r\n", &[2]), "a\r\n\r\nb\r\n");
        assert_eq!(run("a\r\nb\r\nx", &[2]), "a\r\nb\r\n");
        assert_eq!(run("x\ny\n", &[0, 1]), "");
        assert_eq!(run("a\r\rx\r\rb", &[2]), "a\r\rb\r");
    }

    #[test]
    fn spans_are_cut_out_of_kept_lines() {
        assert_eq!(run_spans("keep (Photo: AP)\nnext\n", &[], &[(4, 16)]), "keep\nnext\n");
        // A last line that spans leave blank goes, with the blank lines above it.
        assert_eq!(run_spans("a\n\nAB\n", &[], &[(3, 4), (4, 5)]), "a\n");
    }

    /// One removed line per entry of `removed_lines`, then `removals` over them.
    fn cover(text: &str, removed_lines: &[usize]) -> Vec<(usize, usize, usize, RemovalKind)> {
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        let removed: Vec<bool> = (0..lines.len()).map(|i| removed_lines.contains(&i)).collect();
        let kept = keep(text.as_bytes(), &lines, &removed, &[]);
        let pieces = removed_lines
            .iter()
            .map(|&i| Removal {
                start: lines[i].start,
                end: lines[i].next,
                line: i + 1,
                kind: RemovalKind::Line,
                category: Category::Ad,
                rule: Arc::from("ad.x"),
                why: Why::Matched,
            })
            .collect();
        removals(text.as_bytes(), &lines, &kept, pieces)
            .into_iter()
            .map(|r| (r.start, r.end, r.line, r.kind))
            .collect()
    }

    #[test]
    fn removals_take_the_blank_lines_that_go_with_them() {
        use RemovalKind::{Blank, Line};
        // The blank line below a removed line goes with it, one above it too.
        assert_eq!(cover("a\n\nx\n\nb\n", &[2]), [(3, 6, 3, Line)]);
        assert_eq!(cover("a\n\n\nx\nb\n", &[3]), [(3, 6, 4, Line)]);
        // At the start, every blank line goes.
        assert_eq!(cover("\n\nx\n\nb", &[2]), [(0, 5, 3, Line)]);
        // A second blank line below the one kept after a removal is a removal of its
        // own, filed under that removal.
        assert_eq!(cover("a\nx\n\n\nb\n", &[1]), [(2, 4, 2, Line), (5, 6, 4, Blank)]);
        // Trailing blank lines go with the last removal.
        assert_eq!(cover("a\nx\n\n\n", &[1]), [(2, 6, 2, Line)]);
    }
}
