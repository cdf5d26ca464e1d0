//! `--explain`: a document with every removal shown in place.
//!
//! ```text
//! == article.txt: 4 lines removed, 412 of 3120 bytes (13.2%)
//!     4
//!     5 - Ben Ariel, Canada ,
//!         └ byline · detect.byline · a short 'Name Surname, Place' line near the top
//!     6
//! ```
//! Kept lines are printed with their number; removed lines with `-`, lines that lose
//! a span with `~` (the span in `[- -]`), followed by the category, the rule or
//! detector id and the reason. Removals the article-loss guard refused follow their
//! line with `└ kept:`.

use std::io::Write;

use deboil::{Cleaned, Cleaner, Detector, RemovalKind, Why};

const RED: &str = "\x1b[31m";
const DIM: &str = "\x1b[2m";
const YELLOW: &str = "\x1b[33m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

struct Paint(bool);

impl Paint {
    fn on(&self, code: &'static str) -> &'static str {
        if self.0 {
            code
        } else {
            ""
        }
    }
}

pub fn write_explain(
    out: &mut impl Write,
    name: &str,
    cleaned: &Cleaned<'_>,
    cleaner: &Cleaner,
    site: Option<&str>,
    color: bool,
) -> std::io::Result<()> {
    let p = Paint(color);
    let input = cleaned.input();
    let output_len = cleaned.output().len();
    let removed_lines = cleaned.removals().iter().filter(|r| r.kind == RemovalKind::Line).count();
    let spans = cleaned.removals().iter().filter(|r| r.kind == RemovalKind::Span).count();
    let summary = if cleaned.is_unchanged() {
        "nothing removed".to_string()
    } else {
        let gone = input.len() - output_len;
        let share = if input.is_empty() { 0.0 } else { 100.0 * gone as f64 / input.len() as f64 };
        let mut s =
            format!("{removed_lines} line{} removed", if removed_lines == 1 { "" } else { "s" });
        if spans > 0 {
            s.push_str(&format!(", {spans} span{}", if spans == 1 { "" } else { "s" }));
        }
        s.push_str(&format!(", {gone} of {} bytes ({share:.1}%)", input.len()));
        s
    };
    writeln!(out, "{}== {name}: {summary}{}", p.on(BOLD), p.on(RESET))?;

    let scores = cleaner.line_scores(input, site);
    let mut scores = scores.iter().peekable();
    let mut removals = cleaned.removals().iter().peekable();
    let mut declined = cleaned.declined().iter().peekable();
    let mut number = 0usize;
    let mut start = 0usize;
    // Lines as the cleaner numbers them (`\r` ends them in a file without `\n`).
    let eol = deboil::line_break(input);
    while start < input.len() {
        number += 1;
        let end = memchr::memchr(eol, &input[start..]).map_or(input.len(), |i| start + i + 1);
        let line = &input[start..end];
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        let mut here = Vec::new();
        while let Some(r) = removals.peek() {
            if r.line != number {
                break;
            }
            let r = removals.next().expect("peeked");
            // Blank lines that go with the layout are shown as they stand.
            if r.kind != RemovalKind::Blank {
                here.push(r);
            }
        }
        let whole = here.iter().find(|r| r.kind == RemovalKind::Line);
        if let Some(r) = whole {
            writeln!(
                out,
                "{:>6} {}- {}{}",
                number,
                p.on(RED),
                String::from_utf8_lossy(content),
                p.on(RESET)
            )?;
            writeln!(
                out,
                "         {}└ {}{}",
                p.on(DIM),
                reason(r.category.name(), &r.rule, &r.why, cleaner),
                p.on(RESET)
            )?;
        } else if !here.is_empty() {
            let mut shown = String::new();
            let mut at = start;
            for r in &here {
                shown.push_str(&String::from_utf8_lossy(&input[at..r.start]));
                shown.push_str(p.on(RED));
                shown.push_str("[-");
                shown.push_str(&String::from_utf8_lossy(&input[r.start..r.end]));
                shown.push_str("-]");
                shown.push_str(p.on(RESET));
                at = r.end;
            }
            shown.push_str(&String::from_utf8_lossy(&input[at..start + content.len()]));
            writeln!(out, "{:>6} ~ {}", number, shown)?;
            for r in &here {
                writeln!(
                    out,
                    "         {}└ {}{}",
                    p.on(DIM),
                    reason(r.category.name(), &r.rule, &r.why, cleaner),
                    p.on(RESET)
                )?;
            }
        } else {
            writeln!(out, "{:>6}   {}", number, String::from_utf8_lossy(content))?;
        }
        while let Some(s) = scores.peek() {
            if s.line != number {
                break;
            }
            let top: Vec<String> =
                s.top.iter().map(|(name, c)| format!("{name} {c:+.2}")).collect();
            let (color, verdict) = if s.removed {
                (DIM, "removed")
            } else if s.score >= s.threshold {
                (YELLOW, "kept (most of the prose would go)")
            } else {
                (YELLOW, "kept")
            };
            writeln!(
                out,
                "         {}└ model: {verdict}, score {:.2} (threshold {:.2}); weighed most: {}{}",
                p.on(color),
                s.score,
                s.threshold,
                top.join(", "),
                p.on(RESET)
            )?;
            scores.next();
        }
        while let Some(d) = declined.peek() {
            if d.line != number {
                break;
            }
            writeln!(
                out,
                "         {}└ kept: {} · {} · {}{}",
                p.on(YELLOW),
                d.category,
                d.rule,
                d.reason,
                p.on(RESET)
            )?;
            declined.next();
        }
        start = end;
    }
    Ok(())
}

fn reason(category: &str, rule: &str, why: &Why, cleaner: &Cleaner) -> String {
    let detail = match why {
        Why::Matched => match Detector::ALL.iter().find(|d| d.id() == rule) {
            Some(d) => d.describe().to_string(),
            None => match cleaner.rules().iter().find(|r| &*r.id == rule) {
                Some(r) => format!("{} match ({})", r.strength.name(), r.origin),
                None => "match".to_string(),
            },
        },
        Why::NextToBoilerplate => "weak match, next to other boilerplate".to_string(),
        Why::InBlock { anchor } => format!("in the block of the match on line {anchor}"),
        Why::AfterAnchor { anchor } => format!("after the match on line {anchor}"),
        Why::Between => "alone between removed lines".to_string(),
        Why::Scored => "scored as boilerplate by the line model".to_string(),
        Why::BlankLines { removal } => format!("blank lines left where line {removal} went"),
    };
    format!("{category} · {rule} · {detail}")
}
