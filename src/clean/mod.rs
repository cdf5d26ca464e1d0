//! The [`Cleaner`]: rules compiled once, applied to documents.
//!
//! Cleaning a document runs four steps over byte spans of the input: split it into
//! lines, collect signals (rule hits from the [matcher](crate::matcher) and findings of
//! the structural [detectors](Detector)), decide what goes (`decide`), and write the
//! rest (`layout`). A document where nothing goes is returned as the input itself.

mod core;
mod decide;
mod detect;
pub mod features;
mod layout;
mod learned;

use std::borrow::Cow;
use std::sync::Arc;

use crate::document::{split_lines, Line};
use crate::matcher::{Hit, Matcher};
use crate::pattern::{Action, Category, PatternErrors, Rule, RuleSet, Selection, Strength};

pub use self::core::Mode;
pub use decide::{Declined, Why};
pub use detect::Detector;
pub use features::{names as feature_names, schema as feature_schema};
pub use learned::{threshold_key, LineModel, ModelFileError, NEVER};

use decide::{Signal, Source};

/// Why a cleaner could not be built.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A pattern file has mistakes.
    #[error("{0}")]
    Patterns(#[from] PatternErrors),
    /// The rules parse but cannot be compiled together (for example a phrase with too
    /// many variants).
    #[error("{0}")]
    Compile(String),
}

/// Compiled rules and detectors. Immutable and `Send + Sync`: build it once and share
/// it by reference across threads.
///
/// ```
/// let cleaner = deboil::Cleaner::new(deboil::RuleSet::defaults()).unwrap();
/// let text = b"Storm hits the coast\n\nThe storm reached the coast on Monday night, officials said.\n\nSign up for our newsletter\n";
/// let cleaned = cleaner.clean(text);
/// assert_eq!(&cleaned.output()[..], &b"Storm hits the coast\n\nThe storm reached the coast on Monday night, officials said.\n"[..]);
/// assert_eq!(cleaned.removals()[0].category, deboil::Category::Newsletter);
/// ```
pub struct Cleaner {
    rules: Vec<Rule>,
    matcher: Matcher,
    detectors: detect::Detectors,
    detector_on: Vec<Detector>,
    mode: Mode,
    model: Option<LineModel>,
}

/// Options for building a [`Cleaner`].
#[derive(Clone, Debug)]
pub struct CleanerBuilder {
    rules: Option<RuleSet>,
    selection: Selection,
    detectors: bool,
    mode: Mode,
    drop_title: bool,
    model: Option<LineModel>,
    default_model: bool,
}

impl Default for CleanerBuilder {
    fn default() -> Self {
        CleanerBuilder {
            rules: None,
            selection: Selection::all(),
            detectors: true,
            mode: Mode::Balanced,
            drop_title: false,
            model: None,
            default_model: true,
        }
    }
}

impl CleanerBuilder {
    /// The rules to compile. Default: [`RuleSet::defaults`].
    pub fn rules(mut self, rules: RuleSet) -> Self {
        self.rules = Some(rules);
        self
    }

    /// Which rules and detectors take part. Default: all.
    pub fn selection(mut self, selection: Selection) -> Self {
        self.selection = selection;
        self
    }

    /// The line model that decides what goes besides what strong rules name.
    /// Default: the model shipped with deboil ([`LineModel::default_model`]).
    pub fn model(mut self, model: LineModel) -> Self {
        self.model = Some(model);
        self
    }

    /// Whether a line model decides at all. Without one, strong rules and strong
    /// detector findings act alone and weak ones act in runs (the decision written
    /// by hand, as the pattern format describes it). Default: yes. Turning the
    /// detectors off turns the model off too: it weighs their findings.
    pub fn learned(mut self, yes: bool) -> Self {
        self.default_model = yes;
        self
    }

    /// Whether the structural detectors run. Default: yes.
    pub fn detectors(mut self, yes: bool) -> Self {
        self.detectors = yes;
        self
    }

    /// How aggressive cleaning is. Default: [`Mode::Balanced`].
    pub fn mode(mut self, mode: Mode) -> Self {
        self.mode = mode;
        self
    }

    /// Whether the headline goes too (detector `detect.headline`), in every mode and
    /// even without the other detectors. Default: no.
    pub fn drop_title(mut self, yes: bool) -> Self {
        self.drop_title = yes;
        self
    }

    /// Compiles the rules.
    pub fn build(self) -> Result<Cleaner, Error> {
        let mut rules = self.rules.unwrap_or_else(RuleSet::defaults);
        rules.select(&self.selection);
        let rules: Vec<Rule> = rules.rules().to_vec();
        let refs: Vec<&Rule> = rules.iter().collect();
        let matcher = Matcher::new(&refs).map_err(Error::Compile)?;
        let model = match (self.detectors && self.default_model, self.model) {
            (false, _) => None,
            (true, Some(m)) => Some(m),
            (true, None) => Some(LineModel::default_model().map_err(Error::Compile)?),
        };
        // Without a model, conservative mode removes only what strong rules name: no
        // detector runs. With one, the detectors' findings are evidence in every mode,
        // found the same way whatever the mode, and the mode picks the threshold.
        let detectors_on = self.detectors && (model.is_some() || self.mode != Mode::Conservative);
        let detector_mode = if model.is_some() { Mode::Balanced } else { self.mode };
        let detector_on: Vec<Detector> = Detector::ALL
            .into_iter()
            .filter(|&d| {
                let on = if d == Detector::Headline { self.drop_title } else { detectors_on };
                on && self.selection.admits(d.id(), d.category())
            })
            .collect();
        let detectors = detect::Detectors::new(|d| detector_on.contains(&d), detector_mode);
        Ok(Cleaner { rules, matcher, detectors, detector_on, mode: self.mode, model })
    }
}

/// One removed line or span: a byte range of the input.
///
/// The removals of a document ([`Cleaned::removals`]) are sorted, never overlap, and
/// cover exactly what the output leaves out: the input with every range cut out is
/// the output, except that [`Cleaned::terminator_added`] may follow at the end. So
/// each byte that goes belongs to one removal, also the blank lines that go where
/// lines went (at most one blank line stays there, none at the start or end): they
/// belong to the removed line next to them, or, when a kept blank line stands
/// between them and it, form a removal of their own ([`RemovalKind::Blank`]).
///
/// ```
/// let cleaner = deboil::Cleaner::new(deboil::RuleSet::defaults()).unwrap();
/// let text = b"Storm hits the coast\n\nAdvertisement\n\nThe storm reached the coast on Monday night, officials said.";
/// let cleaned = cleaner.clean(text);
/// let mut cut = Vec::new();
/// let mut at = 0;
/// for r in cleaned.removals() {
///     cut.extend_from_slice(&text[at..r.start]);
///     at = r.end;
/// }
/// cut.extend_from_slice(&text[at..]);
/// cut.extend_from_slice(cleaned.terminator_added());
/// assert_eq!(cut, cleaned.output().as_ref());
/// // The line and the blank line below it: one blank line stays between the others.
/// assert_eq!(&text[cleaned.removals()[0].start..cleaned.removals()[0].end], b"Advertisement\n\n");
/// assert_eq!(cleaned.terminator_added(), b"\n");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// Start of the byte range in the input. For a line: the start of its content,
    /// or of the blank lines above it that go with it.
    pub start: usize,
    /// End of the byte range (exclusive). For a line: past its terminator and the
    /// blank lines below it that go with it.
    pub end: usize,
    /// 1-based number of the line that went or lost the span (for blank lines: of
    /// the first of them).
    pub line: usize,
    /// Whether a whole line, a span inside a line or only blank lines went.
    pub kind: RemovalKind,
    /// The kind of boilerplate.
    pub category: Category,
    /// The rule or detector id.
    pub rule: Arc<str>,
    /// Why.
    pub why: Why,
}

/// Whether a removal is a whole line or part of one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RemovalKind {
    /// The whole line, terminator included (and blank lines that go with it).
    Line,
    /// Part of a line that stays.
    Span,
    /// Blank lines only, that go because lines near them went; filed under the
    /// removal before them (category, rule, [`Why::BlankLines`]).
    Blank,
}

/// The result of cleaning one document.
#[derive(Clone, Debug)]
pub struct Cleaned<'a> {
    input: &'a [u8],
    output: Option<Vec<u8>>,
    removals: Vec<Removal>,
    declined: Vec<Declined>,
    terminator_added: &'static [u8],
}

impl<'a> Cleaned<'a> {
    /// The cleaned text; the input itself when nothing was removed.
    pub fn output(&self) -> Cow<'_, [u8]> {
        match &self.output {
            Some(o) => Cow::Borrowed(o),
            None => Cow::Borrowed(self.input),
        }
    }

    /// The cleaned text, owned.
    pub fn into_output(self) -> Cow<'a, [u8]> {
        match self.output {
            Some(o) => Cow::Owned(o),
            None => Cow::Borrowed(self.input),
        }
    }

    /// What was removed, in document order: sorted, non-overlapping byte ranges of
    /// the input whose complement is the output (see [`Removal`]).
    pub fn removals(&self) -> &[Removal] {
        &self.removals
    }

    /// The bytes removed: the sum of the removals' lengths. The output is this much
    /// shorter than the input, plus [`Cleaned::terminator_added`].
    pub fn removed_bytes(&self) -> usize {
        self.removals.iter().map(|r| r.end - r.start).sum()
    }

    /// The line terminator added at the end of the output, the one byte sequence of
    /// the output that is not the input's: a changed document whose kept text does
    /// not end with a line terminator gets one (`\r\n` when its first line ends so,
    /// `\r` in a document whose lines end with carriage returns alone, else `\n`).
    /// Empty otherwise.
    pub fn terminator_added(&self) -> &[u8] {
        self.terminator_added
    }

    /// Removals the article-loss guard refused.
    pub fn declined(&self) -> &[Declined] {
        &self.declined
    }

    /// Whether the output equals the input.
    pub fn is_unchanged(&self) -> bool {
        self.output.is_none()
    }

    /// The input.
    pub fn input(&self) -> &'a [u8] {
        self.input
    }
}

/// Buffers one thread reuses from document to document, so that cleaning a small
/// document allocates little beyond its result.
#[derive(Default)]
struct Scratch {
    lines: Vec<Line>,
    /// The document with its no-break spaces made plain spaces, and its lines (only
    /// for a document that holds one; see [`NoBreakSpaces`]).
    spaced: NoBreakSpaces,
    hits: Vec<Hit>,
    marked: Vec<bool>,
    /// Per hit of a `span` rule: its line and byte range (for detectors that compare
    /// lines by what the spans leave of them).
    cuts: Vec<(u32, usize, usize)>,
    /// Per line, its words of prose.
    prose: Vec<u32>,
    findings: Vec<detect::Finding>,
    signals: Vec<Signal>,
    table: features::Table,
}

impl Scratch {
    /// Lets go of buffers a huge document grew, so that memory stays bounded.
    fn trim(&mut self) {
        const KEEP: usize = 1 << 16;
        if self.lines.capacity() > KEEP || self.spaced.text.capacity() > KEEP * 64 {
            *self = Scratch::default();
        }
    }
}

/// A copy of a document in which every no-break space (U+00A0, two bytes) is a plain
/// space, for the rules to match on.
///
/// HTML's `&nbsp;` survives extraction as U+00A0, often between the words of a
/// share bar or a credit ("Foto:\u{a0}dpa"), and a phrase written with a space would
/// not match it. Words and blank lines already count the no-break space as a space
/// ([`crate::document::word_count`]), so the copy splits into the same lines with
/// the same words and ranks; only byte offsets move, and [`NoBreakSpaces::original`]
/// moves a match's offsets back. Documents without one (most) skip all this after
/// one `memmem` search.
#[derive(Default)]
struct NoBreakSpaces {
    text: Vec<u8>,
    lines: Vec<Line>,
    /// Offset in `text` of each space that stood for a no-break space, in order.
    at: Vec<usize>,
}

impl NoBreakSpaces {
    const NBSP: &'static [u8] = b"\xC2\xA0";

    /// Makes the copy of `text`; false (and nothing done) when it holds no no-break
    /// space.
    fn fill(&mut self, text: &[u8]) -> bool {
        let mut found = memchr::memmem::find_iter(text, Self::NBSP).peekable();
        if found.peek().is_none() {
            return false;
        }
        self.text.clear();
        self.at.clear();
        let mut from = 0;
        for i in found {
            self.text.extend_from_slice(&text[from..i]);
            self.at.push(self.text.len());
            self.text.push(b' ');
            from = i + Self::NBSP.len();
        }
        self.text.extend_from_slice(&text[from..]);
        split_lines(&self.text, &mut self.lines);
        true
    }

    /// The offset in the original document of offset `offset` of the copy: each
    /// no-break space before it was one byte longer.
    fn original(&self, offset: usize) -> usize {
        offset + self.at.partition_point(|&p| p < offset)
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// A document as the learned decision sees it ([`Cleaner::analyse`]).
#[derive(Clone, Debug)]
pub struct Analysis<'a> {
    text: &'a [u8],
    lines: Vec<Line>,
    /// Per line: whether the strong rules remove it.
    removed: Vec<bool>,
    spans: Vec<(usize, usize)>,
    table: features::Table,
    prose: Vec<u32>,
    page: bool,
}

impl<'a> Analysis<'a> {
    /// The rows the model removes when it scores them `scores` (one per row) under
    /// `threshold`: what [`Cleaner`] removes with such a model, beside the rules.
    pub fn drops(&self, scores: &[f32], threshold: f32) -> Vec<bool> {
        learned::drops(
            scores.iter().copied(),
            &self.table.rows,
            &self.prose,
            |i| self.removed[i],
            threshold,
        )
    }

    /// How many rows (non-blank lines).
    pub fn rows(&self) -> usize {
        self.table.rows.len()
    }

    /// The features of row `k` (in the order of [`features::names`]).
    pub fn row(&self, k: usize) -> &[f32] {
        self.table.row(k)
    }

    /// All rows, one after another.
    pub fn data(&self) -> &[f32] {
        &self.table.data
    }

    /// The text of row `k`'s line, without its terminator.
    pub fn line_text(&self, k: usize) -> &'a [u8] {
        let l = &self.lines[self.table.rows[k] as usize];
        &self.text[l.start..l.end]
    }

    /// The 1-based line number of row `k`.
    pub fn line_number(&self, k: usize) -> usize {
        self.table.rows[k] as usize + 1
    }

    /// Whether the strong rules remove row `k`'s line on their own.
    pub fn removed_by_rules(&self, k: usize) -> bool {
        self.removed[self.table.rows[k] as usize]
    }

    /// Whether the document reads as a whole page.
    pub fn page(&self) -> bool {
        self.page
    }

    /// The output when the rows for which `drop` is true go as well as what the
    /// rules remove.
    pub fn output(&self, drop: impl Fn(usize) -> bool) -> Vec<u8> {
        let mut removed = self.removed.clone();
        for (k, &i) in self.table.rows.iter().enumerate() {
            if drop(k) {
                removed[i as usize] = true;
            }
        }
        let spans: Vec<(usize, usize)> = self
            .spans
            .iter()
            .copied()
            .filter(|&(s, _)| {
                let line = self.lines.partition_point(|l| l.next <= s);
                line < removed.len() && !removed[line]
            })
            .collect();
        if !removed.iter().any(|&r| r) && spans.is_empty() {
            return self.text.to_vec();
        }
        let mut out = Vec::with_capacity(self.text.len());
        layout::keep(self.text, &self.lines, &removed, &spans).write(self.text, &mut out);
        out
    }
}

/// How the line model judged one line ([`Cleaner::line_scores`]).
#[derive(Clone, Debug, PartialEq)]
pub struct LineScore {
    /// 1-based line number.
    pub line: usize,
    /// The model's probability that the line is boilerplate.
    pub score: f32,
    /// The score at or above which a line goes, for this mode and kind of document.
    pub threshold: f32,
    /// Whether the line goes (the guard may keep a line scored above the threshold).
    pub removed: bool,
    /// The three features that moved the score most: name and contribution to the
    /// log-odds (positive: towards boilerplate).
    pub top: Vec<(String, f32)>,
}

/// The rule id of removals the line model decided.
pub const MODEL_ID: &str = "model";

/// A pattern-file example that does not behave as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExampleFailure {
    /// `path:line:column` of the example.
    pub at: String,
    /// The rule id.
    pub rule: Arc<str>,
    /// What went wrong.
    pub message: String,
}

impl Cleaner {
    /// Compiles `rules` with every detector on.
    pub fn new(rules: RuleSet) -> Result<Cleaner, Error> {
        Cleaner::builder().rules(rules).build()
    }

    /// A builder starting from the default rules.
    pub fn builder() -> CleanerBuilder {
        CleanerBuilder::default()
    }

    /// The compiled rules.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The detectors that run.
    pub fn detectors(&self) -> &[Detector] {
        &self.detector_on
    }

    /// Cleans a document of unknown site.
    pub fn clean<'a>(&self, text: &'a [u8]) -> Cleaned<'a> {
        self.clean_site(text, None)
    }

    /// Cleans a document from `site` (a host name such as `www.example.com`; see
    /// [`site_of`]); rules limited to other sites do not fire.
    pub fn clean_site<'a>(&self, text: &'a [u8], site: Option<&str>) -> Cleaned<'a> {
        SCRATCH.with(|scratch| match scratch.try_borrow_mut() {
            Ok(mut scratch) => {
                let cleaned = self.clean_with(text, site, &mut scratch);
                scratch.trim();
                cleaned
            }
            // Only if cleaning were ever entered again from inside itself.
            Err(_) => self.clean_with(text, site, &mut Scratch::default()),
        })
    }

    /// The evidence about a document: its lines, the rules' hits (as signals), the
    /// words of prose per line and the detectors' findings, into `scratch`.
    fn gather(&self, text: &[u8], site: Option<&str>, scratch: &mut Scratch) -> detect::Layout {
        let Scratch { lines, spaced, hits, marked, cuts, prose, findings, signals, .. } = scratch;
        split_lines(text, lines);
        let lines = &*lines;
        let nonblank = lines.iter().filter(|l| !l.blank).count();
        let admits = |rule: u32, line: usize| {
            let rule = &self.rules[rule as usize];
            rule.position.admits(lines[line].rank as usize, nonblank) && rule.applies_to_site(site)
        };
        if spaced.fill(text) {
            self.matcher.scan(&spaced.text, &spaced.lines, &admits, hits);
            for h in hits.iter_mut() {
                h.start = spaced.original(h.start);
                h.end = spaced.original(h.end);
            }
        } else {
            self.matcher.scan(text, lines, &admits, hits);
        }
        signals.clear();
        for h in hits.iter() {
            let rule = &self.rules[h.rule as usize];
            signals.push(Signal {
                line: h.line,
                source: Source::Rule(h.rule),
                category: rule.category,
                action: rule.action,
                strength: rule.strength,
                start: h.start,
                end: h.end,
            });
        }
        findings.clear();
        marked.clear();
        marked.resize(lines.len(), false);
        cuts.clear();
        for h in hits.iter() {
            marked[h.line as usize] = true;
            if self.rules[h.rule as usize].action == Action::Span {
                cuts.push((h.line, h.start, h.end));
            }
        }
        core::line_prose(text, lines, prose);
        self.detectors.run(text, lines, prose, marked, cuts, findings)
    }

    fn clean_with<'a>(
        &self,
        text: &'a [u8],
        site: Option<&str>,
        scratch: &mut Scratch,
    ) -> Cleaned<'a> {
        let layout = self.gather(text, site, scratch);
        let Scratch { lines, prose, findings, signals, table, .. } = scratch;
        let lines = &*lines;
        let decision = match &self.model {
            Some(model) => {
                match self
                    .decide_learned(model, text, lines, prose, signals, findings, layout, table)
                {
                    Some(d) => d,
                    None => {
                        return Cleaned {
                            input: text,
                            output: None,
                            removals: Vec::new(),
                            declined: Vec::new(),
                            terminator_added: b"",
                        }
                    }
                }
            }
            None => {
                for f in findings.drain(..) {
                    let line = &lines[f.line as usize];
                    signals.push(Signal {
                        line: f.line,
                        source: Source::Detector(f.detector),
                        category: f.detector.category(),
                        action: f.action,
                        strength: f.strength,
                        start: line.start,
                        end: line.end,
                    });
                }
                if signals.is_empty() {
                    return Cleaned {
                        input: text,
                        output: None,
                        removals: Vec::new(),
                        declined: Vec::new(),
                        terminator_added: b"",
                    };
                }
                signals
                    .sort_by_key(|s| (s.line, std::cmp::Reverse(s.strength == Strength::Strong)));
                decide::decide(text, lines, prose, signals, self.mode != Mode::Conservative, true)
            }
        };
        let id_of = |s: &Signal| -> Arc<str> {
            match s.source {
                Source::Rule(r) => self.rules[r as usize].id.clone(),
                Source::Detector(d) => Arc::from(d.id()),
                Source::Model => Arc::from(MODEL_ID),
            }
        };
        let mut removals = Vec::new();
        let mut spans = decision.spans.iter().peekable();
        for (i, mark) in decision.lines.iter().enumerate() {
            let line = &lines[i];
            while let Some(&&(s, start, end)) = spans.peek() {
                if signals[s].line as usize != i {
                    break;
                }
                let sig = &signals[s];
                removals.push(Removal {
                    start,
                    end,
                    line: i + 1,
                    kind: RemovalKind::Span,
                    category: sig.category,
                    rule: id_of(sig),
                    why: if sig.strength == Strength::Strong {
                        Why::Matched
                    } else {
                        Why::NextToBoilerplate
                    },
                });
                spans.next();
            }
            let Some(mark) = mark else { continue };
            if line.blank {
                continue;
            }
            let sig = &signals[mark.signal];
            removals.push(Removal {
                start: line.start,
                end: line.next,
                line: i + 1,
                kind: RemovalKind::Line,
                category: sig.category,
                rule: id_of(sig),
                why: mark.why,
            });
        }
        let declined = decision
            .declined
            .iter()
            .map(|(s, reason)| {
                let sig = &signals[*s];
                Declined {
                    line: sig.line as usize + 1,
                    rule: id_of(sig),
                    category: sig.category,
                    reason: reason.clone(),
                }
            })
            .collect();
        if removals.is_empty() {
            return Cleaned {
                input: text,
                output: None,
                removals,
                declined,
                terminator_added: b"",
            };
        }
        let removed: Vec<bool> = decision.lines.iter().map(Option::is_some).collect();
        let span_ranges: Vec<(usize, usize)> =
            decision.spans.iter().map(|&(_, s, e)| (s, e)).collect();
        // The output is the kept ranges, and the removals their complement.
        let kept = layout::keep(text, lines, &removed, &span_ranges);
        let mut output = Vec::with_capacity(text.len());
        kept.write(text, &mut output);
        let removals = layout::removals(text, lines, &kept, removals);
        Cleaned {
            input: text,
            output: Some(output),
            removals,
            declined,
            terminator_added: kept.terminator,
        }
    }

    /// What the learned decision sees of a document: its line features, and what the
    /// strong rules remove on their own. Training reads this; cleaning with a model
    /// runs the same steps. The cleaner's own model, if any, is not consulted.
    pub fn analyse<'a>(&self, text: &'a [u8], site: Option<&str>) -> Analysis<'a> {
        let mut scratch = Scratch::default();
        let layout = self.gather(text, site, &mut scratch);
        let Scratch { lines, prose, findings, signals, mut table, .. } = scratch;
        let decision = self.decide_rules(
            text,
            &lines,
            &prose,
            &mut { signals },
            &findings,
            layout,
            &mut table,
        );
        Analysis {
            text,
            removed: decision.lines.iter().map(Option::is_some).collect(),
            spans: decision.spans.iter().map(|&(_, s, e)| (s, e)).collect(),
            lines,
            table,
            prose,
            page: layout.page,
        }
    }

    /// The line model's view of a document, for `--explain`: each line it removes, and
    /// each line that a weak rule or a detector flagged but that it keeps, with its
    /// score, the threshold it was held to and the three features that weighed most.
    /// Empty without a model.
    pub fn line_scores(&self, text: &[u8], site: Option<&str>) -> Vec<LineScore> {
        let Some(model) = &self.model else { return Vec::new() };
        let analysis = self.analyse(text, site);
        let scores: Vec<f32> = (0..analysis.rows()).map(|k| model.score(analysis.row(k))).collect();
        let threshold = model.threshold(self.mode, analysis.page());
        let drops = analysis.drops(&scores, threshold);
        let names = features::names();
        let flagged = |row: &[f32]| {
            names.iter().zip(row).any(|(n, &v)| {
                v > 0.0 && (n == "rule_weak" || n == "rule_strong" || n.starts_with("detect_"))
            })
        };
        let mut out = Vec::new();
        for k in 0..analysis.rows() {
            if analysis.removed_by_rules(k) || !(drops[k] || flagged(analysis.row(k))) {
                continue;
            }
            let top = model
                .model()
                .contributions(analysis.row(k))
                .into_iter()
                .take(3)
                .map(|(f, c)| (names[f].clone(), c))
                .collect();
            out.push(LineScore {
                line: analysis.line_number(k),
                score: scores[k],
                threshold,
                removed: drops[k],
                top,
            });
        }
        out
    }

    /// The rules' own decision (strong rules alone, weak ones in runs) with the
    /// detectors' verdicts (see `Finding::verdict`), and the feature table that the
    /// model reads, filled from it.
    #[allow(clippy::too_many_arguments)]
    fn decide_rules(
        &self,
        text: &[u8],
        lines: &[Line],
        prose: &[u32],
        signals: &mut Vec<Signal>,
        findings: &[detect::Finding],
        layout: detect::Layout,
        table: &mut features::Table,
    ) -> decide::Decision {
        for f in findings.iter().filter(|f| f.verdict) {
            let line = &lines[f.line as usize];
            signals.push(Signal {
                line: f.line,
                source: Source::Detector(f.detector),
                category: f.detector.category(),
                action: f.action,
                strength: f.strength,
                start: line.start,
                end: line.end,
            });
        }
        signals.sort_by_key(|s| (s.line, std::cmp::Reverse(s.strength == Strength::Strong)));
        // Weak rules act in runs as the pattern format says, in every mode, so that the
        // features do not depend on the mode.
        let decision = decide::decide(text, lines, prose, signals, true, false);
        let rules_removed: Vec<bool> = decision.lines.iter().map(Option::is_some).collect();
        let inputs = features::Inputs {
            text,
            lines,
            prose,
            signals,
            findings,
            rules_removed: &rules_removed,
            core: layout.core,
            page: layout.page,
        };
        features::fill(&inputs, table);
        decision
    }

    /// The learned decision: strong rules (and the headline detector, when asked for)
    /// act as written; any other line goes when the model scores it at or above the
    /// mode's threshold for the kind of document. `signals` holds the rules' hits and
    /// gets one signal per line the model removes. `None` when nothing goes.
    #[allow(clippy::too_many_arguments)]
    fn decide_learned(
        &self,
        model: &LineModel,
        text: &[u8],
        lines: &[Line],
        prose: &[u32],
        signals: &mut Vec<Signal>,
        findings: &[detect::Finding],
        layout: detect::Layout,
        table: &mut features::Table,
    ) -> Option<decide::Decision> {
        let mut decision = self.decide_rules(text, lines, prose, signals, findings, layout, table);
        let threshold = model.threshold(self.mode, layout.page);
        let mut scores = Vec::new();
        model.score_many(&table.data, &mut scores);
        let drops = learned::drops(
            scores.iter().copied(),
            &table.rows,
            prose,
            |i| decision.lines[i].is_some(),
            threshold,
        );
        // A line the model takes is filed under what the rules or detectors saw in it
        // (worked out only when the model takes one).
        let mut category: Vec<Option<Category>> = Vec::new();
        if drops.contains(&true) {
            category.resize(lines.len(), None);
            for f in findings {
                category[f.line as usize].get_or_insert(f.detector.category());
            }
            for s in signals.iter() {
                category[s.line as usize] = Some(s.category);
            }
        }
        for (k, &i) in table.rows.iter().enumerate() {
            let i = i as usize;
            if !drops[k] {
                continue;
            }
            signals.push(Signal {
                line: i as u32,
                source: Source::Model,
                category: category[i].unwrap_or(Category::Navigation),
                action: Action::Line,
                strength: Strength::Weak,
                start: lines[i].start,
                end: lines[i].end,
            });
            decision.lines[i] = Some(decide::Mark { signal: signals.len() - 1, why: Why::Scored });
        }
        // Spans on lines that go anyway are moot.
        decision.spans.retain(|&(s, _, _)| decision.lines[signals[s].line as usize].is_none());
        let nothing = decision.lines.iter().all(Option::is_none)
            && decision.spans.is_empty()
            && decision.declined.is_empty();
        (!nothing).then_some(decision)
    }

    /// Compiles every regex now (cleaning compiles each one when first needed) and
    /// returns the messages of those that fail, as `path:line:column: message`.
    pub fn compile_all(&self) -> Vec<String> {
        self.matcher.compile_all(&self.rules)
    }

    /// Runs every rule's `remove` and `keep` examples; returns those that fail.
    pub fn check_examples(&self) -> Vec<ExampleFailure> {
        let mut failures = Vec::new();
        for (index, rule) in self.rules.iter().enumerate() {
            let index = index as u32;
            for (examples, want) in [(&rule.remove_examples, true), (&rule.keep_examples, false)] {
                for ex in examples {
                    if self.matcher.fires_on_line(index, &ex.text) != want {
                        failures.push(ExampleFailure {
                            at: format!("{}:{}", ex.origin, ex.column),
                            rule: rule.id.clone(),
                            message: if want {
                                format!("rule '{}' does not fire on its 'remove' example", rule.id)
                            } else {
                                format!("rule '{}' fires on its 'keep' example", rule.id)
                            },
                        });
                    }
                }
            }
        }
        failures
    }
}

/// The host of a URL, lower-cased (`https://www.Example.com:8080/a` -> `www.example.com`);
/// a bare host is returned as it is, lower-cased.
///
/// ```
/// assert_eq!(deboil::site_of("https://user@News.Example.com:443/x?y").as_deref(), Some("news.example.com"));
/// assert_eq!(deboil::site_of("example.org").as_deref(), Some("example.org"));
/// assert_eq!(deboil::site_of(""), None);
/// ```
pub fn site_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map_or(url.trim(), |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if host.starts_with('[') {
        host.split_inclusive(']').next().unwrap_or(host)
    } else {
        host.split(':').next().unwrap_or(host)
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cleaner_is_shared_across_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Cleaner>();
    }

    #[test]
    fn nothing_removed_borrows_the_input() {
        let cleaner = Cleaner::new(RuleSet::new()).unwrap();
        let text = b"one\r\ntwo\n\n\nthree";
        let cleaned = cleaner.clean(text);
        assert!(cleaned.is_unchanged());
        assert!(matches!(cleaned.into_output(), Cow::Borrowed(b) if b == text));
    }

    #[test]
    fn a_document_of_carriage_returns_is_cleaned_as_lines() {
        let cleaner = Cleaner::new(RuleSet::defaults()).unwrap();
        let lf = "Storm hits the coast\n\nSubscribe now to continue reading\n\nThe storm reached the coast on Monday night, cutting power to thousands of homes, officials said.";
        let cr_text = lf.replace('\n', "\r");
        let (lf, cr) = (cleaner.clean(lf.as_bytes()), cleaner.clean(cr_text.as_bytes()));
        assert_eq!(
            String::from_utf8(cr.output().into_owned()).unwrap(),
            "Storm hits the coast\r\rThe storm reached the coast on Monday night, cutting power to thousands of homes, officials said.\r"
        );
        // The same lines go, with the same ranges; the terminator added is `\r`.
        let lf_as_cr: Vec<u8> =
            lf.output().iter().map(|&b| if b == b'\n' { b'\r' } else { b }).collect();
        assert_eq!(cr.output().as_ref(), lf_as_cr);
        assert_eq!(cr.removals(), lf.removals());
        assert_eq!((cr.terminator_added(), lf.terminator_added()), (&b"\r"[..], &b"\n"[..]));
    }

    #[test]
    fn a_line_rule_beats_a_span_rule_on_the_same_line() {
        let rules = RuleSet::parse(
            "t.pat",
            "rule caption.credit caption span\n    line ends\n    regex \\(Photo: [^)]+\\)\n\n\
             rule caption.name caption line\n    phrase Jane Doe\n",
        )
        .unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let cleaned = cleaner.clean(b"A man walks his dog (Photo: Jane Doe)\nNext line.\n");
        assert_eq!(&cleaned.output()[..], b"Next line.\n");
        assert_eq!(cleaned.removals()[0].kind, RemovalKind::Line);
    }

    #[test]
    fn span_removal_keeps_the_rest_of_the_line() {
        let rules = RuleSet::parse(
            "t.pat",
            "rule caption.credit caption span\n    line ends\n    regex \\(Photo: [^)]+\\)\n",
        )
        .unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let cleaned = cleaner.clean(b"A man walks his dog (Photo: Jane Doe)\nNext line.\n");
        assert_eq!(&cleaned.output()[..], b"A man walks his dog\nNext line.\n");
        assert_eq!(cleaned.removals()[0].kind, RemovalKind::Span);
        assert_eq!((cleaned.removals()[0].start, cleaned.removals()[0].end), (19, 37));
    }

    #[test]
    fn rules_match_across_no_break_spaces_and_spans_keep_the_original_bytes() {
        let rules = RuleSet::parse(
            "t.pat",
            "rule share.fb share line\n    line alone\n    phrase Share on Facebook\n\
             rule caption.credit caption span\n    line ends\n    regex \\(Photo: [^)]+\\)\n",
        )
        .unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let text = "Share\u{a0}on\u{a0}Facebook\nA\u{a0}man walks (Photo:\u{a0}Jane\u{a0}Doe)\nNext\u{a0}line.\n";
        let cleaned = cleaner.clean(text.as_bytes());
        assert_eq!(
            std::str::from_utf8(&cleaned.output()).unwrap(),
            "A\u{a0}man walks\nNext\u{a0}line.\n"
        );
        let span = &cleaned.removals()[1];
        assert_eq!(span.kind, RemovalKind::Span);
        assert_eq!(
            &text.as_bytes()[span.start..span.end],
            " (Photo:\u{a0}Jane\u{a0}Doe)".as_bytes()
        );
    }

    #[test]
    fn the_no_break_space_copy_moves_offsets_back() {
        let mut spaced = NoBreakSpaces::default();
        assert!(!spaced.fill(b"plain text\n"));
        let text = "a\u{a0}b\u{a0}\u{a0}c\n".as_bytes();
        assert!(spaced.fill(text));
        assert_eq!(spaced.text, b"a b  c\n");
        assert_eq!(spaced.lines.len(), 1);
        // a=0, space=1, b=2, spaces 3 and 4, c=5, newline=6 in the copy.
        let moved: Vec<usize> = (0..=7).map(|o| spaced.original(o)).collect();
        assert_eq!(moved, [0, 1, 3, 4, 6, 8, 9, 10]);
    }

    #[test]
    fn weak_lines_go_only_beside_boilerplate() {
        let rules = RuleSet::parse(
            "t.pat",
            "rule share.word share line\n    strength weak\n    line alone\n    phrase Share\nrule share.fb share line\n    line alone\n    phrase Share on Facebook\n",
        )
        .unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let alone = b"First paragraph.\n\nShare\n\nSecond paragraph.\n";
        assert!(cleaner.clean(alone).is_unchanged());
        let beside = b"First paragraph.\n\nShare\nShare on Facebook\n\nSecond paragraph.\n";
        assert_eq!(&cleaner.clean(beside).output()[..], b"First paragraph.\n\nSecond paragraph.\n");
        let two_weak = b"First paragraph.\n\nShare\nShare\n\nSecond paragraph.\n";
        assert_eq!(
            &cleaner.clean(two_weak).output()[..],
            b"First paragraph.\n\nSecond paragraph.\n"
        );
    }

    #[test]
    fn a_label_between_removed_lines_goes_in_the_tail_only() {
        let clean = |mode: Mode, text: &str| {
            let rules = "rule ad.x ad line\n    line alone\n    phrase Advertisement\n";
            let rules = RuleSet::parse("t.pat", rules).unwrap();
            let cleaner = Cleaner::builder().rules(rules).detectors(false).mode(mode).build();
            String::from_utf8(cleaner.unwrap().clean(text.as_bytes()).output().to_vec()).unwrap()
        };
        let para = "This paragraph of the article has enough words in it to read as prose.";
        let block = "Advertisement\nMore from the desk\nAdvertisement";
        // In the tail, the label between two removed lines goes with them.
        let tail = format!("{para}\n{para}\n{block}\n");
        assert_eq!(clean(Mode::Balanced, &tail), format!("{para}\n{para}\n"));
        // In the first half of the prose, it stays (a heading between two captions).
        let head = format!("{block}\n{para}\n{para}\n");
        assert_eq!(clean(Mode::Balanced, &head), format!("More from the desk\n{para}\n{para}\n"));
        // A line closed like a sentence stays, and conservative mode leaves it too.
        let said = format!("{para}\n{para}\nAdvertisement\nHe left.\nAdvertisement\n");
        assert_eq!(clean(Mode::Balanced, &said), format!("{para}\n{para}\nHe left.\n"));
        assert_eq!(
            clean(Mode::Conservative, &tail),
            format!("{para}\n{para}\nMore from the desk\n")
        );
    }

    #[test]
    fn a_repeated_rest_anchor_takes_a_comment_thread() {
        let rules = RuleSet::parse(
            "t.pat",
            "rule comments.header comments rest\n    line alone\n    regex \\w+ said:\n",
        )
        .unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let article = "The council approved the new budget on Monday after a debate that lasted for most of the evening, officials said, and the mayor promised that the first projects would start before the summer.\n";
        let comment = "I think this is a terrible decision and the council should reconsider it before the spring, frankly.\n";
        let thread = format!(
            "{article}\nAnna said:\n{comment}\nBen said:\n{comment}\nCleo said:\n{comment}"
        );
        assert_eq!(
            String::from_utf8(cleaner.clean(thread.as_bytes()).output().into_owned()).unwrap(),
            article
        );
        // One header with long prose after it is not a thread: only the line goes.
        let single = format!("{article}\nAnna said:\n{comment}{comment}{comment}");
        let cleaned = cleaner.clean(single.as_bytes());
        assert_eq!(cleaned.declined().len(), 1);
        assert_eq!(
            String::from_utf8(cleaned.output().into_owned()).unwrap(),
            format!("{article}\n{comment}{comment}{comment}")
        );
    }

    #[test]
    fn a_duplicated_paragraph_is_not_a_caption() {
        let s = "Opponents said the decision would hit the poorest neighbourhoods hardest.";
        let doc = format!("{s}\r\n{s}");
        for mode in [Mode::Conservative, Mode::Balanced, Mode::Aggressive] {
            let cleaner = Cleaner::builder().mode(mode).build().unwrap();
            assert!(cleaner.clean(doc.as_bytes()).is_unchanged(), "{mode:?}");
        }
    }

    #[test]
    fn a_rule_matching_every_line_does_not_take_the_prose() {
        let rules = RuleSet::parse("t.pat", "rule x paywall rest\n    regex ^.\n").unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let a = "The council approved the new budget on Monday after a long debate that lasted for most of the evening, officials said.";
        let b = "The mayor promised that the first projects would start before the summer holidays, and that the rest would follow in the autumn.";
        let doc = format!("{a}\n\n{b}\n\n{a}\n\nShare this\n");
        let cleaned = cleaner.clean(doc.as_bytes());
        assert_eq!(
            String::from_utf8(cleaned.output().into_owned()).unwrap(),
            format!("{a}\n\n{b}\n\n{a}\n")
        );
        assert!(cleaned.declined().iter().any(|d| d.reason.starts_with("prose lines kept")));
    }

    #[test]
    fn block_action_and_its_guard() {
        let rules = RuleSet::parse(
            "t.pat",
            "rule related.list related block\n    line alone\n    phrase Related articles\n",
        )
        .unwrap();
        let cleaner = Cleaner::builder().rules(rules).detectors(false).build().unwrap();
        let list = b"Body text here.\n\nRelated articles\nA title\nAnother title\n\nMore body.\n";
        assert_eq!(&cleaner.clean(list).output()[..], b"Body text here.\n\nMore body.\n");
        let prose = b"Body.\n\nRelated articles\nThe minister said on Monday that the budget would be published in full next week.\n";
        let cleaned = cleaner.clean(prose);
        assert_eq!(&cleaned.output()[..], b"Body.\n\nThe minister said on Monday that the budget would be published in full next week.\n");
        assert_eq!(cleaned.declined().len(), 1);
    }
}
