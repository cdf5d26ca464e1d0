//! `deboil eval`: clean a labelled sample with the current rules and score the result
//! against its gold (the metrics live in the library's [`deboil::eval`]).
//!
//! A sample is a directory of raw `X.txt` beside a directory of gold `X.txt` (article
//! text) or `X.json` (snippets), or one JSON-lines file with a raw and a gold field per
//! line. Each raw document is cleaned exactly as `deboil` would clean it, the output is
//! decoded as UTF-8 with replacement (as the reference scorer does) and scored. One
//! unreadable pair is reported and left out; the others are still scored.

use std::fs;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use deboil::eval::{SnippetDoc, SnippetSummary, Snippets, TokenDoc, TokenSummary};
use deboil::Cleaner;
use serde_json::{json, Value};

use super::args::{EvalArgs, SampleArgs};
use super::config::{build_cleaner, UsageError};
use super::Outcome;

/// What a document is scored against.
pub(super) enum Gold {
    /// Article text: word-token metrics.
    Text(String),
    /// Snippets that must stay and must go.
    Snippets(Snippets),
}

/// One labelled document.
pub(super) struct Sample {
    pub id: String,
    pub raw: Vec<u8>,
    pub gold: Gold,
    /// The page's URL, when the sample says (a JSON-lines `url` field).
    pub url: Option<String>,
}

/// Where the samples come from.
pub(super) enum Source {
    Dirs { raw: PathBuf, gold: PathBuf },
    Jsonl { path: PathBuf, raw_field: String, gold_field: String, id_field: String },
}

/// A quality floor that makes the run fail.
#[derive(Default)]
struct Checks {
    min_f1: Option<f64>,
    max_gold_lost: Option<f64>,
}

/// Everything an evaluation run needs, validated.
struct EvalConfig {
    cleaner: Cleaner,
    source: Source,
    per_doc: Option<PathBuf>,
    json: bool,
    worst: usize,
    checks: Checks,
}

impl EvalConfig {
    fn from_args(args: &EvalArgs) -> anyhow::Result<EvalConfig> {
        for (flag, value) in [("--min-f1", args.min_f1), ("--max-gold-lost", args.max_gold_lost)] {
            if let Some(v) = value {
                if !(0.0..=1.0).contains(&v) {
                    return Err(UsageError(format!("{flag}: {v} is not between 0 and 1")).into());
                }
            }
        }
        // clap enforces one of the two forms.
        let source = Source::of(&args.sample)
            .ok_or_else(|| UsageError("give --raw DIR --gold DIR, or --sample FILE".into()))?;
        Ok(EvalConfig {
            cleaner: build_cleaner(&args.rules)?,
            source,
            per_doc: args.per_doc.clone(),
            json: args.json,
            worst: args.worst,
            checks: Checks { min_f1: args.min_f1, max_gold_lost: args.max_gold_lost },
        })
    }
}

/// The scores of one document.
enum Score {
    Tokens(TokenDoc),
    Snippets(SnippetDoc),
}

struct Scored {
    id: String,
    score: Score,
}

impl Scored {
    fn metric(&self) -> &'static str {
        match self.score {
            Score::Tokens(_) => "tokens",
            Score::Snippets(_) => "snippets",
        }
    }

    fn f1(&self) -> f64 {
        match &self.score {
            Score::Tokens(d) => d.bow.f1(),
            Score::Snippets(d) => d.counts.f1(),
        }
    }

    /// Gold units lost, gold units present in the input, and the share lost.
    fn loss(&self) -> (u64, u64, f64) {
        match &self.score {
            Score::Tokens(d) => (d.gold_lost(), d.gold_in_input, d.gold_lost_share()),
            Score::Snippets(d) => (d.gold_lost(), d.with_in_input, d.gold_lost_share()),
        }
    }
}

/// Both summaries; a kind of gold absent from the sample has none.
struct Summary {
    documents: usize,
    unreadable: usize,
    tokens: Option<TokenSummary>,
    snippets: Option<SnippetSummary>,
}

pub fn run(args: &EvalArgs) -> anyhow::Result<Outcome> {
    let config = EvalConfig::from_args(args)?;
    let mut scored = Vec::new();
    let mut unreadable = 0;
    for sample in samples(&config.source)? {
        match sample {
            Ok(sample) => scored.push(score(&config.cleaner, sample)),
            Err(message) => {
                eprintln!("deboil: {message}");
                unreadable += 1;
            }
        }
    }
    if scored.is_empty() {
        anyhow::bail!("no document could be scored");
    }
    let summary = summarise(&scored, unreadable);
    if let Some(path) = &config.per_doc {
        write_per_doc(path, &scored).with_context(|| format!("cannot write {}", path.display()))?;
    }
    let written = if config.json {
        let mut out = io::stdout().lock();
        writeln!(out, "{}", summary_json(&summary)).and_then(|_| out.flush())
    } else {
        let mut out = io::BufWriter::new(io::stdout().lock());
        write_tables(&mut out, &summary, &scored, config.worst).and_then(|_| out.flush())
    };
    if let Err(e) = written {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(anyhow::Error::new(e).context("cannot write to standard output"));
        }
    }
    let failures = check(&summary, &config.checks);
    for f in &failures {
        eprintln!("deboil: {f}");
    }
    Ok(if failures.is_empty() && unreadable == 0 { Outcome::Done } else { Outcome::SomeFailed })
}

/// Cleans one sample and scores the output.
fn score(cleaner: &Cleaner, sample: Sample) -> Scored {
    let cleaned = cleaner.clean_site(&sample.raw, None);
    let output = cleaned.output();
    let output = String::from_utf8_lossy(&output);
    let raw = String::from_utf8_lossy(&sample.raw);
    let score = match &sample.gold {
        Gold::Text(gold) => Score::Tokens(TokenDoc::score(&raw, &output, gold)),
        Gold::Snippets(gold) => Score::Snippets(SnippetDoc::score(&raw, &output, gold)),
    };
    Scored { id: sample.id, score }
}

fn summarise(scored: &[Scored], unreadable: usize) -> Summary {
    let mut tokens = Vec::new();
    let mut snippets = Vec::new();
    for s in scored {
        match &s.score {
            Score::Tokens(d) => tokens.push(d.clone()),
            Score::Snippets(d) => snippets.push(*d),
        }
    }
    Summary {
        documents: scored.len(),
        unreadable,
        tokens: (!tokens.is_empty()).then(|| TokenSummary::of(&tokens)),
        snippets: (!snippets.is_empty()).then(|| SnippetSummary::of(&snippets)),
    }
}

/// The checks that failed, as messages.
fn check(summary: &Summary, checks: &Checks) -> Vec<String> {
    let mut figures = Vec::new();
    if let Some(t) = &summary.tokens {
        figures.push(("word tokens", t.f1, t.gold_lost));
    }
    if let Some(s) = &summary.snippets {
        figures.push(("snippets", s.f1, s.gold_lost));
    }
    let mut failures = Vec::new();
    for (what, f1, gold_lost) in figures {
        if let Some(min) = checks.min_f1 {
            if f1 < min {
                failures.push(format!(
                    "quality check failed: F1 {f1:.4} ({what}) is below --min-f1 {min}"
                ));
            }
        }
        if let Some(max) = checks.max_gold_lost {
            if gold_lost > max {
                failures.push(format!(
                    "quality check failed: gold lost {gold_lost:.4} ({what}) is above --max-gold-lost {max}"
                ));
            }
        }
    }
    failures
}

// ---------- reading samples ----------

pub(super) type SampleResult = Result<Sample, String>;

impl Source {
    /// The sample the command line names, if it names one.
    pub(super) fn of(args: &SampleArgs) -> Option<Source> {
        match (&args.raw, &args.gold, &args.sample) {
            (Some(raw), Some(gold), None) => {
                Some(Source::Dirs { raw: raw.clone(), gold: gold.clone() })
            }
            (None, None, Some(path)) => Some(Source::Jsonl {
                path: path.clone(),
                raw_field: args.raw_field.clone(),
                gold_field: args.gold_field.clone(),
                id_field: args.id_field.clone(),
            }),
            _ => None,
        }
    }
}

pub(super) fn samples(
    source: &Source,
) -> anyhow::Result<Box<dyn Iterator<Item = SampleResult> + '_>> {
    match source {
        Source::Dirs { raw, gold } => dir_samples(raw, gold),
        Source::Jsonl { path, raw_field, gold_field, id_field } => {
            jsonl_samples(path, raw_field, gold_field, id_field)
        }
    }
}

/// `RAW/X.txt` paired with `GOLD/X.txt` or `GOLD/X.json`, in the order of X.
fn dir_samples<'a>(
    raw: &'a Path,
    gold: &'a Path,
) -> anyhow::Result<Box<dyn Iterator<Item = SampleResult> + 'a>> {
    if !gold.is_dir() {
        return Err(UsageError(format!("--gold: {} is not a directory", gold.display())).into());
    }
    let entries = fs::read_dir(raw)
        .map_err(|e| UsageError(format!("--raw: cannot read {}: {e}", raw.display())))?;
    let mut ids = Vec::new();
    for entry in entries {
        let path = entry.with_context(|| format!("cannot read {}", raw.display()))?.path();
        if path.extension().is_some_and(|e| e == "txt") && !path.is_dir() {
            if let Some(stem) = path.file_stem() {
                ids.push(stem.to_string_lossy().into_owned());
            }
        }
    }
    if ids.is_empty() {
        return Err(UsageError(format!("--raw: {} holds no .txt files", raw.display())).into());
    }
    // The id order, not the file-name order, so that sums run in score.py's order.
    ids.sort();
    Ok(Box::new(ids.into_iter().map(move |id| {
        let raw_path = raw.join(format!("{id}.txt"));
        let raw = fs::read(&raw_path).map_err(|e| format!("{}: {e}", raw_path.display()))?;
        let text_path = gold.join(format!("{id}.txt"));
        let json_path = gold.join(format!("{id}.json"));
        let gold = if text_path.is_file() {
            let bytes =
                fs::read(&text_path).map_err(|e| format!("{}: {e}", text_path.display()))?;
            Gold::Text(String::from_utf8_lossy(&bytes).into_owned())
        } else if json_path.is_file() {
            let bytes =
                fs::read(&json_path).map_err(|e| format!("{}: {e}", json_path.display()))?;
            let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
                format!("{}:{}:{}: {}", json_path.display(), e.line(), e.column(), json_error(&e))
            })?;
            Gold::Snippets(
                snippets(&value).map_err(|what| format!("{}: {what}", json_path.display()))?,
            )
        } else {
            return Err(format!(
                "{}: no gold for it (neither {} nor {})",
                raw_path.display(),
                text_path.display(),
                json_path.display()
            ));
        };
        Ok(Sample { id, raw, gold, url: None })
    })))
}

/// One sample per non-blank line of a JSON-lines file.
fn jsonl_samples<'a>(
    path: &'a Path,
    raw_field: &'a str,
    gold_field: &'a str,
    id_field: &'a str,
) -> anyhow::Result<Box<dyn Iterator<Item = SampleResult> + 'a>> {
    let (name, reader): (String, Box<dyn Read>) = if path.as_os_str() == "-" {
        ("<stdin>".into(), Box::new(io::stdin()))
    } else {
        let file = fs::File::open(path)
            .map_err(|e| UsageError(format!("--sample: cannot read {}: {e}", path.display())))?;
        (path.display().to_string(), Box::new(file))
    };
    let mut reader = BufReader::new(reader);
    let mut line_no = 0u64;
    let mut buf = Vec::new();
    Ok(Box::new(std::iter::from_fn(move || loop {
        buf.clear();
        line_no += 1;
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => return None,
            Ok(_) => {}
            Err(e) => return Some(Err(format!("{name}:{line_no}: {e}"))),
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let at = |what: String| format!("{name}:{line_no}: {what}");
        return Some(
            serde_json::from_slice::<Value>(&buf).map_err(|e| at(json_error(&e))).and_then(|v| {
                jsonl_sample(&v, line_no, raw_field, gold_field, id_field).map_err(at)
            }),
        );
    })))
}

fn jsonl_sample(
    value: &Value,
    line_no: u64,
    raw_field: &str,
    gold_field: &str,
    id_field: &str,
) -> Result<Sample, String> {
    let Value::Object(map) = value else {
        return Err("not a JSON object".into());
    };
    let raw = match map.get(raw_field) {
        Some(Value::String(s)) => s.clone().into_bytes(),
        Some(_) => return Err(format!("field '{raw_field}' is not a string")),
        None => return Err(format!("no field '{raw_field}' (the raw text; see --raw-field)")),
    };
    let gold = match map.get(gold_field) {
        Some(Value::String(s)) => Gold::Text(s.clone()),
        Some(v @ Value::Object(_)) => {
            Gold::Snippets(snippets(v).map_err(|what| format!("field '{gold_field}': {what}"))?)
        }
        Some(_) => {
            return Err(format!(
                "field '{gold_field}' is neither a string nor a {{\"with\", \"without\"}} object"
            ))
        }
        None => return Err(format!("no field '{gold_field}' (the gold; see --gold-field)")),
    };
    let id = match map.get(id_field) {
        Some(Value::String(s)) => s.clone(),
        Some(v @ Value::Number(_)) => v.to_string(),
        _ => format!("line {line_no}"),
    };
    let url = map.get("url").and_then(Value::as_str).map(str::to_string);
    Ok(Sample { id, raw, gold, url })
}

/// Snippets from `{"with": [...], "without": [...]}`; other fields are ignored.
fn snippets(value: &Value) -> Result<Snippets, String> {
    let list = |key: &str| -> Result<Vec<String>, String> {
        let wrong = || format!("\"{key}\" must be a list of strings");
        match value.get(key) {
            Some(Value::Array(items)) => {
                items.iter().map(|v| v.as_str().map(str::to_string).ok_or_else(wrong)).collect()
            }
            Some(_) => Err(wrong()),
            None => Err(format!("no \"{key}\" list (gold snippets need \"with\" and \"without\")")),
        }
    };
    if !value.is_object() {
        return Err("not a JSON object with \"with\" and \"without\" lists".into());
    }
    Ok(Snippets { with: list("with")?, without: list("without")? })
}

/// serde_json's message without its own " at line L column C" (we print `path:L:C:`).
fn json_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

// ---------- output ----------

fn write_tables(
    out: &mut impl Write,
    summary: &Summary,
    scored: &[Scored],
    worst: usize,
) -> io::Result<()> {
    write!(out, "deboil eval: {}", documents(summary.documents))?;
    if summary.unreadable > 0 {
        write!(out, " ({} more could not be read)", summary.unreadable)?;
    }
    writeln!(out)?;
    if let Some(t) = &summary.tokens {
        writeln!(out)?;
        writeln!(
            out,
            "{:<34} {:>6} {:>6} {:>6}",
            format!("word tokens, {}", documents(t.documents)),
            "P",
            "R",
            "F1"
        )?;
        let rows = [
            ("bow macro", t.precision, t.recall, t.f1),
            ("bow micro", t.precision_micro, t.recall_micro, t.f1_micro),
            ("shingle-4 macro (scrapinghub)", t.shingle_precision, t.shingle_recall, t.shingle_f1),
        ];
        for (name, p, r, f) in rows {
            writeln!(out, "  {name:<32} {p:6.3} {r:6.3} {f:6.3}")?;
        }
        writeln!(
            out,
            "  non-gold removed {:.3}   gold lost {:.3}   words in/out {}/{}   empty outputs {}",
            t.nongold_removed, t.gold_lost, t.words_in, t.words_out, t.empty_outputs
        )?;
    }
    if let Some(s) = &summary.snippets {
        writeln!(out)?;
        writeln!(
            out,
            "{:<34} {:>6} {:>6} {:>6} {:>6}",
            format!("snippets, {}", documents(s.documents)),
            "P",
            "R",
            "F1",
            "acc"
        )?;
        writeln!(
            out,
            "  {:<32} {:6.3} {:6.3} {:6.3} {:6.3}",
            "trafilatura eval", s.precision, s.recall, s.f1, s.accuracy
        )?;
        writeln!(
            out,
            "  non-gold removed {:.3}   gold lost {:.3}   snippets in input {} with, {} without   empty outputs {}",
            s.nongold_removed, s.gold_lost, s.with_in_input, s.without_in_input, s.empty_outputs
        )?;
    }
    if worst == 0 {
        return Ok(());
    }
    let mut losers: Vec<&Scored> = scored.iter().filter(|s| s.loss().0 > 0).collect();
    // Largest share first; at equal shares the larger loss, then the id for a stable order.
    losers.sort_by(|a, b| {
        let (la, _, sa) = a.loss();
        let (lb, _, sb) = b.loss();
        sb.total_cmp(&sa).then(lb.cmp(&la)).then_with(|| a.id.cmp(&b.id))
    });
    writeln!(out)?;
    if losers.is_empty() {
        return writeln!(out, "no document lost gold");
    }
    let shown = losers.len().min(worst);
    writeln!(
        out,
        "{} that lost the most gold (of {} that lost some)",
        documents(shown),
        losers.len()
    )?;
    writeln!(out, "  {:>6} {:>13} {:<8} {:>6}  id", "lost", "of input", "metric", "F1")?;
    for s in &losers[..shown] {
        let (lost, present, share) = s.loss();
        writeln!(
            out,
            "  {share:6.3} {:>13} {:<8} {:6.3}  {}",
            format!("{lost}/{present}"),
            s.metric(),
            s.f1(),
            s.id
        )?;
    }
    Ok(())
}

fn documents(n: usize) -> String {
    if n == 1 {
        "1 document".to_string()
    } else {
        format!("{n} documents")
    }
}

fn summary_json(summary: &Summary) -> Value {
    let tokens = summary.tokens.as_ref().map(|t| {
        json!({
            "documents": t.documents,
            "F1": t.f1, "P": t.precision, "R": t.recall,
            "F1_micro": t.f1_micro, "P_micro": t.precision_micro, "R_micro": t.recall_micro,
            "SH_F1": t.shingle_f1, "SH_P": t.shingle_precision, "SH_R": t.shingle_recall,
            "nongold_removed": t.nongold_removed, "gold_lost": t.gold_lost,
            "words_in": t.words_in, "words_out": t.words_out, "empty": t.empty_outputs,
        })
    });
    let snippets = summary.snippets.as_ref().map(|s| {
        json!({
            "documents": s.documents,
            "F1": s.f1, "P": s.precision, "R": s.recall, "ACC": s.accuracy,
            "nongold_removed": s.nongold_removed, "gold_lost": s.gold_lost,
            "with_in_input": s.with_in_input, "without_in_input": s.without_in_input,
            "empty": s.empty_outputs,
        })
    });
    json!({
        "documents": summary.documents,
        "unreadable": summary.unreadable,
        "tokens": tokens,
        "snippets": snippets,
    })
}

/// One tab-separated line per document. `tn` is empty for token scores; for snippets
/// the gold units are `with` snippets.
fn write_per_doc(path: &Path, scored: &[Scored]) -> io::Result<()> {
    let mut out = io::BufWriter::new(fs::File::create(path)?);
    writeln!(
        out,
        "id\tmetric\ttp\tfp\tfn\ttn\tP\tR\tF1\tgold_in_input\tgold_lost\tgold_lost_share"
    )?;
    for s in scored {
        let (counts, tn) = match &s.score {
            Score::Tokens(d) => (d.bow, String::new()),
            Score::Snippets(d) => (d.counts, d.tn.to_string()),
        };
        let (p, r) = counts.precision_recall();
        let (lost, present, share) = s.loss();
        writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{tn}\t{p:.4}\t{r:.4}\t{:.4}\t{present}\t{lost}\t{share:.4}",
            s.id,
            s.metric(),
            counts.tp,
            counts.fp,
            counts.fn_,
            s.f1()
        )?;
    }
    out.flush()
}
