//! The parsed form of a rule: what it matches, where it may fire and what it removes.
//!
//! Rules are plain data. They remember the file and line they came from so that
//! every later message (a bad regex, a failing example, `--explain`) can point back
//! to the text a person wrote.

use std::fmt;
use std::sync::Arc;

/// The kind of boilerplate a rule or detector removes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// Paywall and subscription blurbs, plan and price grids, log-in prompts.
    Paywall,
    /// Newsletter sign-up calls.
    Newsletter,
    /// Image captions and photo or agency credits.
    Caption,
    /// Notes about the publisher or the story: syndication, reporting and editing credits.
    PublisherNote,
    /// Share bars and social calls to action.
    Share,
    /// Advertisement markers.
    Ad,
    /// Related-article teasers and "read more" links.
    Related,
    /// Cookie and consent banners.
    Cookie,
    /// Author and date lines.
    Byline,
    /// Copyright and legal footers.
    Copyright,
    /// Comment widgets.
    Comments,
    /// Site navigation, menus, log-in and search lines.
    Navigation,
    /// Lines repeated across many documents of a corpus.
    Repeated,
}

impl Category {
    /// Every category, in the order used by summaries.
    pub const ALL: [Category; 13] = [
        Category::Paywall,
        Category::Newsletter,
        Category::Caption,
        Category::PublisherNote,
        Category::Share,
        Category::Ad,
        Category::Related,
        Category::Cookie,
        Category::Byline,
        Category::Copyright,
        Category::Comments,
        Category::Navigation,
        Category::Repeated,
    ];

    /// The name used in pattern files, `--skip` and `--explain`.
    pub fn name(self) -> &'static str {
        match self {
            Category::Paywall => "paywall",
            Category::Newsletter => "newsletter",
            Category::Caption => "caption",
            Category::PublisherNote => "publisher-note",
            Category::Share => "share",
            Category::Ad => "ad",
            Category::Related => "related",
            Category::Cookie => "cookie",
            Category::Byline => "byline",
            Category::Copyright => "copyright",
            Category::Comments => "comments",
            Category::Navigation => "navigation",
            Category::Repeated => "repeated",
        }
    }

    /// Looks a category up by its name.
    pub fn from_name(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.name() == name)
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What goes when a rule fires on a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Only the matched text (the whole line if nothing else is left).
    Span,
    /// The whole line.
    Line,
    /// The run of non-blank lines around the line.
    Block,
    /// The line and everything after it.
    Rest,
}

impl Action {
    /// The name used in pattern files.
    pub fn name(self) -> &'static str {
        match self {
            Action::Span => "span",
            Action::Line => "line",
            Action::Block => "block",
            Action::Rest => "rest",
        }
    }

    pub(crate) fn from_name(name: &str) -> Option<Action> {
        [Action::Span, Action::Line, Action::Block, Action::Rest]
            .into_iter()
            .find(|a| a.name() == name)
    }
}

/// How much a match says on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Removes a line only next to other boilerplate.
    Weak,
    /// Acts alone.
    Strong,
}

impl Strength {
    /// The name used in pattern files.
    pub fn name(self) -> &'static str {
        match self {
            Strength::Weak => "weak",
            Strength::Strong => "strong",
        }
    }
}

/// Where in its line a match must sit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineFit {
    /// Anywhere.
    Contains,
    /// The line holds nothing else but decoration (punctuation, digits, symbols, space).
    Alone,
    /// At the start of the line, after decoration.
    Starts,
    /// At the end of the line, before decoration.
    Ends,
}

impl LineFit {
    /// The name used in pattern files.
    pub fn name(self) -> &'static str {
        match self {
            LineFit::Contains => "contains",
            LineFit::Alone => "alone",
            LineFit::Starts => "starts",
            LineFit::Ends => "ends",
        }
    }
}

/// Which non-blank lines of a document a rule may fire on.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Position {
    /// Anywhere.
    Any,
    /// The first N non-blank lines.
    First(u32),
    /// The last N non-blank lines.
    Last(u32),
    /// The first share (0..=1) of the non-blank lines, at least one line.
    Head(f32),
    /// The last share (0..=1) of the non-blank lines, at least one line.
    Tail(f32),
}

impl Position {
    /// Whether the non-blank line `index` (0-based) of `count` lies in this position.
    pub fn admits(self, index: usize, count: usize) -> bool {
        let share = |p: f32| ((count as f32 * p).ceil() as usize).max(1);
        match self {
            Position::Any => true,
            Position::First(n) => index < n as usize,
            Position::Last(n) => index + (n as usize) >= count,
            Position::Head(p) => index < share(p),
            Position::Tail(p) => index + share(p) >= count,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Any => f.write_str("any"),
            Position::First(n) => write!(f, "first {n}"),
            Position::Last(n) => write!(f, "last {n}"),
            Position::Head(p) => write!(f, "head {}%", p * 100.0),
            Position::Tail(p) => write!(f, "tail {}%", p * 100.0),
        }
    }
}

/// Where a piece of pattern text came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file name as given (or `<defaults>/NAME` for a built-in file).
    pub path: Arc<str>,
    /// 1-based line number.
    pub line: u32,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

/// A piece of text from a pattern file with the line it was written on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sourced {
    /// The text.
    pub text: String,
    /// The line and column (1-based, in characters) where the text starts.
    pub origin: Origin,
    /// 1-based column of the text's first character.
    pub column: u32,
}

/// One rule of a pattern file.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable name, unique among the loaded rules.
    pub id: Arc<str>,
    /// The kind of boilerplate.
    pub category: Category,
    /// What goes when it fires.
    pub action: Action,
    /// Whether it acts alone.
    pub strength: Strength,
    /// Where in the line a match must sit.
    pub fit: LineFit,
    /// Whether letter case must match exactly.
    pub case_sensitive: bool,
    /// Longest line, in words, it fires on.
    pub max_words: Option<u32>,
    /// Longest line, in characters, it fires on.
    pub max_chars: Option<u32>,
    /// Which lines of the document it fires on.
    pub position: Position,
    /// Domains it is limited to (empty: all).
    pub sites: Vec<String>,
    /// Literal phrases, those spelled out by `variants` lines included.
    pub phrases: Vec<Sourced>,
    /// The `variants` lines as written; what they stand for is in `phrases`, or in
    /// `regexes` for a line with a word gap.
    pub variants: Vec<Sourced>,
    /// Regular expressions.
    pub regexes: Vec<Sourced>,
    /// Lines it must fire on.
    pub remove_examples: Vec<Sourced>,
    /// Lines it must not fire on.
    pub keep_examples: Vec<Sourced>,
    /// Where the rule's header is.
    pub origin: Origin,
}

impl Rule {
    /// Whether the rule applies to a document of `site` (a host name, lower case).
    pub fn applies_to_site(&self, site: Option<&str>) -> bool {
        if self.sites.is_empty() {
            return true;
        }
        let Some(site) = site else { return false };
        let site = site.as_bytes();
        self.sites.iter().any(|d| {
            let d = d.as_bytes();
            site.len() >= d.len()
                && site[site.len() - d.len()..].eq_ignore_ascii_case(d)
                && (site.len() == d.len() || site[site.len() - d.len() - 1] == b'.')
        })
    }
}
