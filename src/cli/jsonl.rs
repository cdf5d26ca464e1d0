//! JSONL records without a DOM: one pass over the raw line validates it and finds
//! the byte span of the string value to clean (and of the URL field); only that
//! string is decoded, cleaned, re-encoded and spliced back. Every other byte of the
//! line, key order, spacing, number spelling and duplicate keys included, stays as
//! it came in.
//!
//! When a key appears twice on the path, the last one is used, as most JSON readers
//! (serde_json, Python's `json`) keep the last value.

/// A dotted field path: `text` or `meta.body`.
#[derive(Debug, Clone)]
pub struct FieldPath(Vec<Vec<u8>>);

impl FieldPath {
    pub fn parse(s: &str) -> Option<FieldPath> {
        let parts: Vec<Vec<u8>> = s.split('.').map(|p| p.as_bytes().to_vec()).collect();
        if parts.iter().any(|p| p.is_empty()) {
            None
        } else {
            Some(FieldPath(parts))
        }
    }

    /// The last key of the path: `body` of `meta.body`.
    pub fn last(&self) -> &[u8] {
        self.0.last().map_or(&[], |k| &k[..])
    }
}

/// What a field path led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// The path is not in the record (or the record is not an object).
    Missing,
    /// A string; the span is its raw content between the quotes.
    String { start: usize, end: usize, escaped: bool },
    /// A number, object, array, boolean or null.
    Other,
}

/// The result of scanning one valid record.
#[derive(Debug, Clone, Copy)]
pub struct Scan {
    pub field: Found,
    pub url: Found,
    /// Offset of the closing `}` of the top-level object (None when the record is
    /// not an object).
    pub close: Option<usize>,
}

/// Why a line is not valid JSON; `column` is 1-based, in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub column: usize,
    pub what: &'static str,
}

/// Deeper nesting is refused, like serde_json does, so that a hostile line cannot
/// overflow the stack.
const MAX_DEPTH: usize = 128;

/// Scans `line` (without its `\n`), validating all of it.
pub fn scan(line: &[u8], field: &FieldPath, url: Option<&FieldPath>) -> Result<Scan, JsonError> {
    let mut s = Scanner {
        b: line,
        i: 0,
        paths: [Some(field), url],
        found: [Found::Missing, Found::Missing],
        key: Vec::new(),
    };
    s.ws();
    let close = if s.peek() == Some(b'{') {
        s.object(0, [Some(0), url.map(|_| 0)])?;
        Some(s.i - 1)
    } else {
        s.value(0, [None, None])?;
        None
    };
    s.ws();
    if s.i != line.len() {
        return Err(s.err("trailing characters after the JSON value"));
    }
    Ok(Scan { field: s.found[0], url: s.found[1], close })
}

struct Scanner<'a, 'p> {
    b: &'a [u8],
    i: usize,
    paths: [Option<&'p FieldPath>; 2],
    found: [Found; 2],
    key: Vec<u8>,
}

impl Scanner<'_, '_> {
    fn err(&self, what: &'static str) -> JsonError {
        JsonError { column: self.i + 1, what }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\r' | b'\n') = self.peek() {
            self.i += 1;
        }
    }

    fn expect(&mut self, c: u8, what: &'static str) -> Result<(), JsonError> {
        if self.peek() == Some(c) {
            self.i += 1;
            Ok(())
        } else if self.i >= self.b.len() {
            Err(self.err("unexpected end of line"))
        } else {
            Err(self.err(what))
        }
    }

    /// `active[t]`: how many components of path `t` the enclosing keys matched.
    fn object(&mut self, depth: usize, active: [Option<usize>; 2]) -> Result<(), JsonError> {
        if depth >= MAX_DEPTH {
            return Err(self.err("nested too deep"));
        }
        self.i += 1; // '{'
        self.ws();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return Err(if self.i >= self.b.len() {
                    self.err("unexpected end of line")
                } else {
                    self.err("expected a key string")
                });
            }
            let (ks, ke, kesc) = self.string()?;
            self.ws();
            self.expect(b':', "expected ':' after the key")?;
            self.ws();
            // Which paths continue through this key.
            let mut next = [None, None];
            let mut leaf = [false, false];
            for t in 0..2 {
                let (Some(level), Some(path)) = (active[t], self.paths[t]) else { continue };
                if key_is(&self.b[ks..ke], kesc, &path.0[level], &mut self.key) {
                    if level + 1 == path.0.len() {
                        leaf[t] = true;
                    } else {
                        next[t] = Some(level + 1);
                    }
                }
            }
            let found = self.value(depth + 1, next)?;
            for (slot, hit) in self.found.iter_mut().zip(leaf) {
                if hit {
                    *slot = found;
                }
            }
            self.ws();
            match self.peek() {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(());
                }
                None => return Err(self.err("unexpected end of line")),
                _ => return Err(self.err("expected ',' or '}'")),
            }
        }
    }

    fn value(&mut self, depth: usize, active: [Option<usize>; 2]) -> Result<Found, JsonError> {
        match self.peek() {
            Some(b'"') => {
                let (start, end, escaped) = self.string()?;
                Ok(Found::String { start, end, escaped })
            }
            Some(b'{') => {
                self.object(depth, active)?;
                Ok(Found::Other)
            }
            Some(b'[') => {
                if depth >= MAX_DEPTH {
                    return Err(self.err("nested too deep"));
                }
                self.i += 1;
                self.ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
                    return Ok(Found::Other);
                }
                loop {
                    self.ws();
                    self.value(depth + 1, [None, None])?;
                    self.ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return Ok(Found::Other);
                        }
                        None => return Err(self.err("unexpected end of line")),
                        _ => return Err(self.err("expected ',' or ']'")),
                    }
                }
            }
            Some(b't') => self.word(b"true"),
            Some(b'f') => self.word(b"false"),
            Some(b'n') => self.word(b"null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            None => Err(self.err("unexpected end of line")),
            _ => Err(self.err("expected a JSON value")),
        }
    }

    fn word(&mut self, w: &'static [u8]) -> Result<Found, JsonError> {
        if self.b[self.i..].starts_with(w) {
            self.i += w.len();
            Ok(Found::Other)
        } else {
            Err(self.err("expected a JSON value"))
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<Found, JsonError> {
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek() {
            Some(b'0') => self.i += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.err("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(self.err("invalid number"));
            }
        }
        Ok(Found::Other)
    }

    /// A string starting at `"`; returns its raw content span and whether it has
    /// escapes. Bytes of 0x80 and above are not checked for UTF-8 validity: they are
    /// carried through as they are.
    fn string(&mut self) -> Result<(usize, usize, bool), JsonError> {
        self.i += 1;
        let start = self.i;
        let mut escaped = false;
        loop {
            // Skip plain bytes quickly.
            while let Some(&c) = self.b.get(self.i) {
                if c == b'"' || c == b'\\' || c < 0x20 {
                    break;
                }
                self.i += 1;
            }
            match self.peek() {
                None => return Err(self.err("unterminated string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok((start, self.i - 1, escaped));
                }
                Some(b'\\') => {
                    escaped = true;
                    self.i += 1;
                    match self.peek() {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        Some(b'u') => {
                            self.i += 1;
                            for _ in 0..4 {
                                match self.peek() {
                                    Some(c) if c.is_ascii_hexdigit() => self.i += 1,
                                    _ => return Err(self.err("invalid \\u escape")),
                                }
                            }
                        }
                        _ => return Err(self.err("invalid escape")),
                    }
                }
                Some(_) => return Err(self.err("control character in a string")),
            }
        }
    }
}

fn key_is(raw: &[u8], escaped: bool, want: &[u8], scratch: &mut Vec<u8>) -> bool {
    if !escaped {
        return raw == want;
    }
    scratch.clear();
    decode(raw, scratch);
    scratch == want
}

fn hex4(b: &[u8]) -> u32 {
    b.iter().fold(0, |n, &c| n * 16 + (c as char).to_digit(16).unwrap_or(0))
}

/// Decodes the raw content of a valid JSON string into `out`. A lone surrogate
/// (`\ud800` with no pair) becomes its 3-byte WTF-8 form, which the cleaner treats
/// as invalid UTF-8 and [`encode`] turns back into the same escape.
pub fn decode(raw: &[u8], out: &mut Vec<u8>) {
    let mut i = 0;
    while i < raw.len() {
        let Some(j) = memchr::memchr(b'\\', &raw[i..]) else {
            out.extend_from_slice(&raw[i..]);
            return;
        };
        out.extend_from_slice(&raw[i..i + j]);
        i += j + 1;
        let c = raw[i];
        i += 1;
        let simple = match c {
            b'n' => b'\n',
            b't' => b'\t',
            b'r' => b'\r',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'u' => {
                let mut cp = hex4(&raw[i..i + 4]);
                i += 4;
                if (0xD800..0xDC00).contains(&cp)
                    && raw[i..].starts_with(b"\\u")
                    && raw.len() >= i + 6
                {
                    let lo = hex4(&raw[i + 2..i + 6]);
                    if (0xDC00..0xE000).contains(&lo) {
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                        i += 6;
                    }
                }
                push_code_point(cp, out);
                continue;
            }
            other => other, // '"', '\\', '/'
        };
        out.push(simple);
    }
}

/// UTF-8 (WTF-8 for lone surrogates) bytes of a code point.
fn push_code_point(cp: u32, out: &mut Vec<u8>) {
    if cp < 0x80 {
        out.push(cp as u8);
    } else if cp < 0x800 {
        out.extend_from_slice(&[0xC0 | (cp >> 6) as u8, 0x80 | (cp & 0x3F) as u8]);
    } else if cp < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (cp >> 12) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (cp >> 18) as u8,
            0x80 | ((cp >> 12) & 0x3F) as u8,
            0x80 | ((cp >> 6) & 0x3F) as u8,
            0x80 | (cp & 0x3F) as u8,
        ]);
    }
}

/// Whether a raw string was written with `\uXXXX` for every non-ASCII character
/// (Python's `ensure_ascii`); the cleaned string is then written the same way.
pub fn ascii_only(raw: &[u8]) -> bool {
    raw.is_ascii()
}

/// Encodes `text` as the content of a JSON string (without quotes) into `out`.
/// Only `"`, `\` and control characters are escaped, plus every non-ASCII character
/// when `ascii` is set. Bytes that are not UTF-8 are copied as they are, except the
/// WTF-8 form of a lone surrogate, which becomes its `\uXXXX` escape again.
pub fn encode(text: &[u8], ascii: bool, out: &mut Vec<u8>) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut i = 0;
    let mut run = 0;
    while i < text.len() {
        let c = text[i];
        let plain = c >= 0x20 && c != b'"' && c != b'\\' && (c < 0x80 || (!ascii && c != 0xED));
        if plain {
            i += 1;
            continue;
        }
        out.extend_from_slice(&text[run..i]);
        let short = match c {
            b'"' => Some(b'"'),
            b'\\' => Some(b'\\'),
            b'\n' => Some(b'n'),
            b'\r' => Some(b'r'),
            b'\t' => Some(b't'),
            0x08 => Some(b'b'),
            0x0c => Some(b'f'),
            _ => None,
        };
        let push_u = |cp: u32, out: &mut Vec<u8>| {
            out.extend_from_slice(b"\\u");
            for shift in [12, 8, 4, 0] {
                out.push(HEX[((cp >> shift) & 0xF) as usize]);
            }
        };
        if let Some(s) = short {
            out.extend_from_slice(&[b'\\', s]);
            i += 1;
        } else if c < 0x20 {
            push_u(c as u32, out);
            i += 1;
        } else {
            // Non-ASCII: decode one character (or a WTF-8 surrogate).
            let len = match c {
                0xC2..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0..=0xF4 => 4,
                _ => 0,
            };
            let ch = text
                .get(i..i + len)
                .filter(|s| len > 0 && s[1..].iter().all(|&b| b & 0xC0 == 0x80));
            match ch {
                Some(s) => {
                    let cp = match len {
                        2 => ((s[0] as u32 & 0x1F) << 6) | (s[1] as u32 & 0x3F),
                        3 => {
                            ((s[0] as u32 & 0x0F) << 12)
                                | ((s[1] as u32 & 0x3F) << 6)
                                | (s[2] as u32 & 0x3F)
                        }
                        _ => {
                            ((s[0] as u32 & 0x07) << 18)
                                | ((s[1] as u32 & 0x3F) << 12)
                                | ((s[2] as u32 & 0x3F) << 6)
                                | (s[3] as u32 & 0x3F)
                        }
                    };
                    let surrogate = (0xD800..0xE000).contains(&cp);
                    if ascii || surrogate {
                        if cp >= 0x10000 {
                            let v = cp - 0x10000;
                            push_u(0xD800 + (v >> 10), out);
                            push_u(0xDC00 + (v & 0x3FF), out);
                        } else {
                            push_u(cp, out);
                        }
                    } else {
                        out.extend_from_slice(s);
                    }
                    i += len;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        run = i;
    }
    out.extend_from_slice(&text[run..]);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(line: &str, path: &str) -> Result<Found, JsonError> {
        scan(line.as_bytes(), &FieldPath::parse(path).unwrap(), None).map(|s| s.field)
    }

    #[test]
    fn finds_fields() {
        let l = r#"{"a": 1, "text": "hi", "n": {"text": "no"}}"#;
        assert_eq!(field(l, "text"), Ok(Found::String { start: 18, end: 20, escaped: false }));
        assert!(matches!(field(l, "n.text"), Ok(Found::String { .. })));
        assert_eq!(field(l, "a"), Ok(Found::Other));
        assert_eq!(field(l, "zz"), Ok(Found::Missing));
        assert_eq!(field("[1,2]", "text"), Ok(Found::Missing));
        // The last of duplicate keys.
        assert_eq!(
            field(r#"{"text":"a","text":"bc"}"#, "text"),
            Ok(Found::String { start: 20, end: 22, escaped: false })
        );
        assert!(matches!(
            field(r#"{"t\u0065xt":"a\n"}"#, "text"),
            Ok(Found::String { escaped: true, .. })
        ));
    }

    #[test]
    fn rejects_malformed() {
        for bad in [
            "{",
            "{\"a\"}",
            "{\"a\":}",
            "{\"a\":1,}",
            "{\"a\":01}",
            "{\"a\":1.}",
            "{\"a\":tru}",
            "{\"a\":\"x}",
            "{\"a\":\"\\x\"}",
            "{\"a\":1} x",
            "{'a':1}",
            "{\"a\":\"\t\"}",
            "",
        ] {
            assert!(field(bad, "a").is_err(), "{bad}");
        }
        let deep = "[".repeat(200) + &"]".repeat(200);
        assert!(field(&deep, "a").is_err());
        assert!(field("{\"a\":-1.5e+10, \"b\":[true,false,null,{}], \"c\":0}", "a").is_ok());
    }

    #[test]
    fn decode_encode_round_trip() {
        let cases: &[(&str, &str)] = &[
            (r#"plain"#, "plain"),
            (r#"it\u2019s \"q\" \\ \/ \n\t"#, "it\u{2019}s \"q\" \\ / \n\t"),
            (r#"\ud83d\ude00 smile"#, "\u{1F600} smile"),
        ];
        for (raw, want) in cases {
            let mut out = Vec::new();
            decode(raw.as_bytes(), &mut out);
            assert_eq!(out, want.as_bytes(), "{raw}");
            let mut again = Vec::new();
            encode(&out, ascii_only(raw.as_bytes()), &mut again);
            let mut back = Vec::new();
            decode(&again, &mut back);
            assert_eq!(back, out);
        }
        let mut out = Vec::new();
        encode("a\u{2019}\u{1F600}\u{1}".as_bytes(), true, &mut out);
        assert_eq!(out, br"a\u2019\ud83d\ude00\u0001");
        // A lone surrogate survives.
        let mut d = Vec::new();
        decode(br"x\ud800y", &mut d);
        let mut e = Vec::new();
        encode(&d, false, &mut e);
        assert_eq!(e, br"x\ud800y");
        // Agrees with serde_json.
        let text = "caf\u{e9} \"x\" \u{7f}\u{2028}\n";
        let mut e = Vec::new();
        encode(text.as_bytes(), false, &mut e);
        let quoted = [b"\"", &e[..], b"\""].concat();
        assert_eq!(serde_json::from_slice::<String>(&quoted).unwrap(), text);
    }
}
