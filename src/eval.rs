//! Quality metrics: how close a cleaned document comes to its gold text.
//!
//! These are the metrics of the team's reference scorer (`score.py` of the shared
//! evaluation data), reimplemented so that `deboil eval` gives the same figures:
//!
//! * **Tokens**, for gold article text ([`TokenDoc`], [`TokenSummary`]): the bag of
//!   lowercase word tokens of the output against that of the gold; precision, recall
//!   and F1 per document, averaged as the Scrapinghub benchmark does (macro), and
//!   over corpus sums (micro); the 4-word shingle metric of that benchmark; the share
//!   of the input's non-gold tokens removed and of its gold tokens lost.
//! * **Snippets**, for gold given as snippets that must stay and snippets that must
//!   go ([`Snippets`], [`SnippetDoc`], [`SnippetSummary`]), as trafilatura's own
//!   evaluation scores them: whitespace-normalised substring matching, corpus sums.
//!
//! Everything here is a pure function of text; reading samples and printing tables is
//! the binary's job.
//!
//! ```
//! use deboil::eval::{TokenDoc, TokenSummary};
//!
//! let doc = TokenDoc::score(
//!     "Storm hits\nSubscribe now\nThe storm came.\n", // input
//!     "Storm hits\nThe storm came.\n",                // cleaned
//!     "The storm came.",                              // gold
//! );
//! assert_eq!((doc.bow.tp, doc.bow.fp, doc.bow.fn_), (3, 2, 0));
//! let summary = TokenSummary::of(&[doc]);
//! assert_eq!(summary.recall, 1.0);
//! assert_eq!(summary.nongold_removed, 0.5); // "subscribe now" went, "storm hits" stayed
//! ```

mod word_chars;

use std::collections::HashMap;

/// Whether `c` is a word character as Python's `re` sees `\w` in a `str` pattern:
/// a letter, a character with a numeric value, or `_`.
pub fn is_word_char(c: char) -> bool {
    if c == '_' {
        return true;
    }
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric()
        && word_chars::NOT_WORD
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    std::cmp::Ordering::Less
                } else if lo > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_err()
}

/// The words of `text` in order, as Python's `re.findall(r"\w+", text)` finds them.
///
/// ```
/// let words: Vec<&str> = deboil::eval::words("Grüße, Zoë's café_2!").collect();
/// assert_eq!(words, ["Grüße", "Zoë", "s", "café_2"]);
/// ```
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// Whether `c` is white space for Python (`str.isspace`, `\s`, `str.strip`): Unicode
/// white space plus the four ASCII separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// `text` with every run of white space turned into one space and none at either end,
/// like Python's `re.sub(r"\s+", " ", text).strip()`.
pub fn normalize_space(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A multiset of lowercase word tokens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bag {
    counts: HashMap<String, u64>,
    len: u64,
}

impl Bag {
    /// The lowercase words of `text` (Python's `str.lower`, which Rust's
    /// `str::to_lowercase` matches, final sigma included).
    pub fn of_words(text: &str) -> Bag {
        let lower = text.to_lowercase();
        let mut bag = Bag::default();
        for w in words(&lower) {
            *bag.counts.entry(w.to_string()).or_insert(0) += 1;
            bag.len += 1;
        }
        bag
    }

    /// How many tokens, repeats counted.
    pub fn len(&self) -> u64 {
        self.len
    }

    /// Whether there are no tokens.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The size of the multiset intersection (Python's `sum((a & b).values())`).
    pub fn common(&self, other: &Bag) -> u64 {
        let (small, large) =
            if self.counts.len() <= other.counts.len() { (self, other) } else { (other, self) };
        small.counts.iter().map(|(w, &n)| n.min(large.counts.get(w).copied().unwrap_or(0))).sum()
    }
}

/// True positives, false positives and false negatives of one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold items found in the output.
    pub tp: u64,
    /// Output items that are not gold.
    pub fp: u64,
    /// Gold items missing from the output.
    pub fn_: u64,
}

impl Counts {
    /// The overlap of an output bag with a gold bag.
    pub fn of_bags(output: &Bag, gold: &Bag) -> Counts {
        let tp = output.common(gold);
        Counts { tp, fp: output.len() - tp, fn_: gold.len() - tp }
    }

    /// Precision and recall with the Scrapinghub benchmark's edge conventions: see
    /// [`precision_recall`].
    pub fn precision_recall(&self) -> (f64, f64) {
        precision_recall(self.tp as f64, self.fp as f64, self.fn_ as f64)
    }

    /// The harmonic mean of [`Counts::precision_recall`].
    pub fn f1(&self) -> f64 {
        let (p, r) = self.precision_recall();
        f1(p, r)
    }
}

/// Per-document precision and recall with the Scrapinghub benchmark's conventions
/// (`p_r` in `score.py`): a document with neither false positives nor false negatives
/// scores 1 and 1 (so an empty output for an empty gold is perfect); otherwise
/// precision is 0 when the output is empty and recall is 0 when the gold is empty.
pub fn precision_recall(tp: f64, fp: f64, fn_: f64) -> (f64, f64) {
    if fp == 0.0 && fn_ == 0.0 {
        return (1.0, 1.0);
    }
    let p = if tp == 0.0 && fp == 0.0 { 0.0 } else { tp / (tp + fp) };
    let r = if tp == 0.0 && fn_ == 0.0 { 0.0 } else { tp / (tp + fn_) };
    (p, r)
}

/// `2PR / (P + R)`, 0 when both are 0.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// The Scrapinghub averaging of per-document `(tp, fp, fn)`: mean precision over the
/// documents with some output, mean recall over the documents with some gold, F1 of
/// the two means. Returns `(P, R, F1)`.
pub fn macro_average(triples: impl IntoIterator<Item = (f64, f64, f64)>) -> (f64, f64, f64) {
    let (mut ps, mut rs) = (Vec::new(), Vec::new());
    for (tp, fp, fn_) in triples {
        let (p, r) = precision_recall(tp, fp, fn_);
        if tp + fp > 0.0 {
            ps.push(p);
        }
        if tp + fn_ > 0.0 {
            rs.push(r);
        }
    }
    let (p, r) = (mean(&ps), mean(&rs));
    (p, r, f1(p, r))
}

/// Corpus-level precision, recall and F1 over summed counts. Returns `(P, R, F1)`.
pub fn micro_average(counts: impl IntoIterator<Item = Counts>) -> (f64, f64, f64) {
    let sum = counts.into_iter().fold(Counts::default(), |a, c| Counts {
        tp: a.tp + c.tp,
        fp: a.fp + c.fp,
        fn_: a.fn_ + c.fn_,
    });
    let (tp, fp, fn_) = (sum.tp as f64, sum.fp as f64, sum.fn_ as f64);
    let p = if sum.tp + sum.fp > 0 { tp / (tp + fp) } else { 0.0 };
    let r = if sum.tp + sum.fn_ > 0 { tp / (tp + fn_) } else { 0.0 };
    (p, r, f1(p, r))
}

/// The mean, 0 for none. Compensated summation keeps it within an ulp or so of
/// Python's exact `statistics.mean`.
fn mean(xs: &[f64]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    let (mut sum, mut carry) = (0.0f64, 0.0f64);
    for &x in xs {
        let t = sum + x;
        carry += if sum.abs() >= x.abs() { (sum - t) + x } else { (x - t) + sum };
        sum = t;
    }
    (sum + carry) / xs.len() as f64
}

/// `1 - kept / present`, 0 when nothing was present.
fn share_lost(kept: u64, present: u64) -> f64 {
    if present == 0 {
        0.0
    } else {
        1.0 - kept as f64 / present as f64
    }
}

/// The 4-word shingles of case-sensitive words; a text of one to three words is one
/// shorter shingle, an empty text has none (as the Scrapinghub evaluation has it).
fn shingles(text: &str) -> HashMap<Vec<&str>, u64> {
    const N: usize = 4;
    let toks: Vec<&str> = words(text).collect();
    let mut out = HashMap::new();
    if toks.is_empty() {
        return out;
    }
    for i in 0..toks.len().saturating_sub(N - 1).max(1) {
        *out.entry(toks[i..(i + N).min(toks.len())].to_vec()).or_insert(0) += 1;
    }
    out
}

/// The shingle overlap of `output` with `gold`, normalised to sum 1.
fn shingle_overlap(output: &str, gold: &str) -> (f64, f64, f64) {
    let (o, g) = (shingles(output), shingles(gold));
    let tp: u64 = o.iter().map(|(s, &n)| n.min(g.get(s).copied().unwrap_or(0))).sum();
    let fp = o.values().sum::<u64>() - tp;
    let fn_ = g.values().sum::<u64>() - tp;
    let s = tp + fp + fn_;
    if s == 0 {
        (0.0, 0.0, 0.0)
    } else {
        let s = s as f64;
        (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
    }
}

/// The token scores of one document with gold article text.
#[derive(Clone, Debug, PartialEq)]
pub struct TokenDoc {
    /// Bag-of-words overlap of output and gold.
    pub bow: Counts,
    /// Shingle overlap, normalised to sum 1: `(tp, fp, fn)`.
    pub shingles: (f64, f64, f64),
    /// Gold tokens present in the input (multiset intersection of input and gold).
    pub gold_in_input: u64,
    /// Input tokens that are not gold.
    pub nongold_in_input: u64,
    /// Output tokens that are not gold (equals `bow.fp`).
    pub nongold_in_output: u64,
    /// Words of the input and of the output (case kept, as counted before lowercasing).
    pub words_in: u64,
    /// See `words_in`.
    pub words_out: u64,
    /// Whether the output is empty or only white space.
    pub empty_output: bool,
}

impl TokenDoc {
    /// Scores the cleaned `output` of `input` against `gold`.
    pub fn score(input: &str, output: &str, gold: &str) -> TokenDoc {
        let (i, o, g) = (Bag::of_words(input), Bag::of_words(output), Bag::of_words(gold));
        let bow = Counts::of_bags(&o, &g);
        let gold_in_input = i.common(&g);
        TokenDoc {
            bow,
            shingles: shingle_overlap(output, gold),
            gold_in_input,
            nongold_in_input: i.len() - gold_in_input,
            nongold_in_output: bow.fp,
            words_in: words(input).count() as u64,
            words_out: words(output).count() as u64,
            empty_output: output.trim_matches(is_space).is_empty(),
        }
    }

    /// Gold tokens present in the input that the output lost.
    pub fn gold_lost(&self) -> u64 {
        self.gold_in_input.saturating_sub(self.bow.tp)
    }

    /// [`gold_lost`](TokenDoc::gold_lost) as a share of `gold_in_input` (0 when the
    /// input holds no gold).
    pub fn gold_lost_share(&self) -> f64 {
        share_lost(self.bow.tp, self.gold_in_input)
    }
}

/// Token scores of a corpus.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TokenSummary {
    /// Documents scored.
    pub documents: usize,
    /// Macro precision: mean over documents with output.
    pub precision: f64,
    /// Macro recall: mean over documents with gold.
    pub recall: f64,
    /// F1 of the macro precision and recall (the headline figure).
    pub f1: f64,
    /// Precision over corpus sums.
    pub precision_micro: f64,
    /// Recall over corpus sums.
    pub recall_micro: f64,
    /// F1 over corpus sums.
    pub f1_micro: f64,
    /// Shingle precision (the Scrapinghub benchmark's exact metric).
    pub shingle_precision: f64,
    /// Shingle recall.
    pub shingle_recall: f64,
    /// Shingle F1.
    pub shingle_f1: f64,
    /// Share of the input's non-gold tokens that were removed.
    pub nongold_removed: f64,
    /// Share of the input's gold tokens that were lost.
    pub gold_lost: f64,
    /// Words in the inputs.
    pub words_in: u64,
    /// Words in the outputs.
    pub words_out: u64,
    /// Documents whose output is empty or white space.
    pub empty_outputs: usize,
}

impl TokenSummary {
    /// Sums and averages per-document scores.
    pub fn of(docs: &[TokenDoc]) -> TokenSummary {
        let bows = || docs.iter().map(|d| d.bow);
        let (precision, recall, f1) =
            macro_average(bows().map(|c| (c.tp as f64, c.fp as f64, c.fn_ as f64)));
        let (precision_micro, recall_micro, f1_micro) = micro_average(bows());
        let (shingle_precision, shingle_recall, shingle_f1) =
            macro_average(docs.iter().map(|d| d.shingles));
        let sum = |f: fn(&TokenDoc) -> u64| docs.iter().map(f).sum::<u64>();
        let (in_ng, out_ng) = (sum(|d| d.nongold_in_input), sum(|d| d.nongold_in_output));
        let (in_g, out_g) = (sum(|d| d.gold_in_input), sum(|d| d.bow.tp));
        TokenSummary {
            documents: docs.len(),
            precision,
            recall,
            f1,
            precision_micro,
            recall_micro,
            f1_micro,
            shingle_precision,
            shingle_recall,
            shingle_f1,
            // Not share_lost: more non-gold out than in (impossible for a cleaner that
            // only removes) must show as a negative share, as in score.py.
            nongold_removed: if in_ng == 0 { 0.0 } else { 1.0 - out_ng as f64 / in_ng as f64 },
            gold_lost: share_lost(out_g, in_g),
            words_in: sum(|d| d.words_in),
            words_out: sum(|d| d.words_out),
            empty_outputs: docs.iter().filter(|d| d.empty_output).count(),
        }
    }
}

/// Gold given as snippets: text that must stay and text that must go.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Snippets {
    /// Snippets of the article: found in the output, they count as true positives.
    pub with: Vec<String>,
    /// Snippets of boilerplate: found in the output, they count as false positives.
    pub without: Vec<String>,
}

/// The snippet scores of one document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SnippetDoc {
    /// `with` snippets found (tp), `without` snippets found (fp), `with` snippets not
    /// found (fn).
    pub counts: Counts,
    /// `without` snippets not found.
    pub tn: u64,
    /// `with` snippets found in the input.
    pub with_in_input: u64,
    /// Of those, the ones found in the output.
    pub with_kept: u64,
    /// `without` snippets found in the input.
    pub without_in_input: u64,
    /// Of those, the ones found in the output.
    pub without_kept: u64,
    /// Whether the output is empty or only white space.
    pub empty_output: bool,
}

impl SnippetDoc {
    /// Scores the cleaned `output` of `input` against `gold`: a snippet is found when
    /// its white-space-normalised text is a substring of the normalised output.
    pub fn score(input: &str, output: &str, gold: &Snippets) -> SnippetDoc {
        let (i, o) = (normalize_space(input), normalize_space(output));
        let mut d = SnippetDoc { empty_output: o.is_empty(), ..SnippetDoc::default() };
        for s in &gold.with {
            let s = normalize_space(s);
            let kept = o.contains(&s);
            if kept {
                d.counts.tp += 1;
            } else {
                d.counts.fn_ += 1;
            }
            if i.contains(&s) {
                d.with_in_input += 1;
                d.with_kept += kept as u64;
            }
        }
        for s in &gold.without {
            let s = normalize_space(s);
            let kept = o.contains(&s);
            if kept {
                d.counts.fp += 1;
            } else {
                d.tn += 1;
            }
            if i.contains(&s) {
                d.without_in_input += 1;
                d.without_kept += kept as u64;
            }
        }
        d
    }

    /// `with` snippets present in the input that the output lost.
    pub fn gold_lost(&self) -> u64 {
        self.with_in_input - self.with_kept
    }

    /// [`gold_lost`](SnippetDoc::gold_lost) as a share of `with_in_input` (0 when no
    /// `with` snippet is in the input).
    pub fn gold_lost_share(&self) -> f64 {
        share_lost(self.with_kept, self.with_in_input)
    }
}

/// Snippet scores of a corpus, from summed counts (trafilatura's evaluation).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SnippetSummary {
    /// Documents scored.
    pub documents: usize,
    /// `tp / (tp + fp)`.
    pub precision: f64,
    /// `tp / (tp + fn)`.
    pub recall: f64,
    /// `2tp / (2tp + fp + fn)`.
    pub f1: f64,
    /// `(tp + tn) / all snippets`.
    pub accuracy: f64,
    /// Share of the `without` snippets present in the input that were removed.
    pub nongold_removed: f64,
    /// Share of the `with` snippets present in the input that were lost.
    pub gold_lost: f64,
    /// `with` snippets present in the inputs.
    pub with_in_input: u64,
    /// `without` snippets present in the inputs.
    pub without_in_input: u64,
    /// Documents whose output is empty or white space.
    pub empty_outputs: usize,
}

impl SnippetSummary {
    /// Sums per-document counts.
    pub fn of(docs: &[SnippetDoc]) -> SnippetSummary {
        let sum = |f: fn(&SnippetDoc) -> u64| docs.iter().map(f).sum::<u64>();
        let (tp, fp, fn_, tn) =
            (sum(|d| d.counts.tp), sum(|d| d.counts.fp), sum(|d| d.counts.fn_), sum(|d| d.tn));
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let (with_in_input, without_in_input) =
            (sum(|d| d.with_in_input), sum(|d| d.without_in_input));
        SnippetSummary {
            documents: docs.len(),
            precision: ratio(tp, tp + fp),
            recall: ratio(tp, tp + fn_),
            f1: ratio(2 * tp, 2 * tp + fp + fn_),
            accuracy: ratio(tp + tn, tp + tn + fp + fn_),
            nongold_removed: share_lost(sum(|d| d.without_kept), without_in_input),
            gold_lost: share_lost(sum(|d| d.with_kept), with_in_input),
            with_in_input,
            without_in_input,
            empty_outputs: docs.iter().filter(|d| d.empty_output).count(),
        }
    }
}

/// What gold article text says of each line: `Some(true)` for a line of the article,
/// `Some(false)` for boilerplate, `None` for a line without words.
///
/// A line is article when most of its word sequences are in the gold: for a line of
/// three words or more, at least half of its word trigrams occur in the gold; a line
/// of one or two words must occur in the gold as it is. Trigrams rather than single
/// words, because the common words of a menu ("the", "home", "news") are in any
/// article too.
///
/// ```
/// let gold = "The storm reached the coast on Monday. Officials said ten homes were lost.";
/// let labels = deboil::eval::article_lines(
///     ["Storm hits", "The storm reached the coast on Monday.", "Share on Facebook", ""],
///     gold,
/// );
/// assert_eq!(labels, [Some(false), Some(true), Some(false), None]);
/// ```
pub fn article_lines<'a>(
    lines: impl IntoIterator<Item = &'a str>,
    gold: &str,
) -> Vec<Option<bool>> {
    use std::collections::HashSet;
    let lower = gold.to_lowercase();
    let g: Vec<&str> = words(&lower).collect();
    let ones: HashSet<&str> = g.iter().copied().collect();
    let twos: HashSet<(&str, &str)> = g.windows(2).map(|w| (w[0], w[1])).collect();
    let threes: HashSet<(&str, &str, &str)> = g.windows(3).map(|w| (w[0], w[1], w[2])).collect();
    lines
        .into_iter()
        .map(|line| {
            let lower = line.to_lowercase();
            let w: Vec<&str> = words(&lower).collect();
            match w.len() {
                0 => None,
                1 => Some(ones.contains(w[0])),
                2 => Some(twos.contains(&(w[0], w[1]))),
                n => {
                    let found =
                        w.windows(3).filter(|t| threes.contains(&(t[0], t[1], t[2]))).count();
                    Some(found * 2 >= n - 2)
                }
            }
        })
        .collect()
}

/// What gold snippets say of each line: `Some(true)` for a line that holds a `with`
/// snippet (or is part of one), `Some(false)` for one that holds a `without` snippet,
/// `None` for the rest and for lines that hold both. Texts are compared with their
/// white space normalised, as [`SnippetDoc::score`] compares them; a line must have
/// four words or more to count as part of a longer snippet.
pub fn snippet_lines<'a>(
    lines: impl IntoIterator<Item = &'a str>,
    gold: &Snippets,
) -> Vec<Option<bool>> {
    let with: Vec<String> =
        gold.with.iter().map(|s| normalize_space(s)).filter(|s| !s.is_empty()).collect();
    let without: Vec<String> =
        gold.without.iter().map(|s| normalize_space(s)).filter(|s| !s.is_empty()).collect();
    lines
        .into_iter()
        .map(|line| {
            let l = normalize_space(line);
            if l.is_empty() {
                return None;
            }
            let long = words(&l).count() >= 4;
            let holds = |list: &[String]| {
                list.iter().any(|s| l.contains(s.as_str()) || (long && s.contains(l.as_str())))
            };
            match (holds(&with), holds(&without)) {
                (true, false) => Some(true),
                (false, true) => Some(false),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_match_python_findall() {
        // Expected lists are what Python 3.11 gives for re.findall(r"\w+", text).
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("  \n\t ", &[]),
            ("Hello, world!", &["Hello", "world"]),
            ("snake_case and-dash", &["snake_case", "and", "dash"]),
            ("Straße über Ångström", &["Straße", "über", "Ångström"]),
            ("it's 3.5%", &["it", "s", "3", "5"]),
            ("x²+½ ٣٤", &["x²", "½", "٣٤"]),
            ("日本語のテキスト。次", &["日本語のテキスト", "次"]),
            // Devanagari vowel signs (Mc, Mn) are not \w for Python: "हिंदी" splits.
            ("हिंदी", &["ह", "द"]),
            ("ไทย ภาษา", &["ไทย", "ภาษา"]),
            ("ที่นี่", &["ท", "น"]),
            // Circled letters are symbols, not words.
            ("ⓐb Ⓒ", &["b"]),
            ("e\u{301}t\u{e9}", &["e", "t\u{e9}"]),
            ("a\u{a0}b\u{2009}c", &["a", "b", "c"]),
            ("\u{fffd}bad\u{fffd}", &["bad"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = words(text).collect();
            assert_eq!(&got, want, "{text:?}");
        }
    }

    #[test]
    fn bags_lowercase_like_python() {
        let cases: &[(&str, &[(&str, u64)])] = &[
            ("The the THE", &[("the", 3)]),
            ("ΟΔΟΣ", &[("οδος", 1)]),                  // final sigma
            ("İstanbul", &[("i", 1), ("stanbul", 1)]), // 'i̇': the dot is a mark
            ("STRASSE Straße", &[("strasse", 1), ("straße", 1)]),
        ];
        for (text, want) in cases {
            let bag = Bag::of_words(text);
            let mut got: Vec<(&str, u64)> = bag.counts.iter().map(|(w, &n)| (&**w, n)).collect();
            got.sort();
            assert_eq!(&got, want, "{text:?}");
            assert_eq!(bag.len(), want.iter().map(|w| w.1).sum::<u64>());
        }
    }

    #[test]
    fn white_space_is_normalised_like_python() {
        let cases = [
            ("", ""),
            ("  a  b ", "a b"),
            ("a\n\n\tb\r\nc", "a b c"),
            ("a\u{a0}\u{3000}b\u{2028}", "a b"),
            ("a\u{1c}b\u{1f}", "a b"),
            ("a\u{200b}b", "a\u{200b}b"), // zero-width space is not white space
        ];
        for (text, want) in cases {
            assert_eq!(normalize_space(text), want, "{text:?}");
        }
    }

    #[test]
    fn precision_recall_edge_conventions() {
        // (tp, fp, fn) -> (P, R), as score.py's p_r.
        let cases = [
            ((0, 0, 0), (1.0, 1.0)), // empty output, empty gold: perfect
            ((0, 0, 5), (0.0, 0.0)), // empty output
            ((0, 4, 0), (0.0, 0.0)), // empty gold
            ((3, 0, 0), (1.0, 1.0)),
            ((3, 1, 0), (0.75, 1.0)),
            ((1, 1, 2), (0.5, 1.0 / 3.0)),
            ((0, 2, 2), (0.0, 0.0)),
        ];
        for ((tp, fp, fn_), want) in cases {
            assert_eq!(Counts { tp, fp, fn_ }.precision_recall(), want, "{tp} {fp} {fn_}");
        }
    }

    #[test]
    fn macro_average_skips_documents_without_output_or_gold() {
        let t = |tp: u64, fp: u64, fn_: u64| (tp as f64, fp as f64, fn_ as f64);
        // Doc 1: P 1, R 0.5. Doc 2: empty output (no P), R 0. Doc 3: empty gold (no R), P 0.
        let (p, r, f) = macro_average([t(2, 0, 2), t(0, 0, 3), t(0, 5, 0)]);
        assert_eq!((p, r), (0.5, 0.25));
        assert!((f - 1.0 / 3.0).abs() < 1e-15);
        // Both empty everywhere: nothing to average.
        assert_eq!(macro_average([t(0, 0, 0)]), (0.0, 0.0, 0.0));
        assert_eq!(macro_average([]), (0.0, 0.0, 0.0));
    }

    #[test]
    fn token_doc_edge_cases() {
        struct Case {
            input: &'static str,
            output: &'static str,
            gold: &'static str,
            bow: (u64, u64, u64),
            gold_lost: f64,
            f1: f64,
        }
        let cases = [
            // Empty output: everything lost.
            Case {
                input: "a b c",
                output: "",
                gold: "a b",
                bow: (0, 0, 2),
                gold_lost: 1.0,
                f1: 0.0,
            },
            // Empty gold: all output is non-gold; nothing to lose.
            Case { input: "a b", output: "a", gold: "", bow: (0, 1, 0), gold_lost: 0.0, f1: 0.0 },
            // Both empty: perfect.
            Case { input: "a b", output: " \n", gold: "", bow: (0, 0, 0), gold_lost: 0.0, f1: 1.0 },
            // Repeats count as a multiset.
            Case {
                input: "the cat the dog the end",
                output: "the cat the dog",
                gold: "The cat, the dog, the end.",
                bow: (4, 0, 2),
                gold_lost: 2.0 / 6.0,
                f1: 0.8,
            },
        ];
        for c in cases {
            let d = TokenDoc::score(c.input, c.output, c.gold);
            assert_eq!((d.bow.tp, d.bow.fp, d.bow.fn_), c.bow, "{:?}", c.output);
            assert!((d.gold_lost_share() - c.gold_lost).abs() < 1e-12, "{:?}", c.output);
            assert!((d.bow.f1() - c.f1).abs() < 1e-12, "{:?}", c.output);
        }
    }

    #[test]
    fn token_summary_matches_hand_computation() {
        let docs = [
            TokenDoc::score("a b x y", "a b x", "a b"), // tp 2 fp 1 fn 0
            TokenDoc::score("c d e z", "c z", "c d e"), // tp 1 fp 1 fn 2
        ];
        let s = TokenSummary::of(&docs);
        assert_eq!(s.documents, 2);
        assert!((s.precision - (2.0 / 3.0 + 0.5) / 2.0).abs() < 1e-12);
        assert!((s.recall - (1.0 + 1.0 / 3.0) / 2.0).abs() < 1e-12);
        assert!((s.precision_micro - 3.0 / 5.0).abs() < 1e-12);
        assert!((s.recall_micro - 3.0 / 5.0).abs() < 1e-12);
        // Non-gold in the inputs: x y z (3); left in the outputs: x z (2).
        assert!((s.nongold_removed - 1.0 / 3.0).abs() < 1e-12);
        // Gold in the inputs: 5; kept: 3.
        assert!((s.gold_lost - 0.4).abs() < 1e-12);
        assert_eq!((s.words_in, s.words_out), (8, 5));
    }

    #[test]
    fn shingles_follow_the_benchmark() {
        // Short texts are one shorter shingle; identical texts score 1.
        assert_eq!(shingle_overlap("a b", "a b"), (1.0, 0.0, 0.0));
        assert_eq!(shingle_overlap("", ""), (0.0, 0.0, 0.0));
        // "a b c d e": shingles abcd, bcde; gold "a b c d": abcd.
        assert_eq!(shingle_overlap("a b c d e", "a b c d"), (0.5, 0.5, 0.0));
        // Case-sensitive, unlike the bag of words.
        assert_eq!(shingle_overlap("A b", "a b"), (0.0, 0.5, 0.5));
    }

    #[test]
    fn snippets_are_matched_after_normalising_space() {
        let gold = Snippets {
            with: vec!["first  line".into(), "second\nline".into(), "not in input".into()],
            without: vec!["Subscribe now".into(), "Cookie".into()],
        };
        let input = "first line\nsecond line\nSubscribe   now\nCookie settings\n";
        let output = "first line\n\n Subscribe now\n";
        let d = SnippetDoc::score(input, output, &gold);
        assert_eq!((d.counts.tp, d.counts.fp, d.counts.fn_, d.tn), (1, 1, 2, 1));
        assert_eq!((d.with_in_input, d.with_kept), (2, 1));
        assert_eq!((d.without_in_input, d.without_kept), (2, 1));
        assert_eq!(d.gold_lost_share(), 0.5);
        let s = SnippetSummary::of(&[d]);
        assert_eq!((s.precision, s.recall), (0.5, 1.0 / 3.0));
        assert_eq!(s.f1, 2.0 / 5.0);
        assert_eq!(s.accuracy, 2.0 / 5.0);
        assert_eq!((s.nongold_removed, s.gold_lost), (0.5, 0.5));
    }

    #[test]
    fn snippet_edge_cases() {
        // No snippets at all, empty output: every ratio is 0 rather than a division by 0.
        let s = SnippetSummary::of(&[SnippetDoc::score("", "", &Snippets::default())]);
        assert_eq!((s.precision, s.recall, s.f1, s.accuracy), (0.0, 0.0, 0.0, 0.0));
        assert_eq!((s.nongold_removed, s.gold_lost, s.empty_outputs), (0.0, 0.0, 1));
        // An empty snippet is found in any text, as Python's `"" in text` is true.
        let gold = Snippets { with: vec![String::new()], without: vec![] };
        assert_eq!(SnippetDoc::score("", "", &gold).counts.tp, 1);
    }

    #[test]
    fn mean_is_accurate() {
        assert_eq!(mean(&[]), 0.0);
        assert_eq!(mean(&[0.1; 10]), 0.1);
        assert_eq!(mean(&[1e16, 1.0, -1e16, 1.0]), 0.5);
    }
}
