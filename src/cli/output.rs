//! Output files. What a name given with `-o` leads to decides how it is written:
//!
//! - a regular file, or nothing yet, is written under a temporary name in the same
//!   directory and renamed to the final name only when complete, so an interrupted
//!   or failed run never leaves a partial file under the final name;
//! - a character device, a named pipe or a Unix socket (`/dev/null`, a pipe a
//!   consumer reads, a log collector) is written through: opened for writing (a
//!   socket connected to), never renamed over, so it stays what it was;
//! - the file standard output or standard error is open on (`/dev/stdout`) is
//!   written through that descriptor, as the caller opened it (appending, say);
//! - a symbolic link is followed to its target: the target is written or replaced,
//!   the link stays.
//!
//! A directory or a block device is refused. Compression follows the name given
//! (`.gz`, `.zst`), whatever the output is.
//!
//! Every output is listed while it is being written, so that the signal handler
//! (see [`signal`](super::signal)) can remove the temporary files and name the
//! outputs written through (which cannot be taken back) before deboil dies.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, MutexGuard};

use super::format::Compression;

/// What may happen to a regular file already at an output's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// It is kept and the output is refused (the default).
    Keep,
    /// It is replaced (`--force`).
    Replace,
    /// It is replaced, and it must be a regular file: it is the input itself
    /// (`--in-place`).
    InPlace,
}

/// The outputs being written now.
static LIVE: Mutex<Vec<Unfinished>> = Mutex::new(Vec::new());

/// Tells the outputs of one process apart in [`LIVE`].
static NEXT_ID: AtomicU64 = AtomicU64::new(0);

struct Unfinished {
    id: u64,
    /// The temporary file; `None` for an output written through.
    tmp: Option<PathBuf>,
    dest: PathBuf,
}

fn live() -> MutexGuard<'static, Vec<Unfinished>> {
    // A panic elsewhere while holding the lock leaves the list as valid as before.
    LIVE.lock().unwrap_or_else(|e| e.into_inner())
}

fn forget(list: &mut Vec<Unfinished>, id: u64) {
    if let Some(i) = list.iter().position(|u| u.id == id) {
        list.swap_remove(i);
    }
}

/// What became of an output that a signal cut short.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    /// Its temporary file was removed: nothing appears under its name.
    NotWritten,
    /// It was written through: what was written stays, and it is incomplete.
    Incomplete,
}

/// Removes every temporary file and returns the outputs cut short, with what
/// became of each. Called once, on the way out after a signal: the list stays
/// locked, so no output can be renamed to its final name afterwards.
pub fn abandon_all() -> Vec<(PathBuf, Fate)> {
    let list = live();
    let cut = list
        .iter()
        .filter_map(|u| match &u.tmp {
            Some(tmp) => {
                std::fs::remove_file(tmp).is_ok().then(|| (u.dest.clone(), Fate::NotWritten))
            }
            None => Some((u.dest.clone(), Fate::Incomplete)),
        })
        .collect();
    std::mem::forget(list);
    cut
}

/// Whether `dest` holds a finished output: a regular file (symbolic links
/// followed). Outputs are renamed into place only when complete, so one that is
/// there is whole. A device, pipe or socket is never finished.
pub fn is_finished(dest: &Path) -> bool {
    std::fs::metadata(dest).is_ok_and(|m| m.is_file())
}

/// Checks that `dest` can be written under `existing`, as [`Output::create`]
/// will, without making anything: so that an input is not opened (a named pipe
/// held, a large file read) for an output that will be refused.
pub fn check(dest: &Path, existing: Existing) -> io::Result<()> {
    place(dest, existing).map(|_| ())
}

/// Makes the output directory of a tree run, following it when it is a symbolic
/// link to a directory that does not exist yet (`create_dir_all` would stop at
/// the link).
pub fn make_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(follow(dir)?)
}

/// Where an output name leads.
#[derive(Debug, PartialEq, Eq)]
enum Place {
    /// A regular file, or nothing yet: written beside `file` and renamed to it.
    File(PathBuf),
    /// The file standard output is open on.
    Stdout,
    /// The file standard error is open on.
    Stderr,
    /// A character device or a named pipe: opened for writing.
    Open,
    /// A Unix socket: connected to.
    Socket,
}

fn refused(msg: &str) -> io::Error {
    io::Error::other(msg.to_string())
}

/// Decides where `dest` leads and whether it may be written under `existing`.
fn place(dest: &Path, existing: Existing) -> io::Result<Place> {
    let meta = match std::fs::metadata(dest) {
        Ok(m) => m,
        // Nothing there, or a link to nothing: the file is made where it leads.
        Err(e) if e.kind() == io::ErrorKind::NotFound && existing != Existing::InPlace => {
            return Ok(Place::File(follow(dest)?));
        }
        Err(e) => return Err(e),
    };
    let ty = meta.file_type();
    if ty.is_dir() {
        return Err(refused("is a directory"));
    }
    if existing == Existing::InPlace {
        return match ty.is_file() {
            true => Ok(Place::File(follow(dest)?)),
            false => Err(refused("not a regular file (--in-place replaces regular files only)")),
        };
    }
    // Checked before the kind of file: `/dev/stdout` may lead to a regular file
    // that the caller opened for appending, which must not be replaced.
    if let Some(p) = standard_stream(&meta) {
        return Ok(p);
    }
    if ty.is_file() {
        if existing == Existing::Keep {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                "the output already exists (use --force to overwrite)",
            ));
        }
        return Ok(Place::File(follow(dest)?));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ty.is_block_device() {
            return Err(refused(
                "is a block device (deboil writes regular files, character devices, named pipes and sockets)",
            ));
        }
        if ty.is_socket() {
            return Ok(Place::Socket);
        }
    }
    Ok(Place::Open)
}

/// `path` with the symbolic links of its last component followed, as the kernel
/// would on opening it, also when the last one leads nowhere yet. A relative link
/// is read from the directory that holds it.
fn follow(path: &Path) -> io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    // The kernel's own limit on links in a row.
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) => dir.join(to),
                    None => to,
                };
            }
            Ok(_) => return Ok(p),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(p),
            Err(e) => return Err(e),
        }
    }
    Err(refused("too many levels of symbolic links"))
}

/// Whether `meta` is the file standard output or standard error is open on.
#[cfg(unix)]
fn standard_stream(meta: &std::fs::Metadata) -> Option<Place> {
    use std::os::fd::{AsFd, BorrowedFd};
    use std::os::unix::fs::MetadataExt;
    let same = |fd: BorrowedFd<'_>| {
        let f = fd.try_clone_to_owned().map(File::from);
        f.and_then(|f| f.metadata()).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
    };
    if same(io::stdout().as_fd()) {
        Some(Place::Stdout)
    } else if same(io::stderr().as_fd()) {
        Some(Place::Stderr)
    } else {
        None
    }
}

#[cfg(not(unix))]
fn standard_stream(_: &std::fs::Metadata) -> Option<Place> {
    None
}

/// An output being written.
pub struct Output {
    id: u64,
    sink: Option<Sink>,
    /// The temporary file and the file it becomes; `None` when written through.
    rename: Option<(PathBuf, PathBuf)>,
    /// Whether it is listed, neither committed nor abandoned yet.
    live: bool,
}

/// What the bytes go to, under the buffer and the encoder.
struct Handle {
    to: To,
    /// Set when an output written through is abandoned: later writes fail, so
    /// that an encoder dropped unfinished cannot write the end of its stream.
    cut: bool,
}

enum To {
    File(File),
    #[cfg(unix)]
    Socket(std::os::unix::net::UnixStream),
    Stdout(io::Stdout),
    Stderr(io::Stderr),
}

impl Write for Handle {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.cut {
            return Err(io::Error::other("the output was abandoned"));
        }
        match &mut self.to {
            To::File(f) => f.write(buf),
            #[cfg(unix)]
            To::Socket(s) => s.write(buf),
            To::Stdout(s) => s.write(buf),
            To::Stderr(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.cut {
            return Err(io::Error::other("the output was abandoned"));
        }
        match &mut self.to {
            To::File(f) => f.flush(),
            #[cfg(unix)]
            To::Socket(s) => s.flush(),
            To::Stdout(s) => s.flush(),
            To::Stderr(s) => s.flush(),
        }
    }
}

enum Sink {
    Plain(BufWriter<Handle>),
    Gzip(flate2::write::GzEncoder<BufWriter<Handle>>),
    Zstd(zstd::stream::write::Encoder<'static, BufWriter<Handle>>),
}

impl Sink {
    fn new(to: To, name: &Path) -> io::Result<Sink> {
        let file = BufWriter::with_capacity(1 << 17, Handle { to, cut: false });
        Ok(match Compression::from_name(name) {
            Compression::None => Sink::Plain(file),
            Compression::Gzip => {
                Sink::Gzip(flate2::write::GzEncoder::new(file, flate2::Compression::default()))
            }
            Compression::Zstd => Sink::Zstd(zstd::stream::write::Encoder::new(file, 3)?),
        })
    }

    fn writer(&mut self) -> &mut dyn Write {
        match self {
            Sink::Plain(w) => w,
            Sink::Gzip(w) => w,
            Sink::Zstd(w) => w,
        }
    }

    /// Ends the compressed stream and empties the buffer.
    fn finish(self) -> io::Result<Handle> {
        let buffered = match self {
            Sink::Plain(w) => w,
            Sink::Gzip(e) => e.finish()?,
            Sink::Zstd(e) => e.finish()?,
        };
        buffered.into_inner().map_err(|e| e.into_error())
    }

    /// Sends what is written so far (a compressed stream flushed to a point where
    /// its reader can decode all of it) and cuts the output off there: the
    /// compressed stream never gets its end, so that its reader sees a stream cut
    /// short rather than one that looks complete.
    fn cut(&mut self) {
        let _ = self.writer().flush();
        let handle = match self {
            Sink::Plain(w) => w.get_mut(),
            Sink::Gzip(e) => e.get_mut().get_mut(),
            Sink::Zstd(e) => e.get_mut().get_mut(),
        };
        handle.cut = true;
    }
}

impl Output {
    /// Starts writing `dest`, as the module documentation describes; a regular
    /// file already there is handled as `existing` says.
    pub fn create(dest: &Path, existing: Existing) -> io::Result<Output> {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        let through = |to: To| -> io::Result<Output> {
            let sink = Some(Sink::new(to, dest)?);
            // Listed once open: a signal that comes while a named pipe waits for
            // its reader has nothing to name.
            live().push(Unfinished { id, tmp: None, dest: dest.to_path_buf() });
            Ok(Output { id, sink, rename: None, live: true })
        };
        match place(dest, existing)? {
            Place::File(file) => Output::atomic(id, dest, file),
            Place::Stdout => through(To::Stdout(io::stdout())),
            Place::Stderr => through(To::Stderr(io::stderr())),
            // Opened as it is: no creating (it is there) and no truncating.
            Place::Open => through(To::File(std::fs::OpenOptions::new().write(true).open(dest)?)),
            #[cfg(unix)]
            Place::Socket => through(To::Socket(std::os::unix::net::UnixStream::connect(dest)?)),
            #[cfg(not(unix))]
            Place::Socket => unreachable!("sockets are found on Unix only"),
        }
    }

    /// A regular file: written beside `file`, under a temporary name.
    fn atomic(id: u64, dest: &Path, file: PathBuf) -> io::Result<Output> {
        let dir = match file.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&dir)?;
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.deboil-{}.tmp", std::process::id()));
        // Listed and created under the lock: the signal handler, which takes the
        // lock for good, either comes first (and the file is never made) or finds
        // it listed. From here on, dropping `out` removes it.
        let mut list = live();
        list.push(Unfinished { id, tmp: Some(tmp.clone()), dest: dest.to_path_buf() });
        let mut out = Output { id, sink: None, rename: Some((tmp.clone(), file)), live: true };
        let created = File::create(&tmp);
        drop(list);
        out.sink = Some(Sink::new(To::File(created?), dest)?);
        Ok(out)
    }

    /// Whether the output is written through (a device, a pipe, a socket,
    /// standard output): what is written cannot be taken back.
    pub fn is_through(&self) -> bool {
        self.rename.is_none()
    }

    /// Finishes the compressed stream, syncs nothing more than the OS does, and
    /// renames the file to its final name. On an error the temporary file is
    /// removed and nothing appears under the final name. An output written
    /// through is finished and flushed.
    pub fn commit(mut self) -> io::Result<()> {
        let mut handle = self.sink.take().expect("sink").finish()?;
        handle.flush()?;
        // Under the lock: once a signal handler holds it, no rename can follow.
        let mut list = live();
        if let Some((tmp, file)) = &self.rename {
            std::fs::rename(tmp, file)?;
        }
        forget(&mut list, self.id);
        self.live = false;
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.sink.as_mut().expect("sink").writer().write(buf)
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.sink.as_mut().expect("sink").writer().write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.sink.as_mut().expect("sink").writer().flush()
    }
}

impl Drop for Output {
    /// Not committed (or the commit failed): the temporary file goes; an output
    /// written through is cut off where it is.
    fn drop(&mut self) {
        if !self.live {
            return;
        }
        match &self.rename {
            Some((tmp, _)) => {
                // Close the file first; the encoders' own drops may still write to it.
                self.sink = None;
                let _ = std::fs::remove_file(tmp);
            }
            None => {
                if let Some(sink) = &mut self.sink {
                    sink.cut();
                }
                self.sink = None;
            }
        }
        forget(&mut live(), self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp_of(out: &Output) -> PathBuf {
        out.rename.as_ref().expect("a regular file").0.clone()
    }

    fn listed(tmp: &Path) -> bool {
        live().iter().any(|u| u.tmp.as_deref() == Some(tmp))
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
        let mut out = Output::create(&dest, Existing::Keep).unwrap();
        out.write_all(b"kept\n").unwrap();
        let tmp = tmp_of(&out);
        assert!(listed(&tmp) && tmp.exists() && !dest.exists());
        out.commit().unwrap();
        assert_eq!(std::fs::read(&dest).unwrap(), b"kept\n");
        assert!(!listed(&tmp));
        assert_eq!(names(dir.path()), ["out.txt"]);
    }

    #[test]
    fn an_output_dropped_unfinished_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["out.txt", "out.txt.gz", "out.txt.zst"] {
            let mut out = Output::create(&dir.path().join(name), Existing::Keep).unwrap();
            out.write_all(b"half a document").unwrap();
            let tmp = tmp_of(&out);
            drop(out);
            assert!(!listed(&tmp), "{name}");
        }
        assert!(names(dir.path()).is_empty(), "{:?}", names(dir.path()));
    }

    /// The last step of a commit fails (a directory took the final name while the
    /// output was written): the temporary file must not stay behind.
    #[test]
    fn a_failed_commit_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("taken.txt.gz");
        let mut out = Output::create(&dest, Existing::Replace).unwrap();
        out.write_all(b"a document").unwrap();
        std::fs::create_dir(&dest).unwrap();
        std::fs::write(dest.join("inside"), b"").unwrap();
        let tmp = tmp_of(&out);
        assert!(out.commit().is_err());
        assert!(!listed(&tmp));
        assert_eq!(names(dir.path()), ["taken.txt.gz"]);
    }

    /// Where a name leads, for each kind of thing that can be there.
    #[cfg(unix)]
    #[test]
    fn names_lead_where_the_kernel_would_open_them() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/file"), b"").unwrap();
        symlink("file", d.join("sub/rel")).unwrap(); // relative to its own directory
        symlink("sub/rel", d.join("chain")).unwrap();
        symlink("nowhere/yet", d.join("dangling")).unwrap();
        symlink("sub", d.join("dirlink")).unwrap();
        symlink("loop", d.join("loop")).unwrap();
        symlink("/dev/null", d.join("null")).unwrap();
        let _listener = std::os::unix::net::UnixListener::bind(d.join("sock")).unwrap();
        let file = || Ok(Place::File(d.join("sub/file")));
        let cases: Vec<(&str, Existing, Result<Place, &str>)> = vec![
            ("new", Existing::Keep, Ok(Place::File(d.join("new")))),
            ("sub/file", Existing::Keep, Err("already exists")),
            ("sub/file", Existing::Replace, file()),
            ("chain", Existing::Replace, Ok(Place::File(d.join("sub/file")))),
            ("chain", Existing::InPlace, Ok(Place::File(d.join("sub/file")))),
            ("dangling", Existing::Keep, Ok(Place::File(d.join("nowhere/yet")))),
            ("dangling", Existing::InPlace, Err("No such file")),
            ("dirlink/file", Existing::Replace, Ok(Place::File(d.join("dirlink/file")))),
            ("sub", Existing::Replace, Err("is a directory")),
            ("dirlink", Existing::Replace, Err("is a directory")),
            ("loop", Existing::Replace, Err("symbolic links")),
            ("null", Existing::Keep, Ok(Place::Open)),
            ("null", Existing::InPlace, Err("not a regular file")),
            ("sock", Existing::Keep, Ok(Place::Socket)),
        ];
        for (name, existing, want) in cases {
            let got = place(&d.join(name), existing);
            match (got, want) {
                (Ok(g), Ok(w)) => assert_eq!(g, w, "{name}"),
                (Err(e), Err(w)) => assert!(e.to_string().contains(w), "{name}: {e}"),
                (g, w) => panic!("{name} {existing:?}: got {g:?}, want {w:?}"),
            }
        }
    }
}
