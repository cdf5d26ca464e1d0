//! Text that is not UTF-8: input that opens with a UTF-16 or UTF-32 byte-order mark is
//! decoded to UTF-8 on the way in (the rules and the model read UTF-8), and, when the
//! user asks for it, the cleaned text is encoded back on the way out. Code units that
//! do not form a character (a lone surrogate, a value above U+10FFFF, a cut-off last
//! unit) become U+FFFD and are counted.

use std::io::{self, BufRead, Read, Write};

/// A Unicode encoding announced by a byte-order mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf16Le,
    Utf16Be,
    Utf32Le,
    Utf32Be,
}

const REPLACEMENT: char = '\u{FFFD}';

impl Encoding {
    /// The encoding whose byte-order mark opens `head`, and the mark's length. A
    /// UTF-8 mark is not reported: UTF-8 input is read as it is.
    pub fn from_bom(head: &[u8]) -> Option<(Encoding, usize)> {
        // UTF-32LE's mark begins with UTF-16LE's, so it is tried first.
        if head.starts_with(&[0xFF, 0xFE, 0, 0]) {
            Some((Encoding::Utf32Le, 4))
        } else if head.starts_with(&[0, 0, 0xFE, 0xFF]) {
            Some((Encoding::Utf32Be, 4))
        } else if head.starts_with(&[0xFF, 0xFE]) {
            Some((Encoding::Utf16Le, 2))
        } else if head.starts_with(&[0xFE, 0xFF]) {
            Some((Encoding::Utf16Be, 2))
        } else {
            None
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Utf32Le => "UTF-32LE",
            Encoding::Utf32Be => "UTF-32BE",
        }
    }

    fn unit(self) -> usize {
        match self {
            Encoding::Utf16Le | Encoding::Utf16Be => 2,
            Encoding::Utf32Le | Encoding::Utf32Be => 4,
        }
    }

    fn bom(self) -> &'static [u8] {
        match self {
            Encoding::Utf16Le => &[0xFF, 0xFE],
            Encoding::Utf16Be => &[0xFE, 0xFF],
            Encoding::Utf32Le => &[0xFF, 0xFE, 0, 0],
            Encoding::Utf32Be => &[0, 0, 0xFE, 0xFF],
        }
    }

    fn read_unit(self, b: &[u8]) -> u32 {
        match self {
            Encoding::Utf16Le => u16::from_le_bytes([b[0], b[1]]) as u32,
            Encoding::Utf16Be => u16::from_be_bytes([b[0], b[1]]) as u32,
            Encoding::Utf32Le => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            Encoding::Utf32Be => u32::from_be_bytes([b[0], b[1], b[2], b[3]]),
        }
    }

    fn push_char(self, c: char, out: &mut Vec<u8>) {
        match self {
            Encoding::Utf16Le | Encoding::Utf16Be => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.extend_from_slice(&if self == Encoding::Utf16Le {
                        u.to_le_bytes()
                    } else {
                        u.to_be_bytes()
                    });
                }
            }
            Encoding::Utf32Le => out.extend_from_slice(&(c as u32).to_le_bytes()),
            Encoding::Utf32Be => out.extend_from_slice(&(c as u32).to_be_bytes()),
        }
    }
}

/// Reads UTF-16 or UTF-32 (after its byte-order mark) as UTF-8.
pub struct Decoder<R> {
    inner: R,
    encoding: Encoding,
    /// A high surrogate waiting for its low half.
    high: Option<u32>,
    /// Decoded bytes not yet handed out.
    out: Vec<u8>,
    at: usize,
    /// Bytes of a code unit cut by the end of the inner buffer.
    partial: Vec<u8>,
    /// Code units replaced by U+FFFD.
    pub replaced: u64,
    done: bool,
}

impl<R: BufRead> Decoder<R> {
    /// `inner` must be positioned just after the byte-order mark.
    pub fn new(inner: R, encoding: Encoding) -> Decoder<R> {
        Decoder {
            inner,
            encoding,
            high: None,
            out: Vec::new(),
            at: 0,
            partial: Vec::new(),
            replaced: 0,
            done: false,
        }
    }

    /// Decodes whole units of `bytes` into `self.out`.
    fn decode(&mut self, bytes: &[u8]) {
        let size = self.encoding.unit();
        for u in bytes.chunks_exact(size) {
            let unit = self.encoding.read_unit(u);
            self.push_unit(unit);
        }
    }

    fn push_unit(&mut self, unit: u32) {
        let c = if self.encoding.unit() == 4 {
            char::from_u32(unit)
        } else if (0xD800..0xDC00).contains(&unit) {
            if self.high.replace(unit).is_some() {
                self.bad();
            }
            return;
        } else if (0xDC00..0xE000).contains(&unit) {
            match self.high.take() {
                Some(h) => char::from_u32(0x10000 + ((h - 0xD800) << 10) + (unit - 0xDC00)),
                None => None,
            }
        } else {
            if self.high.take().is_some() {
                self.bad();
            }
            char::from_u32(unit)
        };
        match c {
            Some(c) => {
                let mut buf = [0u8; 4];
                self.out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
            None => self.bad(),
        }
    }

    fn bad(&mut self) {
        self.replaced += 1;
        let mut buf = [0u8; 4];
        self.out.extend_from_slice(REPLACEMENT.encode_utf8(&mut buf).as_bytes());
    }

    /// Refills `self.out` from the inner reader; false at the end of the input.
    fn refill(&mut self) -> io::Result<bool> {
        self.out.clear();
        self.at = 0;
        while self.out.is_empty() {
            if self.done {
                return Ok(false);
            }
            let size = self.encoding.unit();
            let buf = self.inner.fill_buf()?;
            if buf.is_empty() {
                self.done = true;
                if self.high.take().is_some() {
                    self.bad();
                }
                if !self.partial.is_empty() {
                    self.partial.clear();
                    self.bad();
                }
                continue;
            }
            // The units are copied out of the inner buffer (with the bytes of a unit
            // the last buffer cut) before decoding into `self.out`.
            let mut data = std::mem::take(&mut self.partial);
            data.extend_from_slice(buf);
            let n = buf.len();
            self.inner.consume(n);
            let whole = data.len() / size * size;
            self.decode(&data[..whole]);
            self.partial = data[whole..].to_vec();
        }
        Ok(true)
    }
}

impl<R: BufRead> Read for Decoder<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.at == self.out.len() && !self.refill()? {
            return Ok(0);
        }
        let n = (self.out.len() - self.at).min(buf.len());
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

/// Writes UTF-8 text as UTF-16 or UTF-32, opening with the byte-order mark. Bytes
/// that are not UTF-8 become U+FFFD.
pub struct Encoder<W: Write> {
    inner: W,
    encoding: Encoding,
    /// The start of a character cut by the end of the last write.
    partial: Vec<u8>,
    started: bool,
    buf: Vec<u8>,
}

impl<W: Write> Encoder<W> {
    pub fn new(inner: W, encoding: Encoding) -> Encoder<W> {
        Encoder { inner, encoding, partial: Vec::new(), started: false, buf: Vec::new() }
    }

    fn start(&mut self) {
        if !self.started {
            self.started = true;
            self.buf.extend_from_slice(self.encoding.bom());
        }
    }

    /// Encodes the valid UTF-8 of `bytes` into `self.buf`, keeping a cut-off last
    /// character in `self.partial`.
    fn encode(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            match std::str::from_utf8(bytes) {
                Ok(s) => {
                    self.push_str(s);
                    return;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    // Checked by from_utf8 up to `valid`.
                    let s = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
                    self.push_str(s);
                    match e.error_len() {
                        Some(n) => {
                            self.encoding.push_char(REPLACEMENT, &mut self.buf);
                            bytes = &bytes[valid + n..];
                        }
                        None => {
                            self.partial.extend_from_slice(&bytes[valid..]);
                            return;
                        }
                    }
                }
            }
        }
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.encoding.push_char(c, &mut self.buf);
        }
    }

    /// Writes what is left (a cut-off character as U+FFFD) and returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        self.start();
        if !self.partial.is_empty() {
            self.partial.clear();
            self.encoding.push_char(REPLACEMENT, &mut self.buf);
        }
        self.inner.write_all(&self.buf)?;
        self.inner.flush()?;
        Ok(self.inner)
    }
}

impl<W: Write> Write for Encoder<W> {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.start();
        if self.partial.is_empty() {
            self.encode(bytes);
        } else {
            let mut joined = std::mem::take(&mut self.partial);
            joined.extend_from_slice(bytes);
            self.encode(&joined);
        }
        self.inner.write_all(&self.buf)?;
        self.buf.clear();
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Encoding; 4] =
        [Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Utf32Le, Encoding::Utf32Be];

    fn encoded(text: &str, e: Encoding) -> Vec<u8> {
        let mut out = e.bom().to_vec();
        for c in text.chars() {
            e.push_char(c, &mut out);
        }
        out
    }

    /// Decodes through a reader that hands out `step` bytes at a time, so that
    /// units and surrogate pairs are cut at every place.
    fn decode(bytes: &[u8], step: usize) -> (String, u64) {
        let (e, bom) = Encoding::from_bom(bytes).expect("a mark");
        let inner = io::BufReader::with_capacity(step, &bytes[bom..]);
        let mut d = Decoder::new(inner, e);
        let mut out = String::new();
        d.read_to_string(&mut out).unwrap();
        (out, d.replaced)
    }

    #[test]
    fn round_trips_in_every_encoding_whatever_the_buffer_size() {
        let text = "Headline \u{e9}t\u{e9}\r\nBody \u{1F600} text, \u{4E2D}\u{6587}.\n";
        for e in ALL {
            let bytes = encoded(text, e);
            assert_eq!(Encoding::from_bom(&bytes).map(|x| x.0), Some(e));
            for step in 1..9 {
                assert_eq!(decode(&bytes, step), (text.to_string(), 0), "{e:?} {step}");
            }
            for step in 1..5 {
                let mut w = Encoder::new(Vec::new(), e);
                for piece in text.as_bytes().chunks(step) {
                    w.write_all(piece).unwrap();
                }
                assert_eq!(w.finish().unwrap(), bytes, "{e:?} {step}");
            }
        }
    }

    #[test]
    fn broken_units_become_replacement_characters() {
        // A lone low surrogate, a lone high surrogate before a letter, and a cut-off
        // last unit.
        let bytes = [0xFF, 0xFE, 0x00, 0xDC, 0x3D, 0xD8, b'a', 0, b'b'];
        assert_eq!(decode(&bytes, 3), ("\u{FFFD}\u{FFFD}a\u{FFFD}".to_string(), 3));
        let bytes = [0, 0, 0xFE, 0xFF, 0, 0x11, 0, 0, 0, 0, 0, b'x'];
        assert_eq!(decode(&bytes, 4), ("\u{FFFD}x".to_string(), 1));
    }

    #[test]
    fn utf8_input_is_not_reencoded() {
        assert_eq!(Encoding::from_bom(b"\xEF\xBB\xBFtext"), None);
        assert_eq!(Encoding::from_bom(b"plain"), None);
    }
}
