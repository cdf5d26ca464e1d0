//! `deboil mine`: reads a corpus, counts the lines that repeat across documents
//! with [`deboil::mine::Counter`], and prints the frequent ones as candidate rules
//! (a pattern file to review, TSV or JSON).
//!
//! Inputs are read like a cleaning run reads them (the same opening, decompression
//! and batching of text, `-z` and JSONL streams); each batch's documents are split
//! and hashed in parallel, then counted in input order, so that the result is the
//! same for any thread count. With `--apply` the inputs are read a second time and
//! cleaned by the usual cleaning run with the mined lines added as rules of
//! category `repeated`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use deboil::mine::{self, Candidate, Counter, LineKey, Summary, Vocabulary};
use deboil::{Category, Cleaner, Mode, RuleSet};
use rayon::prelude::*;

use super::args::{Args, ColorChoice, CorpusArgs, MineArgs, MineFormat, OnErrorArg};
use super::config::{self, Config, UsageError};
use super::format::Format;
use super::input;
use super::jsonl::{self, FieldPath, Found};
use super::pipeline::{fill, Batch};
use super::{run, Outcome};

/// One document of a batch, split and hashed.
struct Prepared {
    id: String,
    group: Option<String>,
    /// The decoded text when the record's JSON string had escapes.
    decoded: Option<Vec<u8>>,
    /// Where the text is in the record otherwise.
    span: (usize, usize),
    keys: Vec<LineKey>,
}

/// What a record of a batch turned out to be.
enum Record {
    Doc(Prepared),
    Skip,
    Bad(String),
}

struct Reading {
    field: FieldPath,
    group_by: Option<FieldPath>,
    format_flag: Option<Format>,
    batch_bytes: usize,
}

pub fn run(args: &MineArgs) -> anyhow::Result<Outcome> {
    if args.min_docs == 0 {
        return Err(UsageError("--min-docs: must be at least 1".into()).into());
    }
    let inputs = list_inputs(args)?;
    if args.apply && inputs.iter().any(Option::is_none) {
        return Err(UsageError(
            "--apply reads the input twice; it cannot read standard input (mine a file, or save the input first)"
                .into(),
        )
        .into());
    }
    let threads = match args.threads {
        Some(0) => return Err(UsageError("--threads: must be at least 1".into()).into()),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let _ = rayon::ThreadPoolBuilder::new().num_threads(threads).build_global();
    let field = FieldPath::parse(&args.input.field).ok_or_else(|| {
        UsageError(format!("--field: '{}' is not a field name", args.input.field))
    })?;
    let group_by = match args.group_by.as_deref() {
        Some(g) => Some(
            FieldPath::parse(g)
                .ok_or_else(|| UsageError(format!("--group-by: '{g}' is not a field name")))?,
        ),
        None => None,
    };
    let rules = config::load_rules(&args.rules)?;
    let checker = Cleaner::builder()
        .rules(rules.clone())
        .selection(config::selection(&args.rules, &[])?)
        .detectors(false)
        .mode(Mode::Balanced)
        .build()
        .map_err(|e| UsageError(format!("cannot compile the rules: {e}")))?;
    let reading = Reading {
        field,
        group_by,
        format_flag: args.input.flag(None),
        batch_bytes: args.batch_bytes.max(1),
    };

    let mut counter = Counter::new(args.max_lines);
    let mut failed = false;
    for path in &inputs {
        failed |= count_input(&reading, path.as_deref(), &mut counter);
    }

    let vocabulary = Vocabulary::new(rules.rules());
    let mut candidates = Vec::new();
    let mut already = 0;
    for mut c in counter.candidates(args.min_docs) {
        // A rule that already removes the line knows its category better than a guess.
        match mine::existing_rule(&checker, &c.line, c.site.as_deref()) {
            Some((rule, category)) => {
                c.existing = Some(rule);
                c.category = category;
            }
            None => c.category = vocabulary.guess(&c.line),
        }
        if c.existing.is_some() {
            already += 1;
            if args.new_only {
                continue;
            }
        }
        candidates.push(c);
        if args.top != 0 && candidates.len() == args.top {
            break;
        }
    }
    let summary = Summary {
        documents: counter.documents(),
        min_docs: args.min_docs,
        max_undercount: counter.max_undercount(),
    };
    if !args.quiet {
        eprintln!(
            "deboil mine: {} documents, {} lines in at least {} documents ({} already removed by a rule), {} shown; {} distinct lines held{}",
            counter.documents(),
            counter.candidates(args.min_docs).len(),
            args.min_docs,
            already,
            candidates.len(),
            counter.len(),
            if counter.prunes() > 0 {
                format!(
                    ", pruned {} times (counts may be low by up to {})",
                    counter.prunes(),
                    counter.max_undercount()
                )
            } else {
                String::new()
            }
        );
    }

    if args.apply {
        return apply(args, &inputs, &candidates, &summary, failed);
    }
    let text = match args.format {
        MineFormat::Pat => mine::render_patterns(&candidates, &summary),
        MineFormat::Tsv => render_tsv(&candidates),
        MineFormat::Json => render_json(&candidates, &summary),
    };
    write_out(args.output.as_deref(), &text)?;
    Ok(if failed { Outcome::SomeFailed } else { Outcome::Done })
}

fn write_out(path: Option<&Path>, text: &str) -> anyhow::Result<()> {
    match path {
        Some(p) => std::fs::write(p, text).with_context(|| format!("cannot write {}", p.display())),
        None => {
            let mut out = io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    Err(anyhow::Error::new(e).context("cannot write to standard output"))
                }
                _ => Ok(()),
            }
        }
    }
}

/// The inputs, in order: files as given, directories walked with `-r`, the
/// `--files-from` list; `None` is standard input.
fn list_inputs(args: &MineArgs) -> anyhow::Result<Vec<Option<PathBuf>>> {
    let mut out = Vec::new();
    for f in &args.files {
        if f.as_os_str() == "-" {
            out.push(None);
        } else if args.recursive && f.is_dir() {
            let files = input::walk(f, None).with_context(|| format!("{}", f.display()))?;
            out.extend(files.into_iter().map(|rel| Some(f.join(rel))));
        } else {
            out.push(Some(f.clone()));
        }
    }
    if let Some(list) = &args.files_from {
        let paths = input::read_list(list)
            .with_context(|| format!("{}: cannot read the file list", list.display()))?;
        out.extend(paths.into_iter().map(Some));
    }
    if out.is_empty() {
        if args.recursive || args.files_from.is_some() {
            return Err(UsageError("no input files found".into()).into());
        }
        out.push(None);
    }
    Ok(out)
}

/// Counts the documents of one input; true when it could not be read whole or
/// held malformed records.
fn count_input(r: &Reading, path: Option<&Path>, counter: &mut Counter) -> bool {
    let name = path.map_or("<stdin>".to_string(), |p| p.display().to_string());
    let mut opened = match input::open(path) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("deboil: {name}: {e}");
            return true;
        }
    };
    let (format, _) = input::settle_format(&mut opened, path, r.format_flag, &r.field);
    let mut failed = false;
    let mut batch = Batch::default();
    let mut first = 1u64;
    loop {
        batch.data.clear();
        batch.recs.clear();
        batch.first = first;
        let result = fill(&mut opened.reader, format, r.batch_bytes, &mut batch);
        first += batch.recs.len() as u64;
        let records: Vec<Record> = batch
            .recs
            .par_iter()
            .enumerate()
            .map(|(k, rec)| {
                prepare(r, &name, format, &batch.data[rec.start..rec.end], batch.first + k as u64)
            })
            .collect();
        for (rec, record) in batch.recs.iter().zip(records) {
            match record {
                Record::Doc(p) => {
                    let text = match &p.decoded {
                        Some(d) => &d[..],
                        None => &batch.data[rec.start..rec.end][p.span.0..p.span.1],
                    };
                    counter.add_document(&p.id, p.group.as_deref(), text, &p.keys);
                }
                Record::Skip => {}
                Record::Bad(msg) => {
                    eprintln!("deboil: {msg} (skipped)");
                    failed = true;
                }
            }
        }
        match result {
            Ok(true) => return failed,
            Ok(false) => {}
            Err(e) => {
                eprintln!("deboil: {name}: cannot read, after record {}: {e}", first - 1);
                return true;
            }
        }
    }
}

fn prepare(r: &Reading, name: &str, format: Format, rec: &[u8], number: u64) -> Record {
    let mut keys = Vec::new();
    match format {
        Format::Text | Format::Nul => {
            mine::document_lines(rec, &mut keys);
            let id = if format == Format::Nul { format!("{name}#{number}") } else { name.into() };
            Record::Doc(Prepared { id, group: None, decoded: None, span: (0, rec.len()), keys })
        }
        Format::Jsonl => {
            if rec.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
                return Record::Skip;
            }
            let scan = match jsonl::scan(rec, &r.field, r.group_by.as_ref()) {
                Ok(s) => s,
                Err(e) => {
                    return Record::Bad(format!(
                        "{name}:{number}:{}: invalid JSON: {}",
                        e.column, e.what
                    ))
                }
            };
            let Found::String { start, end, escaped } = scan.field else { return Record::Skip };
            let decoded = escaped.then(|| {
                let mut d = Vec::new();
                jsonl::decode(&rec[start..end], &mut d);
                d
            });
            let group = match scan.url {
                Found::String { start, end, escaped } => {
                    let mut d = Vec::new();
                    let raw = if escaped {
                        jsonl::decode(&rec[start..end], &mut d);
                        &d[..]
                    } else {
                        &rec[start..end]
                    };
                    std::str::from_utf8(raw).ok().and_then(group_of)
                }
                _ => None,
            };
            mine::document_lines(decoded.as_deref().unwrap_or(&rec[start..end]), &mut keys);
            Record::Doc(Prepared {
                id: format!("{name}:{number}"),
                group,
                decoded,
                span: (start, end),
                keys,
            })
        }
    }
}

/// The group of a `--group-by` value: the host of a URL or a domain, without a
/// leading `www.` (a `site` rule for `example.com` covers `www.example.com`), else
/// the value itself.
fn group_of(value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        None
    } else if v.contains("://") || (!v.contains(char::is_whitespace) && v.contains('.')) {
        deboil::site_of(v).map(|h| h.strip_prefix("www.").map_or(h.clone(), str::to_string))
    } else {
        Some(v.to_string())
    }
}

fn tsv_field(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn groups_text(c: &Candidate) -> String {
    if c.groups_capped {
        format!("{}+", c.groups)
    } else {
        c.groups.to_string()
    }
}

/// One candidate a line: docs, groups, category, site, existing rule, examples, line.
fn render_tsv(candidates: &[Candidate]) -> String {
    let mut out = String::from("docs\tgroups\tcategory\tsite\texisting\texamples\tline\n");
    for c in candidates {
        out.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            c.docs,
            groups_text(c),
            c.category.name(),
            c.site.as_deref().unwrap_or("-"),
            c.existing.as_deref().unwrap_or("-"),
            tsv_field(&c.examples.join(",")),
            tsv_field(&c.line)
        ));
    }
    out
}

fn render_json(candidates: &[Candidate], summary: &Summary) -> String {
    let list: Vec<serde_json::Value> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| {
            serde_json::json!({
                "rule": mine::rule_id(i + 1, c),
                "line": c.line,
                "docs": c.docs,
                "undercount": c.undercount,
                "groups": c.groups,
                "groups_capped": c.groups_capped,
                "site": c.site,
                "category": c.category.name(),
                "existing": c.existing,
                "examples": c.examples,
            })
        })
        .collect();
    let doc = serde_json::json!({
        "documents": summary.documents,
        "min_docs": summary.min_docs,
        "max_undercount": summary.max_undercount,
        "candidates": list,
    });
    serde_json::to_string_pretty(&doc).expect("json") + "\n"
}

/// `--apply`: clean the inputs with the new candidates added as `repeated` rules,
/// through the usual cleaning run (so `-o`, `--explain`, `--annotate`, `--stats`
/// behave as they do there).
fn apply(
    args: &MineArgs,
    inputs: &[Option<PathBuf>],
    candidates: &[Candidate],
    summary: &Summary,
    failed: bool,
) -> anyhow::Result<Outcome> {
    let mined: Vec<Candidate> = candidates
        .iter()
        .filter(|c| c.existing.is_none())
        .map(|c| Candidate { category: Category::Repeated, ..c.clone() })
        .collect();
    let text = mine::render_patterns(&mined, summary);
    // Checked here, so that a line the pattern syntax cannot hold is a clear error
    // rather than a failure of the cleaning run.
    RuleSet::parse("<mined>", &text).map_err(|e| {
        anyhow::anyhow!("the mined rules do not parse: {}", e.iter().next().unwrap())
    })?;
    // The rules reach the cleaning run as a pattern file: --candidates, which then
    // stays for --explain to point into, or else a temporary file.
    let (pat, temporary) = match &args.candidates {
        Some(path) => (path.clone(), false),
        None => {
            (std::env::temp_dir().join(format!("deboil-mine-{}.pat", std::process::id())), true)
        }
    };
    std::fs::write(&pat, &text).with_context(|| format!("cannot write {}", pat.display()))?;
    let mut rules = args.rules.clone();
    rules.patterns.push(pat.clone());
    let clean = Args {
        command: None,
        files: inputs.iter().map(|p| p.clone().unwrap_or_else(|| PathBuf::from("-"))).collect(),
        rules,
        explain: args.explain,
        stats: args.stats,
        color: ColorChoice::Never,
        site: None,
        corpus: CorpusArgs {
            input: args.input.clone(),
            format: None,
            url_field: args.group_by.clone(),
            annotate: args.annotate,
            keep_encoding: false,
            on_error: OnErrorArg::Report,
            output: args.output.clone(),
            recursive: false,
            files_from: None,
            shard: None,
            force: true,
            skip_existing: false,
            in_place: false,
            threads: args.threads,
            batch_bytes: args.batch_bytes,
            progress: false,
            quiet: args.quiet,
            stats_json: None,
        },
    };
    let result = Config::from_args(clean).and_then(|config| run::run(&config));
    if temporary {
        let _ = std::fs::remove_file(&pat);
    }
    let outcome = result?;
    Ok(if failed && outcome == Outcome::Done { Outcome::SomeFailed } else { outcome })
}
