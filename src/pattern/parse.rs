//! The pattern-file parser: text in, [`Rule`]s or a list of positioned errors out.
//!
//! The format is line based (see `patterns/README.md`): a header at the left margin
//! (`rule ID CATEGORY ACTION` or `defaults`) followed by indented `field value`
//! lines. The parser keeps going after an error so that `deboil patterns check`
//! can report every mistake of a file in one run.

use std::sync::Arc;

use super::rule::{Action, Category, LineFit, Origin, Position, Rule, Sourced, Strength};
use super::wording::{self, Expansion};
use super::PatternError;
use crate::matcher::variants::{self, MAX_VARIANTS};

/// The largest compiled size of one regex (bytes). Keeps a hostile or mistaken
/// pattern file (`\w{1000}{1000}`) from eating memory at start-up.
pub(crate) const REGEX_SIZE_LIMIT: usize = 4 << 20;

/// Fields that a `defaults` block may set.
#[derive(Clone, Debug, Default)]
struct Defaults {
    case_sensitive: Option<bool>,
    fit: Option<LineFit>,
    max_words: Option<u32>,
    max_chars: Option<u32>,
    position: Option<Position>,
    strength: Option<Strength>,
    sites: Vec<String>,
}

enum Block {
    None,
    /// After a header with an error: its fields are skipped without further messages.
    Broken,
    Defaults,
    Rule(Box<Rule>, Vec<&'static str>),
}

/// Parses one pattern file. `path` is only used in messages and origins.
/// `check_regexes`: whether each regex is parsed here to refuse one that is invalid,
/// too large or able to match the empty string (always, except for the shipped files,
/// which the test suite checks; the check is most of the time parsing them takes).
pub(crate) fn parse(
    path: &str,
    text: &str,
    check_regexes: bool,
) -> Result<Vec<Rule>, Vec<PatternError>> {
    let path: Arc<str> = Arc::from(path);
    let mut p = Parser {
        path,
        errors: Vec::new(),
        rules: Vec::new(),
        defaults: Defaults::default(),
        check_regexes,
    };
    let mut block = Block::None;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    for (index, raw) in text.split('\n').enumerate() {
        let lineno = index as u32 + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        if !indented {
            p.finish(std::mem::replace(&mut block, Block::None));
            block = p.header(lineno, line);
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let (name, value, value_at) = split_field(line, indent);
        let name_col = column(line, indent);
        let value_col = column(line, value_at);
        match &mut block {
            Block::None => p.error(lineno, name_col, "a field outside a rule (headers start at the left margin: 'rule ID CATEGORY ACTION')".into()),
            Block::Broken => {}
            Block::Defaults => p.default_field(lineno, name_col, name, value, value_col),
            Block::Rule(rule, seen) => p.rule_field(rule, seen, lineno, name_col, name, value, value_col),
        }
    }
    p.finish(block);
    if p.errors.is_empty() {
        Ok(p.rules)
    } else {
        Err(p.errors)
    }
}

/// Splits an indented line into field name, value and the byte offset of the value.
fn split_field(line: &str, indent: usize) -> (&str, &str, usize) {
    let rest = &line[indent..];
    let name_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let name = &rest[..name_end];
    let after = &rest[name_end..];
    let value = after.trim();
    let value_at = indent + name_end + (after.len() - after.trim_start().len());
    (name, value, value_at)
}

/// 1-based column, in characters, of byte offset `at` of `line`.
fn column(line: &str, at: usize) -> u32 {
    line[..at].chars().count() as u32 + 1
}

struct Parser {
    path: Arc<str>,
    errors: Vec<PatternError>,
    rules: Vec<Rule>,
    defaults: Defaults,
    check_regexes: bool,
}

const SINGLE_FIELDS: [&str; 6] = ["case", "line", "max-words", "max-chars", "position", "strength"];

impl Parser {
    fn error(&mut self, line: u32, column: u32, message: String) {
        self.errors.push(PatternError { path: self.path.clone(), line, column, message });
    }

    fn origin(&self, line: u32) -> Origin {
        Origin { path: self.path.clone(), line }
    }

    fn header(&mut self, lineno: u32, line: &str) -> Block {
        let words: Vec<(usize, &str)> = line
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
            .collect();
        match words.first().map(|w| w.1) {
            Some("defaults") => {
                if words.len() > 1 {
                    self.error(
                        lineno,
                        column(line, words[1].0),
                        "'defaults' takes no value; put its fields on the indented lines below it"
                            .into(),
                    );
                }
                self.defaults = Defaults::default();
                return Block::Defaults;
            }
            Some("rule") => {}
            _ => {
                self.error(lineno, 1, format!("expected 'rule ID CATEGORY ACTION' or 'defaults', found '{}' (fields must be indented)", words[0].1));
                return Block::Broken;
            }
        }
        if words.len() != 4 {
            let col = words
                .get(4)
                .map_or(line.trim_end().chars().count() as u32 + 1, |w| column(line, w.0));
            self.error(
                lineno,
                col,
                format!(
                    "a rule header is 'rule ID CATEGORY ACTION', found {} word(s) after 'rule'",
                    words.len() - 1
                ),
            );
            return Block::Broken;
        }
        let (id_at, id) = words[1];
        let (cat_at, cat) = words[2];
        let (act_at, act) = words[3];
        let mut ok = true;
        if !id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')) {
            self.error(
                lineno,
                column(line, id_at),
                format!("rule id '{id}' may only hold ASCII letters, digits, '.', '-' and '_'"),
            );
            ok = false;
        }
        let category = Category::from_name(cat);
        if category.is_none() {
            let names: Vec<&str> = Category::ALL.iter().map(|c| c.name()).collect();
            self.error(
                lineno,
                column(line, cat_at),
                format!("unknown category '{cat}' (one of: {})", names.join(", ")),
            );
            ok = false;
        }
        let action = Action::from_name(act);
        if action.is_none() {
            self.error(
                lineno,
                column(line, act_at),
                format!("unknown action '{act}' (one of: span, line, block, rest)"),
            );
            ok = false;
        }
        if !ok {
            return Block::Broken;
        }
        let d = &self.defaults;
        let rule = Rule {
            id: Arc::from(id),
            category: category.expect("checked"),
            action: action.expect("checked"),
            strength: d.strength.unwrap_or(Strength::Strong),
            fit: d.fit.unwrap_or(LineFit::Contains),
            case_sensitive: d.case_sensitive.unwrap_or(false),
            max_words: d.max_words,
            max_chars: d.max_chars,
            position: d.position.unwrap_or(Position::Any),
            sites: d.sites.clone(),
            phrases: Vec::new(),
            variants: Vec::new(),
            regexes: Vec::new(),
            remove_examples: Vec::new(),
            keep_examples: Vec::new(),
            origin: self.origin(lineno),
        };
        Block::Rule(Box::new(rule), Vec::new())
    }

    fn default_field(&mut self, lineno: u32, name_col: u32, name: &str, value: &str, col: u32) {
        if value.is_empty() {
            self.error(lineno, col, format!("field '{name}' needs a value"));
            return;
        }
        let result = match name {
            "case" => parse_case(value).map(|v| self.defaults.case_sensitive = Some(v)),
            "line" => parse_fit(value).map(|v| self.defaults.fit = Some(v)),
            "max-words" => parse_count(value).map(|v| self.defaults.max_words = Some(v)),
            "max-chars" => parse_count(value).map(|v| self.defaults.max_chars = Some(v)),
            "position" => parse_position(value).map(|v| self.defaults.position = Some(v)),
            "strength" => parse_strength(value).map(|v| self.defaults.strength = Some(v)),
            "site" => parse_site(value).map(|v| self.defaults.sites.push(v)),
            "phrase" | "variants" | "regex" | "remove" | "keep" => {
                self.error(
                    lineno,
                    name_col,
                    format!("'{name}' belongs to a rule, not to 'defaults'"),
                );
                return;
            }
            _ => {
                self.error(lineno, name_col, unknown_field(name));
                return;
            }
        };
        if let Err(message) = result {
            self.error(lineno, col, message);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn rule_field(
        &mut self,
        rule: &mut Rule,
        seen: &mut Vec<&'static str>,
        lineno: u32,
        name_col: u32,
        name: &str,
        value: &str,
        col: u32,
    ) {
        if value.is_empty() {
            self.error(lineno, col, format!("field '{name}' needs a value"));
            return;
        }
        if let Some(single) = SINGLE_FIELDS.iter().find(|f| **f == name) {
            if seen.contains(single) {
                self.error(
                    lineno,
                    name_col,
                    format!("field '{name}' is given twice in rule '{}'", rule.id),
                );
                return;
            }
            seen.push(single);
        }
        let sourced =
            || Sourced { text: value.to_string(), origin: self.origin(lineno), column: col };
        let result = match name {
            "phrase" => {
                rule.phrases.push(sourced());
                Ok(())
            }
            "variants" => match wording::expand(value) {
                Ok(expansion) => {
                    let written = sourced();
                    match expansion {
                        Expansion::Phrases(phrases) => rule.phrases.extend(
                            phrases.into_iter().map(|text| Sourced { text, ..written.clone() }),
                        ),
                        Expansion::Regex(text) => {
                            rule.regexes.push(Sourced { text, ..written.clone() })
                        }
                    }
                    rule.variants.push(written);
                    Ok(())
                }
                Err(e) => {
                    self.error(lineno, col + e.at as u32, e.message);
                    return;
                }
            },
            "regex" => {
                rule.regexes.push(sourced());
                Ok(())
            }
            "remove" => {
                rule.remove_examples.push(sourced());
                Ok(())
            }
            "keep" => {
                rule.keep_examples.push(sourced());
                Ok(())
            }
            "case" => parse_case(value).map(|v| rule.case_sensitive = v),
            "line" => parse_fit(value).map(|v| rule.fit = v),
            "max-words" => parse_count(value).map(|v| rule.max_words = Some(v)),
            "max-chars" => parse_count(value).map(|v| rule.max_chars = Some(v)),
            "position" => parse_position(value).map(|v| rule.position = v),
            "strength" => parse_strength(value).map(|v| rule.strength = v),
            "site" => parse_site(value).map(|v| {
                if !rule.sites.contains(&v) {
                    rule.sites.push(v)
                }
            }),
            _ => {
                self.error(lineno, name_col, unknown_field(name));
                return;
            }
        };
        if let Err(message) = result {
            self.error(lineno, col, message);
        }
    }

    /// Validates a finished rule: it needs something to match, and its regexes must compile.
    fn finish(&mut self, block: Block) {
        let Block::Rule(rule, _) = block else { return };
        let before = self.errors.len();
        if rule.phrases.is_empty() && rule.regexes.is_empty() {
            self.error(
                rule.origin.line,
                6,
                format!("rule '{}' has no 'phrase' or 'regex' to match", rule.id),
            );
        }
        // A `variants` line is held to the cap of one phrase's forms as a whole (its
        // phrases are the ones written on its line); the case setting is known only now.
        for written in &rule.variants {
            let forms = rule
                .phrases
                .iter()
                .filter(|p| p.origin.line == written.origin.line)
                .try_fold(0usize, |sum, p| {
                    variants::expand(&p.text, rule.case_sensitive).map(|f| sum + f.len())
                });
            if !forms.is_ok_and(|n| n <= MAX_VARIANTS) {
                self.errors.push(PatternError {
                    path: self.path.clone(),
                    line: written.origin.line,
                    column: written.column,
                    message: format!("the line has more than {MAX_VARIANTS} phrases once typographic and case variants are added; split it or use a regex"),
                });
            }
        }
        for re in rule.regexes.iter().filter(|_| self.check_regexes) {
            if let Err(message) = check_regex(&re.text, rule.case_sensitive) {
                self.errors.push(PatternError {
                    path: self.path.clone(),
                    line: re.origin.line,
                    column: re.column,
                    message,
                });
            }
        }
        if self.errors.len() == before {
            self.rules.push(*rule);
        }
    }
}

fn unknown_field(name: &str) -> String {
    format!("unknown field '{name}' (one of: phrase, variants, regex, case, line, max-words, max-chars, position, strength, site, remove, keep)")
}

/// Checks a regex without compiling it (compiling every regex at start-up would cost
/// more than all the rest; the matcher compiles each one when a line first needs it):
/// the syntax, that it cannot match the empty string, and that its compiled size
/// stays within [`REGEX_SIZE_LIMIT`] by a generous estimate.
pub(crate) fn check_regex(pattern: &str, case_sensitive: bool) -> Result<(), String> {
    // Parsed without case folding, which is slow for Unicode classes and changes
    // neither validity nor the shortest match; the size estimate doubles instead.
    let hir = regex_syntax::ParserBuilder::new()
        .utf8(false)
        .build()
        .parse(pattern)
        .map_err(|e| format!("invalid regex: {}", e.to_string().replace('\n', "\n    ")))?;
    if hir.properties().minimum_len().unwrap_or(1) == 0 {
        return Err(format!(
            "regex '{pattern}' can match the empty string; it would fire on every line"
        ));
    }
    let size = estimated_size(&hir).saturating_mul(if case_sensitive { 1 } else { 2 });
    if size > REGEX_SIZE_LIMIT {
        return Err(format!(
            "regex is too large: about {} MiB once compiled, the limit is {} MiB (write '+' instead of long bounded repetitions such as '{{1,500}}')",
            size >> 20,
            REGEX_SIZE_LIMIT >> 20
        ));
    }
    Ok(())
}

/// A rough upper estimate of a regex's compiled size in bytes: every character range
/// of a class becomes a few automaton states, and repetitions copy their body.
fn estimated_size(hir: &regex_syntax::hir::Hir) -> usize {
    use regex_syntax::hir::{Class, HirKind};
    const STATE: usize = 16;
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => STATE,
        HirKind::Literal(l) => l.0.len() * STATE,
        HirKind::Class(Class::Unicode(c)) => c.ranges().len().max(1) * 4 * STATE,
        HirKind::Class(Class::Bytes(c)) => c.ranges().len().max(1) * STATE,
        HirKind::Repetition(r) => {
            let copies = r.max.unwrap_or(r.min.saturating_add(1)).max(1) as usize;
            estimated_size(&r.sub).saturating_mul(copies)
        }
        HirKind::Capture(c) => estimated_size(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => {
            v.iter().map(estimated_size).fold(0usize, |a, b| a.saturating_add(b))
        }
    }
}

fn parse_case(v: &str) -> Result<bool, String> {
    match v {
        "sensitive" => Ok(true),
        "insensitive" => Ok(false),
        _ => Err(format!("'case' is 'sensitive' or 'insensitive', not '{v}'")),
    }
}

fn parse_fit(v: &str) -> Result<LineFit, String> {
    match v {
        "contains" => Ok(LineFit::Contains),
        "alone" => Ok(LineFit::Alone),
        "starts" => Ok(LineFit::Starts),
        "ends" => Ok(LineFit::Ends),
        _ => Err(format!("'line' is one of contains, alone, starts, ends; not '{v}'")),
    }
}

fn parse_strength(v: &str) -> Result<Strength, String> {
    match v {
        "strong" => Ok(Strength::Strong),
        "weak" => Ok(Strength::Weak),
        _ => Err(format!("'strength' is 'strong' or 'weak', not '{v}'")),
    }
}

fn parse_count(v: &str) -> Result<u32, String> {
    match v.parse::<u32>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("expected a whole number greater than 0, found '{v}'")),
    }
}

fn parse_position(v: &str) -> Result<Position, String> {
    let words: Vec<&str> = v.split_whitespace().collect();
    let bad =
        || format!("'position' is 'any', 'first N', 'last N', 'head P%' or 'tail P%'; not '{v}'");
    match words.as_slice() {
        ["any"] => Ok(Position::Any),
        [kind @ ("first" | "last"), n] => {
            let n = parse_count(n)?;
            Ok(if *kind == "first" { Position::First(n) } else { Position::Last(n) })
        }
        [kind @ ("head" | "tail"), p] => {
            let p = p.strip_suffix('%').ok_or_else(bad)?;
            match p.parse::<f32>() {
                Ok(p) if p > 0.0 && p <= 100.0 => {
                    let p = p / 100.0;
                    Ok(if *kind == "head" { Position::Head(p) } else { Position::Tail(p) })
                }
                _ => Err(format!("a share must be a number above 0 and at most 100, not '{p}'")),
            }
        }
        _ => Err(bad()),
    }
}

/// A `site` value as a rule holds it: a domain, lower case, without a final dot.
pub(crate) fn parse_site(v: &str) -> Result<String, String> {
    let d = v.trim_end_matches('.').to_ascii_lowercase();
    let valid = !d.is_empty()
        && d.split('.')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    if valid {
        Ok(d)
    } else {
        Err(format!("'site' takes a domain such as example.com, not '{v}'"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(text: &str) -> Vec<String> {
        match parse("t.pat", text, true) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn parses_a_full_rule() {
        let rules = parse("t.pat", "# c\nrule paywall.x paywall rest\n    strength weak\n    line alone\n    max-words 5\n    max-chars 40\n    position tail 20%\n    case sensitive\n    site Example.com\n    phrase Subscribe now\n    regex \\d+ free\n    remove Subscribe now\n    keep We subscribe now and then.\n", true)
        .unwrap();
        assert_eq!(rules.len(), 1);
        let r = &rules[0];
        assert_eq!(&*r.id, "paywall.x");
        assert_eq!(r.category, Category::Paywall);
        assert_eq!(r.action, Action::Rest);
        assert_eq!(r.strength, Strength::Weak);
        assert_eq!(r.fit, LineFit::Alone);
        assert_eq!(r.max_words, Some(5));
        assert_eq!(r.max_chars, Some(40));
        assert_eq!(r.position, Position::Tail(0.2));
        assert!(r.case_sensitive);
        assert_eq!(r.sites, vec!["example.com".to_string()]);
        assert_eq!(r.phrases[0].text, "Subscribe now");
        assert_eq!(r.phrases[0].origin.line, 10);
        assert_eq!(r.phrases[0].column, 12);
        assert_eq!(r.regexes[0].text, "\\d+ free");
        assert_eq!(r.remove_examples.len(), 1);
        assert_eq!(r.keep_examples.len(), 1);
    }

    #[test]
    fn defaults_apply_until_the_next_defaults() {
        let rules = parse("t.pat", "defaults\n  line alone\n  strength weak\nrule a share line\n  phrase Share\nrule b share line\n  strength strong\n  phrase Tweet\ndefaults\nrule c share line\n  phrase Email\n", true)
        .unwrap();
        assert_eq!((rules[0].fit, rules[0].strength), (LineFit::Alone, Strength::Weak));
        assert_eq!((rules[1].fit, rules[1].strength), (LineFit::Alone, Strength::Strong));
        assert_eq!((rules[2].fit, rules[2].strength), (LineFit::Contains, Strength::Strong));
    }

    #[test]
    fn reports_every_error_with_its_position() {
        let text = "rule a paywal line\n  phrase x\nrule b ad lines\n  phrase y\nrule c ad line\n  max-word 3\n  phrase z\n  position middle\n  regex (unclosed\nrule d ad line\n  regex a*\nrule e ad line\n  strength strong\n  strength weak\n  phrase q\nrule f ad line\n  line alone\n  phrase ok\n  phrase\nphrase top-level\nrule g ad line\n";
        assert_eq!(
            errors(text),
            vec![
                "t.pat:1:8: unknown category 'paywal' (one of: paywall, newsletter, caption, publisher-note, share, ad, related, cookie, byline, copyright, comments, navigation, repeated)",
                "t.pat:3:11: unknown action 'lines' (one of: span, line, block, rest)",
                "t.pat:6:3: unknown field 'max-word' (one of: phrase, variants, regex, case, line, max-words, max-chars, position, strength, site, remove, keep)",
                "t.pat:8:12: 'position' is 'any', 'first N', 'last N', 'head P%' or 'tail P%'; not 'middle'",
                "t.pat:9:9: invalid regex: regex parse error:\n        (unclosed\n        ^\n    error: unclosed group",
                "t.pat:11:9: regex 'a*' can match the empty string; it would fire on every line",
                "t.pat:14:3: field 'strength' is given twice in rule 'e'",
                "t.pat:19:9: field 'phrase' needs a value",
                "t.pat:20:1: expected 'rule ID CATEGORY ACTION' or 'defaults', found 'phrase' (fields must be indented)",
                "t.pat:21:6: rule 'g' has no 'phrase' or 'regex' to match",
            ]
        );
    }

    #[test]
    fn header_shape_errors() {
        assert_eq!(
            errors("rule only-id\n  phrase x\n"),
            vec!["t.pat:1:13: a rule header is 'rule ID CATEGORY ACTION', found 1 word(s) after 'rule'"]
        );
        assert_eq!(errors("  phrase x\n"), vec!["t.pat:1:3: a field outside a rule (headers start at the left margin: 'rule ID CATEGORY ACTION')"]);
        assert_eq!(
            errors("rule bad/id ad line\n  phrase x\n"),
            vec![
                "t.pat:1:6: rule id 'bad/id' may only hold ASCII letters, digits, '.', '-' and '_'"
            ]
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        assert_eq!(
            errors("rule a ad line\n  phrase ü\n  max-chars zwölf\n"),
            vec!["t.pat:3:13: expected a whole number greater than 0, found 'zwölf'"]
        );
    }

    #[test]
    fn huge_regexes_are_refused() {
        let e = errors("rule a ad line\n  regex \\w{1000}{1000}\n");
        assert_eq!(e.len(), 1);
        assert!(e[0].starts_with("t.pat:2:9: regex is too large: about "), "{}", e[0]);
        assert!(errors("rule a ad line\n  regex [\\p{L} ]+ by \\p{Lu}\\w+\n").is_empty());
    }

    #[test]
    fn variants_lines_are_spelled_out_and_capped_with_their_typographic_forms() {
        let rules = parse(
            "t.pat",
            "rule a ad line\n  variants Sign [me] up\n  variants a {1 word} b\n",
            true,
        )
        .unwrap();
        let texts: Vec<&str> = rules[0].phrases.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, ["Sign me up", "Sign up"]);
        assert_eq!((rules[0].phrases[1].origin.line, rules[0].phrases[1].column), (2, 12));
        assert_eq!(rules[0].regexes.len(), 1);
        assert_eq!(rules[0].variants.len(), 2);
        // Each spelling has 144 typographic forms, ten of them too many together.
        assert_eq!(
            errors("rule a ad line\n  variants (a|b|c|d|e|f|g|h|i|j) \"x\" y's\n"),
            vec!["t.pat:2:12: the line has more than 512 phrases once typographic and case variants are added; split it or use a regex"]
        );
        assert!(errors("rule a ad line\n  variants (a|b|c) \"x\" y's\n").is_empty());
        assert_eq!(
            errors("rule a ad line\n  phrase ok\n  variants x [y\n"),
            vec!["t.pat:3:14: '[' is not closed"]
        );
        assert_eq!(
            errors("defaults\n  variants a\n"),
            vec!["t.pat:2:3: 'variants' belongs to a rule, not to 'defaults'"]
        );
    }

    #[test]
    fn crlf_and_bom_are_accepted() {
        let rules = parse("t.pat", "\u{feff}rule a ad line\r\n  phrase Anzeige\r\n", true).unwrap();
        assert_eq!(rules[0].phrases[0].text, "Anzeige");
    }
}
