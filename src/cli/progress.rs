//! The progress line on standard error: documents cleaned, text bytes cleaned (after
//! decompression and decoding) and their rate, and, when the input's size is known,
//! a bar over the input bytes behind the cleaned documents with the time left.
//! Shown when standard error is a terminal, or when `--progress` asks for it (then
//! also for standard input, without a bar); `-q` turns it off. When standard error
//! is not a terminal (a job's log), `--progress` prints the same figures as a plain
//! line every few seconds and once at the end.
//!
//! Everything advances when a batch has been cleaned, not when it was read: the
//! reader runs ahead by the batches in flight, and a bar fed by the reader reached
//! its end while much of a compressed input was still to be cleaned.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{HumanBytes, ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    /// Plain lines instead of a bar: when the last was printed.
    lines: Option<Mutex<Instant>>,
    total: Option<u64>,
    documents: AtomicU64,
    text: AtomicU64,
    raw: AtomicU64,
    started: Instant,
}

/// How often a plain progress line is printed.
const LINE_EVERY: Duration = Duration::from_secs(5);

impl Progress {
    /// A bar for `total` raw input bytes (`None`: unknown, a counter without a bar),
    /// or nothing when `show` is false.
    pub fn new(show: bool, total: Option<u64>) -> Progress {
        let terminal = std::io::stderr().is_terminal();
        let bar = (show && terminal).then(|| {
            let target = ProgressDrawTarget::stderr_with_hz(4);
            let (bar, template) = match total {
                Some(total) => (
                    ProgressBar::with_draw_target(Some(total), target),
                    "{bar:30} {percent:>3}% {msg} ETA {eta}",
                ),
                None => (ProgressBar::with_draw_target(None, target), "{spinner} {msg}"),
            };
            bar.set_style(ProgressStyle::with_template(template).expect("valid template"));
            bar.enable_steady_tick(Duration::from_millis(250));
            bar
        });
        let started = Instant::now();
        Progress {
            bar,
            lines: (show && !terminal).then(|| Mutex::new(started)),
            total,
            documents: AtomicU64::new(0),
            text: AtomicU64::new(0),
            raw: AtomicU64::new(0),
            started,
        }
    }

    /// A batch was cleaned: `docs` documents, `text` bytes of (decompressed) input,
    /// which took `raw` bytes of the input as stored.
    pub fn cleaned(&self, docs: u64, text: u64, raw: u64) {
        let docs = self.documents.fetch_add(docs, Ordering::Relaxed) + docs;
        let text = self.text.fetch_add(text, Ordering::Relaxed) + text;
        let raw = self.raw.fetch_add(raw, Ordering::Relaxed) + raw;
        if let Some(bar) = &self.bar {
            bar.set_position(raw);
            bar.set_message(self.line(docs, text));
        }
        if let Some(last) = &self.lines {
            let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() >= LINE_EVERY {
                *last = Instant::now();
                eprintln!("deboil: {}", self.plain(docs, text, raw));
            }
        }
    }

    /// The line without a bar: the figures and, for a known size, the share done.
    fn plain(&self, docs: u64, text: u64, raw: u64) -> String {
        let line = self.line(docs, text);
        match self.total {
            Some(total) if total > 0 => {
                format!("{line}, {:.0}% of the input", 100.0 * raw.min(total) as f64 / total as f64)
            }
            _ => line,
        }
    }

    /// `12,345 docs, 310.2 MiB, 41.3 MiB/s`.
    fn line(&self, docs: u64, text: u64) -> String {
        let secs = self.started.elapsed().as_secs_f64();
        let rate = if secs > 0.0 { (text as f64 / secs) as u64 } else { 0 };
        format!("{} docs, {}, {}/s", thousands(docs), HumanBytes(text), HumanBytes(rate))
    }

    /// Prints a message on standard error without tearing the bar.
    pub fn message(&self, text: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{text}")),
            None => eprintln!("{text}"),
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        if self.lines.is_some() {
            let (docs, text, raw) = (
                self.documents.load(Ordering::Relaxed),
                self.text.load(Ordering::Relaxed),
                self.raw.load(Ordering::Relaxed),
            );
            eprintln!("deboil: {}", self.plain(docs, text, raw));
        }
    }
}

/// `1234567` as `1,234,567`.
fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_with_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn the_line_counts_documents_and_text_bytes() {
        let p = Progress::new(false, None);
        p.cleaned(3, 2048, 100);
        p.cleaned(2, 1024, 50);
        let line = p.line(p.documents.load(Ordering::Relaxed), p.text.load(Ordering::Relaxed));
        assert!(line.starts_with("5 docs, 3.00 KiB, "), "{line}");
    }
}
