//! The cleaning run: read each input, clean it, write it (or its explanation), and
//! keep the counts for `--stats`. One unreadable input is reported and skipped; the
//! others are still processed and the run ends with exit code 1.

use std::io::{self, Read, Write};

use deboil::Category;

use super::config::{Config, Input};
use super::explain::write_explain;
use super::Outcome;

/// Totals for `--stats`.
#[derive(Default)]
struct Stats {
    documents: u64,
    changed: u64,
    errors: u64,
    bytes_in: u64,
    bytes_out: u64,
    per_category: Vec<(Category, u64)>,
}

impl Stats {
    fn count(&mut self, category: Category) {
        match self.per_category.iter_mut().find(|(c, _)| *c == category) {
            Some((_, n)) => *n += 1,
            None => self.per_category.push((category, 1)),
        }
    }

    fn print(&self, err: &mut impl Write) -> io::Result<()> {
        let share = if self.bytes_in == 0 {
            0.0
        } else {
            100.0 * (self.bytes_in - self.bytes_out) as f64 / self.bytes_in as f64
        };
        writeln!(
            err,
            "deboil: {} documents ({} changed, {} unreadable), {} bytes in, {} bytes out ({share:.1}% removed)",
            self.documents, self.changed, self.errors, self.bytes_in, self.bytes_out
        )?;
        let mut cats = self.per_category.clone();
        cats.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
        for (c, n) in cats {
            writeln!(err, "deboil:   {:<15} {n} removals", c.name())?;
        }
        Ok(())
    }
}

pub fn run(config: &Config) -> anyhow::Result<Outcome> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut stats = Stats::default();
    let mut outcome = Outcome::Done;
    let mut stdin_used = false;
    for input in &config.inputs {
        let text = match read_input(input, &mut stdin_used) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("deboil: {}: {e}", input.name());
                stats.errors += 1;
                outcome = Outcome::SomeFailed;
                continue;
            }
        };
        let cleaned = config.cleaner.clean_site(&text, config.site.as_deref());
        stats.documents += 1;
        stats.bytes_in += text.len() as u64;
        let output = cleaned.output();
        stats.bytes_out += output.len() as u64;
        if !cleaned.is_unchanged() {
            stats.changed += 1;
        }
        for r in cleaned.removals() {
            stats.count(r.category);
        }
        let written = if config.explain {
            write_explain(&mut out, &input.name(), &cleaned, &config.cleaner, config.color)
        } else {
            out.write_all(&output)
        };
        if let Err(e) = written {
            return finish_write_error(e);
        }
    }
    if let Err(e) = out.flush() {
        return finish_write_error(e);
    }
    if config.stats {
        let _ = stats.print(&mut io::stderr().lock());
    }
    Ok(outcome)
}

fn read_input(input: &Input, stdin_used: &mut bool) -> io::Result<Vec<u8>> {
    let mut buf = Vec::new();
    match input {
        Input::Stdin => {
            if *stdin_used {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "standard input was already read",
                ));
            }
            *stdin_used = true;
            io::stdin().lock().read_to_end(&mut buf)?;
        }
        Input::File(p) => {
            if p.is_dir() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory"));
            }
            buf = std::fs::read(p)?;
        }
    }
    Ok(buf)
}

/// A closed pipe (`deboil big.txt | head`) ends the run quietly; any other write
/// error is reported.
fn finish_write_error(e: io::Error) -> anyhow::Result<Outcome> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(Outcome::Done)
    } else {
        Err(anyhow::Error::new(e).context("cannot write to standard output"))
    }
}
