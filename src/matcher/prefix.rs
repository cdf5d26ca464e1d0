//! Literals that must begin at a given offset: a sorted table, searched by narrowing.
//!
//! Phrases of rules that must start their line are only ever looked for at one or two
//! offsets of a line (where its leading decoration ends). An automaton would work, but
//! it spends most of its construction on failure links that an anchored search never
//! follows. Sorting the literals (ASCII letters folded to lower case, as the automaton
//! for the rest of the line does) builds in a fraction of the time, and finding every
//! literal that is a prefix of the text at an offset takes two binary searches per
//! byte of the longest one that could still match, usually one or two bytes.

/// The table: literals, lower-cased, with what each stands for, sorted by literal.
pub(super) struct Prefixes {
    entries: Vec<(Box<[u8]>, u32)>,
    /// `entries[first[b]..first[b + 1]]` are the literals that start with byte `b`:
    /// the first step of a search without a binary search.
    first: Box<[u32; 257]>,
}

impl Prefixes {
    /// A table of `literals`; the value of each is its index in `literals`.
    pub(super) fn new(literals: &[Vec<u8>]) -> Prefixes {
        let mut entries: Vec<(Box<[u8]>, u32)> = literals
            .iter()
            .enumerate()
            .map(|(i, lit)| (lit.to_ascii_lowercase().into_boxed_slice(), i as u32))
            .collect();
        entries.sort_unstable();
        let mut first = Box::new([0u32; 257]);
        for (lit, _) in &entries {
            if let Some(&b) = lit.first() {
                first[b as usize + 1] += 1;
            }
        }
        // Empty literals (never made by the matcher) sort first and are skipped here.
        first[0] = entries.iter().take_while(|(lit, _)| lit.is_empty()).count() as u32;
        for b in 1..257 {
            first[b] += first[b - 1];
        }
        Prefixes { entries, first }
    }

    /// Calls `found(length, value)` for every literal that `hay` starts with (ASCII case
    /// ignored), shortest first.
    pub(super) fn find(&self, hay: &[u8], mut found: impl FnMut(usize, u32)) {
        let Some(&b) = hay.first() else { return };
        let b = b.to_ascii_lowercase() as usize;
        let (mut lo, mut hi) = (self.first[b] as usize, self.first[b + 1] as usize);
        let mut depth = 1;
        while lo < hi {
            // Within the range every literal agrees with `hay` on the first `depth`
            // bytes, and those of exactly that length sort first: they match.
            while lo < hi && self.entries[lo].0.len() == depth {
                found(depth, self.entries[lo].1);
                lo += 1;
            }
            if lo == hi || depth == hay.len() {
                return;
            }
            let b = hay[depth].to_ascii_lowercase();
            let range = &self.entries[lo..hi];
            let from = range.partition_point(|(lit, _)| lit[depth] < b);
            let to = range.partition_point(|(lit, _)| lit[depth] <= b);
            (lo, hi) = (lo + from, lo + to);
            depth += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(table: &Prefixes, hay: &str) -> Vec<(usize, u32)> {
        let mut out = Vec::new();
        table.find(hay.as_bytes(), |len, v| out.push((len, v)));
        out
    }

    #[test]
    fn every_prefix_shortest_first() {
        let lits: Vec<Vec<u8>> = ["By", "by ", "Share", "share this", "©", "by"]
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .collect();
        let table = Prefixes::new(&lits);
        let mut by = found(&table, "BY Jane");
        by.sort();
        assert_eq!(by, vec![(2, 0), (2, 5), (3, 1)]);
        assert_eq!(found(&table, "Share This story"), vec![(5, 2), (10, 3)]);
        assert_eq!(found(&table, "© AP"), vec![(2, 4)]);
        assert_eq!(found(&table, "Shar"), vec![]);
        assert_eq!(found(&table, ""), vec![]);
        assert_eq!(found(&Prefixes::new(&[]), "By"), vec![]);
    }
}
