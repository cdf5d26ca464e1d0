//! The streaming pipeline for one input stream: a reader thread splits the
//! (decompressed) stream into batches of whole documents, the rayon pool cleans the
//! documents of a batch in parallel, and a writer thread writes the batches in input
//! order.
//!
//! ```text
//! reader ──batch──▶ [2 waiting] ──▶ clean (rayon, chunks of the batch) ──▶ [2 waiting] ──▶ writer
//!    ▲                                                                                  │
//!    └──────────── emptied batch buffers ◀──────────── output buffers (pool) ◀──────────┘
//! ```
//!
//! Memory is bounded by the batches in flight: at most two waiting for the cleaner,
//! one being cleaned and two waiting for the writer, each about `--batch-bytes` of
//! input and as much output. A batch holds at least one document, so a single huge
//! document makes its batch as big as itself and no bigger; buffers that grew for
//! it are dropped instead of pooled. Order is kept because batches pass each stage
//! one at a time and the chunks of a batch are collected in order; the thread count
//! only changes who cleans which chunk, never the bytes.

use std::cell::RefCell;
use std::io::{self, BufRead, Read, Write};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::Mutex;

use deboil::{Cleaned, Cleaner};
use rayon::prelude::*;

use super::explain::write_explain;
use super::format::{looks_binary, Compression, Format};
use super::input::Opened;
use super::jsonl::{self, FieldPath, Found};
use super::progress::Progress;
use super::stats::Stats;

/// What to do with a malformed JSONL record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    /// Report it on standard error, pass it through unchanged, exit 1 at the end.
    Report,
    /// Drop it and count it.
    Skip,
    /// Stop at the first one.
    Fail,
}

/// How documents are cleaned; shared by all streams of a run.
pub struct Settings {
    pub cleaner: Cleaner,
    /// `--site`: the site of every document.
    pub site: Option<String>,
    pub explain: bool,
    pub color: bool,
    pub field: FieldPath,
    pub field_name: String,
    pub url_field: Option<FieldPath>,
    pub annotate: bool,
    pub on_error: OnError,
    pub batch_bytes: usize,
    pub threads: usize,
}

/// Why a stream ended early.
pub enum StreamError {
    /// The input could not be read or decompressed; the message names it and where.
    Read(String),
    /// The output could not be written.
    Write(io::Error),
    /// `--on-error fail` met a malformed record (already reported).
    Stopped,
}

/// How a stream went.
pub struct StreamEnd {
    pub stats: Stats,
    pub error: Option<StreamError>,
}

#[derive(Clone, Copy)]
pub(super) struct Rec {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether the separator followed (the last record of a stream may lack it).
    delim: bool,
}

#[derive(Default)]
pub(super) struct Batch {
    pub(super) data: Vec<u8>,
    pub(super) recs: Vec<Rec>,
    /// Number (line, or document) of the first record, from 1.
    pub(super) first: u64,
    /// Raw (compressed) input bytes read while filling this batch.
    pub(super) raw: u64,
}

enum FromReader {
    Batch(Batch),
    Failed { err: io::Error, raw: u64, records: u64 },
}

/// The cleaned output of a run of consecutive records of a batch.
struct Chunk {
    out: Vec<u8>,
    stats: Stats,
    messages: Vec<String>,
    stopped: bool,
}

/// Buffers that grew beyond this many batch sizes (for a huge document) are freed
/// rather than kept for reuse.
const KEEP_FACTOR: usize = 4;

/// Cleaned output buffers, reused across batches.
struct Pool {
    free: Mutex<Vec<Vec<u8>>>,
    limit: usize,
}

impl Pool {
    fn take(&self) -> Vec<u8> {
        self.free.lock().expect("pool").pop().unwrap_or_default()
    }

    fn give(&self, mut buf: Vec<u8>) {
        if buf.capacity() <= self.limit {
            buf.clear();
            let mut free = self.free.lock().expect("pool");
            if free.len() < 256 {
                free.push(buf);
            }
        }
    }
}

/// Per-thread scratch space for decoding JSON strings.
#[derive(Default)]
struct Scratch {
    text: Vec<u8>,
    url: Vec<u8>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Cleans one stream into `sink`.
///
/// `owed` carries the end of one stream over to the next in the same output: a
/// stream whose output does not end with its format's terminator (a last line, record
/// or document without one) owes it, and the next stream writes it before its first
/// byte, so that inputs never run into each other. A stream that writes nothing
/// passes the debt on.
pub fn clean_stream<W: Write + Send>(
    s: &Settings,
    name: &str,
    format: Format,
    opened: Opened,
    sink: &mut W,
    owed: &mut Option<u8>,
    progress: &Progress,
) -> StreamEnd {
    let (batch_tx, batch_rx) = sync_channel::<FromReader>(2);
    let (free_tx, free_rx) = channel::<Batch>();
    let (out_tx, out_rx) = sync_channel::<Vec<Vec<u8>>>(2);
    let pool = Pool { free: Mutex::new(Vec::new()), limit: s.batch_bytes * KEEP_FACTOR };
    let compression = opened.compression;
    let mut stats = Stats::default();
    let mut error = None;

    std::thread::scope(|scope| {
        scope.spawn(|| read_batches(opened, format, s.batch_bytes, batch_tx, free_rx));
        let pool = &pool;
        let explain = s.explain;
        let writer = scope.spawn(move || -> io::Result<()> {
            let mut last = None;
            for bufs in out_rx {
                for b in bufs {
                    if let Some(&end) = b.last() {
                        if let Some(sep) = owed.take() {
                            sink.write_all(&[sep])?;
                        }
                        last = Some(end);
                    }
                    sink.write_all(&b)?;
                    pool.give(b);
                }
            }
            if let Some(end) = last {
                let term = format.terminator();
                *owed = (end != term && !explain).then_some(term);
            }
            sink.flush()
        });

        for msg in batch_rx.iter() {
            let batch = match msg {
                FromReader::Batch(b) => b,
                FromReader::Failed { err, raw, records } => {
                    error = Some(StreamError::Read(describe_read_error(
                        name,
                        format,
                        compression,
                        &err,
                        raw,
                        records,
                    )));
                    break;
                }
            };
            let (batch_len, batch_raw) = (batch.data.len() as u64, batch.raw);
            stats.bytes_in += batch_len;
            let chunks = clean_batch(s, name, format, &batch, pool);
            recycle(&free_tx, batch, s.batch_bytes);
            let mut outs = Vec::with_capacity(chunks.len());
            let mut stop = false;
            let before = stats.documents + stats.passed_through + stats.malformed + stats.binary;
            for c in chunks {
                for m in &c.messages {
                    progress.message(m);
                }
                stats.merge(&c.stats);
                stats.bytes_out += c.out.len() as u64;
                outs.push(c.out);
                if c.stopped {
                    stop = true;
                    break;
                }
            }
            progress.cleaned(
                stats.documents + stats.passed_through + stats.malformed + stats.binary - before,
                batch_len,
                batch_raw,
            );
            if out_tx.send(outs).is_err() {
                break; // the writer failed; its error is reported below
            }
            if stop {
                error = Some(StreamError::Stopped);
                break;
            }
        }
        // Unblock the reader if we stopped early, and let the writer finish.
        drop(batch_rx);
        drop(out_tx);
        if let Err(e) = writer.join().expect("writer thread") {
            error = Some(StreamError::Write(e));
        }
    });
    StreamEnd { stats, error }
}

fn recycle(free: &Sender<Batch>, batch: Batch, batch_bytes: usize) {
    if batch.data.capacity() <= batch_bytes * KEEP_FACTOR {
        let _ = free.send(batch);
    }
}

fn describe_read_error(
    name: &str,
    format: Format,
    compression: Compression,
    err: &io::Error,
    raw: u64,
    records: u64,
) -> String {
    let after = match format {
        Format::Text => String::new(),
        Format::Nul => format!(", after document {records}"),
        Format::Jsonl => format!(", after line {records}"),
    };
    match compression {
        Compression::None => format!("{name}: cannot read{after}: {err}"),
        c => format!(
            "{name}: corrupt or truncated {} data near compressed byte {raw}{after}: {err}",
            c.name()
        ),
    }
}

/// The reader thread: fills batches until the stream ends or fails.
fn read_batches(
    mut opened: Opened,
    format: Format,
    batch_bytes: usize,
    tx: SyncSender<FromReader>,
    free: Receiver<Batch>,
) {
    let mut first = 1u64;
    let mut last_raw = 0u64;
    loop {
        let mut batch = free.try_recv().unwrap_or_default();
        batch.data.clear();
        batch.recs.clear();
        batch.first = first;
        let result = fill(&mut opened.reader, format, batch_bytes, &mut batch);
        let raw = opened.raw.load(Ordering::Relaxed);
        batch.raw = raw - last_raw;
        last_raw = raw;
        first += batch.recs.len() as u64;
        let records = first - 1;
        let (eof, failure) = match result {
            Ok(eof) => (eof, None),
            Err(err) => (true, Some(FromReader::Failed { err, raw, records })),
        };
        if !batch.recs.is_empty() && tx.send(FromReader::Batch(batch)).is_err() {
            return;
        }
        if let Some(f) = failure {
            let _ = tx.send(f);
        }
        if eof {
            return;
        }
    }
}

/// Reads whole records into `batch` until it holds `batch_bytes` or the stream
/// ends; returns whether it ended. A record that fails half-way is not kept.
pub(super) fn fill(
    r: &mut Box<dyn BufRead + Send>,
    format: Format,
    batch_bytes: usize,
    batch: &mut Batch,
) -> io::Result<bool> {
    let Some(sep) = format.separator() else {
        r.read_to_end(&mut batch.data)?;
        batch.recs.push(Rec { start: 0, end: batch.data.len(), delim: false });
        return Ok(true);
    };
    loop {
        let start = batch.data.len();
        let n = match r.read_until(sep, &mut batch.data) {
            Ok(n) => n,
            Err(e) => {
                batch.data.truncate(start);
                return Err(e);
            }
        };
        if n == 0 {
            return Ok(true);
        }
        let delim = batch.data.last() == Some(&sep);
        let end = if delim { batch.data.len() - 1 } else { batch.data.len() };
        batch.recs.push(Rec { start, end, delim });
        if !delim {
            return Ok(true);
        }
        if batch.data.len() >= batch_bytes {
            return Ok(false);
        }
    }
}

/// Cleans the records of a batch in parallel chunks, returned in input order.
fn clean_batch(s: &Settings, name: &str, format: Format, batch: &Batch, pool: &Pool) -> Vec<Chunk> {
    // Several chunks per thread so that one slow document does not leave the other
    // threads idle for the rest of the batch.
    let per = batch.recs.len().div_ceil(s.threads * 4).max(1);
    batch
        .recs
        .par_chunks(per)
        .enumerate()
        .map(|(ci, recs)| {
            let mut chunk = Chunk {
                out: pool.take(),
                stats: Stats::default(),
                messages: Vec::new(),
                stopped: false,
            };
            SCRATCH.with(|scratch| {
                let scratch = &mut *scratch.borrow_mut();
                for (k, r) in recs.iter().enumerate() {
                    let number = batch.first + (ci * per + k) as u64;
                    let rec = &batch.data[r.start..r.end];
                    let ok = match format {
                        Format::Jsonl => {
                            clean_json(s, name, rec, r.delim, number, &mut chunk, scratch)
                        }
                        _ => {
                            clean_text(s, name, format, rec, r.delim, number, &mut chunk);
                            true
                        }
                    };
                    if !ok {
                        chunk.stopped = true;
                        break;
                    }
                }
                let limit = s.batch_bytes * KEEP_FACTOR;
                if scratch.text.capacity() > limit {
                    scratch.text = Vec::new();
                }
            });
            chunk
        })
        .collect()
}

fn account(stats: &mut Stats, cleaned: &Cleaned<'_>) {
    stats.documents += 1;
    stats.text_in += cleaned.input().len() as u64;
    if !cleaned.is_unchanged() {
        stats.changed += 1;
        stats.text_out += cleaned.output().len() as u64;
        stats.count_removals(cleaned.removals());
    } else {
        stats.text_out += cleaned.input().len() as u64;
    }
}

fn clean_text(
    s: &Settings,
    name: &str,
    format: Format,
    rec: &[u8],
    delim: bool,
    number: u64,
    chunk: &mut Chunk,
) {
    let label =
        || if format == Format::Nul { format!("{name}#{number}") } else { name.to_string() };
    if looks_binary(rec) {
        chunk.stats.binary += 1;
        if s.explain {
            let _ = writeln!(chunk.out, "== {}: binary, passed through unchanged", label());
        } else {
            chunk.out.extend_from_slice(rec);
            if delim {
                chunk.out.push(format.separator().unwrap_or(0));
            }
        }
        return;
    }
    let cleaned = s.cleaner.clean_site(rec, s.site.as_deref());
    account(&mut chunk.stats, &cleaned);
    if s.explain {
        let label = label();
        // Writing to a Vec cannot fail.
        let _ =
            write_explain(&mut chunk.out, &label, &cleaned, &s.cleaner, s.site.as_deref(), s.color);
    } else {
        chunk.out.extend_from_slice(&cleaned.output());
        if delim {
            chunk.out.push(format.separator().unwrap_or(0));
        }
    }
}

/// Cleans one JSONL record; false when the run must stop (`--on-error fail`).
fn clean_json(
    s: &Settings,
    name: &str,
    rec: &[u8],
    delim: bool,
    number: u64,
    chunk: &mut Chunk,
    scratch: &mut Scratch,
) -> bool {
    let out = &mut chunk.out;
    let pass = |out: &mut Vec<u8>| {
        out.extend_from_slice(rec);
        if delim {
            out.push(b'\n');
        }
    };
    if rec.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
        // A blank line is not a record; it is kept where it was.
        if !s.explain {
            pass(out);
        }
        return true;
    }
    let scan = match jsonl::scan(rec, &s.field, s.url_field.as_ref()) {
        Ok(scan) => scan,
        Err(e) => {
            // The last record of a truncated file or stream ends without its newline
            // and fails at its very end: say so, it is the likely cause.
            let cut = if !delim && e.column > rec.len() {
                " at the end of the input: the record is cut off"
            } else {
                ""
            };
            let msg = format!("{name}:{number}:{}: invalid JSON: {}{cut}", e.column, e.what);
            chunk.stats.malformed += 1;
            match s.on_error {
                OnError::Report => {
                    chunk.messages.push(format!("deboil: {msg} (passed through unchanged)"));
                    if !s.explain {
                        pass(out);
                    }
                }
                OnError::Skip => chunk.stats.skipped += 1,
                OnError::Fail => {
                    chunk.messages.push(format!("deboil: {msg}"));
                    return false;
                }
            }
            return true;
        }
    };
    let (start, end, escaped) = match scan.field {
        Found::String { start, end, escaped } => (start, end, escaped),
        Found::Missing | Found::Other => {
            chunk.stats.passed_through += 1;
            if s.explain {
                let _ = writeln!(
                    out,
                    "== {name}:{number}: no string field '{}', passed through",
                    s.field_name
                );
            } else {
                pass(out);
            }
            return true;
        }
    };
    let site = match (&s.site, scan.url) {
        (Some(site), _) => Some(site.clone()),
        (None, Found::String { start, end, escaped }) => {
            let raw = &rec[start..end];
            let url = if escaped {
                scratch.url.clear();
                jsonl::decode(raw, &mut scratch.url);
                &scratch.url[..]
            } else {
                raw
            };
            std::str::from_utf8(url).ok().and_then(deboil::site_of)
        }
        (None, _) => None,
    };
    let raw = &rec[start..end];
    let text = if escaped {
        scratch.text.clear();
        jsonl::decode(raw, &mut scratch.text);
        &scratch.text[..]
    } else {
        raw
    };
    if looks_binary(text) {
        chunk.stats.binary += 1;
        if s.explain {
            let _ = writeln!(out, "== {name}:{number}: binary text, passed through unchanged");
        } else {
            pass(out);
        }
        return true;
    }
    let cleaned = s.cleaner.clean_site(text, site.as_deref());
    account(&mut chunk.stats, &cleaned);
    if s.explain {
        let label = format!("{name}:{number}");
        let _ = write_explain(out, &label, &cleaned, &s.cleaner, site.as_deref(), s.color);
        return true;
    }
    if cleaned.is_unchanged() && !s.annotate {
        pass(out);
        return true;
    }
    let close = scan.close.expect("a record with a field is an object");
    out.extend_from_slice(&rec[..start]);
    if cleaned.is_unchanged() {
        out.extend_from_slice(raw);
    } else {
        jsonl::encode(&cleaned.output(), jsonl::ascii_only(raw), out);
    }
    out.extend_from_slice(&rec[end..close]);
    if s.annotate {
        annotate(out, &cleaned);
    }
    out.extend_from_slice(&rec[close..]);
    if delim {
        out.push(b'\n');
    }
    true
}

/// `,"deboil":{"removed":[...],"removed_bytes":N}` — offsets are bytes of the
/// decoded (UTF-8) field value before cleaning. The ranges are the library's
/// removals, whose complement is the cleaned text; touching ranges of one rule and
/// category (the lines after a `rest` match, say) are written as one.
fn annotate(out: &mut Vec<u8>, cleaned: &Cleaned<'_>) {
    out.extend_from_slice(b",\"deboil\":{\"removed\":[");
    let mut removals = cleaned.removals().iter().peekable();
    let mut first = true;
    while let Some(r) = removals.next() {
        let mut end = r.end;
        while let Some(next) =
            removals.next_if(|n| n.start == end && n.rule == r.rule && n.category == r.category)
        {
            end = next.end;
        }
        if !first {
            out.push(b',');
        }
        first = false;
        out.extend_from_slice(b"{\"category\":\"");
        jsonl::encode(r.category.name().as_bytes(), false, out);
        out.extend_from_slice(b"\",\"rule\":\"");
        jsonl::encode(r.rule.as_bytes(), false, out);
        let _ = write!(out, "\",\"start\":{},\"end\":{end}}}", r.start);
    }
    let _ = write!(out, "],\"removed_bytes\":{}}}", cleaned.removed_bytes());
}
