//! The cleaning run: each input is opened (and decompressed), cleaned by the
//! streaming [`pipeline`](super::pipeline) and written to standard output, to one
//! output file, or (in a tree run) to its own output file, several files at once.
//! One input that cannot be read is reported and counted; the others are still
//! processed and the run ends with exit code 1.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::Instant;

use rayon::prelude::*;

use super::config::{Config, Input, Plan};
use super::encoding::Encoder;
use super::format::Format;
use super::input::{self, FileJob, Opened};
use super::output::{self, Output};
use super::pipeline::{clean_stream, StreamEnd, StreamError};
use super::progress::Progress;
use super::stats::Stats;
use super::Outcome;

pub fn run(config: &Config) -> anyhow::Result<Outcome> {
    // A second call (there is none in the binary) would keep the first pool.
    let _ = rayon::ThreadPoolBuilder::new().num_threads(config.settings.threads).build_global();
    let started = Instant::now();
    let (stats, failed) = match &config.plan {
        Plan::Stream { output } => match run_stream(config, output.as_deref())? {
            Some(done) => done,
            // Standard output was closed: end quietly.
            None => return Ok(Outcome::Done),
        },
        Plan::Files { roots, files_from, out_dir } => {
            run_files(config, roots, files_from.as_deref(), out_dir.as_deref())?
        }
    };
    let wall = started.elapsed();
    let mut failed = failed;
    if config.stats {
        let _ = stats.print(&mut io::stderr().lock(), wall);
    }
    if let Some(path) = &config.stats_json {
        let text = serde_json::to_string_pretty(&stats.to_json(wall)).expect("json") + "\n";
        // The directory is made if missing: tasks of a cluster job each name a
        // file in one shared directory that nobody created beforehand.
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
        if let Err(e) =
            dir.map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(path, text))
        {
            eprintln!("deboil: {}: cannot write the statistics: {e}", path.display());
            failed = true;
        }
    }
    Ok(if failed { Outcome::SomeFailed } else { Outcome::Done })
}

/// Settles an opened input's format (counting one that came from its first bytes)
/// and says on standard error when the input was decoded from UTF-16 or UTF-32.
fn prepare(
    config: &Config,
    opened: &mut Opened,
    path: Option<&Path>,
    name: &str,
    stats: &mut Stats,
    progress: &Progress,
) -> Format {
    let (format, sniffed) =
        input::settle_format(opened, path, config.format_flag, &config.settings.field);
    if sniffed {
        match format {
            Format::Jsonl => stats.sniffed_jsonl += 1,
            Format::Nul => stats.sniffed_nul += 1,
            Format::Text => {}
        }
    }
    if let Some(e) = opened.encoding {
        stats.decoded += 1;
        if !config.quiet {
            let out = if config.keep_encoding { e.name() } else { "UTF-8" };
            progress.message(&format!(
                "deboil: {name}: {} text (byte-order mark), cleaned as UTF-8, written as {out}",
                e.name()
            ));
        }
    }
    format
}

/// Cleans one opened input into `sink`, encoded back to its own encoding with
/// `--keep-encoding`.
fn clean_into<W: Write + Send>(
    config: &Config,
    name: &str,
    format: Format,
    opened: Opened,
    sink: &mut W,
    owed: &mut Option<u8>,
    progress: &Progress,
) -> StreamEnd {
    let s = &config.settings;
    match opened.encoding.filter(|_| config.keep_encoding) {
        None => clean_stream(s, name, format, opened, sink, owed, progress),
        Some(e) => {
            let mut encoder = Encoder::new(&mut *sink, e);
            let mut end = clean_stream(s, name, format, opened, &mut encoder, owed, progress);
            if end.error.is_none() {
                if let Err(err) = encoder.finish() {
                    end.error = Some(StreamError::Write(err));
                }
            }
            end
        }
    }
}

/// Whether a finished stream makes the run fail (exit code 1).
fn stream_failed(config: &Config, end: &StreamEnd) -> bool {
    end.error.is_some() || (config.malformed_fails && end.stats.malformed > 0)
}

/// All inputs one after another into one sink. `None` when standard output was
/// closed by the reader.
fn run_stream(config: &Config, output: Option<&Path>) -> anyhow::Result<Option<(Stats, bool)>> {
    if let Some(skipped) = skipped_stream(config, output) {
        return Ok(Some((skipped, false)));
    }
    let total = config
        .inputs
        .iter()
        .map(|i| match i {
            Input::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
            Input::Stdin => None,
        })
        .sum::<Option<u64>>();
    let progress = Progress::new(config.progress, total);
    let mut file = match output {
        Some(p) => Some(
            Output::create(p, config.existing)
                .map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))?,
        ),
        None => None,
    };
    let mut stdout = io::stdout();
    let mut stats = Stats::default();
    let mut failed = false;
    let mut incomplete = false;
    let mut stdin_used = false;
    // The terminator the last input's output lacks (see `clean_stream`).
    let mut owed = None;
    for input in &config.inputs {
        let name = input.name();
        let path = match input {
            Input::Stdin => None,
            Input::File(p) => Some(p.as_path()),
        };
        if path.is_none() {
            if stdin_used {
                progress.message(&format!("deboil: {name}: standard input was already read"));
                stats.unreadable += 1;
                failed = true;
                continue;
            }
            stdin_used = true;
        }
        let mut opened = match input::open(path) {
            Ok(o) => o,
            Err(e) => {
                progress.message(&format!("deboil: {name}: {e}"));
                stats.unreadable += 1;
                failed = true;
                incomplete = true;
                continue;
            }
        };
        let format = prepare(config, &mut opened, path, &name, &mut stats, &progress);
        let end = match &mut file {
            Some(f) => clean_into(config, &name, format, opened, f, &mut owed, &progress),
            None => clean_into(config, &name, format, opened, &mut stdout, &mut owed, &progress),
        };
        failed |= stream_failed(config, &end);
        stats.merge(&end.stats);
        match end.error {
            None => {}
            Some(StreamError::Read(msg)) => {
                progress.message(&format!("deboil: {msg}"));
                stats.unreadable += 1;
                incomplete = true;
            }
            Some(StreamError::Write(e)) => {
                progress.finish();
                // A pipe closed by its reader, as `head` does, ends the run quietly.
                if e.kind() == io::ErrorKind::BrokenPipe
                    && file.as_ref().is_none_or(Output::is_through)
                {
                    return Ok(None);
                }
                let what =
                    output.map_or("standard output".to_string(), |p| p.display().to_string());
                return Err(anyhow::Error::new(e).context(format!("cannot write to {what}")));
            }
            Some(StreamError::Stopped) => {
                incomplete = true;
                break;
            }
        }
    }
    progress.finish();
    if let (Some(f), Some(p)) = (file, output) {
        if incomplete {
            // Dropping `f` removes the temporary file, or cuts off an output
            // written through, which cannot be taken back.
            let done = if f.is_through() { "incomplete" } else { "not written" };
            drop(f);
            eprintln!("deboil: {}: {done}, because an input failed", p.display());
        } else if let Err(e) = f.commit() {
            eprintln!("deboil: {}: cannot write: {e}", p.display());
            failed = true;
        }
    }
    Ok(Some((stats, failed)))
}

/// With `--skip-existing` and an output that is already there: the statistics of
/// the run that reads nothing (every input counted as skipped).
fn skipped_stream(config: &Config, output: Option<&Path>) -> Option<Stats> {
    let done = config.skip_existing && output.is_some_and(output::is_finished);
    done.then(|| Stats { skipped_files: config.inputs.len() as u64, ..Stats::default() })
}

/// Each file into its own output, several at once.
fn run_files(
    config: &Config,
    roots: &[PathBuf],
    files_from: Option<&Path>,
    out_dir: Option<&Path>,
) -> anyhow::Result<(Stats, bool)> {
    let recursive = config.recursive;
    let mut failed = false;
    let mut stats = Stats::default();
    let mut jobs = Vec::new();
    let target = |rel: &Path, input: &Path| match out_dir {
        Some(dir) => dir.join(rel),
        None => input.to_path_buf(),
    };
    for root in roots {
        if recursive && root.is_dir() {
            match input::walk(root, out_dir) {
                Ok(files) => jobs.extend(files.into_iter().map(|rel| {
                    let input = root.join(&rel);
                    FileJob { output: target(&rel, &input), input, rel }
                })),
                Err(e) => {
                    eprintln!("deboil: {}: {e}", root.display());
                    stats.unreadable += 1;
                    failed = true;
                }
            }
        } else {
            let rel = PathBuf::from(root.file_name().unwrap_or(root.as_os_str()));
            jobs.push(FileJob { output: target(&rel, root), input: root.clone(), rel });
        }
    }
    if let Some(list) = files_from {
        let paths = input::read_list(list)
            .map_err(|e| anyhow::anyhow!("{}: cannot read the file list: {e}", list.display()))?;
        for p in paths {
            match input::relative_for_output(&p) {
                Some(rel) => jobs.push(FileJob { output: target(&rel, &p), input: p, rel }),
                None => {
                    eprintln!(
                        "deboil: {}: a listed path must stay below the output directory (no '..')",
                        p.display()
                    );
                    stats.unreadable += 1;
                    failed = true;
                }
            }
        }
    }
    if let Some(shard) = config.shard {
        // Shards are decided on the path relative to the tree root or as listed, so
        // machines that mount the crawl at different places still agree.
        jobs.retain(|j| shard.contains(&j.rel));
    }
    if config.skip_existing {
        let before = jobs.len();
        jobs.retain(|j| !output::is_finished(&j.output));
        stats.skipped_files += (before - jobs.len()) as u64;
    }
    if let (Some(dir), false) = (out_dir, jobs.is_empty()) {
        // Made here so that a link to a directory not made yet is followed; when
        // it cannot be made, each file's output says why.
        let _ = output::make_dir(dir);
    }
    let total = jobs.iter().filter_map(|j| std::fs::metadata(&j.input).ok()).map(|m| m.len()).sum();
    let progress = Progress::new(config.progress, Some(total));
    let stop = AtomicBool::new(false);
    let totals = Mutex::new((stats, failed));
    // One file per task; each file's documents are cleaned in parallel too, so a
    // few large files still use every thread.
    jobs.par_iter().with_max_len(1).for_each(|job| {
        if stop.load(Ordering::Relaxed) {
            return;
        }
        let (st, bad, stopped) = clean_file(config, job, &progress);
        if stopped {
            stop.store(true, Ordering::Relaxed);
        }
        let mut t = totals.lock().expect("totals");
        t.0.merge(&st);
        t.1 |= bad;
    });
    progress.finish();
    Ok(totals.into_inner().expect("totals"))
}

/// Cleans one file of a tree run: (stats, failed, stop the run).
fn clean_file(config: &Config, job: &FileJob, progress: &Progress) -> (Stats, bool, bool) {
    let name = job.input.display().to_string();
    let mut stats = Stats::default();
    // Before the input is opened: a named pipe is not held, nor a large file read,
    // for an output that will be refused.
    if let Err(e) = output::check(&job.output, config.existing) {
        progress.message(&format!("deboil: {}: {e}", job.output.display()));
        stats.unreadable += 1;
        return (stats, true, false);
    }
    let mut opened = match input::open(Some(&job.input)) {
        Ok(o) => o,
        Err(e) => {
            progress.message(&format!("deboil: {name}: {e}"));
            stats.unreadable += 1;
            return (stats, true, false);
        }
    };
    let mut out = match Output::create(&job.output, config.existing) {
        Ok(o) => o,
        Err(e) => {
            progress.message(&format!("deboil: {}: {e}", job.output.display()));
            stats.unreadable += 1;
            return (stats, true, false);
        }
    };
    let format = prepare(config, &mut opened, Some(&job.input), &name, &mut stats, progress);
    let end = clean_into(config, &name, format, opened, &mut out, &mut None, progress);
    let failed = stream_failed(config, &end);
    stats.merge(&end.stats);
    match end.error {
        None => {
            if let Err(e) = out.commit() {
                progress.message(&format!("deboil: {}: cannot write: {e}", job.output.display()));
                stats.unreadable += 1;
                return (stats, true, false);
            }
            (stats, failed, false)
        }
        Some(StreamError::Read(msg)) => {
            progress.message(&format!("deboil: {msg}"));
            stats.unreadable += 1;
            (stats, true, false)
        }
        Some(StreamError::Write(e)) => {
            progress.message(&format!("deboil: {}: cannot write: {e}", job.output.display()));
            stats.unreadable += 1;
            (stats, true, false)
        }
        Some(StreamError::Stopped) => (stats, true, true),
    }
}
