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
  deboil --jsonl --field text < in.jsonl > out.jsonl
  deboil crawl.jsonl.gz -o clean.jsonl.zst    compressed in and out
  deboil -z docs.nul > clean.nul              NUL-separated documents
  deboil -r raw/ -o clean/ --stats            a tree, several files at once
  deboil --files-from shard-07.list -o clean/ one worker's share of the files
  deboil -r raw/ -o clean/ --shard 3/8        machine 3 of 8 takes its files

Exit codes: 0 done; 1 some input could not be read (the rest was processed);
2 usage or pattern-file errors; 130, 143 interrupted by SIGINT, SIGTERM (unfinished
outputs are removed first).";

/// Remove boilerplate (paywalls, captions, credits, publisher notes, share and
/// newsletter lines, bylines) from scraped article text.
///
/// A plain text FILE is one document; with no FILE, or FILE '-', the input is read
/// from standard input. JSONL files (--jsonl, or a .jsonl/.json name) have one
/// document per record, NUL-separated input (-z) one per NUL; when neither the name
/// nor a flag says, the first bytes decide (see --format). Gzip and zstd input is
/// recognised by its first bytes, UTF-16 and UTF-32 by a byte-order mark. Binary
/// documents are passed through unchanged. Cleaned text goes to standard output (or
/// -o). Only whole lines, blocks or matched spans are removed; kept text is never
/// rewritten.
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
    /// fire only on their own site. Overrides the URL field of JSONL records.
    #[arg(long, value_name = "HOST")]
    pub site: Option<String>,

    #[command(flatten)]
    pub corpus: CorpusArgs,
}

/// How documents are laid out in the input; shared by cleaning and `mine`.
#[derive(Debug, Clone, ClapArgs)]
pub struct FormatArgs {
    /// Documents are separated by NUL bytes (names ending in .jsonl/.json stay JSONL);
    /// the same as --format nul.
    #[arg(short = 'z', long = "null", help_heading = "Formats", conflicts_with = "jsonl")]
    pub null: bool,

    /// Input is JSON Lines with the text in --field (implied by .jsonl, .ndjson and
    /// .json names, also with .gz/.zst); the same as --format jsonl.
    #[arg(long, help_heading = "Formats")]
    pub jsonl: bool,

    /// The JSONL field holding the text; 'a.b' for a nested field.
    #[arg(long, value_name = "NAME", default_value = "text", help_heading = "Formats")]
    pub field: String,
}

/// A document layout named on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// The whole input is one document.
    Text,
    /// Documents separated by NUL bytes.
    Nul,
    /// One JSON object per line.
    Jsonl,
}

impl FormatArgs {
    /// The format the flags ask for (`format`: `--format`, which only cleaning
    /// has); `None` when they leave it to the name or the first bytes.
    pub fn flag(&self, format: Option<FormatArg>) -> Option<super::format::Format> {
        use super::format::Format;
        match format {
            Some(FormatArg::Text) => Some(Format::Text),
            Some(FormatArg::Nul) => Some(Format::Nul),
            Some(FormatArg::Jsonl) => Some(Format::Jsonl),
            None if self.jsonl => Some(Format::Jsonl),
            None if self.null => Some(Format::Nul),
            None => None,
        }
    }
}

/// Formats, trees, parallelism and reporting for corpora.
#[derive(Debug, Clone, ClapArgs)]
pub struct CorpusArgs {
    #[command(flatten)]
    pub input: FormatArgs,

    /// How documents are laid out in input whose name says nothing (.jsonl, .ndjson,
    /// .json names are JSONL, .txt names text). Without this flag, standard input and
    /// such files are sniffed: a first line that is a JSON object with the --field
    /// string means JSONL, NUL bytes between text mean NUL-separated, anything else
    /// is one text document (--stats counts the sniffed inputs).
    #[arg(long, value_enum, value_name = "FORMAT", help_heading = "Formats", conflicts_with_all = ["null", "jsonl"])]
    pub format: Option<FormatArg>,

    /// The JSONL field holding the page URL, for site-scoped rules [default: url].
    #[arg(long, value_name = "NAME", help_heading = "Formats")]
    pub url_field: Option<String>,

    /// Add a "deboil" field to each cleaned JSONL record: what was removed (category,
    /// rule, byte start/end in the original text) and how many bytes. Cutting the ranges
    /// out of the original gives the cleaned text (plus a final line break if it lacks one).
    #[arg(long, help_heading = "Formats")]
    pub annotate: bool,

    /// Write UTF-16 or UTF-32 input (recognised by its byte-order mark) back in its
    /// own encoding, with its mark; without this flag it is written as UTF-8.
    #[arg(long, help_heading = "Formats")]
    pub keep_encoding: bool,

    /// What to do with a malformed JSONL line: report it and pass it through (exit
    /// code 1), pass it through with a report but exit code 0 (for a streaming
    /// stage whose task must not die on one bad record), skip it (counted in
    /// --stats), or fail at once.
    #[arg(long, value_enum, default_value_t = OnErrorArg::Report, value_name = "WHAT", help_heading = "Formats")]
    pub on_error: OnErrorArg,

    /// Write the output here instead of standard output ('-' for standard output):
    /// a file (compressed when its name ends in .gz or .zst), or the output
    /// directory with -r / --files-from. A regular file is written under a
    /// temporary name and renamed when complete; a character device, named pipe or
    /// socket (/dev/null, a pipe a consumer reads) is written to as it is, never
    /// replaced; a symbolic link is followed to its target.
    #[arg(short = 'o', long, value_name = "PATH", help_heading = "Files")]
    pub output: Option<PathBuf>,

    /// Clean every .txt/.jsonl/.json/.ndjson file (also .gz/.zst) below each
    /// directory given, into the same relative path under --output.
    #[arg(short = 'r', long, help_heading = "Files")]
    pub recursive: bool,

    /// Clean the files listed in LIST (one path a line; '-' for standard input),
    /// each into the same relative path under --output.
    #[arg(long, value_name = "LIST", help_heading = "Files")]
    pub files_from: Option<PathBuf>,

    /// Clean only shard I of N (1 <= I <= N) of the files from -r or --files-from:
    /// a file belongs to the shard its relative path hashes to (FNV-1a), so N
    /// machines given the same list or tree split it without overlap.
    #[arg(long, value_name = "I/N", help_heading = "Files")]
    pub shard: Option<String>,

    /// Replace output files that already exist. Only a regular file is replaced
    /// (for a symbolic link, the file it points to; the link stays); a device,
    /// named pipe or socket is written to with or without --force, and a
    /// directory or block device never.
    #[arg(long, help_heading = "Files")]
    pub force: bool,

    /// Leave outputs that already exist as they are, without reading their inputs
    /// (counted in --stats as skipped files): a run that stopped half-way is
    /// resumed by running it again. An output is complete once it has its name,
    /// since it is renamed into place only when done.
    #[arg(long, help_heading = "Files", conflicts_with_all = ["force", "in_place"])]
    pub skip_existing: bool,

    /// Replace each input file by its cleaned version (written to a temporary file,
    /// then renamed).
    #[arg(long, help_heading = "Files", conflicts_with = "output")]
    pub in_place: bool,

    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N", help_heading = "Performance")]
    pub threads: Option<usize>,

    /// Input bytes per batch of documents cleaned together (memory in flight is
    /// about 5 batches of input and output).
    #[arg(long, value_name = "BYTES", default_value_t = 4 << 20, help_heading = "Performance")]
    pub batch_bytes: usize,

    /// Show a progress bar even when standard error is not a terminal.
    #[arg(long, help_heading = "Output")]
    pub progress: bool,

    /// Print nothing on standard error but errors (and --stats when asked).
    #[arg(short = 'q', long, help_heading = "Output")]
    pub quiet: bool,

    /// Write the --stats summary as JSON to FILE. '{task}' in FILE becomes the task
    /// id of a Hadoop-streaming task (mapreduce_task_id), or DEBOIL_TASK, or else
    /// 'pid' and the process id; '{pid}' becomes the process id.
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub stats_json: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnErrorArg {
    Report,
    Pass,
    Skip,
    Fail,
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

    /// Turn off the structural detectors (repeated captions, end notes, bylines, short
    /// labels, page navigation, comment threads, teaser excerpts).
    #[arg(long, help_heading = "Rules")]
    pub no_detectors: bool,

    /// Also remove the headline: the first line, when it is shaped like a title (at
    /// most 25 words, not closed by '.', ',', ';' or ':', not even inside closing
    /// quotes or brackets, and not opening with a small letter). Off by default, since the
    /// title is article text for most uses; turn it on when the text you want has no
    /// headline (the gold of some extraction benchmarks leaves it out).
    #[arg(long, help_heading = "Rules")]
    pub drop_title: bool,

    /// Decide with this line model (a file written by `deboil train`) instead of the
    /// built-in one.
    #[arg(long, value_name = "FILE", help_heading = "Rules")]
    pub model: Option<PathBuf>,

    /// Decide without a line model: strong rules and detector findings act alone, weak
    /// ones only next to other boilerplate (the hand-written decision).
    #[arg(long, conflicts_with = "model", help_heading = "Rules")]
    pub no_model: bool,

    /// How much to remove: the line model's threshold. 'conservative' keeps the loss
    /// of article text far inside its budget, 'balanced' fits most input, 'aggressive'
    /// removes the most (for all-visible-text input such as WET files). Rules act
    /// alike in every mode. With --no-model: 'conservative' is strong rules only,
    /// 'balanced' adds detectors and page pruning, 'aggressive' prunes every document
    /// as a page.
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
    /// Score the rules on a labelled sample: precision, recall, F1, article lost.
    ///
    /// Cleans each raw document as deboil would with the same rule options and
    /// scores the output against its gold: precision, recall and F1 over word tokens
    /// (per document and overall), the share of article lost, and the documents that
    /// lost the most.
    #[command(after_help = EVAL_AFTER_HELP)]
    Eval(Box<EvalArgs>),
    /// Find the lines that repeat across many documents and propose them as rules.
    ///
    /// Counts normalised lines (case, white space, digits and quotes folded) by the
    /// number of documents, and of groups (--group-by), that contain them, and
    /// prints those found in at least --min-docs documents, most frequent first, as
    /// a pattern file to review (or TSV / JSON). Nothing is removed unless --apply
    /// is given.
    #[command(after_help = MINE_AFTER_HELP)]
    Mine(Box<MineArgs>),
    /// Fit a line model on labelled samples and write it to a file (--model FILE).
    ///
    /// Reads labelled samples as `deboil eval` does (raw and gold directories, or a
    /// manifest listing several), works out every line's features with the same rule
    /// options, labels each line from the gold, fits the model, picks the removal
    /// threshold of each mode on cross-validated predictions (folds by site), and
    /// prints training-set and cross-validated figures per sample.
    #[command(after_help = TRAIN_AFTER_HELP)]
    Train(Box<TrainArgs>),
}

const TRAIN_AFTER_HELP: &str = "\
Examples:
  deboil train --raw pages/raw --gold pages/gold --meta pages/meta.json -o my.model
  deboil train --manifest models/eval.tsv --cv 5 -o models/default.model
  deboil train --sample pages.jsonl --raw-field text --gold-field gold -o my.model
  deboil --model my.model crawl.jsonl > clean.jsonl

A manifest is a tab-separated file, one sample a line: NAME RAW_DIR GOLD_DIR
[META_JSON [MAX_LOSS [OPTIONS]]], paths relative to the manifest; OPTIONS may be
'drop-title'. META_JSON maps document ids to URLs ({\"docs\": {ID: {\"url\": URL}}}):
documents of one site are never both trained on and scored in cross-validation.
Without it each document is its own site.

Thresholds: each mode's threshold is the one with the best mean F1 over the samples
whose cross-validated share of article lost stays within a share of MAX_LOSS
(conservative 25%, balanced 60%, aggressive 100%), chosen apart for whole pages and
for extracted text.

Exit codes: 0 done; 1 some document could not be read (the rest was used); 2 usage
or pattern-file errors; 130, 143 interrupted by SIGINT, SIGTERM.";

/// `deboil train`: the labelled samples, the rules, the model family, the output.
#[derive(Debug, ClapArgs)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["raw", "sample", "manifest"])))]
pub struct TrainArgs {
    #[command(flatten)]
    pub sample: SampleArgs,

    /// With --raw: a JSON file that maps document ids to their URLs (their sites
    /// keep cross-validation folds apart).
    #[arg(long, value_name = "FILE", requires = "raw", help_heading = "Sample")]
    pub meta: Option<PathBuf>,

    /// With --raw or --sample: the share of article text the thresholds may lose.
    #[arg(long, value_name = "SHARE", default_value_t = 0.02, help_heading = "Sample")]
    pub max_loss: f64,

    /// Several samples, listed in a tab-separated file (see below).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["raw", "sample"], help_heading = "Sample")]
    pub manifest: Option<PathBuf>,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// The model family: gradient-boosted trees or logistic regression.
    #[arg(long, value_enum, default_value_t = FamilyArg::Gbdt, value_name = "FAMILY", help_heading = "Model")]
    pub family: FamilyArg,

    /// Trees of the boosted model.
    #[arg(long, value_name = "N", default_value_t = 150, help_heading = "Model")]
    pub trees: usize,

    /// Depth of each tree.
    #[arg(long, value_name = "N", default_value_t = 4, help_heading = "Model")]
    pub depth: usize,

    /// Cross-validation folds (by site); the thresholds are chosen on their
    /// predictions. At least 2.
    #[arg(long, value_name = "K", default_value_t = 5, help_heading = "Model")]
    pub cv: usize,

    /// What keeps folds apart: 'site' (the host of each page), or, for a manifest whose
    /// samples are named DATASET/VARIANT, 'dataset' or 'variant': each fold then holds
    /// out whole datasets or whole variants (as many folds as there are, up to --cv),
    /// to check that the model does not learn which benchmark or extractor made a text.
    #[arg(long, value_enum, default_value_t = GroupBy::Site, value_name = "WHAT", help_heading = "Model")]
    pub group_by: GroupBy,

    /// Write the model here.
    #[arg(short = 'o', long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// Write one line per document and mode of the cross-validated run (tab-separated).
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub per_doc: Option<PathBuf>,

    /// Worst documents to list per sample (cross-validated, balanced mode).
    #[arg(long, value_name = "N", default_value_t = 5, help_heading = "Output")]
    pub worst: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    Site,
    Dataset,
    Variant,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FamilyArg {
    Gbdt,
    Logistic,
}

const MINE_AFTER_HELP: &str = "\
Examples:
  deboil mine --jsonl --field text --group-by url crawl/*.jsonl.zst > candidates.pat
  deboil mine -r texts/ --min-docs 20 --top 200 --format tsv > candidates.tsv
  deboil --patterns candidates.pat --explain sample.txt
  deboil mine --apply crawl.jsonl.gz -o clean.jsonl.gz --candidates mined.pat

Memory: at most --max-lines distinct lines are held (about 100 bytes each, plus
the text of those seen twice); when the table is full the rarest half is pruned and
counts may then be low by the highest count pruned (reported on standard error).

Exit codes: 0 done; 1 some input could not be read (the rest was counted); 2 usage
or pattern-file errors; 130, 143 interrupted by SIGINT, SIGTERM.";

/// `deboil mine`: what to read, how to count, what to print.
#[derive(Debug, ClapArgs)]
pub struct MineArgs {
    /// Documents to mine ('-' for standard input; the default).
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    #[command(flatten)]
    pub input: FormatArgs,

    /// Count groups by this JSONL field: a URL (its host is the group) or a domain
    /// or any name. A line seen in one group only is proposed for that site.
    #[arg(long, value_name = "FIELD", help_heading = "Formats")]
    pub group_by: Option<String>,

    /// Mine every .txt/.jsonl/.json/.ndjson file (also .gz/.zst) below each directory.
    #[arg(short = 'r', long, help_heading = "Files")]
    pub recursive: bool,

    /// Mine the files listed in LIST (one path a line; '-' for standard input).
    #[arg(long, value_name = "LIST", help_heading = "Files")]
    pub files_from: Option<PathBuf>,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Propose lines found in at least N documents. The default keeps sentences
    /// quoted or syndicated a few times out and catches the blurbs of any site
    /// with a few dozen articles.
    #[arg(long, value_name = "N", default_value_t = 10, help_heading = "Mining")]
    pub min_docs: u64,

    /// Propose at most N lines, the most frequent (0: all).
    #[arg(long, value_name = "N", default_value_t = 500, help_heading = "Mining")]
    pub top: usize,

    /// Leave out lines that an existing rule already removes (else they are shown,
    /// marked, and commented out in a pattern file).
    #[arg(long, help_heading = "Mining")]
    pub new_only: bool,

    /// Hold at most N distinct lines in memory; the rarest are pruned beyond that.
    #[arg(long, value_name = "N", default_value_t = 1_000_000, help_heading = "Mining")]
    pub max_lines: usize,

    /// How to print the candidates.
    #[arg(long, value_enum, default_value_t = MineFormat::Pat, value_name = "FORMAT", help_heading = "Output")]
    pub format: MineFormat,

    /// Write to FILE instead of standard output (with --apply: the cleaned documents).
    #[arg(short = 'o', long, value_name = "FILE", help_heading = "Output")]
    pub output: Option<PathBuf>,

    /// Read the inputs a second time and clean them, removing the new candidate lines
    /// (category 'repeated') along with the usual rules. Not with standard input.
    #[arg(long, help_heading = "Apply")]
    pub apply: bool,

    /// With --apply: also write the mined rules to FILE.
    #[arg(long, value_name = "FILE", requires = "apply", help_heading = "Apply")]
    pub candidates: Option<PathBuf>,

    /// With --apply: print each document with its removals marked, as --explain does.
    #[arg(long, requires = "apply", help_heading = "Apply")]
    pub explain: bool,

    /// With --apply: add a "deboil" field with the removals to each JSONL record.
    #[arg(long, requires = "apply", help_heading = "Apply")]
    pub annotate: bool,

    /// With --apply: print the cleaning summary on standard error.
    #[arg(long, requires = "apply", help_heading = "Apply")]
    pub stats: bool,

    /// Worker threads [default: all cores].
    #[arg(short = 'j', long, value_name = "N", help_heading = "Performance")]
    pub threads: Option<usize>,

    /// Input bytes per batch of documents counted together.
    #[arg(long, value_name = "BYTES", default_value_t = 4 << 20, help_heading = "Performance")]
    pub batch_bytes: usize,

    /// Print nothing on standard error but errors.
    #[arg(short = 'q', long, help_heading = "Output")]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MineFormat {
    /// A pattern file, each rule headed by its counts for review.
    Pat,
    /// Tab-separated: docs, groups, category, site, existing, examples, line.
    Tsv,
    /// One JSON object with the counts and the list of candidates.
    Json,
}

const EVAL_AFTER_HELP: &str = "\
Gold: for RAW/X.txt, GOLD/X.txt is the article text (scored over word tokens), or
else GOLD/X.json is {\"with\": [...], \"without\": [...]}, snippets that must stay
and snippets that must go (scored as trafilatura's evaluation does).

Examples:
  deboil eval --raw sample/raw --gold sample/gold
  deboil eval --sample sample.jsonl --raw-field text --gold-field gold
  deboil eval --raw sample/raw --gold sample/gold -p mine.pat --per-doc scores.tsv
  deboil eval --raw sample/raw --gold sample/gold --json --min-f1 0.9 --max-gold-lost 0.02

Exit codes: 0 done; 1 some pair could not be read, or a --min-f1 / --max-gold-lost
check failed; 2 usage or pattern-file errors; 130, 143 interrupted by SIGINT, SIGTERM.";

/// A labelled sample, for `deboil eval` and `deboil train`: raw and gold
/// directories, or one JSON-lines file.
#[derive(Debug, Clone, ClapArgs)]
pub struct SampleArgs {
    /// Directory of raw documents, one per FILE.txt.
    #[arg(long, value_name = "DIR", requires = "gold", help_heading = "Sample")]
    pub raw: Option<PathBuf>,

    /// Directory of gold files: FILE.txt (article text) or FILE.json (snippets).
    #[arg(long, value_name = "DIR", requires = "raw", help_heading = "Sample")]
    pub gold: Option<PathBuf>,

    /// A labelled sample in one JSON-lines file, one document a line ('-' for
    /// standard input); a "url" field, where there is one, names the page's site.
    // Not `--jsonl FILE`: everywhere else `--jsonl` is a flag that says the input is
    // JSON lines.
    #[arg(long, value_name = "FILE", conflicts_with = "raw", help_heading = "Sample")]
    pub sample: Option<PathBuf>,

    /// With --sample: the field that holds the raw text.
    #[arg(long, value_name = "NAME", default_value = "text", help_heading = "Sample")]
    pub raw_field: String,

    /// With --sample: the field that holds the gold, article text or an object with
    /// "with" and "without" snippet lists.
    #[arg(long, value_name = "NAME", default_value = "gold", help_heading = "Sample")]
    pub gold_field: String,

    /// With --sample: the field that names a document (else its line number).
    #[arg(long, value_name = "NAME", default_value = "id", help_heading = "Sample")]
    pub id_field: String,
}

/// `deboil eval`: where the labelled pairs are, which rules, what to print.
#[derive(Debug, ClapArgs)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["raw", "sample"])))]
pub struct EvalArgs {
    #[command(flatten)]
    pub sample: SampleArgs,

    #[command(flatten)]
    pub rules: RuleArgs,

    /// Write one line of scores per document (tab-separated) to FILE.
    #[arg(long, value_name = "FILE", help_heading = "Output")]
    pub per_doc: Option<PathBuf>,

    /// Print the summary as one JSON line instead of the tables.
    #[arg(long, help_heading = "Output")]
    pub json: bool,

    /// How many of the documents that lost the most gold to list.
    #[arg(long, value_name = "N", default_value_t = 20, help_heading = "Output")]
    pub worst: usize,

    /// Fail (exit code 1) if F1 is below X.
    #[arg(long, value_name = "X", help_heading = "Checks")]
    pub min_f1: Option<f64>,

    /// Fail (exit code 1) if the share of gold lost is above Y.
    #[arg(long, value_name = "Y", help_heading = "Checks")]
    pub max_gold_lost: Option<f64>,
}

#[derive(Debug, Subcommand)]
pub enum PatternsCommand {
    /// Check pattern files: report every syntax error and every rule id that a
    /// built-in rule or another FILE already uses (cleaning with them would fail),
    /// and run every rule's 'remove' and 'keep' examples. With no FILE, checks the
    /// built-in rules.
    Check {
        /// Pattern files to check.
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,

        /// The files are used without the built-in rules (--no-default-patterns): their
        /// ids may repeat built-in ones.
        #[arg(long)]
        no_default_patterns: bool,
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
