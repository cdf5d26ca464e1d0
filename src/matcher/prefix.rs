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
        Prefixes { entries }
    }

    /// Calls `found(length, value)` for every literal that `hay` starts with (ASCII case
    /// ignored), shortest first.
    pub(super) fn find(&self, hay: &[u8], mut found: impl FnMut(usize, u32)) {
        let (mut lo, mut hi) = (0, self.entries.len());
        let mut depth = 0;
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
