//! The decision step: from signals (rule hits and detector findings) to removals.
//!
//! 1. Strong signals act alone; weak ones act only when the nearest non-blank line
//!    before or after also carries a signal (a run of boilerplate).
//! 2. Each acting signal applies its action: `span` cuts the match out, `line` marks
//!    the line, `block` the run of non-blank lines around it, `rest` everything from
//!    the line on.
//! 3. Guards keep the article: a `rest` whose tail holds more real prose than a third
//!    of what comes before it, a `block` holding prose besides the matched line, or
//!    weak runs that would take most of the document's prose are not applied; the
//!    guard's reason is kept for `--explain`.
//! 4. Outside conservative mode, a short line that is not prose and stands alone
//!    between two removed lines in the document's second half goes with them.

use crate::document::Line;
use crate::pattern::{Action, Category, Strength};

/// Where a signal comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// Index into the cleaner's rule table.
    Rule(u32),
    /// A structural detector.
    Detector(super::Detector),
    /// The line model.
    Model,
}

/// Something that says a line (or a span of it) is boilerplate.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Signal {
    pub line: u32,
    pub source: Source,
    pub category: Category,
    pub action: Action,
    pub strength: Strength,
    /// The matched bytes (for `span` and for `--explain`); the whole line for detectors.
    pub start: usize,
    pub end: usize,
}

/// Why a line or span goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A strong rule or detector matched it.
    Matched,
    /// A weak rule matched it, next to other boilerplate.
    NextToBoilerplate,
    /// It lies in the block of a `block` rule that matched on line `anchor` (1-based).
    InBlock { anchor: usize },
    /// It follows a `rest` rule that matched on line `anchor` (1-based).
    AfterAnchor { anchor: usize },
    /// A short line that is not prose, left alone between removed lines in the
    /// second half of the document's prose.
    Between,
    /// The line model scored it at or above the mode's threshold.
    Scored,
    /// Blank lines that go because lines around them went (at most one blank line
    /// stays where lines went, none at the start or end), filed under the removal on
    /// line `removal` (1-based). Only a [`RemovalKind::Blank`](super::RemovalKind)
    /// removal has this reason.
    BlankLines { removal: usize },
}

/// A removal the guard refused, kept for `--explain`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declined {
    /// 1-based line of the signal.
    pub line: usize,
    /// The rule or detector id.
    pub rule: std::sync::Arc<str>,
    /// Its category.
    pub category: Category,
    /// What was not done and why.
    pub reason: String,
}

/// The outcome for one line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mark {
    /// Index of the signal that decided it.
    pub signal: usize,
    pub why: Why,
}

/// What the decision step produced.
#[derive(Default)]
pub(crate) struct Decision {
    /// Per line: removed, by which signal.
    pub lines: Vec<Option<Mark>>,
    /// Span removals: (signal index, start, end), sorted.
    pub spans: Vec<(usize, usize, usize)>,
    /// Declined removals: (signal index, reason).
    pub declined: Vec<(usize, String)>,
}

/// How many more times a `rest` anchor must match below itself to head a thread.
const REST_REPEATS: usize = 2;
/// Below this many words of prose a document has no article to protect.
const ARTICLE_MIN_WORDS: usize = 50;
/// Words of prose that must stand before such a thread.
const REST_THREAD_MIN_BEFORE: usize = 30;

/// `weak_acts`: whether weak signals may act at all (not in conservative mode);
/// `between_lines`: whether step 4 runs (not beside a line model, which weighs such
/// lines itself).
/// `prose`: per line, its words of prose ([`line_prose`](super::core::line_prose)).
pub(crate) fn decide(
    text: &[u8],
    lines: &[Line],
    prose: &[u32],
    signals: &[Signal],
    weak_acts: bool,
    between_lines: bool,
) -> Decision {
    let n = lines.len();
    let mut d = Decision { lines: vec![None; n], ..Decision::default() };
    if signals.is_empty() {
        return d;
    }
    // Per line: the strongest signal (strong before weak; among equals a `rest`, which
    // may take the tail, then one that takes the whole line over a span; else the
    // first).
    let mut best: Vec<Option<usize>> = vec![None; n];
    let rank = |s: &Signal| (s.strength, s.action == Action::Rest, s.action != Action::Span);
    for (i, s) in signals.iter().enumerate() {
        let slot = &mut best[s.line as usize];
        match slot {
            Some(j) if rank(&signals[*j]) >= rank(s) => {}
            _ => *slot = Some(i),
        }
    }
    // Runs: maximal sequences of non-blank lines that all carry a signal (blank lines
    // between them do not break a run). In a run with a strong signal every weak
    // signal acts; in a run of two or more weak rule signals those act. Weak signals
    // that come from a line's shape alone (detectors) never confirm each other.
    let by_shape = |s: usize| matches!(signals[s].source, Source::Detector(_));
    let mut acting: Vec<usize> = Vec::new();
    let mut weak_only: Vec<usize> = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, acting: &mut Vec<usize>, weak_only: &mut Vec<usize>| {
        let strong = run.iter().any(|&s| signals[s].strength == Strength::Strong);
        let weak_rules =
            run.iter().filter(|&&s| signals[s].strength == Strength::Weak && !by_shape(s)).count();
        for &s in run.iter() {
            if signals[s].strength == Strength::Strong {
                acting.push(s);
            } else if !weak_acts {
            } else if strong {
                acting.push(s);
            } else if weak_rules >= 2 && !by_shape(s) {
                weak_only.push(s);
            }
        }
        run.clear();
    };
    for i in 0..n {
        if lines[i].blank {
            continue;
        }
        match best[i] {
            Some(s) => run.push(s),
            None => flush(&mut run, &mut acting, &mut weak_only),
        }
    }
    flush(&mut run, &mut acting, &mut weak_only);

    // Guard: runs of weak signals alone may not take most of the document's prose.
    let total_prose: usize = prose.iter().map(|&w| w as usize).sum();
    let weak_prose: usize =
        weak_only.iter().map(|&s| prose[signals[s].line as usize] as usize).sum();
    if total_prose > 0 && weak_prose * 2 > total_prose {
        for &s in &weak_only {
            d.declined
                .push((s, "weak signals alone would remove most of the document's prose".into()));
        }
    } else {
        acting.extend(weak_only);
    }
    acting.sort_by_key(|&s| signals[s].line);

    let mut rest_from: Option<(usize, usize)> = None;
    for &s in &acting {
        let sig = &signals[s];
        let at = sig.line as usize;
        let why =
            if sig.strength == Strength::Strong { Why::Matched } else { Why::NextToBoilerplate };
        match sig.action {
            Action::Line => mark(&mut d.lines, at, s, why),
            Action::Span => {
                let line = &lines[at];
                let (start, end) = widen_span(text, line, sig.start, sig.end);
                if crate::document::is_blank(
                    &[&text[line.start..start], &text[end..line.end]].concat(),
                ) {
                    mark(&mut d.lines, at, s, why);
                } else {
                    d.spans.push((s, start, end));
                }
            }
            Action::Block => {
                let mut first = at;
                while first > 0 && !lines[first - 1].blank {
                    first -= 1;
                }
                let mut last = at;
                while last + 1 < n && !lines[last + 1].blank {
                    last += 1;
                }
                let other_prose: usize =
                    (first..=last).filter(|&j| j != at).map(|j| prose[j] as usize).sum();
                mark(&mut d.lines, at, s, why);
                if other_prose > 0 {
                    d.declined.push((s, format!("block not removed: it holds {other_prose} words of prose besides the matched line; only the line goes")));
                } else {
                    for j in first..=last {
                        if j != at {
                            mark(&mut d.lines, j, s, Why::InBlock { anchor: at + 1 });
                        }
                    }
                }
            }
            Action::Rest => {
                if rest_from.is_none() {
                    let before: usize = prose[..at].iter().map(|&w| w as usize).sum();
                    let after: usize = prose[at + 1..].iter().map(|&w| w as usize).sum();
                    // A rest anchor that comes again twice or more further down heads a
                    // list of like items (a comment thread: "NAME on DATE said:"), whose
                    // prose is not the article's, once an article stands before it.
                    let repeats = signals
                        .iter()
                        .filter(|o| o.source == sig.source && o.line as usize > at)
                        .map(|o| o.line)
                        .collect::<std::collections::BTreeSet<_>>()
                        .len();
                    let thread = repeats >= REST_REPEATS && before >= REST_THREAD_MIN_BEFORE;
                    mark(&mut d.lines, at, s, why);
                    if after > 0 && after * 3 > before && !thread {
                        d.declined.push((s, format!("rest of the document not removed: {after} words of prose follow the match, against {before} before it; only the line goes")));
                    } else {
                        rest_from = Some((at, s));
                    }
                } else {
                    mark(&mut d.lines, at, s, why);
                }
            }
        }
    }
    if let Some((at, s)) = rest_from {
        // Blank lines go too, so that no blank line is left at the end.
        for slot in &mut d.lines[at + 1..] {
            if slot.is_none() {
                *slot = Some(Mark { signal: s, why: Why::AfterAnchor { anchor: at + 1 } });
            }
        }
    }
    // Last guard: whatever the signals, the document's prose does not go wholesale.
    // When the removals would take more than four fifths of it, its prose lines stay
    // (a rule that matches every line, a document that is one paragraph twice).
    // (The tail after an accepted `rest` anchor passed its own guard and is not counted.)
    let line_removal =
        |m: &Option<Mark>| m.is_some_and(|m| !matches!(m.why, Why::AfterAnchor { .. }));
    let removed_prose: usize = (0..n)
        .filter(|&i| line_removal(&d.lines[i]) && !lines[i].blank)
        .map(|i| prose[i] as usize)
        .sum();
    if total_prose >= ARTICLE_MIN_WORDS && removed_prose * 5 > total_prose * 4 {
        let mut first = None;
        for (slot, (line, &words)) in d.lines.iter_mut().zip(lines.iter().zip(prose)) {
            if let Some(m) = *slot {
                if line_removal(slot) && !line.blank && words > 0 {
                    *slot = None;
                    first.get_or_insert(m.signal);
                }
            }
        }
        if let Some(s) = first {
            d.declined.push((s, format!("prose lines kept: the removals would take {removed_prose} of the document's {total_prose} words of prose")));
        }
    }
    if weak_acts && between_lines {
        between(text, lines, prose, total_prose, &mut d.lines);
    }
    // Spans on lines that go anyway are moot.
    d.spans.retain(|&(s, _, _)| d.lines[signals[s].line as usize].is_none());
    d.spans.sort_by_key(|&(_, start, _)| start);
    d.spans.dedup_by(|b, a| b.1 < a.2);
    d
}

/// Longest line (words) that goes for standing between removed lines.
const BETWEEN_MAX_WORDS: u32 = 20;

/// Marks the lines that stand alone between two removed lines once half of the
/// document's prose lies above them, when they are short, are not prose and do not
/// close like a sentence: a score, a stray label in a run of link lists, a caption
/// between two credits. A sentence stays, and so does any line in the article's first
/// half, where a heading may stand between two captions. Such a line takes the signal
/// of the line above it.
fn between(
    text: &[u8],
    lines: &[Line],
    prose: &[u32],
    total_prose: usize,
    marks: &mut [Option<Mark>],
) {
    let mut nonblank = (0..lines.len()).filter(|&i| !lines[i].blank);
    let (Some(first), Some(mut at)) = (nonblank.next(), nonblank.next()) else { return };
    // Prose words up to and including `at`.
    let mut seen = prose[first] as usize + prose[at] as usize;
    let mut signal_above = marks[first].map(|m| m.signal);
    let shape = |i: usize| {
        prose[i] == 0
            && lines[i].words <= BETWEEN_MAX_WORDS
            && !super::core::closes_sentence(&text[lines[i].start..lines[i].end])
    };
    for below in nonblank {
        let signal_at = marks[at].map(|m| m.signal);
        if let (Some(s), None, Some(_)) = (signal_above, signal_at, marks[below]) {
            if seen * 2 >= total_prose && shape(at) {
                marks[at] = Some(Mark { signal: s, why: Why::Between });
            }
        }
        // A line marked here does not count as removed for the next one.
        signal_above = signal_at;
        at = below;
        seen += prose[at] as usize;
    }
}

fn mark(lines: &mut [Option<Mark>], at: usize, signal: usize, why: Why) {
    if lines[at].is_none() {
        lines[at] = Some(Mark { signal, why });
    }
}

/// Grows a span over the white space that would be left dangling: before it when it
/// ends the line, after it otherwise.
fn widen_span(text: &[u8], line: &Line, mut start: usize, mut end: usize) -> (usize, usize) {
    let rest_blank = text[end..line.end].iter().all(u8::is_ascii_whitespace);
    if rest_blank {
        end = line.end;
        while start > line.start && text[start - 1].is_ascii_whitespace() {
            start -= 1;
        }
    } else {
        while end < line.end && text[end].is_ascii_whitespace() {
            end += 1;
        }
    }
    (start, end)
}
