//! What an input looks like: how documents are separated (the [`Format`]) and how
//! the bytes are packed (the [`Compression`]). Formats come from the file name when
//! it says so and from the flags otherwise; compression of an input comes from its
//! magic bytes, compression of an output from its name.

use std::path::Path;

/// How documents are separated in a stream.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The whole stream is one document.
    Text,
    /// Documents separated by NUL bytes.
    Nul,
    /// One JSON object per line, the text in a string field.
    Jsonl,
}

impl Format {
    /// The format for a stream named `name`, given the format the flags ask for
    /// (`None`: no flag). A JSON-like name always means JSONL; otherwise an explicit
    /// flag wins (so that `-z docs.txt` reads NUL-separated documents); otherwise the
    /// stream is plain text.
    pub fn choose(name: Option<&Path>, flag: Option<Format>) -> Format {
        if name.is_some_and(|p| kind_of_name(p) == Some(Format::Jsonl)) {
            return Format::Jsonl;
        }
        flag.unwrap_or(Format::Text)
    }

    /// The record separator, if any.
    pub fn separator(self) -> Option<u8> {
        match self {
            Format::Text => None,
            Format::Nul => Some(0),
            Format::Jsonl => Some(b'\n'),
        }
    }
}

/// How a stream is compressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// Detects the compression from the first bytes of a stream.
    pub fn from_magic(head: &[u8]) -> Compression {
        if head.starts_with(&[0x1f, 0x8b]) {
            Compression::Gzip
        } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// The compression an output named `path` gets.
    pub fn from_name(path: &Path) -> Compression {
        match path.extension().and_then(|e| e.to_str()) {
            Some("gz") => Compression::Gzip,
            Some("zst") | Some("zstd") => Compression::Zstd,
            _ => Compression::None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Compression::None => "plain",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// The format a file name announces, looking through a `.gz`/`.zst` suffix:
/// `.jsonl`, `.ndjson`, `.json` are JSONL, `.txt` is text.
pub fn kind_of_name(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_str()?;
    let name = name
        .strip_suffix(".gz")
        .or_else(|| name.strip_suffix(".zst"))
        .or_else(|| name.strip_suffix(".zstd"))
        .unwrap_or(name);
    let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "txt" | "text" => Some(Format::Text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_flags() {
        let cases: &[(&str, Option<Format>, Format)] = &[
            ("a.jsonl", None, Format::Jsonl),
            ("a.jsonl.gz", None, Format::Jsonl),
            ("a.json.zst", None, Format::Jsonl),
            ("a.jsonl", Some(Format::Nul), Format::Jsonl),
            ("a.txt", None, Format::Text),
            ("a.txt.gz", Some(Format::Nul), Format::Nul),
            ("a", Some(Format::Jsonl), Format::Jsonl),
            ("a", None, Format::Text),
        ];
        for (name, flag, want) in cases {
            assert_eq!(Format::choose(Some(Path::new(name)), *flag), *want, "{name}");
        }
    }

    #[test]
    fn magic_bytes() {
        assert_eq!(Compression::from_magic(&[0x1f, 0x8b, 8]), Compression::Gzip);
        assert_eq!(Compression::from_magic(&[0x28, 0xb5, 0x2f, 0xfd]), Compression::Zstd);
        assert_eq!(Compression::from_magic(b"{\"a\""), Compression::None);
        assert_eq!(Compression::from_magic(b""), Compression::None);
    }
}
