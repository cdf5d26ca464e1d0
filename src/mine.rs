//! Mining a corpus's own boilerplate: lines that repeat across many documents.
//!
//! Each line of a document is normalised (letter case, white space, digits and
//! quotes folded, the decoration at both ends that a `line alone` rule lets stand
//! dropped: see [`line_core`]) and hashed. A [`Counter`] counts, per hash, how many
//! distinct documents and groups (sites) contain the line. Memory is bounded: the
//! counter keeps at most `capacity` hashes, and when it is full it prunes the rarest
//! ones (lossy counting), remembering the highest count it ever pruned so that it can
//! say how far any count may be too low. A line's text is only kept once its hash
//! has been seen in a second document, so the many lines that occur once cost a
//! hash and a few counters, not a string.
//!
//! The lines that reach a threshold become [`Candidate`]s, which
//! [`render_patterns`] writes as a pattern file for a person to review.
//!
//! This module is pure: the `deboil mine` command reads the documents, spreads the
//! per-document work ([`document_lines`]) over threads and feeds the counter in
//! input order, so that the result does not depend on the thread count.
//!
//! ```
//! use deboil::mine::{document_lines, Counter};
//!
//! let mut counter = Counter::new(1000);
//! let mut keys = Vec::new();
//! for (i, doc) in ["Story one.\nSubscribe for $5 a month!\n", "Story two.\nSubscribe for $9 a month\n"]
//!     .iter()
//!     .enumerate()
//! {
//!     document_lines(doc.as_bytes(), &mut keys);
//!     counter.add_document(&format!("doc{i}"), Some("example.com"), doc.as_bytes(), &keys);
//! }
//! let found = counter.candidates(2);
//! assert_eq!(found.len(), 1);
//! assert_eq!(found[0].line, "Subscribe for $9 a month");
//! assert_eq!(found[0].docs, 2);
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::sync::OnceLock;

use crate::charclass::CharClass;
use crate::matcher::{self, variants};
use crate::pattern::{Category, Rule};
use crate::Cleaner;

/// Lines longer than this (in bytes) are not counted: boilerplate lines are short,
/// and the limit bounds the size of a kept example.
pub const MAX_LINE_BYTES: usize = 600;

/// At most this many distinct groups are told apart per line; more are reported as
/// "at least this many".
pub const MAX_GROUPS: usize = 32;

/// At most this many example document ids are kept per line.
const MAX_EXAMPLES: usize = 2;

/// The `keep` example of every rendered rule: an ordinary sentence, which a `line
/// alone` rule made from a repeated line cannot match.
pub const KEEP_EXAMPLE: &str = "Unrelated article sentence about the weather in town.";

/// Writes the normalised form of `line` into `out` (cleared first) and returns
/// whether the line is worth counting: it has at least two letters and at most
/// [`MAX_LINE_BYTES`] bytes.
///
/// Of the line's [`line_core`], letters are lower-cased, runs of white space become
/// one space, runs of digits one `0`, typographic quotes and apostrophes their ASCII
/// forms, dashes `-`. Lines with the same normal form are removed by the same mined
/// rule.
///
/// ```
/// let mut out = String::new();
/// assert!(deboil::mine::normalize("  » Subscribe   for €12,99 a MONTH! ", &mut out));
/// assert_eq!(out, "subscribe for €0,0 a month");
/// assert!(!deboil::mine::normalize("*** 2024 ***", &mut out));
/// ```
pub fn normalize(line: &str, out: &mut String) -> bool {
    out.clear();
    // A carriage return inside a line would end it in a document without line
    // feeds, such as the line given alone as its rule's example: no rule can be
    // made for it.
    if line.len() > MAX_LINE_BYTES || line.trim_end_matches('\r').contains('\r') {
        return false;
    }
    let mut letters = 0;
    let mut space = false;
    let mut digit = false;
    for c in line_core(line).chars() {
        if c.is_whitespace() {
            space = true;
            digit = false;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if is_digit(c) {
            if !digit {
                out.push('0');
            }
            digit = true;
            continue;
        }
        digit = false;
        // Quotes, apostrophes and dashes as phrases match them, whatever their neighbours.
        match variants::class(None, c, None) {
            Some(forms) => out.push(forms[0]),
            None if c.is_alphabetic() => {
                letters += 1;
                out.extend(c.to_lowercase());
            }
            None => out.push(c),
        }
    }
    letters >= 2
}

/// The part of a line that a mined rule spells out: the line without the decoration
/// at its ends (white space, punctuation, common symbols) that a `line alone` rule
/// lets stand around its match. Only what the matcher takes for decoration goes, so
/// that the rule made of the core fires on the line: a double quote (a quoted line
/// is speech, not a label), an icon from a private-use area or an emoji stays.
///
/// ```
/// assert_eq!(deboil::mine::line_core("» Subscribe now! "), "Subscribe now");
/// assert_eq!(deboil::mine::line_core("\u{e60a} Share \u{e60a}"), "\u{e60a} Share \u{e60a}");
/// assert_eq!(deboil::mine::line_core("* \"No.\""), "\"No.\"");
/// ```
pub fn line_core(line: &str) -> &str {
    // Digits stay: a count is part of the line's shape (`\d+ comments`). At the
    // start, a regex rule steps over a narrower set than a phrase's decoration.
    let decoration = |c: char| !c.is_alphanumeric() && matcher::is_decoration_char(c);
    line.trim_start_matches(|c: char| decoration(c) && matcher::regex_steps_over(c, false))
        .trim_end_matches(decoration)
}

/// Whether `c` is a digit as a regex's `\d` takes it: a decimal digit of any script,
/// not `²` or `½`.
fn is_digit(c: char) -> bool {
    static DIGITS: OnceLock<CharClass> = OnceLock::new();
    c.is_ascii_digit()
        || (!c.is_ascii() && DIGITS.get_or_init(|| CharClass::parse(r"\d", false)).contains(c))
}

/// The 64-bit hash of a normalised line (the same on every run).
pub fn hash_line(normalized: &str) -> u64 {
    // SipHash with fixed keys: deterministic within a build (hashes are never
    // stored), and collisions among a few billion distinct lines are unlikely
    // enough not to matter for proposals.
    let mut h = std::hash::DefaultHasher::new();
    normalized.hash(&mut h);
    h.finish()
}

/// One countable line of a document: its hash and its byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineKey {
    pub hash: u64,
    pub start: usize,
    pub end: usize,
}

/// Fills `out` with the countable lines of `text`, one per distinct normalised
/// line (the first occurrence), in the order they first appear.
pub fn document_lines(text: &[u8], out: &mut Vec<LineKey>) {
    out.clear();
    let mut norm = String::new();
    let mut start = 0;
    // Lines end where the cleaner ends them: at line feeds, or at carriage returns
    // in a document without line feeds.
    let brk = crate::line_break(text);
    while start < text.len() {
        let end = memchr::memchr(brk, &text[start..]).map_or(text.len(), |i| start + i);
        let raw = &text[start..end];
        if let Ok(line) = std::str::from_utf8(raw) {
            if normalize(line, &mut norm) {
                let hash = hash_line(&norm);
                if !out.iter().any(|k| k.hash == hash) {
                    out.push(LineKey { hash, start, end });
                }
            }
        }
        start = end + 1;
    }
}

/// A hasher for keys that are already hashes.
#[derive(Default)]
struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Table<V> = HashMap<u64, V, BuildHasherDefault<PassThrough>>;

/// What is kept of a line once it is seen in a second document.
#[derive(Debug)]
struct Example {
    /// The line as it first came, trimmed.
    line: String,
    /// The group of the first document it was kept from.
    group: Option<String>,
    /// Ids of up to [`MAX_EXAMPLES`] documents.
    docs: Vec<String>,
}

#[derive(Debug)]
struct Entry {
    /// Documents seen since the entry was (last) inserted.
    docs: u64,
    /// How many documents it may have had before that (the prune floor then).
    err: u64,
    /// Hash of the first group (0: none).
    group: u64,
    /// Further distinct groups, up to [`MAX_GROUPS`] in all.
    // Boxed: `None` for most entries, and 8 bytes instead of 24 in every entry.
    #[allow(clippy::box_collection)]
    more_groups: Option<Box<Vec<u64>>>,
    example: Option<Box<Example>>,
}

impl Entry {
    fn groups(&self) -> usize {
        usize::from(self.group != 0) + self.more_groups.as_ref().map_or(0, |g| g.len())
    }

    fn add_group(&mut self, g: u64) {
        if g == 0 || g == self.group {
            return;
        }
        if self.group == 0 {
            self.group = g;
            return;
        }
        let more = self.more_groups.get_or_insert_with(Default::default);
        if !more.contains(&g) && more.len() + 1 < MAX_GROUPS {
            more.push(g);
        }
    }
}

/// Counts, per normalised line, the documents and groups that contain it, in
/// bounded memory.
#[derive(Debug)]
pub struct Counter {
    table: Table<Entry>,
    capacity: usize,
    floor: u64,
    documents: u64,
    prunes: u64,
}

impl Counter {
    /// A counter that keeps at most `capacity` distinct lines (at least 16). Each
    /// costs about 80 bytes, plus its text once it is seen twice.
    pub fn new(capacity: usize) -> Counter {
        let capacity = capacity.max(16);
        Counter { table: Table::default(), capacity, floor: 0, documents: 0, prunes: 0 }
    }

    /// Counts one document: `id` names it in examples, `group` is its site (or any
    /// grouping), `keys` are its [`document_lines`] over `text`.
    pub fn add_document(&mut self, id: &str, group: Option<&str>, text: &[u8], keys: &[LineKey]) {
        self.documents += 1;
        let group_hash = group.map_or(0, |g| hash_line(g) | 1);
        for k in keys {
            let floor = self.floor;
            let e = self.table.entry(k.hash).or_insert_with(|| Entry {
                docs: 0,
                err: floor,
                group: 0,
                more_groups: None,
                example: None,
            });
            e.docs += 1;
            e.add_group(group_hash);
            match &mut e.example {
                Some(ex) if ex.docs.len() < MAX_EXAMPLES => ex.docs.push(id.to_string()),
                Some(_) => {}
                None if e.docs + e.err >= 2 => {
                    let line = String::from_utf8_lossy(&text[k.start..k.end]);
                    e.example = Some(Box::new(Example {
                        line: line.trim().to_string(),
                        group: group.map(str::to_string),
                        docs: vec![id.to_string()],
                    }));
                }
                None => {}
            }
        }
        if self.table.len() > self.capacity {
            self.prune();
        }
    }

    /// Drops the rarest lines until at most half the capacity is left: every line
    /// counted in at most `t` documents goes, for the smallest such `t`.
    fn prune(&mut self) {
        let target = self.table.len() - self.capacity / 2;
        // A histogram of the small counts finds `t` without sorting.
        let mut hist = [0usize; 256];
        for e in self.table.values() {
            hist[(e.docs as usize).min(255)] += 1;
        }
        let mut dropped = 0;
        let mut t = 0u64;
        for (count, n) in hist.iter().enumerate().skip(1) {
            dropped += n;
            t = count as u64;
            if dropped >= target {
                break;
            }
        }
        self.table.retain(|_, e| e.docs > t);
        self.floor = self.floor.max(t);
        self.prunes += 1;
    }

    /// Documents counted so far.
    pub fn documents(&self) -> u64 {
        self.documents
    }

    /// Distinct lines held now.
    pub fn len(&self) -> usize {
        self.table.len()
    }

    /// Whether no line is held.
    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// How many times the table was pruned.
    pub fn prunes(&self) -> u64 {
        self.prunes
    }

    /// The most a reported document count may be too low by: the highest count ever
    /// pruned (0 when nothing was pruned, and the counts are exact).
    pub fn max_undercount(&self) -> u64 {
        self.floor
    }

    /// The lines counted in at least `min_docs` documents, most frequent first
    /// (ties: more groups first, then by text). Category and existing rule are left
    /// for the caller to fill in.
    pub fn candidates(&self, min_docs: u64) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = self
            .table
            .values()
            .filter(|e| e.docs >= min_docs.max(1))
            .filter_map(|e| {
                let ex = e.example.as_ref()?;
                let groups = e.groups();
                Some(Candidate {
                    line: ex.line.clone(),
                    docs: e.docs,
                    undercount: e.err,
                    groups,
                    groups_capped: groups >= MAX_GROUPS,
                    site: if groups == 1 { ex.group.clone() } else { None },
                    examples: ex.docs.clone(),
                    category: Category::Repeated,
                    existing: None,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.docs.cmp(&a.docs).then(b.groups.cmp(&a.groups)).then_with(|| a.line.cmp(&b.line))
        });
        out
    }
}

/// A repeated line proposed as a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The line as it came in one document, trimmed.
    pub line: String,
    /// Documents that contain it (a lower bound when the counter was pruned).
    pub docs: u64,
    /// How many documents may be missing from `docs` (see [`Counter::max_undercount`]).
    pub undercount: u64,
    /// Distinct groups among those documents (0 without groups).
    pub groups: usize,
    /// Whether `groups` reached [`MAX_GROUPS`] and may be higher.
    pub groups_capped: bool,
    /// The one group it was seen in, when there is exactly one.
    pub site: Option<String>,
    /// Ids of one or two documents that contain it.
    pub examples: Vec<String>,
    /// The guessed category ([`Category::Repeated`] when nothing fits).
    pub category: Category,
    /// The id of an existing rule that already removes it.
    pub existing: Option<String>,
}

/// Guesses categories from the words of existing rules and from the shape of a
/// line.
pub struct Vocabulary {
    /// word -> bit set of categories (by index in [`Category::ALL`]).
    words: HashMap<String, u32>,
}

impl Vocabulary {
    /// The vocabulary of `rules`: the words (of four letters or more) of their
    /// phrases, by category.
    pub fn new(rules: &[Rule]) -> Vocabulary {
        let mut words: HashMap<String, u32> = HashMap::new();
        for r in rules {
            let Some(bit) = Category::ALL.iter().position(|&c| c == r.category) else { continue };
            if r.category == Category::Repeated {
                continue;
            }
            for p in &r.phrases {
                for w in words_of(&p.text) {
                    if w.chars().count() >= 4 {
                        *words.entry(w).or_default() |= 1 << bit;
                    }
                }
            }
        }
        Vocabulary { words }
    }

    /// The likely category of `line`: first by shape (prices, credits, copyright
    /// signs, share and newsletter words), then by the existing rules' words (a word
    /// used by fewer categories weighs more); [`Category::Repeated`] when neither
    /// says anything.
    ///
    /// ```
    /// use deboil::{mine::Vocabulary, Category, RuleSet};
    ///
    /// let v = Vocabulary::new(RuleSet::defaults().rules());
    /// assert_eq!(v.guess("Subscribe now: $1 for 3 months, then $9.99/month"), Category::Paywall);
    /// assert_eq!(v.guess("Photo: Jane Doe / Bugle"), Category::Caption);
    /// assert_eq!(v.guess("The river rose two metres overnight."), Category::Repeated);
    /// ```
    pub fn guess(&self, line: &str) -> Category {
        if let Some(c) = guess_by_shape(line) {
            return c;
        }
        let mut score = [0f64; Category::ALL.len()];
        for w in words_of(line) {
            if let Some(&mask) = self.words.get(&w) {
                let weight = 1.0 / f64::from(mask.count_ones());
                for (i, s) in score.iter_mut().enumerate() {
                    if mask & (1 << i) != 0 {
                        *s += weight;
                    }
                }
            }
        }
        let mut best = (Category::Repeated, 0.99);
        for (i, &s) in score.iter().enumerate() {
            if s > best.1 {
                best = (Category::ALL[i], s);
            }
        }
        best.0
    }
}

fn words_of(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(|w| w.to_lowercase())
}

fn guess_by_shape(line: &str) -> Option<Category> {
    let l = line.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    let digits = l.chars().any(|c| c.is_ascii_digit());
    if digits
        && (has(&["$", "€", "£", "¥"])
            || has(&["per month", "a month", "/month", "per year", "a year", "/year", "/mo"]))
    {
        return Some(Category::Paywall);
    }
    let starts = |words: &[&str]| words.iter().any(|w| l.starts_with(w));
    if starts(&["photo:", "photo by", "image:", "picture:", "credit:", "photograph:", "foto:"])
        || has(&["getty images", "(photo", "shutterstock", "/ reuters", "/ap photo"])
    {
        return Some(Category::Caption);
    }
    if has(&["©", "(c)", "copyright", "all rights reserved"]) {
        return Some(Category::Copyright);
    }
    if has(&["share on", "share this", "facebook", "twitter", "whatsapp", "linkedin"]) {
        return Some(Category::Share);
    }
    if has(&["newsletter", "sign up", "inbox"]) {
        return Some(Category::Newsletter);
    }
    if has(&["cookie"]) {
        return Some(Category::Cookie);
    }
    if starts(&["by "]) && l.split_whitespace().count() <= 6 {
        return Some(Category::Byline);
    }
    None
}

/// The id and category of a rule of `cleaner` that removes `line` (of a document
/// of `site`), if one does. The line is tried three times in a row, so that weak rules, which
/// act only next to other boilerplate, count too; build the cleaner without
/// detectors so that only rules answer.
pub fn existing_rule(
    cleaner: &Cleaner,
    line: &str,
    site: Option<&str>,
) -> Option<(String, Category)> {
    let text = format!("{line}\n{line}\n{line}\n");
    let cleaned = cleaner.clean_site(text.as_bytes(), site);
    cleaned
        .removals()
        .first()
        .map(|r| (r.rule.to_string(), r.category))
        .or_else(|| cleaned.declined().first().map(|d| (d.rule.to_string(), d.category)))
}

/// What the rendered file says about the run that mined it.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Documents read.
    pub documents: u64,
    /// The threshold used.
    pub min_docs: u64,
    /// [`Counter::max_undercount`].
    pub max_undercount: u64,
}

/// The id a rendered rule gets: `mined.CATEGORY.N`, N the 1-based rank.
pub fn rule_id(rank: usize, c: &Candidate) -> String {
    format!("mined.{}.{rank}", c.category.name())
}

/// Writes `candidates` as a pattern file. Each new line becomes a `line alone` rule
/// of its guessed category (its [`line_phrase`] when that matches the line, else its
/// [`line_regex`]), limited to its site when it was seen in one group only and that
/// group is a domain, with the line itself as `remove` example and [`KEEP_EXAMPLE`]
/// as `keep` example; every rule fires on its own line.
/// Each rule is headed by a `# review` comment with its counts: the file is meant
/// to be read before it is used. Lines an existing rule already removes are
/// written commented out.
pub fn render_patterns(candidates: &[Candidate], summary: &Summary) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Mined by `deboil mine` from {} documents: {} lines found in at least {} documents.",
        summary.documents,
        candidates.len(),
        summary.min_docs
    );
    out.push_str(
        "# Review every rule before use: delete the ones that are article text, fix the\n\
         # category, widen or narrow the phrase. Try them with\n\
         #   deboil --patterns THIS_FILE --explain SAMPLE\n",
    );
    if summary.max_undercount > 0 {
        let _ = writeln!(
            out,
            "# Memory was bounded by pruning: a count may be low by up to {}.",
            summary.max_undercount
        );
    }
    for (i, c) in candidates.iter().enumerate() {
        out.push('\n');
        let groups = if c.groups_capped { format!("{}+", c.groups) } else { c.groups.to_string() };
        let _ = writeln!(
            out,
            "# review: in {} documents, {} groups; e.g. {}",
            c.docs,
            groups,
            c.examples.join(", ")
        );
        // A group that is not a domain (`--group-by` any name) cannot be a `site`.
        let site = c.site.as_deref().and_then(|g| crate::pattern::parse_site(g).ok());
        if let (Some(group), None) = (&c.site, &site) {
            let _ = writeln!(
                out,
                "# seen only in group '{}', which is not a domain: the rule is not limited to it",
                group.replace(['\n', '\r'], " ")
            );
        }
        let prefix = match &c.existing {
            Some(rule) => {
                let _ = writeln!(out, "# already removed by rule '{rule}'");
                "# "
            }
            None => "",
        };
        let mut rule = String::new();
        let _ = writeln!(rule, "rule {} {} line", rule_id(i + 1, c), c.category.name());
        let _ = writeln!(rule, "    line      alone");
        if let Some(site) = &site {
            let _ = writeln!(rule, "    site      {site}");
        }
        let phrase = line_phrase(&c.line);
        if phrase_fits(line_core(&c.line), &phrase) {
            let _ = writeln!(rule, "    phrase    {phrase}");
        } else {
            let _ = writeln!(rule, "    regex     {}", line_regex(&c.line));
        }
        let _ = writeln!(rule, "    remove    {}", c.line);
        let _ = writeln!(rule, "    keep      {KEEP_EXAMPLE}");
        for l in rule.lines() {
            let _ = writeln!(out, "{prefix}{l}");
        }
    }
    out
}

/// The [`line_core`] of a line with quotes, apostrophes and dashes in their ASCII
/// forms, which a phrase matches in every typographic form (a dash only between
/// spaces; elsewhere it stays as written), and white space runs as one space.
///
/// ```
/// assert_eq!(deboil::mine::line_phrase("» Don’t miss – our “deals”!"), "Don't miss - our \"deals\"");
/// ```
pub fn line_phrase(line: &str) -> String {
    let core = line_core(line);
    let mut out = String::with_capacity(core.len());
    let mut space = false;
    let mut prev = None;
    let mut chars = core.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
            prev = Some(' ');
        }
        let next = chars.peek().map(|&n| if n.is_whitespace() { ' ' } else { n });
        let folded = match variants::class(prev, c, next) {
            // The ASCII form, when it stands for the same forms where it is written.
            Some(forms) if variants::class(prev, forms[0], next) == Some(forms) => forms[0],
            _ => c,
        };
        out.push(folded);
        prev = Some(c);
    }
    out
}

/// Whether `phrase`, the [`line_phrase`] of a line whose core is `core`, matches
/// that line: the core holds no digit (a regex writes those as `\d+`), its words
/// are apart by single spaces (a phrase matches its spaces one for one), and the
/// phrase has few enough typographic and case variants for the automaton.
fn phrase_fits(core: &str, phrase: &str) -> bool {
    !core.chars().any(is_digit)
        && core.split(' ').all(|w| !w.is_empty() && !w.contains(char::is_whitespace))
        && variants::expand(phrase, false).is_ok()
}

/// A regex for the [`line_core`] of a line: digit runs become `\d+`, white space
/// `\s+`, quotes, apostrophes and dashes a class of the forms a phrase matches;
/// everything else is escaped.
///
/// ```
/// assert_eq!(deboil::mine::line_regex("Only $5 a month."), r"Only\s+\$\d+\s+a\s+month");
/// ```
pub fn line_regex(line: &str) -> String {
    let mut out = String::new();
    let mut prev = None;
    let mut chars = line_core(line).chars().peekable();
    while let Some(c) = chars.next() {
        if is_digit(c) {
            while chars.next_if(|&n| is_digit(n)).is_some() {}
            out.push_str(r"\d+");
        } else if c.is_whitespace() {
            while chars.next_if(|n| n.is_whitespace()).is_some() {}
            out.push_str(r"\s+");
            prev = Some(' ');
            continue;
        } else {
            let next = chars.peek().map(|&n| if n.is_whitespace() { ' ' } else { n });
            match variants::class(prev, c, next) {
                Some(forms) => {
                    out.push('[');
                    for f in forms {
                        out.push_str(&regex::escape(f.encode_utf8(&mut [0; 4])));
                    }
                    out.push(']');
                }
                None => out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
            }
        }
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normal_forms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Subscribe now", Some("subscribe now")),
            ("  SUBSCRIBE\t  NOW!!  ", Some("subscribe now")),
            ("» Share on Facebook (3)", Some("share on facebook (0")),
            ("Don’t miss “this”", Some("don't miss \"this\"")),
            // Only what the matcher takes for decoration goes: a double quote and an
            // icon of a private-use area stay, a count stays (as `0`).
            ("\"No.\"", Some("\"no.\"")),
            ("Share \u{e60a}\u{e60b} ", Some("share \u{e60a}\u{e60b}")),
            ("3 comments ›", Some("0 comments")),
            // Digits as a regex's `\d` takes them; `²` is not one.
            ("Seite ٣ von x²", Some("seite 0 von x²")),
            ("Call 555-1234 today", Some("call 0-0 today")),
            ("2024", None),
            ("a", None),
            ("", None),
            ("Ünïcode Straße", Some("ünïcode straße")),
        ];
        let mut out = String::new();
        for (line, want) in cases {
            let ok = normalize(line, &mut out);
            assert_eq!(ok.then_some(out.as_str()), *want, "{line:?}");
        }
    }

    #[test]
    fn document_lines_are_distinct() {
        let text = b"Hello world\nhello   WORLD\n\nOther line\n";
        let mut keys = Vec::new();
        document_lines(text, &mut keys);
        assert_eq!(keys.len(), 2);
        assert_eq!(&text[keys[0].start..keys[0].end], b"Hello world");
        assert_eq!(&text[keys[1].start..keys[1].end], b"Other line");
    }

    fn count(counter: &mut Counter, id: &str, group: Option<&str>, text: &str) {
        let mut keys = Vec::new();
        document_lines(text.as_bytes(), &mut keys);
        counter.add_document(id, group, text.as_bytes(), &keys);
    }

    #[test]
    fn counts_documents_and_groups() {
        let mut c = Counter::new(100);
        count(&mut c, "a1", Some("a.com"), "Blurb A\nText 1\nBlurb A\n");
        count(&mut c, "a2", Some("a.com"), "Blurb A\nText 2\nShared line\n");
        count(&mut c, "b1", Some("b.com"), "Text 3\nShared line\n");
        count(&mut c, "a3", Some("a.com"), "blurb a\n");
        let found = c.candidates(2);
        let got: Vec<_> = found
            .iter()
            .map(|c| (c.line.as_str(), c.docs, c.groups, c.site.as_deref(), c.examples.clone()))
            .collect();
        let s = |x: &str| x.to_string();
        assert_eq!(
            got,
            vec![
                // "Text N" lines fold to one form: a rule with \d+ catches them all.
                ("Text 2", 3, 2, None, vec![s("a2"), s("b1")]),
                ("Blurb A", 3, 1, Some("a.com"), vec![s("a2"), s("a3")]),
                ("Shared line", 2, 2, None, vec![s("b1")]),
            ]
        );
    }

    #[test]
    fn pruning_keeps_frequent_lines_and_bounds_the_table() {
        let mut c = Counter::new(64);
        for i in 0..5000 {
            let text = format!("Frequent blurb here\nunique sentence number {}\n", to_words(i));
            count(&mut c, &format!("d{i}"), None, &text);
            assert!(c.len() <= 65);
        }
        assert!(c.prunes() > 0);
        let found = c.candidates(100);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, "Frequent blurb here");
        assert_eq!(found[0].docs, 5000);
        assert_eq!(c.max_undercount(), 1);
    }

    /// Distinct words for a number, so that lines do not fold together.
    fn to_words(mut n: usize) -> String {
        let mut s = String::new();
        loop {
            s.push((b'a' + (n % 26) as u8) as char);
            n /= 26;
            if n == 0 {
                return s;
            }
        }
    }

    #[test]
    fn shapes_and_rendering() {
        assert_eq!(line_phrase("» Don’t miss – our “deals”!"), "Don't miss - our \"deals\"");
        // A dash is folded only where a phrase's hyphen stands for one.
        assert_eq!(line_phrase("pre–war"), "pre–war");
        assert_eq!(line_regex("Call 555 1234"), r"Call\s+\d+\s+\d+");
        let c = Candidate {
            line: "Read the Bugle for $1 a week.".into(),
            docs: 40,
            undercount: 0,
            groups: 1,
            groups_capped: false,
            site: Some("bugle.example".into()),
            examples: vec!["x:1".into()],
            category: Category::Paywall,
            existing: None,
        };
        let text =
            render_patterns(&[c], &Summary { documents: 100, min_docs: 10, max_undercount: 0 });
        assert!(text.contains(
            "rule mined.paywall.1 paywall line\n    line      alone\n    site      bugle.example\n    regex     Read\\s+the\\s+Bugle\\s+for\\s+\\$\\d+\\s+a\\s+week\n"
        ), "{text}");
        let set = crate::RuleSet::parse("mined.pat", &text).unwrap();
        let cleaner = crate::Cleaner::new(set).unwrap();
        assert!(cleaner.check_examples().is_empty());
    }

    /// Pieces of the lines that [`every_mined_rule_fires_on_its_own_line`] draws:
    /// words in several scripts and cases, digits that `\d` takes and some it does not,
    /// every kind of white space, quotes, apostrophes and dashes in their typographic
    /// forms, icons of a private-use area, zero-width characters, emoji, combining
    /// marks and the punctuation and symbols that decorate boilerplate.
    #[rustfmt::skip]
    const PIECES: &[&str] = &[
        "Share", "this", "News", "über", "STRASSE", "Straße", "ΣΟΦΟΣ", "λόγος", "İstanbul",
        "ſtop", "\u{212a}elvin", "日本語", "مرحبا", "naïve", "e-mail", "cafe\u{301}", "3", "2024",
        "١٢", "²", "½", "Ⅻ", " ", " ", " ", "  ", "\t", "\u{a0}", "\u{2003}", "\u{3000}",
        "\u{85}", "\u{2028}", "\r", "\"", "'", "’", "‘", "“", "”", "„", "«", "»", "´", "`", "ʼ",
        "-", " - ", "–", "—", " – ", "\u{e60a}", "\u{f099}", "\u{200b}", "\u{feff}", "😀", "★",
        "•", "©", "|", "...", "…", "(", ")", "[", "]", "#", "{{x}}", "\\", "$", "€", "%", "&",
        "*", "+", "?", ".", ",", ":", "!", "^", "\u{0}",
    ];

    /// Renders `lines` as `deboil mine` would (each seen in one group, if any), parses
    /// the file, and returns what `deboil patterns check` would report.
    fn check_mined(lines: &[(String, Option<&str>)]) -> Vec<String> {
        let mut norm = String::new();
        let candidates: Vec<Candidate> = lines
            .iter()
            .map(|(l, group)| (l.trim(), group))
            .filter(|(l, _)| normalize(l, &mut norm))
            .map(|(l, group)| Candidate {
                line: l.to_string(),
                docs: 2,
                undercount: 0,
                groups: 1,
                groups_capped: false,
                site: group.map(str::to_string),
                examples: vec!["doc".into()],
                category: Category::Repeated,
                existing: None,
            })
            .collect();
        let summary = Summary { documents: 2, min_docs: 2, max_undercount: 0 };
        let text = render_patterns(&candidates, &summary);
        let set = match crate::RuleSet::parse("mined.pat", &text) {
            Ok(set) => set,
            Err(e) => return e.iter().map(|e| e.to_string()).collect(),
        };
        let cleaner = match crate::Cleaner::new(set) {
            Ok(c) => c,
            Err(e) => return vec![e.to_string()],
        };
        let mut problems = cleaner.compile_all();
        for f in cleaner.check_examples() {
            let line =
                text.lines().nth(f.at.split(':').nth(1).unwrap().parse::<usize>().unwrap() - 1);
            problems.push(format!("{}: {} ({:?})", f.at, f.message, line.unwrap()));
        }
        problems
    }

    #[test]
    fn lines_with_icons_quotes_and_odd_spaces_make_rules_that_fire_on_them() {
        let lines = [
            "\u{e60a} Share this \u{e60b}\u{e60c}",
            "\"Come get a deal\"",
            "Sun  Mon  Tue  Wed",
            "Su\t\tMo\t\tTu",
            "Privacy policy\u{a0}\u{a0}|\u{a0} Terms",
            "<a href=\"\" title=\"\"> <abbr title=\"\"> <b> <q cite=\"\"> <cite> <del datetime=\"\"> <em>",
            "Don´t miss `this`",
            "pre–war deals",
            "\u{200b}Seite 3",
            "Top 10² list",
        ];
        let lines: Vec<_> = lines.iter().map(|l| (l.to_string(), None)).collect();
        assert_eq!(check_mined(&lines), Vec::<String>::new());
    }

    #[test]
    fn a_group_that_is_not_a_domain_is_named_but_not_made_a_site() {
        let lines = [
            ("Share this".to_string(), Some("My Group")),
            ("Print this".into(), Some("a_b.example")),
        ];
        assert_eq!(check_mined(&lines), Vec::<String>::new());
        let c = Candidate {
            line: "Share this".into(),
            docs: 2,
            undercount: 0,
            groups: 1,
            groups_capped: false,
            site: Some("My Group".into()),
            examples: vec!["doc".into()],
            category: Category::Share,
            existing: None,
        };
        let text = render_patterns(&[c], &Summary { documents: 2, min_docs: 2, max_undercount: 0 });
        assert!(text.contains("# seen only in group 'My Group', which is not a domain: the rule is not limited to it\nrule mined.share.1 share line\n    line      alone\n    phrase    Share this\n"), "{text}");
    }

    proptest::proptest! {
        // 64 cases with a fixed seed, as the other property tests (DEBOIL_PROPTEST_CASES
        // asks for more).
        #![proptest_config(proptest::test_runner::Config {
            cases: std::env::var("DEBOIL_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(64),
            failure_persistence: None,
            rng_seed: proptest::test_runner::RngSeed::Fixed(0x5eed),
            ..proptest::test_runner::Config::default()
        })]

        /// What `deboil mine` writes passes `deboil patterns check`, whatever the
        /// lines hold: every rule fires on its own `remove` example.
        #[test]
        fn every_mined_rule_fires_on_its_own_line(
            lines in proptest::collection::vec(
                (
                    proptest::collection::vec(proptest::sample::select(PIECES), 1..12),
                    proptest::sample::select(vec![None, Some("news.example"), Some("www.News.Example.")]),
                ),
                1..16,
            )
        ) {
            let lines: Vec<(String, Option<&str>)> =
                lines.into_iter().map(|(pieces, group)| (pieces.concat(), group)).collect();
            let problems = check_mined(&lines);
            proptest::prop_assert!(problems.is_empty(), "{problems:#?}");
        }
    }
}
