//! The progress bar on standard error: bytes done of the total, documents, speed and
//! time left. Shown only for work of known size (files) when standard error is a
//! terminal, or when `--progress` asks for it; `-q` turns it off.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

pub struct Progress {
    bar: Option<ProgressBar>,
    documents: AtomicU64,
}

impl Progress {
    /// A bar for `total` raw input bytes, or none.
    pub fn new(show: bool, total: Option<u64>) -> Progress {
        let bar = match (show, total) {
            (true, Some(total)) => {
                let bar = ProgressBar::with_draw_target(
                    Some(total),
                    ProgressDrawTarget::stderr_with_hz(4),
                );
                bar.set_style(
                    ProgressStyle::with_template(
                        "{bar:30} {binary_bytes}/{binary_total_bytes} {msg} {binary_bytes_per_sec} ETA {eta}",
                    )
                    .expect("valid template"),
                );
                bar.enable_steady_tick(Duration::from_millis(250));
                Some(bar)
            }
            _ => None,
        };
        Progress { bar, documents: AtomicU64::new(0) }
    }

    /// `bytes` more raw input bytes were read.
    pub fn advance(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
        }
    }

    /// `n` more documents were cleaned.
    pub fn documents(&self, n: u64) {
        let total = self.documents.fetch_add(n, Ordering::Relaxed) + n;
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{total} docs"));
        }
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
    }
}
