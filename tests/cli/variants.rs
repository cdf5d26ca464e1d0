//! `variants` lines: a family of phrases written once, cleaned like the phrases it
//! spells out, checked by `deboil patterns check`, and refused with a position when
//! malformed.

use deboil::{Cleaner, RuleSet};

use super::{bin, stderr, stdout, write_temp};

fn cleaner(pattern: &str) -> Cleaner {
    let rules = RuleSet::parse("t.pat", pattern).unwrap_or_else(|e| panic!("{e}"));
    Cleaner::builder().rules(rules).detectors(false).build().unwrap()
}

/// `line` between two lines of prose, and whether the cleaner took it out.
fn removes(cleaner: &Cleaner, line: &str) -> bool {
    let doc = format!("The council met on Monday.\n\n{line}\n\nThe harbour reopened in May.\n");
    let out = String::from_utf8(cleaner.clean(doc.as_bytes()).output().into_owned()).unwrap();
    assert!(out.contains("The council met") && out.contains("The harbour reopened"), "{out}");
    !out.contains(line)
}

#[test]
fn a_variants_rule_fires_on_each_spelling_and_not_on_its_keep_line() {
    let c = cleaner(
        "rule paywall.cta paywall line\n    max-words 16\n    variants  (Sign up|Subscribe) [now|today] for (unlimited|full) access\n    variants  Get the most popular {1-4 words} in a weekly newsletter\n    remove    Subscribe now for unlimited access.\n    keep      Members who subscribe for a year get a mug.\n",
    );
    assert!(c.check_examples().is_empty());
    for line in [
        "Subscribe for unlimited access",
        "Subscribe now for unlimited access.",
        "SUBSCRIBE TODAY FOR FULL ACCESS",
        "Sign up now for full access »",
        "Sign up for unlimited access",
        "Get the most popular stories in a weekly newsletter",
        "Get the Most Popular Jobs&Hire Stories in a Weekly Newsletter",
        "Get the most popular tech and science news in a weekly newsletter",
    ] {
        assert!(removes(&c, line), "{line}");
    }
    for line in [
        "Members who subscribe for a year get a mug.",
        "Subscribe right now for unlimited access",
        "Subscribe for unlimited access to the archive and the crossword, the new owners promised readers on Tuesday.",
        "Get the most popular in a weekly newsletter",
        "Get the most popular stories of the week and of the year in a weekly newsletter",
    ] {
        assert!(!removes(&c, line), "{line}");
    }
}

#[test]
fn variants_and_the_phrases_they_spell_decide_alike() {
    // `line`, `max-words`, `max-chars` and typography act on a spelled-out phrase as
    // on the same phrase written on a `phrase` line.
    let limits = "rule ad.x ad line\n    line      alone\n    max-words 6\n    max-chars 40\n";
    let written = cleaner(&format!(
        "{limits}    phrase Don't miss it\n    phrase Don't miss out\n    phrase Do not miss it\n    phrase Do not miss out\n"
    ));
    let spelled = cleaner(&format!("{limits}    variants (Don't|Do not) miss (it|out)\n"));
    for line in [
        "Don't miss it",
        "Don’t miss out!",
        "» DO NOT MISS IT (3)",
        "Do not miss out on the sale",
        "We don't miss it",
        "Don't  miss it",
    ] {
        assert_eq!(removes(&written, line), removes(&spelled, line), "{line}");
    }
}

#[test]
fn patterns_check_runs_the_examples_of_variants_rules_and_reports_bad_syntax() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_temp(
        dir.path(),
        "good.pat",
        "rule newsletter.x newsletter line\n    max-words 20\n    variants  By (signing up|subscribing)[,] you agree to\n    variants  Get our {1-3 words} newsletter (daily|weekly)\n    remove    By signing up you agree to our terms.\n    remove    Get our free morning newsletter daily\n    keep      He said nobody had agreed to anything.\n"
            .as_bytes(),
    );
    let out = bin().args(["patterns", "check"]).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}{}", stdout(&out), stderr(&out));

    let failing = write_temp(
        dir.path(),
        "failing.pat",
        b"rule ad.x ad line\n    variants (Sponsored|Paid) content\n    remove Promoted content\n    keep Paid content creators met.\n",
    );
    let out = bin().args(["patterns", "check"]).arg(&failing).output().unwrap();
    assert_ne!(out.status.code(), Some(0));
    let f = failing.display().to_string();
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{f}:3:12: rule 'ad.x' does not fire on its 'remove' example")),
        "{err}"
    );
    assert!(err.contains(&format!("{f}:4:10: rule 'ad.x' fires on its 'keep' example")), "{err}");

    let bad = write_temp(
        dir.path(),
        "bad.pat",
        b"rule ad.x ad line\n    variants  Subscribe [now for\n    variants  (Sign up|) here\n    variants  a {1-9 words} b\n    phrase    X (Twitter)\n",
    );
    let out = bin().args(["patterns", "check"]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let b = bad.display().to_string();
    let err = stderr(&out);
    assert!(err.contains(&format!("{b}:2:25: '[' is not closed")), "{err}");
    assert!(err.contains(&format!("{b}:3:24: an empty alternative")), "{err}");
    assert!(err.contains(&format!("{b}:4:17: a word gap is '{{N-M words}}'")), "{err}");
    assert_eq!(err.matches(&b).count(), 3, "{err}");
}
