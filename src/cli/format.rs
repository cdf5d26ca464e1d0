//! What an input looks like: how documents are separated (the [`Format`]) and how
//! the bytes are packed (the [`Compression`]). Formats come from the file name when
//! it says so, from the flags otherwise, and from the first bytes of the stream when
//! neither says ([`sniff`]); compression of an input comes from its magic bytes,
//! compression of an output from its name. Also what counts as binary input
//! ([`looks_binary`]), which is passed through rather than cleaned.

use std::path::Path;

use super::jsonl::{self, FieldPath, Found};

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
    /// (`None`: no flag); `None` when neither says and the stream's first bytes must
    /// ([`sniff`]). A JSON-like name always means JSONL; otherwise an explicit flag
    /// wins (so that `-z docs.txt` reads NUL-separated documents); otherwise a text
    /// name (`.txt`) means text.
    pub fn choose(name: Option<&Path>, flag: Option<Format>) -> Option<Format> {
        let named = name.and_then(kind_of_name);
        if named == Some(Format::Jsonl) {
            return Some(Format::Jsonl);
        }
        flag.or(named)
    }

    /// The byte that ends a document (or record) of this format when another
    /// follows in the same output: the separator, or a line feed for text.
    pub fn terminator(self) -> u8 {
        self.separator().unwrap_or(b'\n')
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

/// How much of a stream's head [`sniff`] and of a document's head [`looks_binary`]
/// look at.
pub const SNIFF_BYTES: usize = 64 * 1024;

/// The format a stream whose name and flags say nothing has, from its first bytes
/// (`head`, after decompression and decoding; a read buffer's worth): JSONL when the
/// first line that is not blank is a JSON object whose `field` is a string (or, cut
/// by the end of `head`, an object that names the field); NUL-separated when NUL
/// bytes separate text that is not binary; otherwise text.
pub fn sniff(head: &[u8], field: &FieldPath) -> Format {
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let rest = &head[start..];
    if rest.first() == Some(&b'{') {
        let line = match memchr::memchr(b'\n', rest) {
            Some(n) => &rest[..n],
            None => rest,
        };
        let cut = line.len() == rest.len();
        match jsonl::scan(line, field, None) {
            Ok(scan) if matches!(scan.field, Found::String { .. }) => return Format::Jsonl,
            Err(e) if cut && e.column > line.len() && names(line, field) => return Format::Jsonl,
            _ => {}
        }
    }
    if memchr::memchr(0, head).is_some() {
        let text: Vec<u8> = head.iter().copied().filter(|&b| b != 0).collect();
        if !suspicious(&text) {
            return Format::Nul;
        }
    }
    Format::Text
}

/// Whether the JSON text `line` holds the last key of `field` as a key.
fn names(line: &[u8], field: &FieldPath) -> bool {
    let mut key = b"\"".to_vec();
    key.extend_from_slice(field.last());
    key.extend_from_slice(b"\":");
    memchr::memmem::find(line, &key).is_some() || {
        key.truncate(key.len() - 1);
        key.extend_from_slice(b" :");
        memchr::memmem::find(line, &key).is_some()
    }
}

/// Whether a document is binary rather than text: it holds a NUL byte, or at least
/// a third of its first [`SNIFF_BYTES`] are neither UTF-8 nor text (control
/// characters other than white space and escape). Such documents are passed through
/// unchanged: line rules make no sense on them.
pub fn looks_binary(doc: &[u8]) -> bool {
    memchr::memchr(0, doc).is_some() || suspicious(&doc[..doc.len().min(SNIFF_BYTES)])
}

/// Whether a third or more of `bytes` are invalid UTF-8 or control characters.
fn suspicious(bytes: &[u8]) -> bool {
    let mut bad = bytes
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | 0x1B))
        .count();
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(_) => break,
            Err(e) => match e.error_len() {
                Some(n) => {
                    bad += n;
                    rest = &rest[e.valid_up_to() + n..];
                }
                // A character cut by the end of the sample.
                None => break,
            },
        }
    }
    bad * 3 >= bytes.len() && !bytes.is_empty()
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
        ];
        for (name, flag, want) in cases {
            assert_eq!(Format::choose(Some(Path::new(name)), *flag), Some(*want), "{name}");
        }
        // Names that say nothing, and standard input, are sniffed.
        assert_eq!(Format::choose(Some(Path::new("a")), None), None);
        assert_eq!(Format::choose(Some(Path::new("a.html")), None), None);
        assert_eq!(Format::choose(None, None), None);
    }

    #[test]
    fn sniffing() {
        let text = FieldPath::parse("text").unwrap();
        let body = FieldPath::parse("body").unwrap();
        let cases: &[(&[u8], &FieldPath, Format)] = &[
            (b"{\"text\":\"a\"}\n{\"text\":\"b\"}\n", &text, Format::Jsonl),
            (b"\n  {\"id\":1, \"text\" : \"a\"}", &text, Format::Jsonl),
            // The first record is longer than the head.
            (b"{\"id\":1,\"text\":\"a very long", &text, Format::Jsonl),
            // Another field, or not a string: text.
            (b"{\"text\":\"a\"}\n", &body, Format::Text),
            (b"{\"text\":7}\n", &text, Format::Text),
            (b"{ not json }\n", &text, Format::Text),
            (b"Headline\n\nBody {\"text\":\"a\"}\n", &text, Format::Text),
            (b"First doc\n\x00Second doc\x00Third", &text, Format::Nul),
            (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\xff\xfe", &text, Format::Text),
            (b"", &text, Format::Text),
        ];
        for (head, field, want) in cases {
            assert_eq!(sniff(head, field), *want, "{}", String::from_utf8_lossy(head));
        }
    }

    #[test]
    fn binary_documents() {
        assert!(looks_binary(b"text\x00more text"));
        assert!(looks_binary(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x01, 0x02]));
        let random: Vec<u8> =
            (0u32..4096).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
        assert!(looks_binary(&random));
        assert!(!looks_binary("Caf\u{e9} \u{4E2D}\u{6587} text\r\n\x0c".as_bytes()));
        // Latin-1 text: a few bytes that are not UTF-8 do not make it binary.
        assert!(!looks_binary(b"Caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve r\xe9sum\xe9 text\n"));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn magic_bytes() {
        assert_eq!(Compression::from_magic(&[0x1f, 0x8b, 8]), Compression::Gzip);
        assert_eq!(Compression::from_magic(&[0x28, 0xb5, 0x2f, 0xfd]), Compression::Zstd);
        assert_eq!(Compression::from_magic(b"{\"a\""), Compression::None);
        assert_eq!(Compression::from_magic(b""), Compression::None);
    }
}
