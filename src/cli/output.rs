//! Output files: written under a temporary name in the same directory and renamed
//! to the final name only when complete, so an interrupted or failed run never
//! leaves a partial file under the final name. Compression follows the final name
//! (`.gz`, `.zst`).
//!
//! Every temporary file is listed while it exists, so that the signal handler (see
//! [`signal`](super::signal)) can remove them all before deboil dies.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use super::format::Compression;

/// The temporary files that exist now, with their final names.
static LIVE: Mutex<Vec<Unfinished>> = Mutex::new(Vec::new());

struct Unfinished {
    tmp: PathBuf,
    dest: PathBuf,
}

fn live() -> MutexGuard<'static, Vec<Unfinished>> {
    // A panic elsewhere while holding the lock leaves the list as valid as before.
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

fn forget(list: &mut Vec<Unfinished>, tmp: &Path) {
    if let Some(i) = list.iter().position(|u| u.tmp == tmp) {
        list.swap_remove(i);
    }
}

/// Removes every temporary file and returns the final names they were meant for.
/// Called once, on the way out after a signal: the list stays locked, so no
/// output can be renamed to its final name afterwards.
pub fn abandon_all() -> Vec<PathBuf> {
    let list = live();
    let dests = list
        .iter()
        .filter(|u| std::fs::remove_file(&u.tmp).is_ok())
        .map(|u| u.dest.clone())
        .collect();
    std::mem::forget(list);
    dests
}

/// An output file being written.
pub struct AtomicOutput {
    tmp: PathBuf,
    dest: PathBuf,
    sink: Option<Sink>,
    /// Whether the temporary file may exist (until renamed or removed).
    live: bool,
}

enum Sink {
    Plain(BufWriter<File>),
    Gzip(flate2::write::GzEncoder<BufWriter<File>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<File>>),
}

impl AtomicOutput {
    /// Starts writing `dest`. Refuses an existing `dest` unless `overwrite`.
    pub fn create(dest: &Path, overwrite: bool) -> io::Result<AtomicOutput> {
        if !overwrite && dest.symlink_metadata().is_ok() {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "the output already exists (use --force to overwrite)",
            ));
        }
        let dir = match dest.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let name = dest.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.deboil-{}.tmp", std::process::id()));
        // Listed and created under the lock: the signal handler, which takes the
        // lock for good, either comes first (and the file is never made) or finds
        // it listed. From here on, dropping `out` removes it.
        let mut list = live();
        list.push(Unfinished { tmp: tmp.clone(), dest: dest.to_path_buf() });
        let mut out = AtomicOutput { tmp, dest: dest.to_path_buf(), sink: None, live: true };
        let created = File::create(&out.tmp);
        drop(list);
        let file = BufWriter::with_capacity(1 << 17, created?);
        out.sink = Some(match Compression::from_name(dest) {
            Compression::None => Sink::Plain(file),
            Compression::Gzip => {
                Sink::Gzip(flate2::write::GzEncoder::new(file, flate2::Compression::default()))
            }
            Compression::Zstd => Sink::Zstd(zstd::stream::write::Encoder::new(file, 3)?),
        });
        Ok(out)
    }

    /// Finishes the compressed stream, syncs nothing more than the OS does, and
    /// renames the file to its final name. On an error the temporary file is
    /// removed and nothing appears under the final name.
    pub fn commit(mut self) -> io::Result<()> {
        let file = match self.sink.take().expect("sink") {
            Sink::Plain(w) => w,
            Sink::Gzip(e) => e.finish()?,
            Sink::Zstd(e) => e.finish()?,
        };
        file.into_inner().map_err(|e| e.into_error())?;
        // Under the lock: once a signal handler holds it, no rename can follow.
        let mut list = live();
        std::fs::rename(&self.tmp, &self.dest)?;
        forget(&mut list, &self.tmp);
        self.live = false;
        Ok(())
    }
}

impl Write for AtomicOutput {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self.sink.as_mut().expect("sink") {
            Sink::Plain(w) => w.write(buf),
            Sink::Gzip(w) => w.write(buf),
            Sink::Zstd(w) => w.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self.sink.as_mut().expect("sink") {
            Sink::Plain(w) => w.write_all(buf),
            Sink::Gzip(w) => w.write_all(buf),
            Sink::Zstd(w) => w.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.sink.as_mut().expect("sink") {
            Sink::Plain(w) => w.flush(),
            Sink::Gzip(w) => w.flush(),
            Sink::Zstd(w) => w.flush(),
        }
    }
}

impl Drop for AtomicOutput {
    /// Not committed (or the commit failed): the temporary file goes.
    fn drop(&mut self) {
        if self.live {
            // Close the file first; the encoders' own drops may still write to it.
            self.sink = None;
            let _ = std::fs::remove_file(&self.tmp);
            forget(&mut live(), &self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed(tmp: &Path) -> bool {
        live().iter().any(|u| u.tmp == tmp)
    }

    /// Only the names in `dir`.
    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_committed_output_appears_whole_under_its_final_name() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.txt");
        let mut out = AtomicOutput::create(&dest, false).unwrap();
        out.write_all(b"kept\n").unwrap();
        assert!(listed(&out.tmp) && out.tmp.exists() && !dest.exists());
        let tmp = out.tmp.clone();
        out.commit().unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"kept\n");
        assert!(!listed(&tmp));
        assert_eq!(names(dir.path()), ["out.txt"]);
    }

    #[test]
    fn an_output_dropped_unfinished_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["out.txt", "out.txt.gz", "out.txt.zst"] {
            let mut out = AtomicOutput::create(&dir.path().join(name), false).unwrap();
            out.write_all(b"half a document").unwrap();
            let tmp = out.tmp.clone();
            drop(out);
            assert!(!listed(&tmp), "{name}");
        }
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
    }

    /// The last step of a commit fails (the final name is a directory): the
    /// temporary file must not stay behind.
    #[test]
    fn a_failed_commit_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("taken.txt.gz");
        std::fs::create_dir(&dest).unwrap();
        let mut out = AtomicOutput::create(&dest, true).unwrap();
        out.write_all(b"a document").unwrap();
        let tmp = out.tmp.clone();
        assert!(out.commit().is_err());
        assert!(!listed(&tmp));
        assert_eq!(names(dir.path()), ["taken.txt.gz"]);
    }
}
