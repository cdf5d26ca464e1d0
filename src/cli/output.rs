//! Output files: written under a temporary name in the same directory and renamed
//! to the final name only when complete, so an interrupted or failed run never
//! leaves a partial file under the final name. Compression follows the final name
//! (`.gz`, `.zst`).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::format::Compression;

/// An output file being written.
pub struct AtomicOutput {
    tmp: PathBuf,
    dest: PathBuf,
    sink: Option<Sink>,
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
        let file = BufWriter::with_capacity(1 << 17, File::create(&tmp)?);
        let sink = match Compression::from_name(dest) {
            Compression::None => Sink::Plain(file),
            Compression::Gzip => {
                Sink::Gzip(flate2::write::GzEncoder::new(file, flate2::Compression::default()))
            }
            Compression::Zstd => match zstd::stream::write::Encoder::new(file, 3) {
                Ok(e) => Sink::Zstd(e),
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
            },
        };
        Ok(AtomicOutput { tmp, dest: dest.to_path_buf(), sink: Some(sink) })
    }

    /// Finishes the compressed stream, syncs nothing more than the OS does, and
    /// renames the file to its final name.
    pub fn commit(mut self) -> io::Result<()> {
        let file = match self.sink.take().expect("sink") {
            Sink::Plain(w) => w,
            Sink::Gzip(e) => e.finish()?,
            Sink::Zstd(e) => e.finish()?,
        };
        file.into_inner().map_err(|e| e.into_error())?;
        std::fs::rename(&self.tmp, &self.dest)
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
    /// Not committed: the temporary file goes.
    fn drop(&mut self) {
        if self.sink.is_some() {
            self.sink = None;
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}
