//! Turns parsed arguments into a ready [`Config`]: pattern files read and compiled,
//! selections checked, inputs named. Everything a user can get wrong on the command
//! line is caught here, before any document is read.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::bail;
use deboil::{Category, Cleaner, Mode, RuleSet, Selection};

use super::args::{Args, ColorChoice, ModeArg, RuleArgs};

/// A failure that maps to exit code 2 (usage or pattern files).
#[derive(Debug)]
pub struct UsageError(pub String);

impl std::fmt::Display for UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for UsageError {}

/// Where a document comes from.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }
}

/// Everything a cleaning run needs.
pub struct Config {
    pub cleaner: Cleaner,
    pub inputs: Vec<Input>,
    pub explain: bool,
    pub stats: bool,
    pub color: bool,
    pub site: Option<String>,
}

impl Config {
    pub fn from_args(args: Args) -> anyhow::Result<Config> {
        let cleaner = build_cleaner(&args.rules)?;
        let inputs = if args.files.is_empty() {
            vec![Input::Stdin]
        } else {
            args.files
                .into_iter()
                .map(|p| if p.as_os_str() == "-" { Input::Stdin } else { Input::File(p) })
                .collect()
        };
        let site =
            match args.site.as_deref() {
                None => None,
                Some(s) => Some(deboil::site_of(s).ok_or_else(|| {
                    UsageError(format!("--site: '{s}' is not a host name or URL"))
                })?),
            };
        let color = match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
            }
        };
        Ok(Config { cleaner, inputs, explain: args.explain, stats: args.stats, color, site })
    }
}

/// Loads the rule set that `args` asks for.
pub fn load_rules(args: &RuleArgs) -> anyhow::Result<RuleSet> {
    let mut rules = if args.no_default_patterns { RuleSet::new() } else { RuleSet::defaults() };
    let mut errors = Vec::new();
    for path in &args.patterns {
        match read_pattern_file(path) {
            Ok(set) => {
                if let Err(e) = rules.extend(set) {
                    errors.extend(e.0);
                }
            }
            Err(e) => errors.extend(e.0),
        }
    }
    if !errors.is_empty() {
        let text = errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n");
        return Err(UsageError(text).into());
    }
    Ok(rules)
}

/// Reads and parses one pattern file; a file that cannot be read is reported like a
/// pattern error so that all problems come out together.
pub fn read_pattern_file(path: &Path) -> Result<RuleSet, deboil::PatternErrors> {
    let name = path.display().to_string();
    let text = match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(t) => t,
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
                return Err(deboil::PatternErrors(vec![deboil::PatternError {
                    path: name.into(),
                    line,
                    column: 1,
                    message: "the file is not valid UTF-8".into(),
                }]));
            }
        },
        Err(e) => {
            return Err(deboil::PatternErrors(vec![deboil::PatternError {
                path: name.into(),
                line: 0,
                column: 0,
                message: format!("cannot read pattern file: {e}"),
            }]))
        }
    };
    RuleSet::parse(&name, &text)
}

/// The selection that `--skip` and `--only` describe.
pub fn selection(args: &RuleArgs, known_ids: &[&str]) -> anyhow::Result<Selection> {
    let mut sel = Selection::all();
    let mut only = Vec::new();
    for name in args.only.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        match Category::from_name(name) {
            Some(c) => only.push(c),
            None => bail!(UsageError(format!(
                "--only: unknown category '{name}' (one of: {})",
                category_names()
            ))),
        }
    }
    sel = sel.only(only);
    for item in args.skip.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
        if let Some(c) = Category::from_name(item) {
            sel = sel.skip_category(c);
        } else if item.ends_with('*') || known_ids.contains(&item) {
            sel = sel.skip_id(item);
        } else {
            bail!(UsageError(format!(
                "--skip: '{item}' is neither a category ({}) nor the id of a loaded rule or detector",
                category_names()
            )));
        }
    }
    Ok(sel)
}

fn category_names() -> String {
    Category::ALL.iter().map(|c| c.name()).collect::<Vec<_>>().join(", ")
}

/// Builds the cleaner for `args`.
pub fn build_cleaner(args: &RuleArgs) -> anyhow::Result<Cleaner> {
    let rules = load_rules(args)?;
    let mut ids: Vec<&str> = rules.rules().iter().map(|r| &*r.id).collect();
    ids.extend(deboil::Detector::ALL.iter().map(|d| d.id()));
    let selection = selection(args, &ids)?;
    Cleaner::builder()
        .rules(rules.clone())
        .selection(selection)
        .detectors(!args.no_detectors)
        .mode(match args.mode {
            ModeArg::Conservative => Mode::Conservative,
            ModeArg::Balanced => Mode::Balanced,
            ModeArg::Aggressive => Mode::Aggressive,
        })
        .build()
        .map_err(|e| UsageError(format!("cannot compile the rules: {e}")).into())
}
