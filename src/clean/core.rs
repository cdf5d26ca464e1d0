//! The article's core and the page around it.
//!
//! Text extracted from a whole page (all visible text, as in web-archive WET files)
//! holds the article somewhere among menus, link lists, teasers and footers. Phrases
//! name only part of that; the rest is found by shape. Each non-blank line is prose
//! (ten words or more with a sentence mark, or very long) or not. The core is the
//! run of lines with the most prose in it, where every non-prose line inside costs a
//! little (the best-scoring contiguous run, as in the maximum-subarray problem): a
//! subheading or a caption between paragraphs stays inside it, a long menu does not.
//!
//! When the lines outside the core are many short ones (a page, not an article), the
//! short lines outside the core are navigation and go, except a headline just before
//! the core. Prose outside the core stays: when in doubt, keep.

use crate::document::Line;

/// Cost of a non-prose line inside the core, in words of prose.
const SHORT_LINE_COST: i64 = 4;
/// Lines of at least this many words are prose even without a sentence mark.
const LONG_LINE_WORDS: usize = 25;
/// Lines of at least this many words with a sentence mark are prose.
const PROSE_WORDS: usize = 10;
/// Short lines before the core that make a document a whole page...
const PAGE_HEAD_LINES: usize = 8;
/// ...together with this many short lines outside the core in all.
const PAGE_SHORT_LINES: usize = 12;
/// ...of which at least this many carry a rule's match...
const PAGE_RECOGNISED_LINES: usize = 10;
/// ...unless at least this many short lines stand before the core: a page in a
/// language that few rules cover. An extracted article has at most a headline, a
/// byline and some captions before its text, and a recipe's ingredients or a
/// product's data sheet before its description run to a few dozen lines, not a
/// hundred.
const PAGE_HEAD_MENU_LINES: usize = 100;
/// A teaser's summary has fewer words than this...
const LONE_PROSE_WORDS: usize = 40;
/// ...follows its title, a line of at least this many words...
const TEASER_TITLE_WORDS: u32 = 4;
/// (A title with a colon reads as prose; below this many words it is still a title.)
const TEASER_TITLE_MAX_WORDS: usize = 16;
/// ...and stands within this many non-blank lines of the next summary...
const TEASER_GAP: usize = 4;
/// ...in a chain of at least this many. Its prose counts this fraction of its words.
const TEASER_CHAIN: usize = 3;
const LONE_PROSE_DISCOUNT: i64 = 4;
/// A quantity list has at least this many lines that open with a number...
const QUANTITY_RUN: usize = 4;
/// ...each within this many non-blank lines of the next...
const QUANTITY_GAP: usize = 2;
/// ...and of at most this many words; the word after the number has at most this
/// many letters.
const QUANTITY_LINE_WORDS: usize = 8;
const QUANTITY_UNIT_CHARS: usize = 4;
/// A row of a data table holds at least this many numbers ("18 Jimmie Johnson 835 0 1
/// 3 12", "Mindestlagerzeit 24 Monate 36 Monate 60 Monate"); two would also take a
/// dateline ("November 19, 2019"), which teaser lists repeat under every title...
const DATA_ROW_NUMBERS: usize = 3;
/// ...in at most this many words.
const DATA_ROW_WORDS: usize = 16;
/// A lone prose line before the core of a page is an intro, not a teaser, when it has
/// at least this many words (teasers' summaries and the blurbs of a page's head are
/// one sentence, an intro two or more)...
const LONE_INTRO_WORDS: usize = 20;
/// ...and no other lone prose line stands within this many non-blank lines (a teaser
/// list repeats title, summary and date every few lines).
const LONE_INTRO_GAP: usize = 6;
/// How many non-blank lines before the core may hold its headline.
const HEADLINE_LINES: u32 = 3;

/// How much goes. With a line model (the default), the mode picks the model's
/// threshold (see `deboil train`: each mode's threshold keeps the cross-validated loss
/// of article text within a share of its budget); rules and detectors work alike in
/// every mode. Without one, the mode says how eagerly the page around the core is
/// taken away, as below.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The least loss: a quarter of the loss budget. Without a model: rules only,
    /// strong signals only; weak rules and page pruning never act.
    Conservative,
    /// The default: 60% of the loss budget. Without a model: rules and detectors; the
    /// page around the core goes when the document is recognised as a whole page.
    #[default]
    Balanced,
    /// The most removed: the whole loss budget. Without a model: as balanced, but
    /// every document is treated as a whole page.
    Aggressive,
}

impl Mode {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Conservative => "conservative",
            Mode::Balanced => "balanced",
            Mode::Aggressive => "aggressive",
        }
    }
}

/// Whether a line reads as prose.
#[cfg(test)]
fn is_prose(content: &[u8], words: u32) -> bool {
    reads_as_prose(content, text_words(content, words))
}

/// [`is_prose`] for a line whose [`text_words`] are known.
fn reads_as_prose(content: &[u8], words: usize) -> bool {
    words >= LONG_LINE_WORDS
        || (words >= PROSE_WORDS
            && (content.iter().any(|b| matches!(b, b'.' | b'!' | b'?' | b':' | b';'))
                || has_cjk_sentence_mark(content)))
}

/// How many words a line's text is worth. Chinese and Japanese are written without
/// spaces, so a whole sentence counts as one or two words; each two of their
/// characters count as a word instead (about a word's worth of meaning), so that
/// their paragraphs read as prose and their menu items, a few characters long, do not.
pub(crate) fn text_words(content: &[u8], words: u32) -> usize {
    // Their characters are three bytes in UTF-8 from lead byte 0xE3 (U+3000) up:
    // a line without such a byte has none of them.
    // A fold rather than `any`: without the early exit the compiler tests many bytes
    // at a time, and nearly every line is scanned to its end anyway (this runs for
    // every line the detectors weigh).
    if !content.iter().fold(false, |seen, &b| seen | (b.wrapping_sub(0xE3) <= 0xE9 - 0xE3)) {
        return words as usize;
    }
    let cjk = content
        .utf8_chunks()
        .flat_map(|chunk| chunk.valid().chars())
        .filter(|&c| {
            matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}')
        })
        .count();
    words as usize + cjk / CJK_CHARS_PER_WORD
}

/// Characters of Chinese or Japanese text counted as one word.
const CJK_CHARS_PER_WORD: usize = 2;

/// Whether a line holds a full stop, exclamation or question mark of Chinese or
/// Japanese text (。！？).
fn has_cjk_sentence_mark(content: &[u8]) -> bool {
    ["。", "！", "？"].iter().any(|m| memchr::memmem::find(content, m.as_bytes()).is_some())
}

/// [`prose_words`] of every line of a document, into `out`: worked out once per
/// document for the detectors and the decision step.
pub(crate) fn line_prose(text: &[u8], lines: &[Line], out: &mut Vec<u32>) {
    out.clear();
    out.extend(lines.iter().map(|l| prose_words(text, l) as u32));
}

/// Words of a line if it reads as prose, else 0: how much article text a removal
/// would take.
pub(crate) fn prose_words(text: &[u8], line: &Line) -> usize {
    if line.blank {
        return 0;
    }
    let content = &text[line.start..line.end];
    let words = text_words(content, line.words);
    if reads_as_prose(content, words) {
        words
    } else {
        0
    }
}

/// Lines of quantity lists on a page: runs of at least [`QUANTITY_RUN`] short lines
/// that open with a number and a word ("350 g Zucker", "2 EL Backkakao", "390 kcal")
/// or are rows of a data table ([`is_data_row`]), each within [`QUANTITY_GAP`]
/// non-blank lines of the next, with the lines between them. An ingredient list, a
/// data sheet or a results table is content, though its lines are as short as a
/// menu's, and a menu's items seldom hold numbers.
fn quantity_lists(text: &[u8], lines: &[Line], nonblank: &[usize]) -> Vec<usize> {
    let quantity: Vec<usize> = (0..nonblank.len())
        .filter(|&k| {
            let l = &lines[nonblank[k]];
            let content = &text[l.start..l.end];
            (l.words as usize <= QUANTITY_LINE_WORDS && opens_with_quantity(content))
                || (l.words as usize <= DATA_ROW_WORDS && is_data_row(content))
        })
        .collect();
    let mut out = Vec::new();
    let mut run_start = 0;
    for r in 0..=quantity.len() {
        let ends =
            r == quantity.len() || (r > run_start && quantity[r] - quantity[r - 1] > QUANTITY_GAP);
        if ends {
            if r - run_start >= QUANTITY_RUN {
                out.extend(nonblank[quantity[run_start]..=quantity[r - 1]].iter().copied());
            }
            run_start = r;
        }
    }
    out
}

/// Whether a line, after a list bullet, opens with a number followed by a word:
/// "1 Pck. Vanillepuddingpulver", "• 500 ml Milch", "1/2 TL Salz".
fn opens_with_quantity(content: &[u8]) -> bool {
    let mut t = crate::document::trim(content);
    for bullet in [&b"*"[..], b"-", b"+", "•".as_bytes(), "·".as_bytes()] {
        if let Some(rest) = t.strip_prefix(bullet) {
            t = crate::document::trim(rest);
            break;
        }
    }
    let digits =
        t.iter().take_while(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/')).count();
    if digits == 0 || !t[0].is_ascii_digit() {
        return false;
    }
    let rest = &t[digits..];
    let rest = rest.strip_prefix(b" ").unwrap_or(&[]);
    let Ok(rest) = std::str::from_utf8(rest) else { return false };
    let unit = rest.split(' ').next().unwrap_or("").trim_end_matches('.');
    // A unit or a short noun ("g", "EL", "Pck.", "kcal", "Eier"), not a time ("1 day
    // ago", "15 hours ago") nor a listicle title ("5 Things to Do in June").
    !unit.is_empty()
        && unit.chars().all(char::is_alphabetic)
        && unit.chars().count() <= QUANTITY_UNIT_CHARS
        && !TIME_UNITS.contains(&unit.to_lowercase().as_str())
}

/// Whether a line holds at least [`DATA_ROW_NUMBERS`] numbers: words of digits, with
/// decimal marks, slashes, dashes or a percent sign ("5040", "4,9", "1/2", "12%"),
/// as the cells of a table row do.
fn is_data_row(content: &[u8]) -> bool {
    let numbers = content
        .split(|b| b.is_ascii_whitespace())
        .map(|w| w.strip_suffix(b",").or_else(|| w.strip_suffix(b";")).unwrap_or(w))
        .filter(|w| {
            w.first().is_some_and(u8::is_ascii_digit)
                && w.iter()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'/' | b'%' | b'-'))
        })
        .count();
    numbers >= DATA_ROW_NUMBERS
}

/// Words after a number that make a time, not a quantity.
const TIME_UNITS: &[&str] = &[
    "sec", "min", "mins", "hr", "hrs", "h", "day", "days", "week", "wk", "year", "yr", "yrs",
    "std", "tag", "tage", "jahr", "woche", "jour", "jours", "an", "ans", "día", "días", "año",
    "años", "dia", "dias", "ano", "anos", "giorno", "anno", "anni", "dag", "jaar",
];

/// A teaser's title: a line of a few words that does not end a sentence (it may hold
/// a colon: "Transcript: Sue Mi Terry on 'Intelligence Matters'").
fn is_title(text: &[u8], line: &Line, prose: bool) -> bool {
    let content = crate::document::trim(&text[line.start..line.end]);
    let ends_sentence = matches!(content.last(), Some(b'.' | b'!' | b'?'));
    line.words >= TEASER_TITLE_WORDS
        && (!prose || (line.words as usize) < TEASER_TITLE_MAX_WORDS && !ends_sentence)
}

/// Whether a line ends a sentence (., !, ?, … or :, before any closing quote or
/// bracket), as a paragraph does and a headline seldom does.
fn ends_sentence(content: &[u8]) -> bool {
    let t = before_closing(content);
    matches!(t.last(), Some(b'.' | b'!' | b'?' | b':')) || t.ends_with("…".as_bytes())
}

/// Whether a line ends like a sentence: `.`, `!` or `?`, perhaps inside closing quotes
/// or a bracket (`„Ok.“`, `(Applause!)`).
pub(crate) fn closes_sentence(line: &[u8]) -> bool {
    matches!(before_closing(line).last(), Some(b'.' | b'!' | b'?'))
}

/// `content` trimmed and without the closing quotes and brackets at its end, where a
/// sentence's last mark stands before them (`„Ok.“`, `(Applause!)`).
pub(crate) fn before_closing(content: &[u8]) -> &[u8] {
    const CLOSING: [&str; 9] = ["\"", "'", ")", "]", "“", "”", "»", "«", "’"];
    let mut t = crate::document::trim(content);
    while let Some(rest) = CLOSING.iter().find_map(|c| t.strip_suffix(c.as_bytes())) {
        t = rest;
    }
    t
}

/// Whether a line opens with a list bullet (`*`, `•`, `-`, `+`, `·`): an item of a
/// list, which a teaser's summary line is not.
fn starts_with_bullet(content: &[u8]) -> bool {
    let t = crate::document::trim(content);
    matches!(t.first(), Some(b'*' | b'-' | b'+'))
        || t.starts_with("•".as_bytes())
        || t.starts_with("·".as_bytes())
}

/// The core: indexes into `lines` of its first and last line, or `None` when the
/// document holds no prose. `prose`: per line, its words of prose ([`line_prose`]).
pub(crate) fn find_core(text: &[u8], lines: &[Line], prose: &[u32]) -> Option<(usize, usize)> {
    let mut best: Option<(i64, usize, usize)> = None;
    let mut run: Option<(i64, usize)> = None;
    let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
    let words_of = prose;
    let prose: Vec<bool> = nonblank.iter().map(|&i| words_of[i] > 0).collect();
    // A teaser list (title, one-sentence summary, "2H ago", title, summary, ...) is
    // not article: its summaries are lines of ten to forty words right after a title
    // (a short line of a few words) and before a short line, not list items, and come
    // in a chain of such lines a few lines apart. Their prose is worth little, so
    // the core does not grow across the list that follows (or precedes) an article.
    // A single summary-shaped line, a standfirst, or a forum's short posts (after
    // "#12" or a date, not after a title) keep their full worth.
    let lone: Vec<bool> = (0..nonblank.len())
        .map(|k| {
            (PROSE_WORDS..LONE_PROSE_WORDS).contains(&(lines[nonblank[k]].words as usize))
                && !starts_with_bullet(&text[lines[nonblank[k]].start..lines[nonblank[k]].end])
                && k > 0
                && is_title(text, &lines[nonblank[k - 1]], prose[k - 1])
                && prose.get(k + 1).is_none_or(|&p| !p)
        })
        .collect();
    // Chains of lone lines, each within TEASER_GAP non-blank lines of the next.
    let mut teaser = vec![false; nonblank.len()];
    let mut chain: Vec<usize> = Vec::new();
    for k in (0..nonblank.len()).filter(|&k| lone[k]) {
        if chain.last().is_some_and(|&j| k - j > TEASER_GAP) {
            if chain.len() >= TEASER_CHAIN {
                chain.iter().for_each(|&j| teaser[j] = true);
            }
            chain.clear();
        }
        chain.push(k);
    }
    if chain.len() >= TEASER_CHAIN {
        chain.iter().for_each(|&j| teaser[j] = true);
    }
    for (k, &i) in nonblank.iter().enumerate() {
        // A prose line's words of prose are its text words.
        let words = words_of[i] as i64;
        let value = if !prose[k] {
            -SHORT_LINE_COST
        } else if teaser[k] {
            words / LONE_PROSE_DISCOUNT
        } else {
            words
        };
        run = match run {
            Some((sum, start)) if sum > 0 => Some((sum + value, start)),
            _ => Some((value, i)),
        };
        let (sum, start) = run.expect("set above");
        if value > 0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i));
        }
    }
    let (_, mut start, end) = best?;
    // The run may start on short lines that its prose paid for; trim them off.
    while start < end && (lines[start].blank || words_of[start] == 0) {
        start += 1;
    }
    Some((start, end))
}

/// Lines (indexes into `lines`) that are navigation around the core of a page.
/// `marked`: per line, whether a rule matched it. A page must show some boilerplate
/// that rules recognise outside its core (menus, log-in, cookie lines), not only
/// short lines: a recipe or a product sheet is short lines too.
/// `core` is what [`find_core`] returned for the document; `prose` as there.
/// Returns whether the document reads as a whole page.
pub(crate) fn page_outside_core(
    text: &[u8],
    lines: &[Line],
    prose: &[u32],
    core: Option<(usize, usize)>,
    marked: &[bool],
    mode: Mode,
    out: &mut Vec<u32>,
) -> bool {
    if mode == Mode::Conservative {
        return false;
    }
    let Some((first, last)) = core else { return false };
    let nonblank = lines.iter().filter(|l| !l.blank).count();
    let words_of = prose;
    let prose: Vec<bool> = prose.iter().map(|&w| w > 0).collect();
    let outside_short: Vec<usize> = (0..lines.len())
        .filter(|&i| (i < first || i > last) && !lines[i].blank && !prose[i])
        .collect();
    // A page has a head of menus before the article and many short lines around it;
    // an extracted article has at most a headline, a byline and captions before it.
    // A page whose article opens it (its menus all below) shows a hundred short lines
    // after the core instead, and recognised boilerplate among them.
    let before = outside_short.iter().filter(|&&i| i < first).count();
    let recognised = outside_short.iter().filter(|&&i| marked[i]).count();
    let is_page = (before >= PAGE_HEAD_LINES
        && outside_short.len() >= PAGE_SHORT_LINES
        && outside_short.len() * 4 >= nonblank
        && (recognised >= PAGE_RECOGNISED_LINES || before >= PAGE_HEAD_MENU_LINES))
        || (outside_short.len() >= PAGE_HEAD_MENU_LINES && recognised >= PAGE_RECOGNISED_LINES);
    if mode == Mode::Balanced && !is_page {
        return false;
    }
    let core_rank = lines[first].rank;
    // On a page, a prose line alone between short lines outside the core is a teaser
    // (headline, one-sentence summary, "2H ago"); two prose lines in a row are text.
    let nonblank_idx: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
    let mut lonely_lines = Vec::new();
    for (k, &i) in nonblank_idx.iter().enumerate() {
        if (i < first || i > last) && prose[i] {
            let prev = k.checked_sub(1).map(|k| nonblank_idx[k]);
            let next = nonblank_idx.get(k + 1).copied();
            let lonely = prev.is_none_or(|p| !prose[p]) && next.is_none_or(|n| !prose[n]);
            if lonely {
                lonely_lines.push((k, i));
            }
        }
    }
    // Except an intro before the core: a paragraph of its own (long, ending a
    // sentence) that a table or a list cut off from the rest of the article, with no
    // other lone prose line near it, as a teaser list would have.
    let is_intro = |&(k, i): &(usize, usize)| {
        let l = &lines[i];
        let content = &text[l.start..l.end];
        i < first
            && words_of[i] as usize >= LONE_INTRO_WORDS
            && ends_sentence(content)
            && !lonely_lines.iter().any(|&(j, _)| j != k && j.abs_diff(k) <= LONE_INTRO_GAP)
    };
    let (intros, teasers): (Vec<_>, Vec<_>) = lonely_lines.iter().partition(|t| is_intro(t));
    // The article then starts at its first intro: the lists, tables and subheadings
    // between it and the core are the article's, and its headline stands above it.
    let article_start = intros.first().map_or(first, |&(_, i)| i);
    let start_rank = lines[article_start].rank;
    let lists = quantity_lists(text, lines, &nonblank_idx);
    for i in outside_short.into_iter().chain(teasers.into_iter().map(|(_, i)| i)) {
        if lists.contains(&i)
            || (article_start < i && i < first)
            || is_quoted_speech(&text[lines[i].start..lines[i].end])
        {
            continue;
        }
        let l = &lines[i];
        // A headline right above the core, or above the article's intro, stays.
        let headline = (i < first && l.rank + HEADLINE_LINES >= core_rank)
            || (i < article_start && l.rank + HEADLINE_LINES >= start_rank);
        if headline && l.words >= 3 {
            continue;
        }
        out.push(i as u32);
    }
    is_page
}

/// Whether a line is a line of dialogue: wholly inside quotation marks, perhaps after
/// a dash (`– „Dann sag es nicht“`). Menus and link lists are not quoted.
fn is_quoted_speech(line: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(line) else { return false };
    let s = s.trim().trim_start_matches(['–', '—', '-', ' ']);
    let opens = s.starts_with(['„', '“', '"', '»', '«']);
    let closes = s.ends_with(['“', '”', '"', '«', '»']);
    opens && closes && s.chars().count() > 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dialogue_is_quoted() {
        assert!(is_quoted_speech("      – „Dann sag es nicht“".as_bytes()));
        assert!(is_quoted_speech("\"Where are you going?\"".as_bytes()));
        assert!(!is_quoted_speech("Home".as_bytes()));
        assert!(!is_quoted_speech("„Menü“ öffnen".as_bytes()));
        assert!(!is_quoted_speech("\"\"".as_bytes()));
    }
    use crate::document::split_lines;

    fn prose_of(text: &[u8], lines: &[Line]) -> Vec<u32> {
        let mut prose = Vec::new();
        line_prose(text, lines, &mut prose);
        prose
    }

    /// The lines that page pruning removes from `doc`.
    fn pruned(
        doc: &str,
        lines: &[Line],
        core: Option<(usize, usize)>,
        marked: &[bool],
        mode: Mode,
    ) -> Vec<u32> {
        let mut out = Vec::new();
        let prose = prose_of(doc.as_bytes(), lines);
        page_outside_core(doc.as_bytes(), lines, &prose, core, marked, mode, &mut out);
        out
    }

    const P: &str =
        "The council met on Tuesday to discuss the budget for next year, officials said.";

    fn core(text: &str) -> Option<(usize, usize)> {
        let mut lines = Vec::new();
        split_lines(text.as_bytes(), &mut lines);
        find_core(text.as_bytes(), &lines, &prose_of(text.as_bytes(), &lines))
    }

    #[test]
    fn core_spans_the_prose_and_bridges_subheadings() {
        let doc = format!(
            "Home\nNews\nSport\n\nTitle of it\n\n{P}\n\nA subheading\n\n{P}\n\nFooter\nAbout us\n"
        );
        assert_eq!(core(&doc), Some((6, 10)));
        assert_eq!(core("Home\nNews\n"), None);
    }

    #[test]
    fn a_teaser_list_after_the_article_stays_outside_the_core() {
        let teaser = "Some Headline Of A Teaser\nA one-sentence summary of the story that this teaser links to.\n2H ago\n";
        let doc = format!("Title\n{P}\n{P}\n{P}\nMore news\n{}", teaser.repeat(5));
        assert_eq!(core(&doc), Some((1, 3)));
        // Without a title before each summary (a forum's posts after "#12"), it is text.
        let posts = "#12\nA one-sentence summary of the story that this teaser links to.\n2H ago\n";
        let doc = format!("Title\n{P}\n{P}\n{P}\nMore news\n{}", posts.repeat(5));
        assert_eq!(core(&doc), Some((1, 18)));
    }

    #[test]
    fn quantity_lists_are_content() {
        let list = |text: &str| {
            let mut lines = Vec::new();
            split_lines(text.as_bytes(), &mut lines);
            let nonblank: Vec<usize> = (0..lines.len()).filter(|&i| !lines[i].blank).collect();
            quantity_lists(text.as_bytes(), &lines, &nonblank)
        };
        let recipe = "Zutaten\n* 350 g Zucker\n* 500 ml Milch\n* Salz\n* 5 Eier (Gr. M)\n* 1 Pck. Backpulver\nHome\n";
        assert_eq!(list(recipe), vec![1, 2, 3, 4, 5]);
        let teasers = "Canada wins\n15 hours ago\nPospisil upsets Opelka\n16 hours ago\nEpic wins\n1 day ago\nMore\n2 days ago\n";
        assert!(list(teasers).is_empty());
        let titles = "5 Things to Do in June\n6 Things to Do in May\n6 Things to Do in July\n6 Things to Do in August\n";
        assert!(list(titles).is_empty());
        let table = "Pos. Driver Points Wins\n1 Jimmie Johnson 5040 5 1\n2 Martin Truex Jr. 5035 7 0\n3 Kevin Harvick 5033 4 6\n4 Denny Hamlin 5027 6 3\nAbout us\n";
        assert_eq!(list(table), vec![1, 2, 3, 4]);
        let dates = "Canada wins\nNovember 19, 2019\nEpic wins\nNovember 18, 2019\nMore\nNovember 17, 2019\nLess\nNovember 16, 2019\n";
        assert!(list(dates).is_empty());
    }

    #[test]
    fn japanese_sentences_read_as_prose() {
        let sentence = "ショートカットの欄を空欄にしただけでは、起動してしまうので注意が必要です。";
        assert!(is_prose(sentence.as_bytes(), 1));
        // A menu item of a few characters, or a long link title without a full stop, is not.
        assert!(!is_prose("ランダム記事".as_bytes(), 1));
        assert!(!is_prose("有料プラグインのインストールと設定メモ".as_bytes(), 1));
        let menu = "* 読書\n".repeat(30);
        let doc = format!("{menu}{sentence}\n{sentence}\n{menu}");
        assert_eq!(core(&doc), Some((30, 31)));
    }

    #[test]
    fn a_long_menu_splits_off() {
        let menu = "Item\n".repeat(40);
        let doc = format!("{P}\n{menu}{P}\n{P}\n");
        assert_eq!(core(&doc), Some((41, 42)));
    }

    #[test]
    fn page_pruning_keeps_the_headline() {
        let menu = "Menu item\n".repeat(20);
        let doc = format!("{menu}\nThe Big Headline Here\n\n{P}\n{P}\n\nFooter link\nImprint\n");
        let mut lines = Vec::new();
        split_lines(doc.as_bytes(), &mut lines);
        let prune = |marked: &[bool], mode: Mode| {
            let core = find_core(doc.as_bytes(), &lines, &prose_of(doc.as_bytes(), &lines));
            pruned(&doc, &lines, core, marked, mode)
        };
        let mut marked = vec![false; lines.len()];
        let out = prune(&marked, Mode::Balanced);
        assert!(out.is_empty(), "no recognised boilerplate: not a page");
        for m in &mut marked[..10] {
            *m = true;
        }
        let out = prune(&marked, Mode::Balanced);
        assert_eq!(out.len(), 22);
        assert!(!out.contains(&21));
        assert!(prune(&marked, Mode::Conservative).is_empty());
    }

    #[test]
    fn a_lone_intro_before_the_core_stays_on_a_page() {
        let intro = "Im aktuellen Test wurden achtzehn verschiedene Kindersitze in Sicherheit, Bedienung und Ergonomie geprüft, vier davon fallen wegen zu hoher Schadstoffwerte durch.";
        let teaser = "Why the council finally took the dollar bills down from the ceiling?";
        let menu = "Menu item\n".repeat(110);
        let table = "Model\n".repeat(12);
        let more = "Another item\n".repeat(8);
        let doc = format!("{menu}{teaser}\n{more}{intro}\n{table}{P}\n{P}\n{P}\n");
        let mut lines = Vec::new();
        split_lines(doc.as_bytes(), &mut lines);
        let core = find_core(doc.as_bytes(), &lines, &prose_of(doc.as_bytes(), &lines));
        assert_eq!(core, Some((132, 134)));
        let marked = vec![false; lines.len()];
        let out = pruned(&doc, &lines, core, &marked, Mode::Balanced);
        assert!(out.contains(&110), "a one-sentence teaser goes");
        assert!(!out.contains(&119), "the intro stays");
        assert!(!out.iter().any(|&i| (120..132).contains(&i)), "and the table after it");
        assert!(out.contains(&111) && out.contains(&118), "the menu before it goes");
        // Two lone prose lines a few lines apart are a teaser list: both go.
        let doc = format!("{menu}{intro}\nNews\nSport\n{intro}\n{table}{P}\n{P}\n{P}\n");
        let mut lines = Vec::new();
        split_lines(doc.as_bytes(), &mut lines);
        let core = find_core(doc.as_bytes(), &lines, &prose_of(doc.as_bytes(), &lines));
        assert_eq!(core, Some((126, 128)));
        let out = pruned(&doc, &lines, core, &marked, Mode::Balanced);
        assert!(out.contains(&110) && out.contains(&113));
    }

    /// How many lines of `doc` balanced page pruning removes when the lines of
    /// `marked` carry a rule's signal.
    fn pruned_page_lines(doc: &str, marked: std::ops::Range<usize>) -> usize {
        let mut lines = Vec::new();
        split_lines(doc.as_bytes(), &mut lines);
        let core = find_core(doc.as_bytes(), &lines, &prose_of(doc.as_bytes(), &lines));
        let mut flags = vec![false; lines.len()];
        flags[marked].fill(true);
        pruned(doc, &lines, core, &flags, Mode::Balanced).len()
    }

    #[test]
    fn a_hundred_menu_lines_before_the_core_make_a_page() {
        let prune = |menu_lines: usize| {
            let menu = "Menu item\n".repeat(menu_lines);
            let doc = format!("{menu}\nThe Big Headline Here\n\n{P}\n{P}\n\nFooter link\n");
            pruned_page_lines(&doc, 0..0)
        };
        // No line recognised by a rule: a few dozen short lines may be content...
        assert_eq!(prune(60), 0);
        // ...a hundred before the article are the page's menus (and the footer goes too).
        assert_eq!(prune(100), 101);
    }

    #[test]
    fn a_page_may_open_with_its_article() {
        let prune = |menu_lines: usize, marked_lines: usize| {
            let menu = "Menu item\n".repeat(menu_lines);
            let doc = format!("The Big Headline Here\n{P}\n{P}\n{P}\n\n{menu}");
            pruned_page_lines(&doc, 5..5 + marked_lines)
        };
        assert_eq!(prune(100, 10), 100);
        // Fewer short lines, or none that rules recognise: not surely a page.
        assert_eq!(prune(60, 10), 0);
        assert_eq!(prune(100, 0), 0);
    }
}
