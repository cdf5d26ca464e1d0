//! A Unicode character class read from a regex, for code that walks characters by
//! hand but must take exactly what the regex would.

use regex_syntax::hir::{Class, HirKind};

/// A set of characters: a bit per ASCII character, sorted ranges for the rest.
pub(crate) struct CharClass {
    ascii: u128,
    ranges: Box<[(u32, u32)]>,
}

impl CharClass {
    /// The class of `pattern`, a fixed regex of one class (`[\s\p{P}]`, `\p{Lu}`),
    /// read with or without case folding as a regex with that flag reads it.
    pub(crate) fn parse(pattern: &str, case_insensitive: bool) -> CharClass {
        let hir = regex_syntax::ParserBuilder::new()
            .utf8(false)
            .case_insensitive(case_insensitive)
            .build()
            .parse(pattern)
            .expect("a fixed class parses");
        let HirKind::Class(Class::Unicode(class)) = hir.kind() else {
            unreachable!("a Unicode class")
        };
        let mut ascii = 0u128;
        let mut ranges = Vec::new();
        for r in class.ranges() {
            let (lo, hi) = (r.start() as u32, r.end() as u32);
            for c in lo..=hi.min(0x7F) {
                ascii |= 1 << c;
            }
            if hi >= 0x80 {
                ranges.push((lo.max(0x80), hi));
            }
        }
        CharClass { ascii, ranges: ranges.into() }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        let c = c as u32;
        if c < 0x80 {
            return self.ascii & (1 << c) != 0;
        }
        let i = self.ranges.partition_point(|&(_, hi)| hi < c);
        i < self.ranges.len() && self.ranges[i].0 <= c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_hold_what_the_regex_takes() {
        let upper = CharClass::parse(r"\p{Lu}", false);
        assert!(upper.contains('A') && upper.contains('Ä') && !upper.contains('a'));
        let folded = CharClass::parse(r"[k]", true);
        assert!(folded.contains('K') && folded.contains('\u{212A}'));
        let lead = CharClass::parse(r"[\s\p{P}\p{S}\p{N}]", false);
        assert!(lead.contains(' ') && lead.contains('•') && lead.contains('7'));
        assert!(!lead.contains('x'));
    }
}
