//! Writes the kept parts of a document back out.
//!
//! Kept lines keep every byte, terminator included. Only around a removal is the
//! blank-line layout repaired: where removed lines leave blank lines behind, at most
//! one blank line stays between two kept lines, and none at the start. A changed
//! document ends with exactly one line terminator and no trailing blank lines.

use crate::document::{is_blank, Line};

/// Writes `text` without the lines marked in `removed` and without the byte ranges in
/// `spans` (sorted, non-overlapping, each inside one kept line).
pub(crate) fn write(
    text: &[u8],
    lines: &[Line],
    removed: &[bool],
    spans: &[(usize, usize)],
    out: &mut Vec<u8>,
) {
    let newline: &[u8] = match lines.first() {
        Some(l) if l.next > l.end + 1 => b"\r\n",
        _ => b"\n",
    };
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
        if touched {
            if wrote_any {
                if let Some(&first) = pending.first() {
                    let b = &lines[first];
                    out.extend_from_slice(&text[b.start..b.next]);
                }
            }
        } else {
            for &b in &pending {
                out.extend_from_slice(&text[lines[b].start..lines[b].next]);
            }
        }
        pending.clear();
        touched = false;
        // The line, less any removed spans inside it.
        let mut at = line.start;
        while let Some(&&(s, e)) = spans.peek() {
            if s >= line.next {
                break;
            }
            out.extend_from_slice(&text[at..s]);
            at = e;
            spans.next();
        }
        out.extend_from_slice(&text[at..line.next]);
        wrote_any = true;
    }
    // Trailing blank lines go; the last line gets a terminator if it has none.
    while out.last().is_some() {
        let start = out[..out.len() - 1].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
        let last_line = &out[start..];
        if is_blank(last_line) {
            out.truncate(start);
        } else {
            break;
        }
    }
    if !out.is_empty() && !out.ends_with(b"\n") {
        out.extend_from_slice(newline);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::split_lines;

    fn run(text: &str, removed_lines: &[usize]) -> String {
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        let removed: Vec<bool> = (0..lines.len()).map(|i| removed_lines.contains(&i)).collect();
        let mut out = Vec::new();
        write(text.as_bytes(), &lines, &removed, &[], &mut out);
        String::from_utf8(out).unwrap()
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
    }

    #[test]
    fn spans_are_cut_out_of_kept_lines() {
        let text = "keep (Photo: AP)\nnext\n";
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        let mut out = Vec::new();
        write(text.as_bytes(), &lines, &[false, false], &[(4, 16)], &mut out);
        assert_eq!(out, b"keep\nnext\n");
    }
}
