//! Expands a phrase into the byte strings the automaton looks for.
//!
//! The automaton compares raw bytes and folds only ASCII case, and the text is never
//! rewritten before matching (that would cost an allocation per line). So the
//! differences people do not type are generated here, once, at compile time:
//! typographic quotes, apostrophes and dashes, and the case forms of letters outside
//! ASCII (as written, lower, UPPER, Capitalised words). ASCII case is left to the
//! automaton's own ASCII-case-insensitive mode, which keeps the hot path fast.

/// The most byte strings one phrase may turn into.
pub(crate) const MAX_VARIANTS: usize = 512;

const APOSTROPHES: &[char] = &['\'', '’', '‘', 'ʼ'];
const QUOTES: &[char] = &['"', '“', '”', '„', '«', '»'];
const DASHES: &[char] = &['-', '–', '—'];

/// The typographic class of a character: the characters it stands for (its ASCII
/// form first). `prev` and `next` are its neighbours in the phrase.
pub(crate) fn class(prev: Option<char>, c: char, next: Option<char>) -> Option<&'static [char]> {
    if APOSTROPHES.contains(&c) {
        Some(APOSTROPHES)
    } else if QUOTES.contains(&c) {
        Some(QUOTES)
    } else if c == '-' {
        // Only a hyphen standing between spaces is a dash; "e-mail" stays as written.
        (prev == Some(' ') && next == Some(' ')).then_some(DASHES)
    } else if c == '–' || c == '—' {
        Some(DASHES)
    } else {
        None
    }
}

/// `text` as a regex that matches what the phrase `text` matches, but for letter case
/// (left to the regex's own flag): each character with typographic variants becomes
/// a class of them, the rest is escaped.
pub(crate) fn regex_literal(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match class(prev, c, next) {
            Some(alternatives) => {
                out.push('[');
                alternatives
                    .iter()
                    .for_each(|a| out.push_str(&regex_syntax::escape(&a.to_string())));
                out.push(']');
            }
            None => out.push_str(&regex_syntax::escape(&c.to_string())),
        }
        prev = Some(c);
    }
    out
}

/// Every byte string `phrase` should match, or an error when there are too many.
pub(crate) fn expand(phrase: &str, case_sensitive: bool) -> Result<Vec<String>, String> {
    expand_forms(phrase, case_sensitive, false)
}

/// [`expand`]; `every_case` adds the capitalised forms even where folding covers them.
fn expand_forms(
    phrase: &str,
    case_sensitive: bool,
    every_case: bool,
) -> Result<Vec<String>, String> {
    // Most phrases are ASCII without a quote, an apostrophe or a hyphen: one form.
    if phrase.bytes().all(|b| b.is_ascii() && !matches!(b, b'\'' | b'"' | b'-')) {
        return Ok(vec![phrase.to_string()]);
    }
    let mut forms = vec![phrase.to_string()];
    if !case_sensitive
        && phrase.chars().any(|c| !c.is_ascii() && c.is_lowercase() != c.is_uppercase())
    {
        forms.push(phrase.to_lowercase());
        forms.push(phrase.to_uppercase());
        // Capitalised forms differ from the lower-case one only in the first letters
        // of words (and in a final sigma, which `to_lowercase` writes as ς): when those
        // letters are ASCII, the automaton's folding already covers them.
        if every_case || phrase.contains('Σ') || word_starts(phrase).any(|c| !c.is_ascii()) {
            forms.push(capitalise(phrase, true));
            forms.push(capitalise(phrase, false));
        }
        dedup_folded(&mut forms);
    }
    let mut out: Vec<String> = Vec::new();
    for form in &forms {
        let mut partial = vec![String::with_capacity(form.len() + 8)];
        // Text between characters with typographic variants is copied in runs.
        let mut run = 0;
        let mut prev = None;
        let mut chars = form.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let found = class(prev, c, next);
            prev = Some(c);
            let Some(alternatives) = found else { continue };
            partial.iter_mut().for_each(|p| p.push_str(&form[run..i]));
            run = i + c.len_utf8();
            if partial.len() * alternatives.len() * forms.len() > MAX_VARIANTS {
                return Err(format!(
                    "phrase has more than {MAX_VARIANTS} typographic and case variants; split it or use a regex"
                ));
            }
            partial = partial
                .iter()
                .flat_map(|p| {
                    alternatives.iter().map(move |a| {
                        let mut s = p.clone();
                        s.push(*a);
                        s
                    })
                })
                .collect();
        }
        partial.iter_mut().for_each(|p| p.push_str(&form[run..]));
        out.extend(partial);
    }
    if case_sensitive {
        out.sort();
        out.dedup();
    } else {
        dedup_folded(&mut out);
    }
    Ok(out)
}

/// Sorts `forms` and keeps one of those that differ only in ASCII case: the automaton
/// folds ASCII case, so they find the same matches.
fn dedup_folded(forms: &mut Vec<String>) {
    forms.sort_by_cached_key(|f| f.to_ascii_lowercase());
    forms.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
}

/// The letters that [`capitalise`] may put in upper case: the first of each word.
fn word_starts(phrase: &str) -> impl Iterator<Item = char> + '_ {
    let mut at_word_start = true;
    phrase.chars().filter(move |&c| {
        let start = c.is_alphabetic() && at_word_start;
        if c.is_alphabetic() {
            at_word_start = false;
        } else {
            at_word_start = c.is_whitespace() || c == '-';
        }
        start
    })
}

/// Lower-cases the phrase and capitalises the first letter of every word (`all`) or of
/// the first word only.
fn capitalise(phrase: &str, all: bool) -> String {
    let mut out = String::with_capacity(phrase.len());
    let mut at_word_start = true;
    let mut done = false;
    for c in phrase.chars() {
        if c.is_alphabetic() {
            if at_word_start && !done {
                out.extend(c.to_uppercase());
                done = !all;
            } else {
                out.extend(c.to_lowercase());
            }
            at_word_start = false;
        } else {
            out.push(c);
            at_word_start = c.is_whitespace() || c == '-';
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ascii_is_one_variant() {
        assert_eq!(expand("Sign up now", false).unwrap(), vec!["Sign up now"]);
    }

    #[test]
    fn apostrophes_and_quotes_expand() {
        let v = expand("You've reached", false).unwrap();
        assert_eq!(v.len(), 4);
        assert!(v.contains(&"You’ve reached".to_string()));
        let v = expand("You’ve “read”", false).unwrap();
        assert_eq!(v.len(), 4 * 6 * 6);
        assert!(v.contains(&"You've \"read\"".to_string()));
    }

    #[test]
    fn only_spaced_hyphens_are_dashes() {
        assert_eq!(expand("e-mail", false).unwrap(), vec!["e-mail"]);
        assert_eq!(expand("News - Sport", false).unwrap().len(), 3);
    }

    #[test]
    fn non_ascii_case_forms() {
        let v = expand("jetzt für sie", false).unwrap();
        // Forms that differ only in ASCII case are one for the automaton.
        for want in ["jetzt für sie", "JETZT FÜR SIE", "Jetzt Für Sie", "Jetzt für sie"] {
            assert!(v.iter().any(|f| f.eq_ignore_ascii_case(want)), "{want} missing from {v:?}");
        }
        assert_eq!(v.len(), 2, "{v:?}");
        let v = expand("über uns", false).unwrap();
        for want in ["über uns", "ÜBER UNS", "Über Uns", "Über uns"] {
            assert!(v.iter().any(|f| f.eq_ignore_ascii_case(want)), "{want} missing from {v:?}");
        }
        let v = expand("Подпишитесь", false).unwrap();
        assert!(v.contains(&"подпишитесь".to_string()));
        assert!(v.contains(&"ПОДПИШИТЕСЬ".to_string()));
        assert_eq!(expand("für", true).unwrap(), vec!["für"]);
    }

    #[test]
    fn capitalised_forms_are_skipped_only_where_folding_covers_them() {
        let rules = crate::pattern::RuleSet::defaults();
        let mut phrases: Vec<(&str, bool)> = vec![("über uns", false), ("ΣΟΦΟΣ λόγος", false)];
        for rule in rules.rules() {
            phrases.extend(rule.phrases.iter().map(|p| (p.text.as_str(), rule.case_sensitive)));
        }
        for (phrase, sensitive) in phrases {
            assert_eq!(
                expand(phrase, sensitive),
                expand_forms(phrase, sensitive, true),
                "{phrase}"
            );
        }
    }

    #[test]
    fn too_many_variants_is_an_error() {
        assert!(expand("'a' 'b' 'c' 'd' 'e'", false).is_err());
    }
}
