//! The compiled matcher: every literal of every rule in `aho-corasick` automata, every
//! regex confirmed line by line, and the per-line constraints (`line`, `max-words`,
//! `max-chars`) that turn a raw match into a rule hit.
//!
//! Work is spent only where a rule can fire. Phrases of rules that must start their
//! line (`starts`, `alone`) are searched anchored at the few offsets where the line's
//! leading decoration ends; the other literals are searched across the lines short
//! enough (in words) for one of their rules; prose paragraphs longer than every limit
//! are not searched at all. Automaton searches run in overlapping mode, so a line that
//! holds phrases of two rules reports both. The automata also hold, for each regex
//! whose matches must start with one of a few literals, those literals ("triggers"): a
//! regex runs only on the lines where a trigger was seen. A regex whose matches start
//! with no such set has [inner triggers](inner_triggers) when literals inside its
//! matches will do, and a [gate](gate::Gate), a test of the bytes at the edges of the
//! line, which both it and a regex without any triggers must pass. Regexes are
//! compiled the first time they run. The body automaton holds only the first bytes of
//! each literal (the rest is compared on the line) and becomes a DFA once enough text
//! has gone through it ([`DFA_AFTER_BYTES`]).

mod ascii;
mod gate;
mod prefix;
pub(crate) mod variants;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use prefix::Prefixes;
use std::sync::OnceLock;

use std::cell::RefCell;

use regex_automata::hybrid;
use regex_automata::meta::{self, Regex};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::syntax;
use regex_automata::Anchored;
use regex_syntax::hir::{Hir, HirKind};
use thread_local::ThreadLocal;

use crate::charclass::CharClass;
use crate::document::{char_count, Line};
use crate::pattern::{LineFit, Rule, REGEX_SIZE_LIMIT};

/// A rule's phrase or regex matched a line and the rule's line constraints hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index of the line in the document's line list.
    pub line: u32,
    /// Index of the rule in the matcher's rule list.
    pub rule: u32,
    /// Byte offsets of the match in the document.
    pub start: usize,
    pub end: usize,
}

/// The line constraints of one rule, copied out of [`Rule`] for the hot path.
#[derive(Clone, Debug)]
struct Limits {
    fit: LineFit,
    max_words: Option<u32>,
    max_chars: Option<u32>,
}

impl Limits {
    /// Whether a line of this content admits the rule at all (before looking at matches).
    fn admits_line(&self, content: &[u8], measure: &mut Measure) -> bool {
        if let Some(max) = self.max_chars {
            // A character takes one to four bytes: the byte length settles most lines.
            if content.len() > 4 * max as usize {
                return false;
            }
            if content.len() > max as usize && measure.chars(content) > max as usize {
                return false;
            }
        }
        if let Some(max) = self.max_words {
            if measure.words() > max as usize {
                return false;
            }
        }
        true
    }

    /// Whether a match at `start..end` of `content` sits where the rule wants it.
    fn admits_match(&self, content: &[u8], start: usize, end: usize) -> bool {
        match self.fit {
            LineFit::Contains => true,
            LineFit::Alone => is_decoration(&content[..start]) && is_decoration(&content[end..]),
            LineFit::Starts => is_decoration(&content[..start]),
            LineFit::Ends => is_decoration(&content[end..]),
        }
    }
}

/// Whether `s` holds only what may surround a phrase that stands alone on its line:
/// white space, punctuation, digits and common symbols (bullets, arrows, counts).
/// Double quotation marks are not decoration: a quoted "OK." is speech, not a button.
/// Stops at the first other character, so a long line of prose costs little.
pub(crate) fn is_decoration(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let b = s[i];
        if b.is_ascii() {
            if !is_decoration_char(b as char) {
                return false;
            }
            i += 1;
            continue;
        }
        let Some((c, width)) = gate::decode(&s[i..]) else { return false };
        if !is_decoration_char(c) {
            return false;
        }
        i += width;
    }
    true
}

/// Whether `c` is decoration in the sense of [`is_decoration`]. Code that writes rules
/// (`deboil mine`) trims with it, so that what it leaves around a phrase is what the
/// matcher lets stand there.
#[inline]
pub(crate) fn is_decoration_char(c: char) -> bool {
    if c.is_ascii() {
        let b = c as u8;
        b != b'"' && (b.is_ascii_whitespace() || b.is_ascii_punctuation() || b.is_ascii_digit())
    } else {
        c.is_whitespace() || is_symbol(c)
    }
}

/// Whether a regex of a rule that wants its match at the start of the line (`starts`,
/// `alone`) steps over `c` before its match: the lead-in class of
/// `RegexRule::pattern`. Not quite [`is_decoration_char`]: a zero-width space or a
/// byte-order mark is decoration for a phrase but not a lead-in for a regex.
pub(crate) fn regex_steps_over(c: char, case_sensitive: bool) -> bool {
    lead(case_sensitive).contains(c)
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'
            | '\u{feff}'
            | '•'
            | '·'
            | '»'
            | '«'
            | '›'
            | '‹'
            | '→'
            | '←'
            | '↑'
            | '↓'
            | '▶'
            | '►'
            | '▸'
            | '◀'
            | '◂'
            | '❯'
            | '❮'
            | '✓'
            | '✔'
            | '✕'
            | '✖'
            | '×'
            | '…'
            | '–'
            | '—'
            | '’'
            | '‘'
            | '★'
            | '☆'
            | '■'
            | '□'
            | '▪'
            | '●'
            | '○'
            | '◦'
            | '¦'
            | '©'
            | '®'
            | '™'
            | '⟩'
            | '⟨'
            | '〉'
            | '〈'
            | '▼'
            | '▲'
    )
}

/// Word count (taken when the line was split) and character count (computed when
/// first asked for) of one line.
#[derive(Default)]
struct Measure {
    line: usize,
    words: usize,
    chars: Option<usize>,
    ascii: Option<bool>,
}

impl Measure {
    fn at(&mut self, line: usize, words: u32) {
        if self.line != line {
            *self = Measure { line, words: words as usize, chars: None, ascii: None };
        }
    }

    /// Whether the line is ASCII (then regexes run on their ASCII narrowing), worked
    /// out once for all the regexes confirmed on it.
    fn ascii(&mut self, content: &[u8]) -> bool {
        *self.ascii.get_or_insert_with(|| content.is_ascii())
    }

    fn words(&self) -> usize {
        self.words
    }

    fn chars(&mut self, content: &[u8]) -> usize {
        *self.chars.get_or_insert_with(|| char_count(content))
    }
}

/// A regex rule. Compiled on first use: most documents never need most regexes, and
/// compiling them all would dominate start-up.
struct RegexRule {
    rule: u32,
    source: String,
    /// Whether the rule wants its match at the start of the line.
    anchored: bool,
    case_sensitive: bool,
    /// Whether literal triggers in the automaton say which lines can match; if not,
    /// the regex runs on every line its rule's limits admit.
    triggered: bool,
    /// For a regex without triggers: what a line must show for it to be worth running.
    gate: gate::Gate,
    /// For a rule that wants its match at the start of the line: the bytes a match can
    /// begin with (`None`: any, or a match can be empty).
    opens: Option<gate::ByteSet>,
    compiled: OnceLock<Option<Engines>>,
    /// The tree of `source` parsed without case folding, kept when it can be narrowed
    /// to lines of ASCII text ([`ascii::narrowable`]), and the lazy DFA of that
    /// narrowing, compiled the first time such a line needs it: most lines are ASCII,
    /// and the Unicode engines are then never compiled.
    ascii: Option<Hir>,
    ascii_dfa: OnceLock<Option<hybrid::dfa::DFA>>,
    caches: ThreadLocal<RefCell<Caches>>,
}

/// The farthest a match found by the lazy DFA may end from the start of its search, or
/// the longest lead-in it steps over, before the general engine takes over (see
/// `RegexRule::find_forward` and `RegexRule::find_head`): each offset up to there costs
/// an anchored search. Boilerplate lines, where nearly all matches are, are far shorter.
const DFA_MAX_BYTES: usize = 1024;

/// The longest stretch of a line that the lazy DFA scans for a match that may begin
/// anywhere; a longer one goes to the general engine. Most lines a regex runs on do not
/// match it, and for those one scan settles it without the general engine, which costs
/// several times as much to compile; on a line of many thousand bytes the general
/// engine's literal prefilters win.
const DFA_SCAN_MAX_BYTES: usize = 1 << 16;

/// The engines one regex runs with.
///
/// A general-purpose regex finds the start of a match with a reverse DFA, whose
/// reverse NFA doubled the cost of compiling a regex (about 1 ms of CPU for each of
/// the larger ones, paid by every run that meets them). Lines here are short, so a
/// forward lazy DFA does it all: one unanchored search says whether a match ends
/// somewhere (most lines a regex is tried on do not match it), and then anchored
/// searches at each offset from the search's start find the first offset where a
/// match begins, which is the leftmost-first match by definition. An anchored
/// search at an offset where nothing can begin dies on its first byte.
struct Engines {
    /// `None` when the lazy DFA cannot be built for this NFA.
    dfa: Option<hybrid::dfa::DFA>,
    /// The general-purpose regex, compiled only for a regex whose lazy DFA cannot be
    /// built or gives up on a line (a Unicode `\b` on a line with a non-ASCII byte, a
    /// line that needs too many states, a match or a lead-in longer than
    /// [`DFA_MAX_BYTES`]), or that meets a line longer than [`DFA_SCAN_MAX_BYTES`]. Its
    /// own literal prefilters then settle most lines quickly.
    fallback: OnceLock<Option<Regex>>,
}

/// One thread's search caches for one regex's [`Engines`].
#[derive(Default)]
struct Caches {
    dfa: Option<hybrid::dfa::Cache>,
    fallback: Option<meta::Cache>,
    ascii: Option<hybrid::dfa::Cache>,
}

/// What may stand before the match of a regex whose rule wants it at the start of its
/// line: the class of the lead-in that the general engine's pattern opens with (see
/// `RegexRule::pattern`).
const LEAD: &str = r"[\s\p{P}\p{S}\p{N}]";

/// The characters of [`LEAD`], read as a regex with or without case folding reads
/// them, so that walking the lead-in by hand takes exactly what the pattern would.
fn lead(case_sensitive: bool) -> &'static CharClass {
    static LEADS: [OnceLock<CharClass>; 2] = [OnceLock::new(), OnceLock::new()];
    LEADS[case_sensitive as usize].get_or_init(|| CharClass::parse(LEAD, !case_sensitive))
}

/// The width of the character `s` starts with if it belongs to `class`.
fn width_in(class: &CharClass, s: &[u8]) -> Option<usize> {
    let b = *s.first()?;
    if b.is_ascii() {
        return class.contains(b as char).then_some(1);
    }
    let (c, width) = gate::decode(s)?;
    class.contains(c).then_some(width)
}

impl RegexRule {
    /// `source` as the general engine runs it. A rule that wants its match at the start
    /// of the line takes it after a lead-in of decoration, as few characters as will do.
    fn pattern(&self) -> String {
        if self.anchored {
            format!(r"^{LEAD}*?(?:{})", self.source)
        } else {
            self.source.clone()
        }
    }

    fn syntax(&self) -> syntax::Config {
        syntax::Config::new().case_insensitive(!self.case_sensitive).utf8(false)
    }

    /// Compiles the forward lazy DFA. For a rule that wants its match at the start of
    /// the line, of `source` alone: the lead-in class of [`RegexRule::pattern`] is large,
    /// and is walked by hand instead (see `find_head`).
    fn build(&self) -> Result<Engines, String> {
        let dfa = self.build_dfa(&self.source)?;
        Ok(Engines { dfa, fallback: OnceLock::new() })
    }

    /// The lazy DFA of `pattern`; `None` when the lazy DFA cannot be built for its NFA.
    fn build_dfa(&self, pattern: &str) -> Result<Option<hybrid::dfa::DFA>, String> {
        let hir = syntax::parse_with(pattern, &self.syntax()).map_err(|e| e.to_string())?;
        Self::dfa_of(&hir)
    }

    /// The lazy DFA of the ASCII narrowing, if there is one and it can be built.
    fn ascii_dfa(&self) -> Option<&hybrid::dfa::DFA> {
        let hir = self.ascii.as_ref()?;
        self.ascii_dfa
            .get_or_init(|| {
                let narrowed = ascii::narrow(hir, !self.case_sensitive_after_flags())?;
                Self::dfa_of(&narrowed).ok().flatten()
            })
            .as_ref()
    }

    /// Whether the regex compares letters exactly: its rule's setting, unless a
    /// leading `(?i)` says otherwise.
    fn case_sensitive_after_flags(&self) -> bool {
        unfolded_source(&self.source, self.case_sensitive).1
    }

    /// The lazy DFA of a syntax tree; `None` when the lazy DFA cannot be built for its
    /// NFA.
    fn dfa_of(hir: &Hir) -> Result<Option<hybrid::dfa::DFA>, String> {
        // Empty matches may split a character (`utf8(false)`): `confirm` steps over
        // them a byte at a time. The DFA reports no capture groups.
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .utf8(false)
                    .shrink(false)
                    .nfa_size_limit(Some(REGEX_SIZE_LIMIT))
                    .which_captures(WhichCaptures::None),
            )
            .build_from_hir(hir)
            .map_err(|e| e.to_string())?;
        let dfa = hybrid::dfa::Builder::new()
            .configure(
                hybrid::dfa::Config::new()
                    // Without it a regex with a Unicode `\b` could not be built;
                    // with it, the DFA gives up on a non-ASCII byte.
                    .unicode_word_boundary(true)
                    // Give up rather than rebuild states over and over on a line
                    // that needs very many.
                    .minimum_cache_clear_count(Some(3))
                    .minimum_bytes_per_state(Some(10)),
            )
            .build_from_nfa(nfa)
            .ok();
        Ok(dfa)
    }

    /// Compiles the general-purpose regex.
    fn build_fallback(&self) -> Result<Regex, String> {
        meta::Builder::new()
            .configure(meta::Config::new().nfa_size_limit(Some(REGEX_SIZE_LIMIT)).utf8_empty(false))
            .syntax(self.syntax())
            .build(&self.pattern())
            .map_err(|e| e.to_string())
    }

    /// The first match in `content` at or after `from`, with this thread's search caches:
    /// caches per thread keep workers from contending for a shared pool.
    fn find_at(&self, content: &[u8], from: usize, ascii: bool) -> Option<(usize, usize)> {
        if self.anchored && from > 0 {
            // The match must begin at the start of the line.
            return None;
        }
        let mut caches = self.caches.get_or(|| RefCell::new(Caches::default())).borrow_mut();
        let caches = &mut *caches;
        let input = regex_automata::Input::new(content).span(from..content.len());
        // A very long line goes to the general engine when the match may be anywhere:
        // its literal prefilters skip most of the line where the lazy DFA would step
        // through every byte. An anchored search ends where its match can no longer go
        // on, whatever the length of the line.
        let scan = self.anchored || content.len() - from <= DFA_SCAN_MAX_BYTES;
        let search = |dfa: &hybrid::dfa::DFA, cache: &mut hybrid::dfa::Cache| {
            if self.anchored {
                self.find_head(dfa, cache, content)
            } else {
                Self::find_forward(dfa, cache, &input)
            }
        };
        if let (true, true, Some(dfa)) = (ascii, scan, self.ascii_dfa()) {
            if let Ok(found) = search(dfa, caches.ascii.get_or_insert_with(|| dfa.create_cache())) {
                return found;
            }
        }
        let engines = self.engines()?;
        if let (Some(dfa), true) = (&engines.dfa, scan) {
            if let Ok(found) = search(dfa, caches.dfa.get_or_insert_with(|| dfa.create_cache())) {
                return found;
            }
        }
        let regex = engines.fallback.get_or_init(|| self.build_fallback().ok()).as_ref()?;
        let cache = caches.fallback.get_or_insert_with(|| regex.create_cache());
        regex.search_with(cache, &input).map(|m| (m.start(), m.end()))
    }

    /// The match of [`RegexRule::pattern`] in `content` for a rule that wants it at the
    /// start of the line, with the lazy DFA of `source` alone; an error when it gives up.
    ///
    /// The pattern's lazy lead-in tries the fewest characters first, so its leftmost-first
    /// match is `source`'s leftmost-first match anchored at the first offset, stepping
    /// over lead-in characters one at a time, where `source` matches at all; the match
    /// is reported from the start of the line, as the pattern's would be. The search
    /// runs on the whole line, so that `source`'s look-arounds see what precedes the
    /// offset.
    fn find_head(
        &self,
        dfa: &hybrid::dfa::DFA,
        cache: &mut hybrid::dfa::Cache,
        content: &[u8],
    ) -> Result<Option<(usize, usize)>, regex_automata::MatchError> {
        let lead = lead(self.case_sensitive);
        let mut at = 0;
        loop {
            // An offset whose byte no match can begin with is passed over unsearched.
            if self.opens.is_none_or(|set| content.get(at).is_some_and(|&b| set.contains(b))) {
                let input = regex_automata::Input::new(content)
                    .span(at..content.len())
                    .anchored(Anchored::Yes);
                if let Some(m) = dfa.try_search_fwd(cache, &input)? {
                    return Ok(Some((0, m.offset())));
                }
            }
            match width_in(lead, &content[at..]) {
                // Each offset of a long lead-in costs a search: the general engine
                // takes such a line.
                Some(_) if at >= DFA_MAX_BYTES => {
                    return Err(regex_automata::MatchError::gave_up(at));
                }
                Some(width) => at += width,
                None => return Ok(None),
            }
        }
    }

    /// The leftmost-first match in `input` with the lazy DFA alone; an error when it
    /// gives up.
    fn find_forward(
        dfa: &hybrid::dfa::DFA,
        cache: &mut hybrid::dfa::Cache,
        input: &regex_automata::Input<'_>,
    ) -> Result<Option<(usize, usize)>, regex_automata::MatchError> {
        let Some(first) = dfa.try_search_fwd(cache, input)? else { return Ok(None) };
        // The anchored searches below grow with the distance from the search's start
        // to the match: a far one is left to the general engine.
        if first.offset() - input.start() > DFA_MAX_BYTES {
            return Err(regex_automata::MatchError::gave_up(first.offset()));
        }
        // The match begins at or before its end.
        for start in input.start()..=first.offset() {
            let at = input.clone().span(start..input.end()).anchored(Anchored::Yes);
            if let Some(m) = dfa.try_search_fwd(cache, &at)? {
                return Ok(Some((start, m.offset())));
            }
        }
        // Cannot happen (the unanchored match begins somewhere); the fallback decides.
        Err(regex_automata::MatchError::gave_up(first.offset()))
    }

    fn engines(&self) -> Option<&Engines> {
        self.compiled.get_or_init(|| self.build().ok()).as_ref()
    }
}

/// What an automaton pattern stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Target {
    /// A phrase of rule `rule`; `exact` holds the bytes for case-sensitive rules (the
    /// automaton folds ASCII case, so their matches are confirmed here).
    Phrase { rule: u32, exact: Option<Box<[u8]>> },
    /// A literal that every match of regex `index` starts with.
    Trigger { index: u32 },
}

/// A regex's source as [`parse_unfolded`] takes it, and whether it is case-sensitive
/// then: a leading `(?i)` is read as the rule's case setting.
fn unfolded_source(text: &str, case_sensitive: bool) -> (&str, bool) {
    match text.strip_prefix("(?i)") {
        Some(rest) => (rest, false),
        None => (text, case_sensitive),
    }
}

/// `pattern` parsed without case folding, which is slow for large Unicode classes and
/// not needed here: the automaton folds ASCII case itself, `variants::expand` adds the
/// non-ASCII case forms of triggers, and gates widen their byte sets for case.
fn parse_unfolded(pattern: &str) -> Option<Hir> {
    regex_syntax::ParserBuilder::new().utf8(false).build().parse(pattern).ok()
}

/// The literals every match of `pattern` starts with, as automaton patterns, or
/// `None` when there is no short finite set of them.
fn triggers(hir: &Hir, case_sensitive: bool, at_head: bool) -> Option<Vec<String>> {
    forms_of(&starting_literals(hir, at_head)?, case_sensitive)
}

/// The literals every match of `hir` starts with, as written in the pattern, or `None`
/// when there is no short finite set of them.
fn starting_literals(hir: &Hir, at_head: bool) -> Option<Vec<String>> {
    use regex_syntax::hir::literal::{ExtractKind, Extractor};
    let seq = Extractor::new().kind(ExtractKind::Prefix).limit_total(300).extract(hir);
    let mut out = Vec::new();
    for lit in seq.literals()? {
        // A short literal of letters ("ap") would make many lines candidates, unless
        // it must stand at the start of the line; one with a sign in it ("(c", "©")
        // stays rare anywhere.
        let text = std::str::from_utf8(lit.as_bytes()).ok()?;
        let sign = text.bytes().any(|b| !b.is_ascii_alphanumeric() && b != b' ');
        let shortest = match (at_head, sign) {
            (true, true) => 1,
            (true, false) | (false, true) => 2,
            (false, false) => 3,
        };
        if text.len() < shortest {
            return None;
        }
        out.push(text.to_string());
    }
    Some(out)
}

/// Every form of `literals` (case, typography) as automaton patterns, or `None` when
/// there are too many.
fn forms_of(literals: &[String], case_sensitive: bool) -> Option<Vec<String>> {
    let mut out = Vec::new();
    for text in literals {
        out.extend(variants::expand(text, case_sensitive).ok()?);
    }
    out.sort();
    out.dedup();
    // A trigger only makes its line a candidate, so one that another trigger begins
    // ("AOÛT." after "AOÛT") adds nothing; sorted, it follows the one it extends.
    let mut kept: Vec<String> = Vec::with_capacity(out.len());
    for literal in out {
        if !kept.last().is_some_and(|shorter| literal.starts_with(shorter.as_str())) {
            kept.push(literal);
        }
    }
    (!kept.is_empty() && kept.len() <= 2000).then_some(kept)
}

/// Literals that every match of `hir` contains, though not at its start, for a regex
/// without [`triggers`] (`^\W*(?:sign up|subscribe)...`, `\p{L}+ (?:newsletter|...)`):
/// the triggers of a tail of its top-level sequence. Every match holds a match of each
/// tail, and that starts with one of the tail's triggers; of the tails that have
/// them, the one whose shortest literal is longest is taken (the rarest on lines),
/// the longest tail among equals. Such literals can only be searched across the line.
fn inner_triggers(hir: &Hir, case_sensitive: bool) -> Option<Vec<String>> {
    let HirKind::Concat(items) = hir.kind() else { return None };
    let mut best: Option<(usize, Vec<String>)> = None;
    for start in 1..items.len() {
        // Only a tail that opens with a literal, an alternation or a small class can
        // have a short set of literals; building the others costs start-up for nothing.
        let opens_with_literals = match items[start].kind() {
            HirKind::Literal(_) | HirKind::Alternation(_) | HirKind::Capture(_) => true,
            HirKind::Class(class) => class.literal().is_some() || small_class(class),
            _ => false,
        };
        if !opens_with_literals {
            continue;
        }
        let Some(found) = starting_literals(&Hir::concat(items[start..].to_vec()), false) else {
            continue;
        };
        let shortest = found.iter().map(String::len).min().unwrap_or(0);
        if best.as_ref().is_none_or(|(len, _)| shortest > *len) {
            best = Some((shortest, found));
        }
    }
    forms_of(&best?.1, case_sensitive)
}

/// Whether a class holds few characters (`[|•·]`, not `\p{L}` or `\s`).
fn small_class(class: &regex_syntax::hir::Class) -> bool {
    use regex_syntax::hir::Class;
    let width = |(start, end): (u32, u32)| end - start + 1;
    let size: u32 = match class {
        Class::Unicode(c) => {
            c.ranges().iter().map(|r| width((r.start().into(), r.end().into()))).sum()
        }
        Class::Bytes(c) => {
            c.ranges().iter().map(|r| width((r.start().into(), r.end().into()))).sum()
        }
    };
    size <= 16
}

/// One automaton and what its patterns stand for.
struct Tier<S> {
    search: Option<S>,
    targets: Vec<Target>,
    /// The most words a line may have for any rule of this tier to fire on it; longer
    /// lines are not searched at all.
    max_words: u32,
}

impl Tier<Prefixes> {
    fn head(patterns: &[Vec<u8>], targets: Vec<Target>, max_words: u32) -> Tier<Prefixes> {
        let search = (!patterns.is_empty()).then(|| Prefixes::new(patterns));
        Tier { search, targets, max_words }
    }
}

/// Bytes of a literal that the body automaton holds: a longer one is found by its
/// first bytes and confirmed against what follows them on the line. Few phrases share
/// their first 12 bytes, and the automaton, whose construction was most of the
/// start-up, shrinks from about 52,000 states to under 10,000 for the default rules
/// (16 bytes kept 16,000 states; 8 bytes made more candidates to confirm).
const BODY_KEY_BYTES: usize = 12;

/// Text searched by the body automaton before it is rebuilt as a DFA. The DFA needs
/// about 30 fewer instructions per byte of the default rules' input than the NFA it
/// starts as, but costs as much to build as the whole rest of start-up (about 140 M
/// instructions): worth it for a corpus, not for a few documents. The build pays for
/// itself about 5 MB after the switch.
const DFA_AFTER_BYTES: u64 = 8 << 20;

/// The automaton for literals anywhere in a line, and what its patterns stand for.
struct Body {
    search: Option<AhoCorasick>,
    /// The same automaton as a DFA, once `dfa_after` bytes have been searched.
    dfa: OnceLock<Option<AhoCorasick>>,
    /// Its patterns, kept for building the DFA.
    keys: Vec<Vec<u8>>,
    /// Bytes of the documents searched so far, over all threads.
    searched: std::sync::atomic::AtomicU64,
    dfa_after: u64,
    /// The entries of pattern `p` are `entries[first[p]..first[p + 1]]`.
    first: Vec<u32>,
    /// A literal's target and the bytes that must follow its pattern's match (ASCII
    /// case folded, as the automaton folds it).
    entries: Vec<(Target, Box<[u8]>)>,
    /// The most words a line may have for any of its rules to fire on it; longer lines
    /// are not searched at all.
    max_words: u32,
}

impl Body {
    fn new(literals: Vec<Vec<u8>>, targets: Vec<Target>, max_words: u32) -> Result<Body, String> {
        let mut ids: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
        let mut keys: Vec<Vec<u8>> = Vec::new();
        let mut groups: Vec<Vec<(Target, Box<[u8]>)>> = Vec::new();
        for (literal, target) in literals.into_iter().zip(targets) {
            let cut = literal.len().min(BODY_KEY_BYTES);
            let key = literal[..cut].to_ascii_lowercase();
            let rest: Box<[u8]> = literal[cut..].into();
            let id = *ids.entry(key).or_insert_with_key(|key| {
                keys.push(key.clone());
                groups.push(Vec::new());
                keys.len() - 1
            });
            let group = &mut groups[id];
            // A form that differs from one already held only in ASCII case finds the
            // same matches.
            if !group.iter().any(|(t, r)| *t == target && r.eq_ignore_ascii_case(&rest)) {
                group.push((target, rest));
            }
        }
        let search = if keys.is_empty() {
            None
        } else {
            Some(
                Body::automaton(&keys, AhoCorasickKind::ContiguousNFA)
                    .map_err(|e| format!("cannot build the phrase automaton: {e}"))?,
            )
        };
        let mut first = Vec::with_capacity(groups.len() + 1);
        let mut entries = Vec::new();
        for group in groups {
            first.push(entries.len() as u32);
            entries.extend(group);
        }
        first.push(entries.len() as u32);
        Ok(Body {
            search,
            dfa: OnceLock::new(),
            keys,
            searched: std::sync::atomic::AtomicU64::new(0),
            dfa_after: DFA_AFTER_BYTES,
            first,
            entries,
            max_words,
        })
    }

    fn automaton(keys: &[Vec<u8>], kind: AhoCorasickKind) -> Result<AhoCorasick, String> {
        AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .kind(Some(kind))
            .build(keys)
            .map_err(|e| e.to_string())
    }

    /// The automaton to search `len` more bytes with: the NFA, or the DFA once enough
    /// text has gone through (the thread whose search crosses the mark builds it; both
    /// find the same matches). `None` without patterns.
    fn searcher(&self, len: usize) -> Option<&AhoCorasick> {
        use std::sync::atomic::Ordering;
        let nfa = self.search.as_ref()?;
        if let Some(built) = self.dfa.get() {
            return built.as_ref().or(Some(nfa));
        }
        let before = self.searched.fetch_add(len as u64, Ordering::Relaxed);
        if before < self.dfa_after && before.saturating_add(len as u64) >= self.dfa_after {
            // A DFA too large to build leaves the NFA in use.
            let built =
                self.dfa.get_or_init(|| Body::automaton(&self.keys, AhoCorasickKind::DFA).ok());
            return built.as_ref().or(Some(nfa));
        }
        Some(nfa)
    }

    /// The entries of automaton pattern `pattern`.
    fn entries(&self, pattern: usize) -> &[(Target, Box<[u8]>)] {
        &self.entries[self.first[pattern] as usize..self.first[pattern + 1] as usize]
    }
}

/// The most words of a line a rule with these limits can fire on (a character limit
/// bounds the words too, since a word has at least one character).
fn word_cap(limits: &Limits) -> u32 {
    limits.max_words.unwrap_or(u32::MAX).min(limits.max_chars.unwrap_or(u32::MAX))
}

/// The most threads that compile a rule set.
const COMPILE_THREADS: usize = 4;

/// `work(0)`, ..., `work(n - 1)` in order, computed on up to [`COMPILE_THREADS`]
/// threads (each takes every k-th index, so that long and short items mix).
///
/// Scoped threads, not rayon: the rules compile before the binary sizes rayon's global
/// pool from `--threads`, and a first use of the pool here would fix its size.
fn in_parallel<T: Send>(n: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |t| t.get())
        .min(COMPILE_THREADS)
        .min(n.div_ceil(16).max(1));
    if threads <= 1 {
        return (0..n).map(&work).collect();
    }
    let work = &work;
    let mut slots: Vec<Option<T>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (1..threads)
            .map(|t| scope.spawn(move || (t..n).step_by(threads).map(|i| (i, work(i))).collect()))
            .collect();
        let mine: Vec<(usize, T)> = (0..n).step_by(threads).map(|i| (i, work(i))).collect();
        for (i, item) in mine {
            slots[i] = Some(item);
        }
        for handle in handles {
            let items: Vec<(usize, T)> =
                handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for (i, item) in items {
                slots[i] = Some(item);
            }
        }
    });
    slots.into_iter().map(|slot| slot.expect("every index was computed")).collect()
}

/// `a()` and `b()`, the second on another thread when the machine has one.
fn both<A: Send, B: Send>(a: impl FnOnce() -> A + Send, b: impl FnOnce() -> B + Send) -> (A, B) {
    if std::thread::available_parallelism().map_or(1, |t| t.get()) < 2 {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let other = scope.spawn(b);
        let first = a();
        (first, other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
    })
}

/// What one rule contributes to the matcher: literals for its tier and its regexes.
struct RuleParts {
    /// Whether its literals go to the head tier (`starts`, `alone`).
    at_head: bool,
    /// The most words of a line it can fire on.
    cap: u32,
    literals: Vec<(Vec<u8>, Target)>,
    /// Triggers found inside its regexes' matches ([`inner_triggers`]): body literals
    /// whatever the rule's fit.
    inner: Vec<(Vec<u8>, Target)>,
    regexes: Vec<RegexRule>,
    errors: Vec<String>,
}

impl RuleParts {
    /// Rule `index`, whose regexes are numbered from `first_regex`.
    /// Without `filters`, its regexes get neither triggers nor gates: they run on
    /// every line (the reference the tests hold the filters to).
    fn of(
        index: usize,
        rule: &Rule,
        limits: &Limits,
        first_regex: u32,
        filters: bool,
    ) -> RuleParts {
        let at_head = matches!(rule.fit, LineFit::Starts | LineFit::Alone);
        let mut part = RuleParts {
            at_head,
            cap: word_cap(limits),
            literals: Vec::new(),
            inner: Vec::new(),
            regexes: Vec::with_capacity(rule.regexes.len()),
            errors: Vec::new(),
        };
        for phrase in &rule.phrases {
            match variants::expand(&phrase.text, rule.case_sensitive) {
                Ok(forms) => {
                    for form in forms {
                        let exact = rule.case_sensitive.then(|| form.as_bytes().into());
                        part.literals.push((
                            form.into_bytes(),
                            Target::Phrase { rule: index as u32, exact },
                        ));
                    }
                }
                Err(m) => part.errors.push(format!("{}:{}: {m}", phrase.origin, phrase.column)),
            }
        }
        for re in &rule.regexes {
            // A regex that opens with `(?i)` is read like a case-insensitive rule's:
            // parsed with the flag, its letters would turn into classes whose case
            // forms no literal set can hold.
            let (source, sensitive) = unfolded_source(&re.text, rule.case_sensitive);
            let hir = parse_unfolded(source);
            let found = hir.as_ref().filter(|_| filters);
            let trig = found.and_then(|h| triggers(h, sensitive, at_head));
            let inner = match (&trig, found) {
                (None, Some(h)) => inner_triggers(h, sensitive),
                _ => None,
            };
            let opens =
                hir.as_ref().filter(|_| at_head).and_then(|h| gate::opening_bytes(h, sensitive));
            let gate = match (&trig, found) {
                (None, Some(h)) => gate::Gate::new(h, rule.fit, sensitive),
                _ => gate::Gate::open(),
            };
            let ascii = hir.filter(|_| ascii::narrowable(source, !sensitive));
            let number = first_regex + part.regexes.len() as u32;
            if let Some(lits) = &trig {
                for lit in lits {
                    part.literals
                        .push((lit.as_bytes().to_vec(), Target::Trigger { index: number }));
                }
            }
            for lit in inner.iter().flatten() {
                part.inner.push((lit.as_bytes().to_vec(), Target::Trigger { index: number }));
            }
            part.regexes.push(RegexRule {
                rule: index as u32,
                source: re.text.clone(),
                anchored: at_head,
                case_sensitive: rule.case_sensitive,
                triggered: trig.is_some() || inner.is_some(),
                gate,
                opens,
                compiled: OnceLock::new(),
                ascii,
                ascii_dfa: OnceLock::new(),
                caches: ThreadLocal::new(),
            });
        }
        part
    }
}

/// All rules compiled for matching. Immutable, `Send + Sync`.
///
/// Literals live in two automata. The *head* automaton holds the phrases of rules that
/// fit `starts` or `alone` and the triggers of their regexes: a match must begin where
/// the line's leading decoration ends, so it is searched anchored at those few offsets
/// and costs a handful of steps per line whatever the line's length. The *body*
/// automaton holds every other literal, inner triggers included whatever their rule's
/// fit, and is searched across a line, but only on
/// lines with few enough words for one of its rules. Long paragraphs of prose, which
/// carry most of the bytes of a crawl, are thus seldom searched at all.
pub(crate) struct Matcher {
    head: Tier<Prefixes>,
    body: Body,
    regexes: Vec<RegexRule>,
    /// Indexes of regexes without triggers.
    untriggered: Vec<u32>,
    /// The most words of a line any of them can fire on.
    untriggered_cap: u32,
    limits: Vec<Limits>,
}

impl Matcher {
    /// Compiles `rules`. Fails only on something the parser cannot see alone: a phrase
    /// with too many variants.
    ///
    /// Most of the work (phrase variants, parsing each regex for its triggers and gate,
    /// then the two automata) is spread over up to [`COMPILE_THREADS`] threads; the
    /// result does not depend on how many there are.
    pub(crate) fn new(rules: &[&Rule]) -> Result<Matcher, String> {
        Matcher::build(rules, true)
    }

    /// `rules` compiled with triggers and gates (`filters`) or without them.
    fn build(rules: &[&Rule], filters: bool) -> Result<Matcher, String> {
        let limits: Vec<Limits> = rules
            .iter()
            .map(|r| Limits { fit: r.fit, max_words: r.max_words, max_chars: r.max_chars })
            .collect();
        // Regexes are numbered in rule order: each rule's first number, before the work
        // is shared out.
        let mut first_regex = Vec::with_capacity(rules.len());
        let mut count = 0u32;
        for rule in rules {
            first_regex.push(count);
            count += rule.regexes.len() as u32;
        }
        let parts = in_parallel(rules.len(), |index| {
            RuleParts::of(index, rules[index], &limits[index], first_regex[index], filters)
        });
        let mut head = (Vec::new(), Vec::new(), 0u32);
        let mut body = (Vec::new(), Vec::new(), 0u32);
        let mut regexes = Vec::with_capacity(count as usize);
        let mut errors = Vec::new();
        for part in parts {
            let tier = if part.at_head { &mut head } else { &mut body };
            if !part.literals.is_empty() {
                tier.2 = tier.2.max(part.cap);
            }
            for (literal, target) in part.literals {
                tier.0.push(literal);
                tier.1.push(target);
            }
            if !part.inner.is_empty() {
                body.2 = body.2.max(part.cap);
            }
            for (literal, target) in part.inner {
                body.0.push(literal);
                body.1.push(target);
            }
            regexes.extend(part.regexes);
            errors.extend(part.errors);
        }
        if !errors.is_empty() {
            return Err(errors.join("\n"));
        }
        let (head, body) = both(
            move || Tier::head(&head.0, head.1, head.2),
            move || Body::new(body.0, body.1, body.2),
        );
        let body = body?;
        let untriggered: Vec<u32> =
            (0..regexes.len() as u32).filter(|&i| !regexes[i as usize].triggered).collect();
        let untriggered_cap = untriggered
            .iter()
            .map(|&r: &u32| word_cap(&limits[regexes[r as usize].rule as usize]))
            .max()
            .unwrap_or(0);
        Ok(Matcher { head, body, regexes, untriggered, untriggered_cap, limits })
    }

    /// Compiles every regex now and returns the messages of those that fail (for
    /// `deboil patterns check`; cleaning compiles them as needed).
    pub(crate) fn compile_all(&self, rules: &[Rule]) -> Vec<String> {
        let mut errors = Vec::new();
        for r in &self.regexes {
            // Both engines, since a line may need either.
            // The pattern in full first, whose messages are the ones users see.
            let err = match r.build_dfa(&r.pattern()).and_then(|_| r.build()) {
                Ok(_) => r.build_fallback().err(),
                Err(e) => Some(e),
            };
            if let Some(err) = err {
                let rule = &rules[r.rule as usize];
                let at = rule
                    .regexes
                    .iter()
                    .find(|s| s.text == r.source)
                    .map_or(rule.origin.to_string(), |s| format!("{}:{}", s.origin, s.column));
                errors.push(format!("{at}: invalid regex: {err}"));
            }
        }
        errors
    }

    /// Appends to `hits` every rule hit in `text`, whose lines are `lines`, for rules
    /// that `admits(rule, line index)` lets take part (position and site).
    /// Hits come sorted by line, then start.
    pub(crate) fn scan(
        &self,
        text: &[u8],
        lines: &[Line],
        admits: &dyn Fn(u32, usize) -> bool,
        hits: &mut Vec<Hit>,
    ) {
        hits.clear();
        let mut measure = Measure { line: usize::MAX, ..Measure::default() };
        // (line, regex) pairs to confirm.
        let mut candidates: Vec<(u32, u32)> = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            if line.blank {
                continue;
            }
            let content = &text[line.start..line.end];
            if let Some(table) =
                self.head.search.as_ref().filter(|_| line.words <= self.head.max_words)
            {
                gate::head_starts(content, |p| {
                    table.find(&content[p..], |len, pattern| {
                        let start = line.start + p;
                        self.take(
                            &self.head.targets[pattern as usize],
                            start,
                            start + len,
                            text,
                            index,
                            line,
                            admits,
                            &mut measure,
                            &mut candidates,
                            hits,
                        );
                    });
                    false
                });
            }
        }
        if let Some(ac) = self.body.searcher(text.len()) {
            // One search per run of lines short enough for the body (blank lines do
            // not break a run): far fewer calls than one per line. Matches arrive in
            // order of their end, so a cursor maps them to lines.
            let eligible = |l: &Line| l.blank || l.words <= self.body.max_words;
            let mut first = 0;
            while first < lines.len() {
                if !eligible(&lines[first]) {
                    first += 1;
                    continue;
                }
                let mut last = first;
                while last + 1 < lines.len() && eligible(&lines[last + 1]) {
                    last += 1;
                }
                let input = Input::new(text).span(lines[first].start..lines[last].end);
                let mut cursor = first;
                for m in ac.find_overlapping_iter(input) {
                    while cursor < last && lines[cursor].next < m.end() {
                        cursor += 1;
                    }
                    let line = &lines[cursor];
                    // A phrase never spans lines.
                    if m.start() < line.start || m.end() > line.end {
                        continue;
                    }
                    let after = &text[m.end()..line.end];
                    for (target, rest) in self.body.entries(m.pattern().as_usize()) {
                        if after.len() < rest.len()
                            || !after[..rest.len()].eq_ignore_ascii_case(rest)
                        {
                            continue;
                        }
                        self.take(
                            target,
                            m.start(),
                            m.end() + rest.len(),
                            text,
                            cursor,
                            line,
                            admits,
                            &mut measure,
                            &mut candidates,
                            hits,
                        );
                    }
                }
                first = last + 1;
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        // A regex found by inner triggers keeps its gate too: a trigger such as " am "
        // is common, the shape the gate asks for may not be.
        let mut shape: Option<(u32, gate::Shape)> = None;
        for &(index, r) in &candidates {
            let gate = &self.regexes[r as usize].gate;
            if !gate.is_open() {
                let line = &lines[index as usize];
                let content = &text[line.start..line.end];
                if shape.as_ref().is_none_or(|(at, _)| *at != index) {
                    shape = Some((index, gate::Shape::of(content)));
                }
                if !shape.as_ref().is_some_and(|(_, shape)| gate.admits(content, shape)) {
                    continue;
                }
            }
            self.confirm(text, lines, index as usize, r, admits, &mut measure, hits);
        }
        if !self.untriggered.is_empty() {
            for (index, line) in lines.iter().enumerate() {
                if line.blank || line.words > self.untriggered_cap {
                    continue;
                }
                let content = &text[line.start..line.end];
                let shape = gate::Shape::of(content);
                for &r in &self.untriggered {
                    let re = &self.regexes[r as usize];
                    if line.words <= word_cap(&self.limits[re.rule as usize])
                        && re.gate.admits(content, &shape)
                    {
                        self.confirm(text, lines, index, r, admits, &mut measure, hits);
                    }
                }
            }
        }
        // Hits of one rule at one offset in the order of their ends.
        hits.sort_by_key(|h| (h.line, h.start, h.rule, h.end));
    }

    /// Records a match of `target` at `start..end` on line `index`: a trigger becomes
    /// a candidate for its regex, a phrase a hit if its rule's limits admit the line.
    #[allow(clippy::too_many_arguments)]
    fn take(
        &self,
        target: &Target,
        start: usize,
        end: usize,
        text: &[u8],
        index: usize,
        line: &Line,
        admits: &dyn Fn(u32, usize) -> bool,
        measure: &mut Measure,
        candidates: &mut Vec<(u32, u32)>,
        hits: &mut Vec<Hit>,
    ) {
        match target {
            Target::Trigger { index: r } => {
                if candidates.last() != Some(&(index as u32, *r)) {
                    candidates.push((index as u32, *r));
                }
            }
            Target::Phrase { rule, exact } => {
                if let Some(exact) = exact {
                    if text[start..end] != exact[..] {
                        return;
                    }
                }
                let limits = &self.limits[*rule as usize];
                let content = &text[line.start..line.end];
                measure.at(index, line.words);
                if admits(*rule, index)
                    && limits.admits_line(content, measure)
                    && limits.admits_match(content, start - line.start, end - line.start)
                {
                    hits.push(Hit { line: index as u32, rule: *rule, start, end });
                }
            }
        }
    }

    /// Runs regex `r` on line `index` if its rule may fire there; records its first
    /// admitted match.
    #[allow(clippy::too_many_arguments)]
    fn confirm(
        &self,
        text: &[u8],
        lines: &[Line],
        index: usize,
        r: u32,
        admits: &dyn Fn(u32, usize) -> bool,
        measure: &mut Measure,
        hits: &mut Vec<Hit>,
    ) {
        let line = &lines[index];
        let re = &self.regexes[r as usize];
        let limits = &self.limits[re.rule as usize];
        let content = &text[line.start..line.end];
        measure.at(index, line.words);
        if !admits(re.rule, index) || !limits.admits_line(content, measure) {
            return;
        }
        let ascii = measure.ascii(content);
        let mut from = 0;
        while let Some((start, end)) = re.find_at(content, from, ascii) {
            if start < end && limits.admits_match(content, start, end) {
                hits.push(Hit {
                    line: index as u32,
                    rule: re.rule,
                    start: line.start + start,
                    end: line.start + end,
                });
                break;
            }
            from = if end > start { end } else { end + 1 };
            if from > content.len() {
                break;
            }
        }
    }

    /// Whether rule `rule` fires on `line` taken alone (used for pattern-file examples).
    pub(crate) fn fires_on_line(&self, rule: u32, line: &str) -> bool {
        let mut lines = Vec::new();
        crate::document::split_lines(line.as_bytes(), &mut lines);
        let mut hits = Vec::new();
        self.scan(line.as_bytes(), &lines, &|_, _| true, &mut hits);
        hits.iter().any(|h| h.rule == rule)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A regex rule as `Matcher::new` makes it for a rule that fits `starts`.
    fn head_rule(source: &str, case_sensitive: bool) -> RegexRule {
        let (unfolded, sensitive) = unfolded_source(source, case_sensitive);
        let hir = parse_unfolded(unfolded);
        let opens = hir.as_ref().and_then(|h| gate::opening_bytes(h, sensitive));
        let ascii = hir.filter(|_| ascii::narrowable(unfolded, !sensitive));
        RegexRule {
            rule: 0,
            source: source.to_string(),
            anchored: true,
            case_sensitive,
            triggered: false,
            gate: gate::Gate::open(),
            opens,
            compiled: OnceLock::new(),
            ascii,
            ascii_dfa: OnceLock::new(),
            caches: ThreadLocal::new(),
        }
    }

    /// Regexes with empty matches, look-arounds, lead-in characters of their own and
    /// case forms outside ASCII.
    const SOURCES: &[&str] = &[
        r"by \p{Lu}\w+",
        r"\d+ comments?",
        r"[-*]+ share",
        r"\bfoto\b:?",
        r"(?i)ⅰ+x",
        r"x*",
        r"^\|\s*von",
        r"\W*more",
        r"(?:\d|[•·])\s*(?:min|read)$",
        r"(?:© ?)?ap\b",
    ];

    proptest::proptest! {
        /// Walking the lead-in by hand finds what the pattern with the lead-in finds.
        #[test]
        fn head_search_agrees_with_the_lead_in_pattern(
            which in 0..SOURCES.len(),
            case_sensitive: bool,
            parts in proptest::collection::vec(proptest::sample::select(vec![
                " ", "\t", "-", "*", "•", "·", "12", "3", "©", "Ⅰ", "ⅰ", "x", "X", "|", "(",
                "by ", "By ", "Jane", "Élodie", "comments", "comment", "share", "foto", "FOTO",
                ":", "more", "min", "read", "von", "ap", "AP", "é", "\u{a0}", "\u{2028}", "\n",
            ]), 0..10),
            invalid_at: Option<usize>,
        ) {
            let rule = head_rule(SOURCES[which], case_sensitive);
            let mut content = parts.concat().into_bytes();
            // A byte that is no part of any character, anywhere.
            if let Some(at) = invalid_at {
                content.insert(at % (content.len() + 1), 0xFF);
            }
            let content = &content[..];
            rule.engines().expect("the test regexes compile");
            let full = rule.build_fallback().expect("the full pattern compiles");
            let want = full.find(content).map(|m| (m.start(), m.end()));
            // Through the ASCII engine where the line allows it, and without it.
            proptest::prop_assert_eq!(rule.find_at(content, 0, content.is_ascii()), want);
            proptest::prop_assert_eq!(rule.find_at(content, 0, false), want);
            // The same through the lazy DFA of the full pattern, as the matcher ran it.
            let dfa = rule.build_dfa(&rule.pattern()).unwrap().unwrap();
            let mut cache = dfa.create_cache();
            let input = regex_automata::Input::new(content);
            if let Ok(found) = RegexRule::find_forward(&dfa, &mut cache, &input) {
                proptest::prop_assert_eq!(found, want);
            }
        }
    }

    /// Phrases of the body automaton longer than its keys, some sharing their first
    /// bytes, one with case forms outside ASCII, and a case-sensitive one.
    const LONG: &str = "rule t.a ad line\n    phrase subscribe to our newsletter\n    phrase subscribe to our podcast\n\
                        rule t.b ad line\n    phrase subscribe to\n    phrase für unsere Leser da\n\
                        rule t.c ad line\n    case sensitive\n    phrase Read The Full Story Here\n";

    proptest::proptest! {
        /// Truncated keys confirmed against the rest of the line find every occurrence
        /// of every form of a phrase, and nothing else.
        #[test]
        fn long_body_phrases_are_found_where_a_plain_search_finds_them(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "subscribe to our ", "newsletter", "podcast", "SUBSCRIBE TO OUR ", "news",
                "Read The Full Story Here", "read the full story here", "Read The Full Story",
                "FÜR UNSERE LESER DA", "für unsere Leser da", "Für unsere leser", " ", "\n", "x",
            ]), 0..10)
        ) {
            let set = crate::pattern::RuleSet::parse("t.pat", LONG).unwrap();
            let rules: Vec<&Rule> = set.rules().iter().collect();
            let matcher = Matcher::new(&rules).unwrap();
            let text = parts.concat();
            let mut lines = Vec::new();
            crate::document::split_lines(text.as_bytes(), &mut lines);
            let mut hits = Vec::new();
            matcher.scan(text.as_bytes(), &lines, &|_, _| true, &mut hits);
            let mut found: Vec<(u32, usize, usize)> =
                hits.iter().map(|h| (h.rule, h.start, h.end)).collect();
            found.dedup();
            let mut want = Vec::new();
            for (index, rule) in rules.iter().enumerate() {
                for phrase in &rule.phrases {
                    for form in variants::expand(&phrase.text, rule.case_sensitive).unwrap() {
                        let form = form.as_bytes();
                        for line in &lines {
                            let content = &text.as_bytes()[line.start..line.end];
                            for at in 0..content.len().saturating_sub(form.len() - 1) {
                                let here = &content[at..at + form.len()];
                                let same = if rule.case_sensitive {
                                    here == form
                                } else {
                                    here.eq_ignore_ascii_case(form)
                                };
                                if same {
                                    want.push((index as u32, line.start + at, line.start + at + form.len()));
                                }
                            }
                        }
                    }
                }
            }
            want.sort_by_key(|&(rule, start, end)| (start, rule, end));
            want.dedup();
            found.sort_by_key(|&(rule, start, end)| (start, rule, end));
            proptest::prop_assert_eq!(found, want);
        }
    }

    /// The default rules compiled with triggers and gates, without them, and with
    /// them and a body DFA built on the first search.
    fn default_matchers() -> &'static (Matcher, Matcher, Matcher) {
        static BUILT: OnceLock<(Matcher, Matcher, Matcher)> = OnceLock::new();
        BUILT.get_or_init(|| {
            let set = crate::pattern::RuleSet::defaults();
            let rules: Vec<&Rule> = set.rules().iter().collect();
            let filtered = Matcher::build(&rules, true).unwrap();
            let plain = Matcher::build(&rules, false).unwrap();
            let mut dfa = Matcher::build(&rules, true).unwrap();
            dfa.body.dfa_after = 1;
            (filtered, plain, dfa)
        })
    }

    #[test]
    fn some_default_regexes_have_inner_triggers_only() {
        // The property below is about them; it would pass vacuously without them.
        let set = crate::pattern::RuleSet::defaults();
        let inner = set
            .rules()
            .iter()
            .flat_map(|rule| rule.regexes.iter().map(|re| (re, rule.case_sensitive)))
            .filter(|(re, case_sensitive)| {
                let (source, sensitive) = unfolded_source(&re.text, *case_sensitive);
                let hir = parse_unfolded(source).unwrap();
                triggers(&hir, sensitive, false).is_none()
                    && inner_triggers(&hir, sensitive).is_some()
            })
            .count();
        assert!(inner >= 10, "{inner}");
    }

    #[test]
    fn word_gap_regexes_get_literal_triggers() {
        // A `variants` line with a gap becomes a regex; the words before the gap (or,
        // when those are short, the words after it) must trigger it, so that it runs
        // only on lines holding them.
        let set = crate::pattern::RuleSet::parse(
            "t.pat",
            "rule a ad line\n  variants Get (the|our) {1-5 words} in a weekly newsletter\n\
             rule b ad line\n  line starts\n  variants Don't miss {1-2 words} today\n\
             rule c ad line\n  variants A {1-2 words} newsletter - free\n",
        )
        .unwrap();
        let defaults = crate::pattern::RuleSet::defaults();
        let rules: Vec<&Rule> = set.rules().iter().chain(defaults.rules()).collect();
        let matcher = Matcher::new(&rules).unwrap();
        let mut gaps = 0;
        for re in &matcher.regexes {
            let rule = rules[re.rule as usize];
            if rule
                .variants
                .iter()
                .any(|v| rule.regexes.iter().any(|r| r.text == re.source && r.origin == v.origin))
            {
                gaps += 1;
                assert!(re.triggered, "{} {}", rule.id, re.source);
            }
        }
        assert!(gaps >= 3, "{gaps}");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// Triggers (at the start of a match or inside it) and gates only skip lines on
        /// which a regex cannot match: the default rules find the same hits with them
        /// as with every regex run on every line.
        #[test]
        fn triggers_and_gates_skip_only_lines_without_a_match(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "Sign up for our ", "subscribe to the daily ", "newsletter", "Newsletter",
                "NEWSLETTER", "— ", "• ", "| ", "Jane Doe", "Élodie Müller", "Senior Reporter",
                "Editor", "Redakteurin", "Getty Images", " for ", " via ", "AFP", "dpa", "12 ",
                "3", " de ", "janvier", "AOÛT", "août", "2020", " min read", "5 minutes ",
                "comments", "3 Kommentare", "Antworten", "said", ":", " on Monday", "Photo: ",
                "Credit", " GmbH", " Inc.", "am ", "(", ")", " ", " ", "\n", "x", "The ", ".",
            ]), 0..14)
        ) {
            let (filtered, plain, dfa) = default_matchers();
            let text = parts.concat();
            let mut lines = Vec::new();
            crate::document::split_lines(text.as_bytes(), &mut lines);
            let hits = |matcher: &Matcher| {
                let mut hits = Vec::new();
                matcher.scan(text.as_bytes(), &lines, &|_, _| true, &mut hits);
                let mut hits: Vec<_> = hits.iter().map(|h| (h.line, h.rule, h.start, h.end)).collect();
                hits.sort_unstable();
                hits.dedup();
                hits
            };
            let want = hits(plain);
            proptest::prop_assert_eq!(&hits(filtered), &want);
            // The body automaton as a DFA finds what its NFA finds.
            let through_dfa = hits(dfa);
            proptest::prop_assert!(text.is_empty() || matches!(dfa.body.dfa.get(), Some(Some(_))));
            proptest::prop_assert_eq!(through_dfa, want);
        }
    }
}
