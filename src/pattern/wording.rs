//! The `variants` field: one line for a family of phrases that differ in a few words.
//!
//! `(Sign up|Subscribe) [now] to our newsletter` stands for the four phrases it spells
//! out. Such a line is expanded here, when its file is parsed, into plain phrases that
//! the matcher treats like any other (one automaton, typographic and case forms
//! added there). A line with a word gap (`Get the most popular {1-4 words} in a weekly
//! newsletter`) cannot be a literal: it becomes one regex, whose literal parts get the
//! typographic classes a phrase gets and give the matcher the literals it triggers
//! the regex by. The syntax lives in its own field so that `[`, `(`, `|` and `{` keep
//! meaning themselves in `phrase` lines, which hold them today (`X (Twitter)`).

use crate::matcher::variants::{self, MAX_VARIANTS};

/// How deep brackets may nest: more is a mistake, and the reader recurses.
const MAX_DEPTH: usize = 16;

/// The most words a gap may stand for: a gap is for a name or a short title inside a
/// blurb, not for a sentence.
pub(crate) const MAX_GAP: u32 = 6;

/// What a `variants` line stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Expansion {
    /// Plain phrases, in the order they are spelled out, without repeats.
    Phrases(Vec<String>),
    /// A regex in the syntax of the regex crate, for a line with a word gap.
    Regex(String),
}

/// A mistake in a `variants` line: `at` counts characters from the value's start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    pub at: usize,
    pub message: String,
}

fn error(at: usize, message: impl Into<String>) -> SyntaxError {
    SyntaxError { at, message: message.into() }
}

#[derive(Debug)]
enum Node {
    Text(String),
    /// `(a|b)`, or `[a|b]` when `optional`.
    Choice {
        alternatives: Vec<Vec<Node>>,
        optional: bool,
    },
    Gap(Gap),
}

/// `{N-M words}`, written at character `at`.
#[derive(Clone, Copy, Debug)]
struct Gap {
    min: u32,
    max: u32,
    at: usize,
}

/// Expands the value of a `variants` field.
pub(crate) fn expand(text: &str) -> Result<Expansion, SyntaxError> {
    let mut reader = Reader { chars: text.chars().collect(), pos: 0, depth: 0 };
    let mut top = reader.alternatives(None)?;
    let nodes = top.pop().unwrap_or_default();
    let too_many = || {
        error(
            0,
            format!(
                "the line spells out more than {MAX_VARIANTS} phrases; split it or use a regex"
            ),
        )
    };
    // Gaps stand only at the top level, so they cut the line into segments whose
    // spellings are independent of each other; each segment with the gap after it.
    let mut segments: Vec<(&[Node], Option<Gap>)> = Vec::new();
    let mut start = 0;
    for (i, node) in nodes.iter().enumerate() {
        if let Node::Gap(gap) = *node {
            segments.push((&nodes[start..i], Some(gap)));
            start = i + 1;
        }
    }
    segments.push((&nodes[start..], None));
    if segments.len() == 1 {
        let phrases = spell(&nodes).ok_or_else(too_many)?;
        if phrases.iter().any(String::is_empty) {
            return Err(error(
                0,
                "the line can spell an empty phrase: not every part may be optional",
            ));
        }
        return Ok(Expansion::Phrases(phrases));
    }
    let mut regex = String::new();
    let mut gap_before: Option<usize> = None;
    for (segment, gap) in segments {
        let spelled = spell(segment).ok_or_else(too_many)?;
        if spelled.iter().any(String::is_empty) {
            let at = gap.map(|g| g.at).or(gap_before).unwrap_or(0);
            return Err(error(at, "a word gap must stand between words that are always there"));
        }
        let mut forms: Vec<String> = spelled.iter().map(|s| variants::regex_literal(s)).collect();
        forms.dedup();
        regex.push_str("(?:");
        regex.push_str(&forms.join("|"));
        regex.push(')');
        if let Some(Gap { min, max, at }) = gap {
            // Words are runs of non-space; the spaces between them are any white space.
            regex.push_str(&format!(r"(?:\s+\S+){{{min},{max}}}\s+"));
            gap_before = Some(at);
        }
    }
    Ok(Expansion::Regex(regex))
}

/// Every spelling of `nodes` (no gaps among them), white space runs made one space and
/// the ends trimmed; `None` when there are more than [`MAX_VARIANTS`].
fn spell(nodes: &[Node]) -> Option<Vec<String>> {
    let mut out = vec![String::new()];
    for node in nodes {
        match node {
            Node::Text(t) => out.iter_mut().for_each(|o| o.push_str(t)),
            Node::Choice { alternatives, optional } => {
                let mut options = Vec::new();
                for a in alternatives {
                    options.extend(spell(a)?);
                }
                if *optional {
                    options.push(String::new());
                }
                if out.len().saturating_mul(options.len()) > MAX_VARIANTS {
                    return None;
                }
                out = out
                    .iter()
                    .flat_map(|o| options.iter().map(move |a| format!("{o}{a}")))
                    .collect();
            }
            Node::Gap(_) => unreachable!("gaps are only read at the top level"),
        }
    }
    let mut seen = std::collections::HashSet::new();
    Some(
        out.into_iter()
            .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|s| seen.insert(s.clone()))
            .collect(),
    )
}

struct Reader {
    chars: Vec<char>,
    pos: usize,
    depth: usize,
}

impl Reader {
    /// Reads `|`-separated alternatives up to the closing character of `open` (a
    /// bracket and its position), or to the end of the text when `open` is `None`.
    fn alternatives(&mut self, open: Option<(char, usize)>) -> Result<Vec<Vec<Node>>, SyntaxError> {
        let close = open.map(|(c, _)| if c == '(' { ')' } else { ']' });
        let mut alternatives = Vec::new();
        let mut current: Vec<Node> = Vec::new();
        let mut text = String::new();
        let flush = |text: &mut String, current: &mut Vec<Node>| {
            if !text.is_empty() {
                current.push(Node::Text(std::mem::take(text)));
            }
        };
        loop {
            let at = self.pos;
            let Some(c) = self.chars.get(at).copied() else {
                if let Some((c, opened)) = open {
                    return Err(error(opened, format!("'{c}' is not closed")));
                }
                flush(&mut text, &mut current);
                alternatives.push(current);
                return Ok(alternatives);
            };
            self.pos += 1;
            match c {
                '\\' => match self.chars.get(self.pos) {
                    Some(&next) => {
                        text.push(next);
                        self.pos += 1;
                    }
                    None => return Err(error(at, "'\\' at the end of the line escapes nothing")),
                },
                '(' | '[' => {
                    flush(&mut text, &mut current);
                    if self.depth == MAX_DEPTH {
                        return Err(error(at, format!("brackets nest more than {MAX_DEPTH} deep")));
                    }
                    self.depth += 1;
                    let inner = self.alternatives(Some((c, at)))?;
                    self.depth -= 1;
                    if c == '(' && inner.len() < 2 {
                        return Err(error(at, "'(' opens alternatives such as '(a|b)'; write '\\(' for a parenthesis, '[...]' for an optional part"));
                    }
                    current.push(Node::Choice { alternatives: inner, optional: c == '[' });
                }
                '|' | ')' | ']' => {
                    if close.is_none() || (c != '|' && Some(c) != close) {
                        return Err(error(at, format!("'{c}' outside a '(...)' or '[...]' that it belongs to; write '\\{c}' for the character itself")));
                    }
                    flush(&mut text, &mut current);
                    if is_empty(&current) {
                        return Err(error(
                            at,
                            "an empty alternative (an optional part is written '[...]')",
                        ));
                    }
                    alternatives.push(std::mem::take(&mut current));
                    if c != '|' {
                        return Ok(alternatives);
                    }
                }
                '{' => {
                    if open.is_some() {
                        return Err(error(
                            at,
                            "a word gap '{...}' cannot stand inside '(...)' or '[...]'",
                        ));
                    }
                    flush(&mut text, &mut current);
                    let (min, max) = self.gap(at)?;
                    current.push(Node::Gap(Gap { min, max, at }));
                }
                '}' => {
                    return Err(error(at, "'}' without '{'; write '\\}' for the character itself"))
                }
                _ => text.push(c),
            }
        }
    }

    /// Reads the rest of a gap opened at `at`: `N-M words`, `N words` or `1 word`, `}`.
    fn gap(&mut self, at: usize) -> Result<(u32, u32), SyntaxError> {
        let Some(len) = self.chars[self.pos..].iter().position(|&c| c == '}') else {
            return Err(error(at, "'{' is not closed"));
        };
        let inside: String = self.chars[self.pos..self.pos + len].iter().collect();
        self.pos += len + 1;
        let bad = || {
            error(
                at,
                format!("a word gap is '{{N-M words}}' or '{{N words}}' with M from 1 to {MAX_GAP}; found '{{{inside}}}'"),
            )
        };
        let words: Vec<&str> = inside.split_whitespace().collect();
        let [range, "word" | "words"] = words.as_slice() else { return Err(bad()) };
        let (min, max) = range.split_once('-').unwrap_or((range, range));
        let (Ok(min), Ok(max)) = (min.parse::<u32>(), max.parse::<u32>()) else {
            return Err(bad());
        };
        if min > max || max == 0 || max > MAX_GAP {
            return Err(bad());
        }
        Ok((min, max))
    }
}

/// Whether `nodes` hold nothing but white space.
fn is_empty(nodes: &[Node]) -> bool {
    nodes.iter().all(|n| matches!(n, Node::Text(t) if t.trim().is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<String> {
        match expand(text) {
            Ok(Expansion::Phrases(p)) => p,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn spells_out_optional_words_and_alternatives() {
        let table: &[(&str, &[&str])] = &[
            ("Subscribe to our newsletter", &["Subscribe to our newsletter"]),
            (
                "Subscribe [now] for unlimited access",
                &["Subscribe now for unlimited access", "Subscribe for unlimited access"],
            ),
            (
                "(Sign up|Subscribe) to our newsletter",
                &["Sign up to our newsletter", "Subscribe to our newsletter"],
            ),
            ("[Please] subscribe", &["Please subscribe", "subscribe"]),
            ("subscribe [now|today]", &["subscribe now", "subscribe today", "subscribe"]),
            ("newsletter[s]", &["newsletters", "newsletter"]),
            ("(Sign up [now]|Join) here", &["Sign up now here", "Sign up here", "Join here"]),
            (
                "our (daily|weekly) [free] newsletter",
                &[
                    "our daily free newsletter",
                    "our daily newsletter",
                    "our weekly free newsletter",
                    "our weekly newsletter",
                ],
            ),
            ("X \\(Twitter\\) \\| \\[a\\] \\{b\\} \\\\", &["X (Twitter) | [a] {b} \\"]),
            ("[a|a] b", &["a b", "b"]),
            ("You(’|')ve  reached", &["You’ve reached", "You've reached"]),
        ];
        for (text, want) in table {
            assert_eq!(phrases(text), *want, "{text}");
        }
    }

    #[test]
    fn a_gap_makes_a_regex_with_typographic_classes() {
        let table: &[(&str, &str)] = &[
            (
                "Get the most popular {1-4 words} in a weekly newsletter",
                r"(?:Get the most popular)(?:\s+\S+){1,4}\s+(?:in a weekly newsletter)",
            ),
            (
                "(Sign up|Subscribe) for {2 words} news",
                r"(?:Sign up for|Subscribe for)(?:\s+\S+){2,2}\s+(?:news)",
            ),
            (
                "You've read {0-1 word} articles - more",
                r"(?:You['’‘ʼ]ve read)(?:\s+\S+){0,1}\s+(?:articles [\-–—] more)",
            ),
            ("a.b {1-2 words} c+d", r"(?:a\.b)(?:\s+\S+){1,2}\s+(?:c\+d)"),
        ];
        for (text, want) in table {
            assert_eq!(expand(text), Ok(Expansion::Regex(want.to_string())), "{text}");
            regex_syntax::parse(want).unwrap();
        }
    }

    #[test]
    fn malformed_lines_name_the_character_at_fault() {
        let table: &[(&str, usize, &str)] = &[
            ("Subscribe [now for", 10, "'[' is not closed"),
            ("(Sign up|Subscribe to", 0, "'(' is not closed"),
            ("(Sign up|) to", 9, "an empty alternative"),
            ("(|Sign up) to", 1, "an empty alternative"),
            ("a [ ] b", 4, "an empty alternative"),
            ("a (b) c", 2, "'(' opens alternatives"),
            ("a | b", 2, "'|' outside"),
            ("a ] b", 2, "']' outside"),
            ("(a|b] c", 4, "']' outside"),
            ("a } b", 2, "'}' without '{'"),
            ("a {1-4 words b", 2, "'{' is not closed"),
            ("a {1-7 words} b", 2, "a word gap is"),
            ("a {0 words} b", 2, "a word gap is"),
            ("a {4-2 words} b", 2, "a word gap is"),
            ("a {two words} b", 2, "a word gap is"),
            ("a {1-4} b", 2, "a word gap is"),
            ("a [b {1 word}] c", 5, "a word gap '{...}' cannot stand inside"),
            ("{1-2 words} a", 0, "a word gap must stand between words"),
            ("a {1-2 words}", 2, "a word gap must stand between words"),
            ("a {1 word} {1 word} b", 11, "a word gap must stand between words"),
            ("[the] {1 word} b", 6, "a word gap must stand between words"),
            ("[a] [b]", 0, "the line can spell an empty phrase"),
            ("a \\", 2, "'\\' at the end of the line escapes nothing"),
        ];
        for (text, at, message) in table {
            let e = expand(text).unwrap_err();
            assert_eq!(e.at, *at, "{text}: {e:?}");
            assert!(e.message.starts_with(message), "{text}: {e:?}");
        }
    }

    #[test]
    fn too_many_spellings_are_refused() {
        let ten = "(a|b|c|d|e|f|g|h|i|j)";
        assert!(expand(&format!("{ten} {ten}")).is_ok());
        let e = expand(&format!("{ten} {ten} {ten}")).unwrap_err();
        assert!(e.message.contains("more than 512 phrases"), "{e:?}");
        // With a gap, each part is spelled out on its own, as an alternation.
        assert!(expand(&format!("{ten} {ten} {{1 word}} {ten} {ten}")).is_ok());
        let e = expand(&format!("a {{1 word}} {ten} {ten} {ten}")).unwrap_err();
        assert!(e.message.contains("more than 512 phrases"), "{e:?}");
        let deep = "[".repeat(16) + "a" + &"]".repeat(16) + " b";
        assert_eq!(phrases(&deep), vec!["a b", "b"]);
        let deeper = "[".repeat(10_000) + "a";
        assert!(expand(&deeper).unwrap_err().message.starts_with("brackets nest"));
    }
}
