//! The command line, as clap sees it. Nothing here is interpreted: `config` turns
//! these fields into a validated [`Config`](super::config::Config).

use std::path::PathBuf;

use clap::{Args as ClapArgs, Parser, Subcommand, ValueEnum};

const AFTER_HELP: &str = "\
Examples:
  deboil < article.txt > clean.txt            clean stdin to stdout
  deboil a.txt b.txt > clean.txt              clean files one after another
  deboil --explain article.txt                show what goes, by which rule, and why
  deboil --patterns mine.pat --skip byline a.txt
  deboil patterns check mine.pat              validate a pattern file
  deboil patterns list                        the active rules

Exit codes: 0 done; 1 some input could not be read (the rest was processed);
2 usage or pattern-file errors.";

/// Remove boilerplate (paywalls, captions, credits, publisher notes, share and
/// newsletter lines, bylines) from scraped article text.
///
/// Each FILE is one document; with no FILE, or FILE '-', the document is read from
/// standard input. Cleaned text goes to standard output. Only whole lines, blocks
/// or matched spans are removed; kept text is never rewritten.
#[derive(Debug, Parser)]
#[command(name = "deboil", version, after_help = AFTER_HELP, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Documents to clean ('-' for standard input).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Print each document with every removed line marked, the category, the rule or
    /// detector, and why; also removals the article-loss guard refused.
    #[arg(long, help_heading = "Output")]
    pub explain: bool,

    /// Print a summary on standard error at the end: documents, bytes in and out,
    /// removals per category.
    #[arg(long, help_heading = "Output")]
    pub stats: bool,

    /// When to colour --explain output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN", help_heading = "Output")]
    pub color: ColorChoice,

    /// The site the documents come from (a host or URL); rules limited with 'site'
    /// fire only on their own site.
    #[arg(long, value_name = "HOST")]
    pub site: Option<String>,
}

/// Which rules take part. Shared by cleaning and `patterns list`.
#[derive(Debug, Clone, ClapArgs)]
pub struct RuleArgs {
    /// Add the rules of a pattern file (repeatable; see patterns/README.md for the format).
    #[arg(short = 'p', long = "patterns", value_name = "FILE", help_heading = "Rules")]
    pub patterns: Vec<PathBuf>,

    /// Leave out the built-in rules (only --patterns files are used).
    #[arg(long, help_heading = "Rules")]
    pub no_default_patterns: bool,

    /// Leave out categories or rule/detector ids, comma separated
    /// ('byline', 'share.buttons', 'share.*', 'detect.byline').
    #[arg(long, value_name = "CAT|ID,...", value_delimiter = ',', help_heading = "Rules")]
    pub skip: Vec<String>,

    /// Use only these categories, comma separated ('paywall,newsletter').
    #[arg(long, value_name = "CAT,...", value_delimiter = ',', help_heading = "Rules")]
    pub only: Vec<String>,

    /// Turn off the structural detectors (repeated captions, end notes, bylines, page
    /// navigation).
    #[arg(long, help_heading = "Rules")]
    pub no_detectors: bool,

    /// How much to remove: 'conservative' (strong rules only), 'balanced' (rules,
    /// detectors, and the menus around the article when the input is a whole page),
    /// 'aggressive' (every input treated as a whole page: for all-visible-text input
    /// such as WET files).
    #[arg(long, value_enum, default_value_t = ModeArg::Balanced, value_name = "MODE", help_heading = "Rules")]
    pub mode: ModeArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ModeArg {
    Conservative,
    Balanced,
    Aggressive,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Inspect and test pattern files.
    #[command(subcommand)]
    Patterns(PatternsCommand),
}

#[derive(Debug, Subcommand)]
pub enum PatternsCommand {
    /// Check pattern files: report every syntax error and run every rule's 'remove'
    /// and 'keep' examples. With no FILE, checks the built-in rules.
    Check {
        /// Pattern files to check.
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the active rules and detectors with their ids, categories and actions.
    List {
        #[command(flatten)]
        rules: RuleArgs,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// Colour when standard output is a terminal.
    Auto,
    Always,
    Never,
}
