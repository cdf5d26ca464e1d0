//! Opening inputs: standard input or a file, decompressed according to its magic
//! bytes (gzip, also multi-member, and zstd) and decoded to UTF-8 when a byte-order
//! mark says it is UTF-16 or UTF-32, with a counter of the raw bytes read so that
//! progress and error messages can say where the stream is. Also the list of files
//! of a tree run (`-r`, `--files-from`).

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::encoding::{Decoder, Encoding};
use super::format::{kind_of_name, sniff, Compression, Format, SNIFF_BYTES};
use super::jsonl::FieldPath;

/// Reader buffers are large so that the reader thread makes few system calls.
const READ_BUFFER: usize = 1 << 18;

/// Counts the raw (compressed) bytes read from the underlying source.
pub struct Counting<R> {
    inner: R,
    pub count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// An opened input stream.
pub struct Opened {
    pub reader: Box<dyn BufRead + Send>,
    pub compression: Compression,
    /// The encoding the input was decoded from (`None`: read as it is, UTF-8).
    pub encoding: Option<Encoding>,
    /// Raw bytes read so far.
    pub raw: Arc<AtomicU64>,
}

/// Opens `path` (`None`: standard input) and wraps it in a decompressor if its
/// first bytes say it is compressed, then in a decoder if the (decompressed) text
/// opens with a UTF-16 or UTF-32 byte-order mark.
pub fn open(path: Option<&Path>) -> io::Result<Opened> {
    let raw = Arc::new(AtomicU64::new(0));
    let source: Box<dyn Read + Send> = match path {
        None => Box::new(io::stdin()),
        Some(p) => {
            if p.is_dir() {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "is a directory"));
            }
            Box::new(File::open(p)?)
        }
    };
    let mut buffered =
        BufReader::with_capacity(READ_BUFFER, Counting { inner: source, count: raw.clone() });
    let compression = Compression::from_magic(buffered.fill_buf()?);
    let mut reader: Box<dyn BufRead + Send> = match compression {
        Compression::None => Box::new(buffered),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            READ_BUFFER,
            flate2::bufread::MultiGzDecoder::new(buffered),
        )),
        Compression::Zstd => Box::new(BufReader::with_capacity(
            READ_BUFFER,
            zstd::stream::read::Decoder::with_buffer(buffered)?,
        )),
    };
    let encoding = match reader.fill_buf() {
        Ok(head) => Encoding::from_bom(head),
        Err(e) => {
            // Corrupt compressed data: the pipeline meets the error on its first
            // read and describes it as it does every read error.
            return Ok(Opened {
                reader: Box::new(Failing(Some(e))),
                compression,
                encoding: None,
                raw,
            });
        }
    };
    if let Some((e, bom)) = encoding {
        // A mark cut by the first buffer (a stream that hands out a byte at a time)
        // is not recognised; such input is read as it is.
        reader.consume(bom);
        reader = Box::new(BufReader::with_capacity(READ_BUFFER, Decoder::new(reader, e)));
    }
    Ok(Opened { reader, compression, encoding: encoding.map(|e| e.0), raw })
}

/// The format of an opened stream: from its name and the flags
/// ([`Format::choose`]), else from its first [`SNIFF_BYTES`] ([`sniff`]), which are
/// read ahead and put back. The flag says whether the format was sniffed.
pub fn settle_format(
    opened: &mut Opened,
    name: Option<&Path>,
    flag: Option<Format>,
    field: &FieldPath,
) -> (Format, bool) {
    if let Some(f) = Format::choose(name, flag) {
        return (f, false);
    }
    let mut head = Vec::with_capacity(SNIFF_BYTES);
    // A read error is not reported here: it is kept for the pipeline to meet where
    // the head ends, so that it is described as every other read error is.
    let failure = (&mut opened.reader).take(SNIFF_BYTES as u64).read_to_end(&mut head).err();
    let format = sniff(&head, field);
    let rest = std::mem::replace(&mut opened.reader, Box::new(io::empty()));
    opened.reader = match failure {
        None => Box::new(io::Cursor::new(head).chain(rest)),
        Some(e) => Box::new(io::Cursor::new(head).chain(Failing(Some(e)))),
    };
    (format, true)
}

/// A reader whose next read fails with the error it holds, then ends.
struct Failing(Option<io::Error>);

impl Read for Failing {
    fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
        self.0.take().map_or(Ok(0), Err)
    }
}

impl BufRead for Failing {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self.0.take() {
            Some(e) => Err(e),
            None => Ok(&[]),
        }
    }

    fn consume(&mut self, _: usize) {}
}

/// One file of a tree run: where it comes from and where its output goes.
#[derive(Debug, Clone)]
pub struct FileJob {
    pub input: PathBuf,
    pub output: PathBuf,
    /// The path below the tree root, or as listed: what `--shard` hashes.
    pub rel: PathBuf,
}

/// Whether a file name is one deboil cleans in a tree (a name that announces a
/// format, possibly with `.gz`/`.zst`).
pub fn is_candidate(path: &Path) -> bool {
    kind_of_name(path).is_some()
}

/// Every candidate file below `root`, sorted, as paths relative to `root`.
/// `skip` (the output directory) is not entered.
pub fn walk(root: &Path, skip: Option<&Path>) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let dir = root.join(&rel);
        if skip.is_some_and(|s| same_file(&dir, s)) {
            continue;
        }
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", dir.display())))?
            .collect::<Result<_, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let ty = e.file_type()?;
            let path = rel.join(&name);
            if ty.is_dir() {
                stack.push(path);
            } else if (ty.is_file() || (ty.is_symlink() && e.path().is_file()))
                && is_candidate(&path)
            {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// The path under the output directory for a path given in a `--files-from` list:
/// its normal components (a leading `/` or `./` dropped). `None` when it climbs
/// out with `..`.
pub fn relative_for_output(path: &Path) -> Option<PathBuf> {
    let mut rel = PathBuf::new();
    for c in path.components() {
        match c {
            Component::Normal(p) => rel.push(p),
            Component::ParentDir => return None,
            _ => {}
        }
    }
    if rel.as_os_str().is_empty() {
        None
    } else {
        Some(rel)
    }
}

/// Reads a `--files-from` list: one path per line, blank lines ignored.
pub fn read_list(list: &Path) -> io::Result<Vec<PathBuf>> {
    let mut text = String::new();
    if list.as_os_str() == "-" {
        io::stdin().read_to_string(&mut text)?;
    } else {
        File::open(list)?.read_to_string(&mut text)?;
    }
    Ok(text
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.trim().is_empty())
        .map(PathBuf::from)
        .collect())
}
