//! Counts for `--stats` and `--stats-json`. Each worker fills its own [`Stats`] for
//! a slice of a batch; they are merged in input order, so the totals do not depend
//! on the thread count.

use std::collections::HashMap;
use std::io::{self, Write};
use std::time::Duration;

use deboil::{Category, Removal, RemovalKind};

#[derive(Default, Clone, Debug)]
pub struct Stats {
    /// Documents cleaned (text documents, NUL-separated documents, JSONL records
    /// with a string field).
    pub documents: u64,
    pub changed: u64,
    /// JSONL records without the field, or with a value that is not a string.
    pub passed_through: u64,
    /// Binary documents (NUL bytes, or mostly bytes that are not text), passed
    /// through unchanged.
    pub binary: u64,
    /// Malformed JSONL records.
    pub malformed: u64,
    /// Malformed records dropped by `--on-error skip`.
    pub skipped: u64,
    /// Inputs that could not be read (or outputs not written).
    pub unreadable: u64,
    /// Input files not read because their output was already there
    /// (`--skip-existing`).
    pub skipped_files: u64,
    /// Bytes of the input streams (after decompression) and of the output streams.
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Bytes of document text before and after cleaning.
    pub text_in: u64,
    pub text_out: u64,
    /// Inputs whose format came from their first bytes: JSONL, NUL-separated.
    pub sniffed_jsonl: u64,
    pub sniffed_nul: u64,
    /// Inputs decoded from UTF-16 or UTF-32.
    pub decoded: u64,
    pub per_category: HashMap<Category, u64>,
    pub per_rule: HashMap<Box<str>, u64>,
}

impl Stats {
    pub fn count_removals(&mut self, removals: &[Removal]) {
        // Blank lines that go with a removal are not a removal of their rule.
        for r in removals.iter().filter(|r| r.kind != RemovalKind::Blank) {
            *self.per_category.entry(r.category).or_default() += 1;
            match self.per_rule.get_mut(&*r.rule) {
                Some(n) => *n += 1,
                None => {
                    self.per_rule.insert(r.rule.as_ref().into(), 1);
                }
            }
        }
    }

    pub fn merge(&mut self, o: &Stats) {
        self.documents += o.documents;
        self.changed += o.changed;
        self.passed_through += o.passed_through;
        self.binary += o.binary;
        self.sniffed_jsonl += o.sniffed_jsonl;
        self.sniffed_nul += o.sniffed_nul;
        self.decoded += o.decoded;
        self.malformed += o.malformed;
        self.skipped += o.skipped;
        self.unreadable += o.unreadable;
        self.skipped_files += o.skipped_files;
        self.bytes_in += o.bytes_in;
        self.bytes_out += o.bytes_out;
        self.text_in += o.text_in;
        self.text_out += o.text_out;
        for (c, n) in &o.per_category {
            *self.per_category.entry(*c).or_default() += n;
        }
        for (r, n) in &o.per_rule {
            match self.per_rule.get_mut(r) {
                Some(m) => *m += n,
                None => {
                    self.per_rule.insert(r.clone(), *n);
                }
            }
        }
    }

    fn share_removed(&self) -> f64 {
        if self.text_in == 0 {
            0.0
        } else {
            100.0 * self.text_in.saturating_sub(self.text_out) as f64 / self.text_in as f64
        }
    }

    fn categories(&self) -> Vec<(Category, u64)> {
        let mut cats: Vec<_> = self.per_category.iter().map(|(c, n)| (*c, *n)).collect();
        cats.sort_by_key(|&(c, n)| (std::cmp::Reverse(n), c));
        cats
    }

    fn top_rules(&self) -> Vec<(&str, u64)> {
        let mut rules: Vec<_> = self.per_rule.iter().map(|(r, n)| (&**r, *n)).collect();
        rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        rules.truncate(10);
        rules
    }

    pub fn print(&self, err: &mut impl Write, wall: Duration) -> io::Result<()> {
        writeln!(
            err,
            "deboil: {} documents ({} changed, {} unreadable), {} bytes in, {} bytes out ({:.1}% removed)",
            self.documents,
            self.changed,
            self.unreadable + self.malformed,
            self.text_in,
            self.text_out,
            self.share_removed()
        )?;
        writeln!(
            err,
            "deboil:   {} unchanged, {} passed through (no string field), {} malformed ({} skipped)",
            self.documents - self.changed,
            self.passed_through,
            self.malformed,
            self.skipped
        )?;
        if self.binary > 0 {
            writeln!(err, "deboil:   {} binary documents passed through unchanged", self.binary)?;
        }
        if self.sniffed_jsonl + self.sniffed_nul > 0 {
            writeln!(
                err,
                "deboil:   format from the first bytes: {} inputs read as JSONL, {} as NUL-separated",
                self.sniffed_jsonl, self.sniffed_nul
            )?;
        }
        if self.decoded > 0 {
            writeln!(err, "deboil:   {} inputs decoded from UTF-16 or UTF-32", self.decoded)?;
        }
        if self.skipped_files > 0 {
            writeln!(
                err,
                "deboil:   {} files skipped, their output already there (--skip-existing)",
                self.skipped_files
            )?;
        }
        let secs = wall.as_secs_f64();
        writeln!(
            err,
            "deboil:   {} stream bytes in, {} out, {:.2} s, {:.1} MB/s",
            self.bytes_in,
            self.bytes_out,
            secs,
            mb_per_s(self.bytes_in, secs)
        )?;
        for (c, n) in self.categories() {
            writeln!(err, "deboil:   {:<15} {n} removals", c.name())?;
        }
        let rules = self.top_rules();
        if !rules.is_empty() {
            writeln!(err, "deboil:   most used rules:")?;
            for (r, n) in rules {
                writeln!(err, "deboil:     {r:<36} {n}")?;
            }
        }
        Ok(())
    }

    pub fn to_json(&self, wall: Duration) -> serde_json::Value {
        let secs = wall.as_secs_f64();
        let cats: serde_json::Map<String, serde_json::Value> =
            self.categories().into_iter().map(|(c, n)| (c.name().to_string(), n.into())).collect();
        let rules: Vec<serde_json::Value> = self
            .top_rules()
            .into_iter()
            .map(|(r, n)| serde_json::json!({"rule": r, "removals": n}))
            .collect();
        serde_json::json!({
            "documents": self.documents,
            "changed": self.changed,
            "unchanged": self.documents - self.changed,
            "passed_through": self.passed_through,
            "binary": self.binary,
            "sniffed_jsonl": self.sniffed_jsonl,
            "sniffed_nul": self.sniffed_nul,
            "decoded": self.decoded,
            "malformed": self.malformed,
            "skipped": self.skipped,
            "unreadable": self.unreadable,
            "skipped_files": self.skipped_files,
            "bytes_in": self.bytes_in,
            "bytes_out": self.bytes_out,
            "text_bytes_in": self.text_in,
            "text_bytes_out": self.text_out,
            "removed_percent": (self.share_removed() * 10.0).round() / 10.0,
            "removals_per_category": cats,
            "top_rules": rules,
            "wall_seconds": secs,
            "mb_per_second": mb_per_s(self.bytes_in, secs),
        })
    }
}

fn mb_per_s(bytes: u64, secs: f64) -> f64 {
    if secs <= 0.0 {
        0.0
    } else {
        bytes as f64 / 1e6 / secs
    }
}
