//! Turns parsed arguments into a ready [`Config`]: pattern files read and compiled,
//! selections checked, inputs named. Everything a user can get wrong on the command
//! line is caught here, before any document is read.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::bail;
use deboil::{Category, Cleaner, Mode, RuleSet, Selection};

use super::args::{Args, ColorChoice, ModeArg, OnErrorArg, RuleArgs};
use super::format::Format;
use super::jsonl::FieldPath;
use super::output::Existing;
use super::pipeline::{OnError, Settings};
use super::shard::Shard;

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

/// Where the cleaned documents go.
#[derive(Debug)]
pub enum Plan {
    /// All inputs, one after another, to standard output (`None`, also for
    /// `-o -`) or to one output.
    Stream { output: Option<PathBuf> },
    /// Each input file to its own output file: the same relative path under `out_dir`
    /// (or the input itself with `--in-place`, when `out_dir` is `None`). Files come
    /// from `roots` (directories are walked with `-r`) and from `files_from`.
    Files { roots: Vec<PathBuf>, files_from: Option<PathBuf>, out_dir: Option<PathBuf> },
}

/// Everything a cleaning run needs.
pub struct Config {
    pub settings: Settings,
    pub inputs: Vec<Input>,
    /// The format the flags ask for, if any (names can still say JSONL).
    pub format_flag: Option<Format>,
    /// `--keep-encoding`: UTF-16/32 input is written back in its own encoding.
    pub keep_encoding: bool,
    /// `-q`: no progress and no notes on standard error (errors still).
    pub quiet: bool,
    pub plan: Plan,
    /// What happens to an output file already there (--force, --in-place).
    pub existing: Existing,
    /// `--skip-existing`: inputs whose output is already there are not read.
    pub skip_existing: bool,
    /// `-r`: directories given are walked.
    pub recursive: bool,
    pub stats: bool,
    /// `--stats-json` with its `{task}` and `{pid}` placeholders filled in.
    pub stats_json: Option<PathBuf>,
    /// Whether a malformed JSONL record makes the run end with exit code 1
    /// (`--on-error report`; not `pass`).
    pub malformed_fails: bool,
    /// `--shard I/N`: clean only this shard of a tree or file list.
    pub shard: Option<Shard>,
    /// Whether a progress bar may be drawn (terminal or --progress, and not -q).
    pub progress: bool,
}

fn usage(msg: impl Into<String>) -> anyhow::Error {
    UsageError(msg.into()).into()
}

impl Config {
    pub fn from_args(args: Args) -> anyhow::Result<Config> {
        let cleaner = build_cleaner(&args.rules)?;
        let c = args.corpus;
        let inputs: Vec<Input> = args
            .files
            .iter()
            .map(|p| if p.as_os_str() == "-" { Input::Stdin } else { Input::File(p.clone()) })
            .collect();
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
        let field = FieldPath::parse(&c.input.field)
            .ok_or_else(|| usage(format!("--field: '{}' is not a field name", c.input.field)))?;
        let url_field = match c.url_field.as_deref() {
            Some(u) => Some(
                FieldPath::parse(u)
                    .ok_or_else(|| usage(format!("--url-field: '{u}' is not a field name")))?,
            ),
            None => FieldPath::parse("url"),
        };
        let threads = match c.threads {
            Some(0) => return Err(usage("--threads: must be at least 1")),
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        if c.batch_bytes == 0 {
            return Err(usage("--batch-bytes: must be at least 1"));
        }
        let format_flag = c.input.flag(c.format);
        let per_file = c.recursive || c.files_from.is_some() || c.in_place;
        let dash = c.output.as_ref().is_some_and(|o| o.as_os_str() == "-");
        let plan = if per_file {
            if args.explain {
                return Err(usage(
                    "--explain writes to standard output; it cannot be combined with -r, --files-from or --in-place",
                ));
            }
            if inputs.iter().any(|i| matches!(i, Input::Stdin)) {
                return Err(usage(
                    "-r, --files-from and --in-place take files, not standard input",
                ));
            }
            if c.output.is_none() && !c.in_place {
                return Err(usage(
                    "-r and --files-from need an output directory (-o DIR) or --in-place",
                ));
            }
            if dash {
                return Err(usage(
                    "-o -: -r and --files-from write files into a directory, not to standard output",
                ));
            }
            if c.files_from.is_none() && inputs.is_empty() {
                return Err(usage("no input files or directories given"));
            }
            if !c.recursive && c.files_from.is_some() && !inputs.is_empty() {
                return Err(usage("give files either as arguments or with --files-from, not both"));
            }
            Plan::Files { roots: args.files.clone(), files_from: c.files_from, out_dir: c.output }
        } else {
            if c.shard.is_some() {
                return Err(usage("--shard splits the files of -r or --files-from"));
            }
            let output = c.output.filter(|_| !dash);
            if c.skip_existing && output.is_none() {
                return Err(usage("--skip-existing needs an output (-o FILE or -o DIR)"));
            }
            Plan::Stream { output }
        };
        let shard = c.shard.as_deref().map(Shard::parse).transpose().map_err(usage)?;
        let inputs = if inputs.is_empty() { vec![Input::Stdin] } else { inputs };
        let settings = Settings {
            cleaner,
            site,
            explain: args.explain,
            color,
            field,
            field_name: c.input.field.clone(),
            url_field,
            annotate: c.annotate,
            on_error: match c.on_error {
                OnErrorArg::Report | OnErrorArg::Pass => OnError::Report,
                OnErrorArg::Skip => OnError::Skip,
                OnErrorArg::Fail => OnError::Fail,
            },
            batch_bytes: c.batch_bytes,
            threads,
        };
        let progress = !c.quiet && (c.progress || std::io::stderr().is_terminal());
        Ok(Config {
            settings,
            inputs,
            format_flag,
            keep_encoding: c.keep_encoding,
            quiet: c.quiet,
            plan,
            existing: if c.in_place {
                Existing::InPlace
            } else if c.force {
                Existing::Replace
            } else {
                Existing::Keep
            },
            skip_existing: c.skip_existing,
            recursive: c.recursive,
            stats: args.stats,
            stats_json: c.stats_json.as_deref().map(|p| task_path(p, &task_id())),
            malformed_fails: c.on_error == OnErrorArg::Report,
            shard,
            progress,
        })
    }
}

/// The id of the task this process runs as: `DEBOIL_TASK`, or the one Hadoop
/// streaming gives its mappers (`mapreduce_task_id`, `mapred_task_id` before
/// Hadoop 2), or else `pid` and the process id, unique among the processes alive
/// on one machine (Spark's `pipe` gives its processes no task id of their own).
fn task_id() -> String {
    ["DEBOIL_TASK", "mapreduce_task_id", "mapred_task_id"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|t| !t.is_empty())
        .unwrap_or_else(|| format!("pid{}", std::process::id()))
}

/// `path` with `{task}` replaced by `task` and `{pid}` by the process id. A task id
/// is used as given except for '/', which would name a directory.
fn task_path(path: &Path, task: &str) -> PathBuf {
    let text = path.to_string_lossy();
    if !text.contains('{') {
        return path.to_path_buf();
    }
    PathBuf::from(
        text.replace("{task}", &task.replace('/', "_"))
            .replace("{pid}", &std::process::id().to_string()),
    )
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
    let mut builder = Cleaner::builder();
    if let Some(path) = &args.model {
        let text = std::fs::read_to_string(path)
            .map_err(|e| UsageError(format!("--model: cannot read {}: {e}", path.display())))?;
        let model = deboil::LineModel::parse(&path.display().to_string(), &text)
            .map_err(|e| UsageError(e.to_string()))?;
        builder = builder.model(model);
    }
    builder
        .learned(!args.no_model)
        .rules(rules.clone())
        .selection(selection)
        .detectors(!args.no_detectors)
        .drop_title(args.drop_title)
        .mode(match args.mode {
            ModeArg::Conservative => Mode::Conservative,
            ModeArg::Balanced => Mode::Balanced,
            ModeArg::Aggressive => Mode::Aggressive,
        })
        .build()
        .map_err(|e| UsageError(format!("cannot compile the rules: {e}")).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_path_fills_placeholders() {
        let pid = std::process::id().to_string();
        for (path, want) in [
            ("stats.json", "stats.json".to_string()),
            ("s/{task}.json", "s/attempt_1_m_000003_0.json".to_string()),
            ("s/{pid}.json", format!("s/{pid}.json")),
            ("{task}-{pid}", format!("attempt_1_m_000003_0-{pid}")),
        ] {
            assert_eq!(task_path(Path::new(path), "attempt_1_m_000003_0"), PathBuf::from(want));
        }
        assert_eq!(task_path(Path::new("{task}"), "a/b"), PathBuf::from("a_b"));
    }
}
