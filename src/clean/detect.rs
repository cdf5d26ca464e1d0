//! Structural detectors: boilerplate that no phrase names but the shape of the
//! document gives away.
//!
//! - `detect.repeated-line`: a short line that stands twice in a row (an image
//!   caption that the extractor picked up from both the `alt` text and the
//!   `figcaption`). A longer line repeated loses only its later copies: it may be a
//!   caption, but also a lead paragraph printed twice.
//! - `detect.end-note`: a line wholly in parentheses or brackets among the last lines
//!   that speaks about the publisher or the story ("(This article originally
//!   appeared in ...)", "(Reporting by ...)").
//! - `detect.byline`: a short line near the top shaped like "Name Surname, Place ,".
//! - `detect.comment-thread`: a comments heading after the article with replies below
//!   it that greet by name ("Hi Milan,"), say "Reply" or "NAME said:": the thread,
//!   to the end of the document.
//! - `detect.teaser-excerpts`: a list of cut-off summaries ("... the Vikings still
//!   trailed 23-20 at that point,..."), each ending in an ellipsis, a few lines apart:
//!   the teasers of related stories, which the article's own paragraphs are not.
//!
//! Detectors emit signals like rules do; the decision step treats both alike.

use std::borrow::Cow;
use std::collections::hash_map::{Entry, HashMap};

use aho_corasick::{AhoCorasick, MatchKind};

use super::core::{closes_sentence, Mode};
use crate::charclass::CharClass;
use crate::document::{trim, word_count, Line};
use crate::pattern::{Action, Category, Strength};

/// A structural detector.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detector {
    /// A short line repeated on the next non-blank line.
    RepeatedLine,
    /// A parenthesised note about the publisher at the end.
    EndNote,
    /// A name-and-place line near the top.
    Byline,
    /// A short line outside the article's core on a whole page (menus, link lists).
    PageNavigation,
    /// A label of one or two words outside the article's core: weak, it goes only
    /// inside a run of other boilerplate.
    ShortLabel,
    /// A comments heading followed by replies: the rest of the document.
    CommentThread,
    /// A run of summaries cut off with an ellipsis (teasers of related stories).
    TeaserExcerpts,
    /// The first line when it is shaped like a headline. Runs only when asked for
    /// (`CleanerBuilder::drop_title`): a title is article text for most uses.
    Headline,
}

impl Detector {
    /// All detectors.
    pub const ALL: [Detector; 8] = [
        Detector::RepeatedLine,
        Detector::EndNote,
        Detector::Byline,
        Detector::PageNavigation,
        Detector::ShortLabel,
        Detector::CommentThread,
        Detector::TeaserExcerpts,
        Detector::Headline,
    ];

    /// The id used by `--skip` and `--explain`.
    pub fn id(self) -> &'static str {
        match self {
            Detector::RepeatedLine => "detect.repeated-line",
            Detector::EndNote => "detect.end-note",
            Detector::Byline => "detect.byline",
            Detector::PageNavigation => "detect.page-navigation",
            Detector::ShortLabel => "detect.short-label",
            Detector::CommentThread => "detect.comment-thread",
            Detector::TeaserExcerpts => "detect.teaser-excerpts",
            Detector::Headline => "detect.headline",
        }
    }

    /// The category of what it removes.
    pub fn category(self) -> Category {
        match self {
            Detector::RepeatedLine => Category::Caption,
            Detector::EndNote => Category::PublisherNote,
            Detector::Byline => Category::Byline,
            Detector::PageNavigation => Category::Navigation,
            Detector::ShortLabel => Category::Navigation,
            Detector::CommentThread => Category::Comments,
            Detector::TeaserExcerpts => Category::Related,
            Detector::Headline => Category::Byline,
        }
    }

    /// What it looks for, for `--explain` and `patterns list`.
    pub fn describe(self) -> &'static str {
        match self {
            Detector::RepeatedLine => {
                "a line repeated on the next line (an image caption; of a long one, the copies)"
            }
            Detector::EndNote => {
                "a note in parentheses about the publisher or the story, at the end"
            }
            Detector::Byline => "a short 'Name Surname, Place' line near the top",
            Detector::PageNavigation => {
                "a short line outside the article's core, on a whole page (menus, link lists)"
            }
            Detector::ShortLabel => {
                "a label of one or two words outside the article's core, among other boilerplate"
            }
            Detector::CommentThread => {
                "a comments heading followed by replies ('Hi Milan,', 'Reply', 'NAME said:'): the thread to the end"
            }
            Detector::TeaserExcerpts => {
                "three or more summaries cut off with an ellipsis, a few lines apart (related stories)"
            }
            Detector::Headline => {
                "the first line, shaped like a headline (only with --drop-title)"
            }
        }
    }
}

/// What the detectors learnt of the document as a whole.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Layout {
    /// The article's core: first and last line (see [`super::core::find_core`]), when
    /// a detector needed it.
    pub core: Option<(usize, usize)>,
    /// Whether the document reads as a whole page (the page-navigation test).
    pub page: bool,
}

/// What a detector found on a line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Finding {
    pub line: u32,
    pub detector: Detector,
    pub action: Action,
    pub strength: Strength,
    /// Whether the finding is precise enough to act on its own beside a line model
    /// (a byline, an end note, a caption printed twice in a row, the headline when
    /// asked for), rather than be weighed as evidence (page navigation, comment
    /// threads, teaser lists, far copies, short labels: the findings that can take
    /// much of a document when the document is a list, a table or a discussion).
    pub verdict: bool,
}

/// Longest headline, in words.
const HEADLINE_MAX_WORDS: usize = 25;
/// Non-blank lines a document needs besides its headline for the headline to go.
const HEADLINE_MIN_BELOW: u32 = 2;
/// Longest line (words) that counts as a repeated caption.
const REPEAT_MAX_WORDS: usize = 25;
/// Longest line (words) of which a repeat is dropped while its first copy stays: a
/// caption or a lead paragraph printed twice.
const REPEAT_COPY_MAX_WORDS: usize = 80;
/// Shortest line (words) whose later copies go wherever they stand.
const REPEAT_FAR_MIN_WORDS: usize = 4;
/// How many of the last non-blank lines an end note may sit in.
const END_NOTE_LINES: u32 = 3;
/// Longest end note, in words.
const END_NOTE_MAX_WORDS: usize = 80;
/// How many of the first non-blank lines a byline may sit in (the first, the title, never).
const BYLINE_LINES: u32 = 6;
const BYLINE_MAX_WORDS: usize = 7;
/// Longest short label, in words.
const SHORT_LABEL_WORDS: usize = 2;
/// Replies that must follow a comments heading for it to head a thread.
const THREAD_MIN_REPLIES: usize = 2;
/// The first reply stands within this many non-blank lines below the heading.
const THREAD_FIRST_REPLY_LINES: usize = 5;
/// Longest reply marker line ("Hi Milan,", "Catherine (GiveWell) said:"), in words.
const REPLY_MARKER_WORDS: usize = 8;
/// A cut-off summary has at least this many words (a shorter line ending in "..." is
/// a title or a "Read more..." link, which rules see to)...
const EXCERPT_MIN_WORDS: u32 = 10;
/// ...and stands within this many non-blank lines of the next (title, summary, "Read
/// more", date)...
const EXCERPT_GAP: usize = 6;
/// ...in a list of at least this many. One or two paragraphs that trail off ("Mal
/// sehen...") are the article's own; three cut off in a row are a list.
const EXCERPT_LIST: usize = 3;

/// A comments heading, alone on its line (after bullets, digits and punctuation are
/// set aside: "12 Comments", "Comments (3)").
const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "comment",
    "reader comments",
    "responses",
    "replies",
    "discussion",
    "leave a reply",
    "leave a comment",
    "kommentare",
    "leserkommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "comentários",
    "reacties",
    "комментарии",
];

/// A reply link alone on its line.
const REPLY_WORDS: &[&str] =
    &["reply", "antworten", "répondre", "responder", "rispondi", "beantwoorden", "ответить"];

/// Endings of a commenter's header line ("Jane on May 3, 2018 at 4:47 pm said:").
const SAID_ENDINGS: &[&str] = &[
    "said:",
    "says:",
    "wrote:",
    "schreibt:",
    "sagt:",
    "schrieb:",
    "dit :",
    "dit:",
    "dice:",
    "disse:",
    "zegt:",
];

/// Words that make a closing parenthesised note a note about the publisher or the story.
const PUBLISHER_WORDS: &[&str] = &[
    "article",
    "story",
    "stories",
    "report",
    "reporting",
    "reported",
    "editing",
    "edited",
    "editor",
    "desk",
    "updated",
    "originally",
    "published",
    "appeared",
    "contributed",
    "contributing",
    "correspondent",
    "staff",
    "syndicated",
    "feed",
    "wire",
    "copyright",
    "correction",
    "newsroom",
    "this version",
    "news agency",
    "writing by",
    "compiled by",
    "artikel",
    "redaktion",
    "erschien",
    "erschienen",
    "mitarbeit",
    "aktualisiert",
    "veröffentlicht",
    "rédaction",
    "publié",
    "artículo",
    "redacción",
    "publicado",
    "articolo",
    "redazione",
    "pubblicato",
    "matéria",
    "redação",
    "redactie",
    "gepubliceerd",
    "статья",
    "редакция",
    "опубликован",
];

/// The shape of a byline, as a regex. [`Detectors::byline_shaped`] follows it by hand:
/// compiled, its counted repetition of a Unicode class cost more than the rest of
/// the detectors on a small input.
#[cfg_attr(not(test), allow(dead_code))]
const BYLINE: &str = r"^\p{Lu}[\p{Ll}'’]+\.?(?:[ \-]\p{Lu}[\p{Ll}'’]*\.?){1,3}\s*,(?:\s*\p{Lu}[\p{L}.\- ]{1,40}?)?\s*,?$";

/// The longest place of a byline, in characters after its capital.
const BYLINE_PLACE_CHARS: usize = 40;

/// The Unicode classes of [`BYLINE`], as regex-syntax reads them.
struct NameClasses {
    upper: CharClass,
    lower: CharClass,
    letter: CharClass,
    space: CharClass,
}

impl NameClasses {
    fn new() -> NameClasses {
        NameClasses {
            upper: CharClass::parse(r"\p{Lu}", false),
            lower: CharClass::parse(r"\p{Ll}", false),
            letter: CharClass::parse(r"\p{L}", false),
            space: CharClass::parse(r"\s", false),
        }
    }

    /// `[\p{Ll}'’]`
    fn name_tail(&self, c: char) -> bool {
        c == '\'' || c == '’' || self.lower.contains(c)
    }

    /// Whether `s` (the line before its first comma) is what [`BYLINE`] takes before its
    /// first comma: `\p{Lu}[\p{Ll}'’]+\.?(?:[ \-]\p{Lu}[\p{Ll}'’]*\.?){1,3}\s*`. The
    /// regex has no comma before that one and none of its classes holds one.
    fn is_name(&self, s: &str) -> bool {
        let mut chars = s.chars().peekable();
        if !chars.next().is_some_and(|c| self.upper.contains(c)) {
            return false;
        }
        let mut tail = 0;
        while chars.next_if(|&c| self.name_tail(c)).is_some() {
            tail += 1;
        }
        if tail == 0 {
            return false;
        }
        chars.next_if_eq(&'.');
        let mut words = 0;
        while words < 3 {
            // A separator belongs to a word only before a capital: the `\s*` that ends
            // the name cannot take a capital, so any other separator must end it.
            let mut ahead = chars.clone();
            let capital = matches!(ahead.next(), Some(' ' | '-'))
                && ahead.next().is_some_and(|c| self.upper.contains(c));
            if !capital {
                break;
            }
            chars = ahead;
            while chars.next_if(|&c| self.name_tail(c)).is_some() {}
            chars.next_if_eq(&'.');
            words += 1;
        }
        words >= 1 && chars.all(|c| self.space.contains(c))
    }

    /// Whether `s` (the line after its first comma) is what [`BYLINE`] takes after its
    /// first comma: `(?:\s*\p{Lu}[\p{L}.\- ]{1,40}?)?\s*,?`.
    fn is_place(&self, s: &str) -> bool {
        // No class there holds a comma: a final one is the optional comma.
        let s = s.strip_suffix(',').unwrap_or(s);
        if s.contains(',') {
            return false;
        }
        let s = s.trim_start_matches(|c| self.space.contains(c));
        let mut chars = s.chars();
        match chars.next() {
            // The place left out: white space alone.
            None => true,
            Some(c) if self.upper.contains(c) => {
                // The place's characters, then white space: the place takes as few as it
                // may, the trailing white space the rest, but at least one character,
                // which only a space can be if nothing else follows the capital.
                let rest = chars.as_str();
                let body = rest.trim_end_matches(|c| self.space.contains(c));
                let place = |c: char| matches!(c, '.' | '-' | ' ') || self.letter.contains(c);
                if body.is_empty() {
                    rest.starts_with(' ')
                } else {
                    body.chars().count() <= BYLINE_PLACE_CHARS && body.chars().all(place)
                }
            }
            Some(_) => false,
        }
    }
}

/// The compiled detectors. Built once per cleaner.
pub(crate) struct Detectors {
    enabled: [bool; 8],
    mode: Mode,
    publisher_words: AhoCorasick,
    /// Read from the Unicode tables when first needed: most documents never get that
    /// far.
    byline: std::sync::OnceLock<NameClasses>,
}

impl Detectors {
    pub(crate) fn new(enabled: impl Fn(Detector) -> bool, mode: Mode) -> Detectors {
        let publisher_words = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(PUBLISHER_WORDS)
            .expect("fixed word list compiles");
        Detectors {
            enabled: Detector::ALL.map(enabled),
            mode,
            publisher_words,
            byline: std::sync::OnceLock::new(),
        }
    }

    /// Whether a line is shaped like a byline: two to four capitalised name words, a
    /// comma, an optional capitalised place, an optional trailing comma ("Ben Ariel,
    /// Canada ,", "Jane Doe, Reuters"): the language of [`BYLINE`].
    fn byline_shaped(&self, line: &[u8]) -> bool {
        let Some(comma) = memchr::memchr(b',', line) else { return false };
        // Nothing in the regex takes a byte that is no part of a character.
        let Ok(line) = std::str::from_utf8(line) else { return false };
        let classes = self.byline.get_or_init(NameClasses::new);
        classes.is_name(&line[..comma]) && classes.is_place(&line[comma + 1..])
    }

    fn on(&self, d: Detector) -> bool {
        self.enabled[d as usize]
    }

    /// Appends what the enabled detectors find in `text` to `out`.
    /// `prose`: per line, its words of prose ([`line_prose`](super::core::line_prose));
    /// `marked`: per line, whether a rule matched it; `cuts`: the line and byte range
    /// of each `span` rule's match, sorted by line.
    pub(crate) fn run(
        &self,
        text: &[u8],
        lines: &[Line],
        prose: &[u32],
        marked: &[bool],
        cuts: &[(u32, usize, usize)],
        out: &mut Vec<Finding>,
    ) -> Layout {
        let nonblank = lines.iter().filter(|l| !l.blank).count() as u32;
        let content = |l: &Line| trim(&text[l.start..l.end]);
        let total_prose: usize = prose.iter().map(|&w| w as usize).sum();
        let mut previous: Option<usize> = None;
        for (i, line) in lines.iter().enumerate() {
            if line.blank {
                continue;
            }
            let this = content(line);
            if self.on(Detector::RepeatedLine) {
                if let Some(p) = previous {
                    // A pair that holds most of the document's prose is a duplicated
                    // paragraph, not a caption, unless a credit or other boilerplate
                    // that a rule recognised stands right beside it.
                    let beside_rule = || {
                        let before = (0..p).rev().find(|&j| !lines[j].blank);
                        let after = (i + 1..lines.len()).find(|&j| !lines[j].blank);
                        before.is_some_and(|j| marked[j]) || after.is_some_and(|j| marked[j])
                    };
                    if line.words as usize <= REPEAT_COPY_MAX_WORDS
                        && same_text(content(&lines[p]), this)
                        && is_caption_sized(this)
                        && (4 * prose[i] as usize <= total_prose || beside_rule())
                    {
                        // In a run of three or more, the middle lines were pushed already.
                        let last = out.last().is_some_and(|f| {
                            f.line == p as u32 && f.detector == Detector::RepeatedLine
                        });
                        if !last && line.words as usize <= REPEAT_MAX_WORDS {
                            out.push(finding(p, Detector::RepeatedLine));
                        }
                        out.push(finding(i, Detector::RepeatedLine));
                    }
                }
            }
            if self.on(Detector::EndNote)
                && line.rank + END_NOTE_LINES >= nonblank
                && self.is_end_note(this)
            {
                out.push(finding(i, Detector::EndNote));
            }
            if self.on(Detector::Headline)
                && line.rank == 0
                && nonblank > HEADLINE_MIN_BELOW
                && is_headline_shaped(this)
            {
                out.push(finding(i, Detector::Headline));
            }
            // The first line is the headline unless it ends in a dangling comma,
            // which a headline never does.
            if self.on(Detector::Byline)
                && (line.rank >= 1 || this.ends_with(b","))
                && line.rank < BYLINE_LINES
                // A byline holds a comma: most lines near the top fail on that, before
                // their words are counted.
                && memchr::memchr(b',', this).is_some()
                && word_count(this) <= BYLINE_MAX_WORDS
                && !starts_with_greeting(this)
                && self.byline_shaped(this)
            {
                out.push(finding(i, Detector::Byline));
            }
            previous = Some(i);
        }
        // The core is found once for the detectors that need it.
        let core = if self.on(Detector::PageNavigation)
            || self.on(Detector::ShortLabel)
            || self.on(Detector::RepeatedLine)
        {
            super::core::find_core(text, lines, prose)
        } else {
            None
        };
        if self.on(Detector::RepeatedLine) {
            // A line of some length printed again elsewhere (a headline repeated above
            // the text, a caption under a gallery, a standfirst that the text repeats):
            // one copy stays: of a sentence the first inside the article's core if
            // there is one there, else the first.
            let in_core = |i: usize| core.is_some_and(|(a, b)| (a..=b).contains(&i));
            // A line is compared by what the span rules leave of it, so that a caption
            // repeated with a glued credit ("... marmots Credit: Vesti") is a copy too.
            let mut kept: HashMap<Cow<[u8]>, usize> = HashMap::new();
            let mut copies = Vec::new();
            for (i, line) in lines.iter().enumerate() {
                let words = line.words as usize;
                // As with copies side by side: a line that holds much of the
                // document's prose is the text itself, printed twice, and stays.
                if line.blank
                    || !(REPEAT_FAR_MIN_WORDS..=REPEAT_COPY_MAX_WORDS).contains(&words)
                    || 4 * prose[i] as usize > total_prose
                {
                    continue;
                }
                let first_cut = cuts.partition_point(|c| (c.0 as usize) < i);
                let line_cuts = cuts[first_cut..].iter().take_while(|c| c.0 as usize == i);
                let key = if line_cuts.clone().next().is_none() {
                    Cow::Borrowed(content(line))
                } else {
                    let mut left = Vec::with_capacity(line.end - line.start);
                    let mut at = line.start;
                    for &(_, start, end) in line_cuts {
                        if start >= at {
                            left.extend_from_slice(&text[at..start]);
                        }
                        at = at.max(end);
                    }
                    left.extend_from_slice(&text[at.min(line.end)..line.end]);
                    Cow::Owned(trim(&left).to_vec())
                };
                if key.is_empty() {
                    continue;
                }
                let sentence = closes_sentence(&key);
                match kept.entry(key) {
                    Entry::Vacant(e) => {
                        e.insert(i);
                    }
                    Entry::Occupied(mut e) => {
                        // A sentence belongs where the text runs; a headline on top.
                        if sentence && in_core(i) && !in_core(*e.get()) {
                            copies.push(e.insert(i));
                        } else {
                            copies.push(i);
                        }
                    }
                }
            }
            if !copies.is_empty() {
                // Copies side by side were found above; a line goes once.
                let mut found = vec![false; lines.len()];
                for f in out.iter().filter(|f| f.detector == Detector::RepeatedLine) {
                    found[f.line as usize] = true;
                }
                for i in copies {
                    if !std::mem::replace(&mut found[i], true) {
                        // A copy far from its first print is evidence only.
                        out.push(Finding { verdict: false, ..finding(i, Detector::RepeatedLine) });
                    }
                }
            }
        }
        let mut is_page = false;
        if self.on(Detector::PageNavigation) {
            let mut page = Vec::new();
            is_page = super::core::page_outside_core(
                text, lines, prose, core, marked, self.mode, &mut page,
            );
            out.extend(page.into_iter().map(|i| finding(i as usize, Detector::PageNavigation)));
        }
        if self.on(Detector::CommentThread) {
            comment_thread(text, lines, out);
        }
        if self.on(Detector::TeaserExcerpts) {
            teaser_excerpts(text, lines, out);
        }
        if self.on(Detector::ShortLabel) {
            if let Some((first, last)) = core {
                let core_rank = lines[first].rank;
                for (i, line) in lines.iter().enumerate() {
                    // The first line and the one just above the core may be a headline.
                    if line.blank
                        || (first..=last).contains(&i)
                        || line.rank == 0
                        || line.rank + 1 == core_rank
                    {
                        continue;
                    }
                    let c = content(line);
                    let ends_sentence = closes_sentence(c);
                    if line.words as usize <= SHORT_LABEL_WORDS && !ends_sentence {
                        out.push(Finding {
                            line: i as u32,
                            detector: Detector::ShortLabel,
                            action: Action::Line,
                            strength: Strength::Weak,
                            verdict: false,
                        });
                    }
                }
            }
        }
        Layout { core, page: is_page }
    }

    fn is_end_note(&self, line: &[u8]) -> bool {
        let wrapped = matches!(
            (line.first(), line.last()),
            (Some(b'('), Some(b')')) | (Some(b'['), Some(b']'))
        );
        wrapped
            && line.len() > 2
            && word_count(line) <= END_NOTE_MAX_WORDS
            && self.publisher_words.is_match(line)
    }
}

/// A comments heading with at least [`THREAD_MIN_REPLIES`] reply markers below it
/// heads a thread: the heading takes the rest of the document (the decision step
/// accepts that only after an article, because the markers repeat below it), and each
/// marker is flagged too.
fn comment_thread(text: &[u8], lines: &[Line], out: &mut Vec<Finding>) {
    let content = |l: &Line| trim(&text[l.start..l.end]);
    let Some(heading) = lines
        .iter()
        .position(|l| !l.blank && l.rank >= 1 && l.words <= 4 && is_comment_heading(content(l)))
    else {
        return;
    };
    let replies: Vec<usize> = (heading + 1..lines.len())
        .filter(|&i| !lines[i].blank && is_reply_marker(content(&lines[i])))
        .collect();
    // A thread starts right below its heading; a comment count at the top of the page
    // ("Comments (32)") links to a thread far below.
    let first_reply_near = replies.first().is_some_and(|&r| {
        (heading + 1..r).filter(|&i| !lines[i].blank).count() < THREAD_FIRST_REPLY_LINES
    });
    if replies.len() < THREAD_MIN_REPLIES || !first_reply_near {
        return;
    }
    out.push(Finding {
        line: heading as u32,
        detector: Detector::CommentThread,
        action: Action::Rest,
        strength: Strength::Strong,
        verdict: false,
    });
    out.extend(replies.into_iter().map(|i| finding(i, Detector::CommentThread)));
}

/// Lists of summaries cut off with an ellipsis: at least [`EXCERPT_LIST`] lines of
/// [`EXCERPT_MIN_WORDS`] words or more that end in "..." or "…", each within
/// [`EXCERPT_GAP`] non-blank lines of the next. Each such line is flagged.
fn teaser_excerpts(text: &[u8], lines: &[Line], out: &mut Vec<Finding>) {
    // A non-blank line's rank is its index among the non-blank lines, so the gap
    // between two of them is the difference of their ranks.
    let cut_off = |l: &Line| {
        let c = trim(&text[l.start..l.end]);
        !l.blank
            && l.words >= EXCERPT_MIN_WORDS
            && (c.ends_with(b"...") || c.ends_with("…".as_bytes()))
    };
    let mut list: Vec<usize> = Vec::new();
    let flush = |list: &mut Vec<usize>, out: &mut Vec<Finding>| {
        if list.len() >= EXCERPT_LIST {
            // A summary in the list's midst that ends uncut was shorter than the cut:
            // it is one of the list's, as long as it is no longer than the longest
            // cut one.
            let longest = list.iter().map(|&i| lines[i].words).max().unwrap_or(0);
            let (first, last) = (list[0], list[list.len() - 1]);
            for (i, l) in lines.iter().enumerate().take(last + 1).skip(first) {
                let summary = list.binary_search(&i).is_ok()
                    || (!l.blank && l.words >= EXCERPT_MIN_WORDS && l.words <= longest);
                if summary {
                    out.push(finding(i, Detector::TeaserExcerpts));
                }
            }
        }
        list.clear();
    };
    for (i, l) in lines.iter().enumerate().filter(|(_, l)| cut_off(l)) {
        if list.last().is_some_and(|&j| l.rank - lines[j].rank > EXCERPT_GAP as u32) {
            flush(&mut list, out);
        }
        list.push(i);
    }
    flush(&mut list, out);
}

/// The line's letters, lower-cased, with digits, bullets and punctuation set aside.
fn letters_only(line: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(line).ok()?;
    let kept: String = s
        .chars()
        .map(|c| if c.is_alphabetic() || c == '\'' { c } else { ' ' })
        .flat_map(char::to_lowercase)
        .collect();
    Some(kept.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn is_comment_heading(line: &[u8]) -> bool {
    // Most short lines fail on their first letter, without building their letters.
    let first = line.iter().find(|b| b.is_ascii_alphabetic() || **b == b'\'' || **b >= 0x80);
    match first {
        None => return false,
        Some(&b) if b.is_ascii() => {
            let b = b.to_ascii_lowercase();
            if !COMMENT_HEADINGS.iter().any(|h| h.as_bytes()[0] == b) {
                return false;
            }
        }
        Some(_) => {}
    }
    letters_only(line).is_some_and(|w| COMMENT_HEADINGS.contains(&w.as_str()))
}

/// "Hi Milan,", "Reply", "Jane on May 3, 2018 at 4:47 pm said:".
fn is_reply_marker(line: &[u8]) -> bool {
    let words = word_count(line);
    if words == 0 || words > REPLY_MARKER_WORDS {
        return false;
    }
    let greeting =
        words <= 3 && starts_with_greeting(line) && matches!(line.last(), Some(b',' | b'!'));
    let lower = String::from_utf8_lossy(line).to_lowercase();
    let said = SAID_ENDINGS.iter().any(|e| lower.ends_with(e));
    let reply = letters_only(line).is_some_and(|w| REPLY_WORDS.contains(&w.as_str()));
    greeting || said || reply
}

/// Whether a line reads like a headline: a few words with a letter, not closed like a
/// sentence or a clause, even inside closing quotes or brackets (a question or an
/// exclamation may close it), and not opening with a small letter (the tail of a
/// sentence or a label cut off by the extractor).
fn is_headline_shaped(line: &[u8]) -> bool {
    let words = word_count(line);
    let open = |b: &u8| !matches!(b, b'.' | b',' | b';' | b':');
    // Closing quotes and brackets set aside: a line with a letter keeps one.
    (1..=HEADLINE_MAX_WORDS).contains(&words)
        && super::core::before_closing(line).last().is_some_and(open)
        && has_letter(line)
        && !starts_small(line)
}

/// Whether a line's first word opens with a small letter (`für das Rezept`, not
/// `7 key questions`).
fn starts_small(line: &[u8]) -> bool {
    std::str::from_utf8(line).map_or(
        line.iter().find(|b| b.is_ascii_alphanumeric()).is_some_and(u8::is_ascii_lowercase),
        |s| s.chars().find(|c| c.is_alphanumeric()).is_some_and(char::is_lowercase),
    )
}

/// Whether `line` holds a letter (an ASCII one, if it is not valid UTF-8).
fn has_letter(line: &[u8]) -> bool {
    std::str::from_utf8(line)
        .map_or(line.iter().any(u8::is_ascii_alphabetic), |s| s.chars().any(char::is_alphabetic))
}

fn finding(line: usize, detector: Detector) -> Finding {
    let verdict = matches!(
        detector,
        Detector::EndNote | Detector::Byline | Detector::Headline | Detector::RepeatedLine
    );
    Finding {
        line: line as u32,
        detector,
        action: Action::Line,
        strength: Strength::Strong,
        verdict,
    }
}

/// Whether two lines say the same: equal after leading bullets and decoration,
/// letter case and typographic quotes are set aside ("• Wild’s plan" and "Wild's
/// plan"). A teaser or a caption often comes twice in these two forms.
fn same_text(a: &[u8], b: &[u8]) -> bool {
    if a == b {
        return true;
    }
    if a.len().abs_diff(b.len()) > 8 {
        return false;
    }
    let (Ok(a), Ok(b)) = (std::str::from_utf8(a), std::str::from_utf8(b)) else { return false };
    fn fold(c: char) -> char {
        match c {
            '’' | '‘' | 'ʼ' => '\'',
            '“' | '”' | '„' => '"',
            c => c,
        }
    }
    fn body(s: &str) -> impl Iterator<Item = char> + '_ {
        let start =
            s.char_indices().find(|&(_, c)| c.is_alphanumeric()).map_or(s.len(), |(i, _)| i);
        s[start..].chars().map(fold).flat_map(char::to_lowercase)
    }
    // Compared as they are produced: no copy of either line.
    let (mut a, mut b) = (body(a), body(b));
    let mut empty = true;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return !empty,
            (Some(x), Some(y)) if x == y => empty = false,
            _ => return false,
        }
    }
}

/// Whether a line opens with a greeting ("Hi Milan,", "Dear John,"): a letter or a
/// comment reply, shaped like "Name Surname," but no byline.
fn starts_with_greeting(line: &[u8]) -> bool {
    const GREETINGS: &[&[u8]] = &[
        b"hi", b"hello", b"hey", b"dear", b"hallo", b"liebe", b"lieber", b"bonjour", b"salut",
        b"hola", b"ciao", b"caro", b"cara", b"ola", b"beste", b"dag",
    ];
    let first = line.split(|b| b.is_ascii_whitespace() || *b == b',').next().unwrap_or(b"");
    GREETINGS.iter().any(|g| first.eq_ignore_ascii_case(g))
}

/// A caption-sized line: a few words with at least one letter.
fn is_caption_sized(line: &[u8]) -> bool {
    let words = word_count(line);
    words > 0 && words <= REPEAT_COPY_MAX_WORDS && has_letter(line)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::split_lines;

    /// A paragraph of prose.
    const P: &str = "The council voted on Tuesday to close the old bridge to cars from next \
                     spring, after engineers found that its steel supports had corroded far \
                     faster than the last inspection had predicted.";

    static BYLINE_REGEX: std::sync::LazyLock<regex::bytes::Regex> =
        std::sync::LazyLock::new(|| regex::bytes::Regex::new(BYLINE).unwrap());

    const BYLINE_PIECES: &[&str] = &[
        "A", "B", "É", "Ø", "a", "e", "é", "ß", "ǅ", "Ⅰ", "ª", "'", "’", ".", "-", " ", "  ", ",",
        "\t", "\u{a0}", "1", "Jane", "Doe", "Mc", "O’Neil", "Van", "Reuters", "New York", "x",
        "\u{ff}", "\u{2028}",
    ];

    proptest::proptest! {
        /// The byline shape followed by hand takes what the regex takes: on lines made
        /// of a name, a comma and a place from pieces, near the limit of a place's length
        /// or not, and with a byte that is no part of a character.
        #[test]
        fn byline_shape_is_the_regex(
            words in proptest::collection::vec((
                proptest::sample::select(vec![" ", "-", "", "  ", "\t", "."]),
                proptest::sample::select(vec![
                    "Jane", "Doe", "É", "Øa", "Ma’", "O’Neil", "Van", "A.", "Bé.", "ǅa", "Ⅰa", "a",
                    "Mc'", "Jo", "ß",
                ]),
            ), 1..6),
            noise in proptest::collection::vec(proptest::sample::select(BYLINE_PIECES), 0..2),
            place in proptest::collection::vec(proptest::sample::select(BYLINE_PIECES), 0..5),
            long_place in 0..3usize,
        ) {
            let d = Detectors::new(|_| true, Mode::Balanced);
            let name: String = words.iter().map(|(sep, word)| format!("{sep}{word}")).collect();
            let name = name.trim_start_matches([' ', '-', '\t', '.']);
            let mut line = format!("{name}{},{}", noise.concat(), place.concat());
            if long_place > 0 {
                line.push_str(&format!(" B{}", "a".repeat(37 + long_place)));
            }
            proptest::prop_assert_eq!(
                d.byline_shaped(line.as_bytes()),
                BYLINE_REGEX.is_match(line.as_bytes()),
                "{:?}", line
            );
            let mut bytes = line.into_bytes();
            bytes.push(0xFF);
            proptest::prop_assert!(!d.byline_shaped(&bytes));
        }
    }

    #[test]
    fn byline_shapes() {
        let d = Detectors::new(|_| true, Mode::Balanced);
        let regex = &*BYLINE_REGEX;
        for line in [
            "Ben Ariel, Canada ,",
            "Jane Doe, Reuters",
            "Jane Doe,",
            "Jane Doe ,  ",
            "Jane Doe, A",
            "Jane Doe, A ",
            "Jane Doe, A  ,",
            "Jean-Luc Picard, Paris,",
            "J. Doe, Paris",
            "Jo. A. B. C., X y",
            "Jo A B C D, Paris",
            "Jane doe, Paris",
            "Jane Doe, Paris, France",
            "Jane O’Neil, Dublin",
        ] {
            assert_eq!(d.byline_shaped(line.as_bytes()), regex.is_match(line.as_bytes()), "{line}");
        }
    }

    fn found(text: &str) -> Vec<(u32, &'static str)> {
        found_with(text, |d| d != Detector::Headline)
    }

    fn found_with(text: &str, on: impl Fn(Detector) -> bool) -> Vec<(u32, &'static str)> {
        let d = Detectors::new(on, Mode::Balanced);
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        let mut out = Vec::new();
        let mut prose = Vec::new();
        crate::clean::core::line_prose(text.as_bytes(), &lines, &mut prose);
        d.run(text.as_bytes(), &lines, &prose, &vec![false; lines.len()], &[], &mut out);
        let mut v: Vec<_> = out.iter().map(|f| (f.line, f.detector.id())).collect();
        v.sort();
        v
    }

    #[test]
    fn repeated_caption() {
        assert_eq!(
            found("Title\n\nA man walks\nA man walks\nBody text here.\n"),
            vec![(2, "detect.repeated-line"), (3, "detect.repeated-line")]
        );
        assert_eq!(found("Title\n\n* * *\n* * *\n"), vec![]);
        // A duplicated paragraph that is most of the document is not a caption.
        let s = "Opponents said the decision would hit the poorest neighbourhoods hardest.";
        assert_eq!(found(&format!("{s}\r\n{s}")), vec![]);
        assert_eq!(
            found("Title\n\n• Wild’s plan works\nWild's Plan works\nBody text here.\n"),
            vec![(2, "detect.repeated-line"), (3, "detect.repeated-line")]
        );
        // Of a longer line printed three times, the first copy stays.
        let c = "Los Angeles Lakers' LeBron James dunks during the first half of the team's \
                 NBA basketball game against the Oklahoma City Thunder on Tuesday, Nov. 19, \
                 2019, in Los Angeles.";
        let doc = format!("Title\n\n{P}\n\n  • {c}\n    {c}\n{c}\n\n{P} Again.\n\nThe end.\n");
        assert_eq!(found(&doc), vec![(5, "detect.repeated-line"), (6, "detect.repeated-line")]);
        // Beyond the limit, a repeated paragraph is left alone.
        let long = c.repeat(3);
        assert_eq!(found(&format!("Title\n\n{P}\n{long}\n{long}\n{P} Again.\n")), vec![]);
    }

    #[test]
    fn far_copies() {
        // A headline printed again below: the later copy goes.
        let h = "Video shows the rescue of a girl";
        let doc = format!("{h}\n\n{P}\n\n{h}\n\n{P} Two.\n\n{P} Three.\n");
        assert_eq!(found(&doc), vec![(4, "detect.repeated-line")]);
        // A standfirst that the text repeats: the copy in the text stays.
        let s = "The boss had been out of work since being sacked in December.";
        let menu = "Home\nNews\nSport\nWeather\nCulture\nTravel\n";
        let doc = format!("Title\n{s}\n{menu}{P}\n{s}\n{P} Two.\n{P} Three.\n");
        let repeats = |doc: &str| found_with(doc, |d| d == Detector::RepeatedLine);
        assert_eq!(repeats(&doc), vec![(1, "detect.repeated-line")]);
        // Where both copies are in the text, the first stays.
        let doc = format!("Title\n{s}\n{P}\n{s}\n{P} Two.\n{P} Three.\n");
        assert_eq!(found(&doc), vec![(3, "detect.repeated-line")]);
        // Short lines repeat for good reasons (subheadings, list labels).
        assert_eq!(found(&format!("Yes we can\n{P}\nYes we can\n{P} Two.\n")), vec![]);
    }

    #[test]
    fn copies_compared_without_spans() {
        let c = "The city was closed earlier this year due to some marmots";
        let text = format!("{P}\n{c}\n6\n{c}Credit: Vesti\n{P} Two.\n{P} Three.\n");
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        let start = text.find("Credit").unwrap();
        let end = text.find("Vesti").unwrap() + "Vesti".len();
        let d = Detectors::new(|x| x == Detector::RepeatedLine, Mode::Balanced);
        let mut prose = Vec::new();
        crate::clean::core::line_prose(text.as_bytes(), &lines, &mut prose);
        let unmarked = vec![false; lines.len()];
        let mut out = Vec::new();
        d.run(text.as_bytes(), &lines, &prose, &unmarked, &[(3, start, end)], &mut out);
        assert_eq!(out.iter().map(|f| f.line).collect::<Vec<_>>(), vec![3]);
        out.clear();
        d.run(text.as_bytes(), &lines, &prose, &unmarked, &[], &mut out);
        assert!(out.is_empty());
    }

    #[test]
    fn sentence_ends_inside_quotes() {
        assert!(closes_sentence("– „Ok.“".as_bytes()));
        assert!(closes_sentence(b"(Applause!)"));
        assert!(closes_sentence(b"Done."));
        assert!(!closes_sentence("„Menü“".as_bytes()));
        assert!(!closes_sentence(b"Home"));
        assert!(!closes_sentence(b""));
    }

    #[test]
    fn headline_only_when_asked() {
        let all = |_| true;
        let doc = "Hollande Tells Putin: Attack ISIS\n\nBody one.\n\nBody two.\n";
        assert_eq!(found_with(doc, all), vec![(0, "detect.headline")]);
        assert_eq!(found(doc), vec![]);
        let doc = "Is Football Violence a Crime?\nBody one.\nBody two.\n";
        assert_eq!(found_with(doc, all), vec![(0, "detect.headline")]);
        // A first line closed like a sentence is the article's, and so is the only
        // paragraph of a short document.
        assert_eq!(found_with("The council met on Monday.\nBody one.\nBody two.\n", all), vec![]);
        assert_eq!(found_with("A short note\nBody one.\n", all), vec![]);
        // Closed like a sentence inside a bracket, or opening with a small letter: a
        // first line of text or a cut-off label, not a headline.
        let doc = "She wrote “We will see.” (The online version.)\nBody one.\nBody two.\n";
        assert_eq!(found_with(doc, all), vec![]);
        assert_eq!(found_with("für das Rezept Muffins\nBody one.\nBody two.\n", all), vec![]);
        let doc = "„Außen knusprig, innen cremig“\nBody one.\nBody two.\n";
        assert_eq!(found_with(doc, all), vec![(0, "detect.headline")]);
        let doc = "7 key questions before the debate\nBody one.\nBody two.\n";
        assert_eq!(found_with(doc, all), vec![(0, "detect.headline")]);
    }

    #[test]
    fn end_note() {
        let doc =
            "Title\n\nBody one.\n\nBody two.\n\n(Reporting by Jane Doe; Editing by John Roe)\n";
        assert_eq!(found(doc), vec![(6, "detect.end-note")]);
        let doc = "Title\n\n(The minister, who spoke to reporters, later left.)\n\nA.\n\nB.\n\nC.\n\nD.\n";
        assert_eq!(found(doc), vec![]);
        assert_eq!(found("Title\n\nBody.\n\n(He smiled.)\n"), vec![]);
    }

    #[test]
    fn comment_thread() {
        let p = "The council met on Tuesday to discuss the budget for next year, officials said.";
        let doc =
            format!("{p}\n{p}\n{p}\nComments\nAny news?\nHi Milan,\nNot yet.\nHi Alex,\nSoon.\n");
        let thread = |doc: &str| {
            found(doc).into_iter().filter(|f| f.1 == "detect.comment-thread").collect::<Vec<_>>()
        };
        assert_eq!(
            thread(&doc),
            vec![
                (3, "detect.comment-thread"),
                (5, "detect.comment-thread"),
                (7, "detect.comment-thread")
            ]
        );
        // One greeting is a letter, not a thread.
        assert_eq!(thread(&format!("{p}\nComments\nHi Milan,\n{p}\n")), vec![]);
        // A comment count at the top links to a thread far below: no thread here.
        let far = format!("Comments (3)\n{p}\n{p}\n{p}\n{p}\n{p}\n{p}\nHi Milan,\nHi Alex,\n");
        assert_eq!(thread(&far), vec![]);
    }

    #[test]
    fn teaser_excerpts() {
        let p = "The council met on Tuesday to discuss the budget for next year, officials said.";
        let excerpt = "Maybe the Wild have found their own personal squad to fix their problems. Not to be...";
        let teaser = format!("* A title\n{excerpt}\nRead More\n");
        let doc = format!("{p}\n{p}\nMore in Sports\n{}", teaser.repeat(3));
        let excerpts = |doc: &str| {
            found(doc)
                .into_iter()
                .filter(|f| f.1 == "detect.teaser-excerpts")
                .map(|f| f.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(excerpts(&doc), vec![4, 7, 10]);
        // A summary in the list that ends uncut was shorter than the cut: it goes too,
        // but not a paragraph longer than the cut ones.
        let short = "Gratitude for life is in the details, in the smile given on waking.";
        let long = format!("{p} {p}");
        let doc = format!("{p}\n{excerpt}\n{short}\n{excerpt}\n{long}\n{excerpt}\n{p}\n");
        assert_eq!(excerpts(&doc), vec![1, 2, 3, 5]);
        let doc = format!("{p}\n{excerpt}\n{p}\n{excerpt}\n{p}\n");
        assert!(excerpts(&doc).is_empty());
        // Nor are three far apart.
        let far = format!("{p}\n").repeat(8);
        let doc = format!("{excerpt}\n{far}{excerpt}\n{far}{excerpt}\n");
        assert!(excerpts(&doc).is_empty());
    }

    #[test]
    fn byline_shape() {
        assert_eq!(
            found("Title Here\n\nBen Ariel, Canada ,\n\nBody.\n"),
            vec![(2, "detect.byline")]
        );
        assert_eq!(found("Title Here\n\nJane Doe, Reuters\n"), vec![(2, "detect.byline")]);
        assert_eq!(found("Fed Raises Rates, Signals More\n\nBody.\n"), vec![]);
        assert_eq!(found("Title\n\nParis, France\n"), vec![]);
        assert_eq!(found("Title\n\nHi Milan,\n"), vec![]);
        assert_eq!(found("Title\n\nDear Anna Schmidt,\n"), vec![]);
        assert_eq!(found("Title\n\nFrench President Francois Hollande\n"), vec![]);
    }
}
