//! `--shard I/N`: which files of a tree or file list this run cleans, so that N
//! machines (or N jobs of a batch scheduler) split one crawl without talking to
//! each other. A file belongs to the shard its relative path hashes to; the hash
//! is FNV-1a over the path's bytes with '/' separators, fixed here rather than
//! taken from the standard library, whose hasher may change between Rust releases
//! and would then move files between shards of a half-done crawl.

use std::path::Path;

/// Shard `index` (0-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    index: u64,
    count: u64,
}

impl Shard {
    /// Parses `I/N` with 1 <= I <= N, as written on the command line.
    pub fn parse(text: &str) -> Result<Shard, String> {
        let bad = || format!("--shard: '{text}' is not I/N with 1 <= I <= N (e.g. 3/8)");
        let (i, n) = text.split_once('/').ok_or_else(bad)?;
        let i: u64 = i.trim().parse().map_err(|_| bad())?;
        let n: u64 = n.trim().parse().map_err(|_| bad())?;
        if n == 0 || i == 0 || i > n {
            return Err(bad());
        }
        Ok(Shard { index: i - 1, count: n })
    }

    /// Whether the file at `rel` (relative to its tree root, or as listed) is ours.
    pub fn contains(&self, rel: &Path) -> bool {
        shard_of(rel, self.count) == self.index
    }
}

/// The 0-based shard of `rel` among `count`.
fn shard_of(rel: &Path, count: u64) -> u64 {
    fnv1a(&path_bytes(rel)) % count
}

/// The path's components joined by '/', so that a tree walked on Windows and one
/// listed on Linux agree. Leading '/' and './' are not part of the name.
fn path_bytes(rel: &Path) -> Vec<u8> {
    let mut out = Vec::new();
    for c in rel.components() {
        if let std::path::Component::Normal(p) = c {
            if !out.is_empty() {
                out.push(b'/');
            }
            out.extend_from_slice(p.as_encoded_bytes());
        }
    }
    out
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_i_of_n_and_refuses_the_rest() {
        for (text, ok) in [
            ("1/1", Some((0, 1))),
            ("3/8", Some((2, 8))),
            ("8/8", Some((7, 8))),
            ("0/8", None),
            ("9/8", None),
            ("1/0", None),
            ("3", None),
            ("a/b", None),
            ("-1/4", None),
        ] {
            let got = Shard::parse(text).ok().map(|s| (s.index, s.count));
            assert_eq!(got, ok, "{text}");
        }
    }

    #[test]
    fn every_path_is_in_exactly_one_shard() {
        let paths: Vec<String> =
            (0..500).map(|i| format!("crawl/{}/doc-{i}.jsonl", i % 7)).collect();
        for n in [1, 2, 3, 8] {
            let shards: Vec<Shard> =
                (1..=n).map(|i| Shard::parse(&format!("{i}/{n}")).unwrap()).collect();
            for p in &paths {
                let owners = shards.iter().filter(|s| s.contains(Path::new(p))).count();
                assert_eq!(owners, 1, "{p} in {owners} of {n} shards");
            }
        }
    }

    #[test]
    fn assignment_is_fixed_and_ignores_leading_dot_and_slash() {
        // Pinned values: changing the hash would reshuffle crawls already split.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        let n = 16;
        assert_eq!(shard_of(Path::new("./a/b.txt"), n), shard_of(Path::new("a/b.txt"), n));
        assert_eq!(shard_of(Path::new("/a/b.txt"), n), shard_of(Path::new("a/b.txt"), n));
    }
}
