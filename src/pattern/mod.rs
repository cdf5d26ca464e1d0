//! Pattern files: the rules a [`Cleaner`](crate::Cleaner) is compiled from.
//!
//! A [`RuleSet`] is parsed from one or more pattern files (the format is described
//! in `patterns/README.md`) and can be narrowed with [`RuleSet::select`] before it
//! is compiled. The shipped defaults are part of the library: [`RuleSet::defaults`].

mod parse;
mod rule;
mod wording;

use std::fmt;
use std::sync::Arc;

pub use rule::{Action, Category, LineFit, Origin, Position, Rule, Sourced, Strength};

pub(crate) use parse::{parse_site, REGEX_SIZE_LIMIT};

/// The shipped pattern files, compiled into the binary: (file name, text).
pub const DEFAULT_FILES: &[(&str, &str)] = &[
    ("paywall.pat", include_str!("../../patterns/paywall.pat")),
    ("newsletter.pat", include_str!("../../patterns/newsletter.pat")),
    ("caption.pat", include_str!("../../patterns/caption.pat")),
    ("publisher-note.pat", include_str!("../../patterns/publisher-note.pat")),
    ("share.pat", include_str!("../../patterns/share.pat")),
    ("ad.pat", include_str!("../../patterns/ad.pat")),
    ("related.pat", include_str!("../../patterns/related.pat")),
    ("cookie.pat", include_str!("../../patterns/cookie.pat")),
    ("byline.pat", include_str!("../../patterns/byline.pat")),
    ("copyright.pat", include_str!("../../patterns/copyright.pat")),
    ("comments.pat", include_str!("../../patterns/comments.pat")),
    ("navigation.pat", include_str!("../../patterns/navigation.pat")),
];

/// A mistake in a pattern file, with its position: shown as `path:line:column:
/// message`, or `path: message` when it is about the whole file (line 0).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}{}: {message}", at(*line, *column))]
pub struct PatternError {
    /// The file, as named when it was loaded.
    pub path: Arc<str>,
    /// 1-based line; 0 when the mistake has no place in the file (it cannot be read).
    pub line: u32,
    /// 1-based column, in characters (0 with line 0).
    pub column: u32,
    /// What is wrong.
    pub message: String,
}

/// The `:line:column` of a [`PatternError`], empty for one about the whole file.
fn at(line: u32, column: u32) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(":{line}:{column}")
    }
}

/// All the mistakes found in one or more pattern files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternErrors(pub Vec<PatternError>);

impl fmt::Display for PatternErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PatternErrors {}

impl PatternErrors {
    /// Iterates over the errors.
    pub fn iter(&self) -> std::slice::Iter<'_, PatternError> {
        self.0.iter()
    }
}

/// An ordered list of rules with unique ids.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
}

impl RuleSet {
    /// An empty set.
    pub fn new() -> RuleSet {
        RuleSet::default()
    }

    /// The shipped default rules.
    ///
    /// ```
    /// let rules = deboil::RuleSet::defaults();
    /// assert!(rules.rules().iter().any(|r| r.category == deboil::Category::Paywall));
    /// ```
    pub fn defaults() -> RuleSet {
        let mut set = RuleSet::new();
        for (name, text) in DEFAULT_FILES {
            let path = format!("<defaults>/{name}");
            // The shipped files are checked by the test suite (regexes included, which
            // start-up then need not parse twice); a mistake in them is a bug in this
            // crate, not in the user's input.
            let rules = parse::parse(&path, text, false).unwrap_or_else(|e| {
                panic!("{}", PatternErrors(e));
            });
            set.extend(RuleSet { rules }).unwrap_or_else(|e| panic!("{e}"));
        }
        set
    }

    /// Parses one pattern file; `path` names it in messages.
    ///
    /// ```
    /// let text = "rule ad.marker ad line\n    line alone\n    phrase Advertisement\n";
    /// let rules = deboil::RuleSet::parse("mine.pat", text).unwrap();
    /// assert_eq!(&*rules.rules()[0].id, "ad.marker");
    ///
    /// let err = deboil::RuleSet::parse("mine.pat", "rule x ad lines\n").unwrap_err();
    /// assert_eq!(err.to_string(), "mine.pat:1:11: unknown action 'lines' (one of: span, line, block, rest)");
    /// ```
    pub fn parse(path: &str, text: &str) -> Result<RuleSet, PatternErrors> {
        let rules = parse::parse(path, text, true).map_err(PatternErrors)?;
        let mut set = RuleSet::new();
        set.extend(RuleSet { rules })?;
        Ok(set)
    }

    /// Adds the rules of `other`. A rule id that is already present is an error that
    /// names both places; nothing is added then.
    pub fn extend(&mut self, other: RuleSet) -> Result<(), PatternErrors> {
        let mut errors = Vec::new();
        let mut seen: std::collections::HashMap<&str, &Origin> =
            self.rules.iter().map(|r| (&*r.id, &r.origin)).collect();
        for rule in &other.rules {
            if let Some(first) = seen.insert(&rule.id, &rule.origin) {
                errors.push(PatternError {
                    path: rule.origin.path.clone(),
                    line: rule.origin.line,
                    column: 6,
                    message: format!("rule id '{}' is already used at {first}", rule.id),
                });
            }
        }
        if !errors.is_empty() {
            return Err(PatternErrors(errors));
        }
        self.rules.extend(other.rules);
        Ok(())
    }

    /// Keeps the rules that `selection` admits.
    pub fn select(&mut self, selection: &Selection) {
        self.rules.retain(|r| selection.admits(&r.id, r.category));
    }

    /// The rules, in the order they were loaded.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Number of rules.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether there are no rules.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

/// Which rules and detectors take part: `--only` categories and `--skip` categories or ids.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    only: Vec<Category>,
    skip_categories: Vec<Category>,
    skip_ids: Vec<String>,
}

impl Selection {
    /// Everything.
    pub fn all() -> Selection {
        Selection::default()
    }

    /// Limits to these categories (empty: all).
    pub fn only(mut self, categories: Vec<Category>) -> Selection {
        self.only = categories;
        self
    }

    /// Leaves out a category.
    pub fn skip_category(mut self, category: Category) -> Selection {
        self.skip_categories.push(category);
        self
    }

    /// Leaves out a rule or detector id. An id that ends in `.` or `*` leaves out every
    /// id that starts with the part before the `*` (`share.*`).
    pub fn skip_id(mut self, id: &str) -> Selection {
        self.skip_ids.push(id.to_string());
        self
    }

    /// Whether a rule or detector with this id and category takes part.
    pub fn admits(&self, id: &str, category: Category) -> bool {
        if !self.only.is_empty() && !self.only.contains(&category) {
            return false;
        }
        if self.skip_categories.contains(&category) {
            return false;
        }
        !self.skip_ids.iter().any(|s| match s.strip_suffix('*') {
            Some(prefix) => id.starts_with(prefix),
            None => s == id,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_files_pass_every_check() {
        // `defaults()` skips the regex checks at start-up; this is where they run.
        for (name, text) in DEFAULT_FILES {
            if let Err(e) = RuleSet::parse(name, text) {
                panic!("{e}");
            }
        }
        assert_eq!(
            RuleSet::defaults().len(),
            DEFAULT_FILES.iter().map(|(n, t)| RuleSet::parse(n, t).unwrap().len()).sum::<usize>()
        );
    }

    #[test]
    fn duplicate_ids_name_both_places() {
        let mut a = RuleSet::parse("a.pat", "rule x ad line\n  phrase Anzeige\n").unwrap();
        let b = RuleSet::parse("b.pat", "\nrule x ad line\n  phrase Werbung\n").unwrap();
        let e = a.extend(b).unwrap_err();
        assert_eq!(e.to_string(), "b.pat:2:6: rule id 'x' is already used at a.pat:1");
        assert!(RuleSet::parse(
            "c.pat",
            "rule y ad line\n  phrase a\nrule y ad line\n  phrase b\n"
        )
        .is_err());
    }

    #[test]
    fn an_error_about_the_whole_file_names_it_without_a_position() {
        let e = |line, column| PatternError {
            path: "mine.pat".into(),
            line,
            column,
            message: "cannot read pattern file: gone".into(),
        };
        assert_eq!(e(0, 0).to_string(), "mine.pat: cannot read pattern file: gone");
        assert_eq!(e(3, 7).to_string(), "mine.pat:3:7: cannot read pattern file: gone");
    }

    #[test]
    fn selection_by_category_and_id() {
        let s =
            Selection::all().skip_category(Category::Byline).skip_id("share.*").skip_id("ad.one");
        assert!(!s.admits("byline.by", Category::Byline));
        assert!(!s.admits("share.buttons", Category::Share));
        assert!(!s.admits("ad.one", Category::Ad));
        assert!(s.admits("ad.two", Category::Ad));
        let only = Selection::all().only(vec![Category::Paywall]);
        assert!(only.admits("paywall.x", Category::Paywall));
        assert!(!only.admits("ad.two", Category::Ad));
    }

    #[test]
    fn every_shipped_file_is_compiled_in() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("patterns");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".pat"))
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = DEFAULT_FILES.iter().map(|(n, _)| n.to_string()).collect();
        listed.sort();
        assert_eq!(on_disk, listed);
    }

    #[test]
    fn shipped_rules_parse_and_carry_examples_of_both_kinds() {
        let set = RuleSet::defaults();
        assert!(set.len() > 50);
        for r in set.rules() {
            assert!(
                !r.remove_examples.is_empty(),
                "{} ({}) has no 'remove' example",
                r.id,
                r.origin
            );
            assert!(!r.keep_examples.is_empty(), "{} ({}) has no 'keep' example", r.id, r.origin);
        }
    }
}
