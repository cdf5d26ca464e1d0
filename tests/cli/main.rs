//! Integration tests: the real `deboil` binary on fixture files, checking stdout,
//! stderr and the exit code together. One test binary; each area of the tool adds a
//! module here.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod edges;
mod eval;
mod train;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_deboil"));
    c.env_remove("NO_COLOR");
    c
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> PathBuf {
    repo().join("..").join("shared")
}

/// Runs deboil with `args` and `stdin`.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("deboil runs");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("deboil finishes");
    writer.join().expect("writer");
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn write_temp(dir: &Path, name: &str, content: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

// ---------- seeds ----------

#[test]
fn seeds_are_cleaned_byte_for_byte() {
    let seeds = shared().join("seeds");
    let mut n = 0;
    for entry in std::fs::read_dir(seeds.join("expected")).expect("../shared/seeds/expected exists")
    {
        let expected_path = entry.unwrap().path();
        let name = expected_path.file_name().unwrap();
        let input = std::fs::read(seeds.join(name)).unwrap();
        let expected = std::fs::read(&expected_path).unwrap();
        let out = run(&[], &input);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(
            out.stdout == expected,
            "seed {name:?} differs:\n--- got\n{}\n--- want\n{}",
            stdout(&out),
            String::from_utf8_lossy(&expected)
        );
        n += 1;
    }
    assert!(n >= 2, "expected at least two seeds, found {n}");
}

#[test]
fn files_are_cleaned_one_after_another() {
    let seeds = shared().join("seeds");
    let a = seeds.join("000_5321310c6ecd0ea7.txt");
    let b = seeds.join("001_a9dcf9025c98191a.txt");
    let out = bin().arg(&a).arg(&b).output().unwrap();
    let mut want = std::fs::read(seeds.join("expected/000_5321310c6ecd0ea7.txt")).unwrap();
    want.extend(std::fs::read(seeds.join("expected/001_a9dcf9025c98191a.txt")).unwrap());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout == want);
}

#[test]
fn drop_title_takes_the_headline_too() {
    let seeds = shared().join("seeds");
    let input = std::fs::read(seeds.join("000_5321310c6ecd0ea7.txt")).unwrap();
    let expected = std::fs::read(seeds.join("expected/000_5321310c6ecd0ea7.txt")).unwrap();
    let out = run(&["--drop-title", "--explain", "--color", "never"], &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("detect.headline"), "{}", stdout(&out));
    let out = run(&["--drop-title"], &input);
    // The expected text without its headline and the blank line below it.
    let title = b"Hollande Tells Putin: Attack ISIS and Only ISIS\n\n";
    assert!(expected.starts_with(title));
    assert!(out.stdout == expected[title.len()..], "{}", stdout(&out));
    // The second seed opens with a paragraph, which stays.
    let input = std::fs::read(seeds.join("001_a9dcf9025c98191a.txt")).unwrap();
    let expected = std::fs::read(seeds.join("expected/001_a9dcf9025c98191a.txt")).unwrap();
    assert!(run(&["--drop-title"], &input).stdout == expected);
}

// ---------- must keep / must remove ----------
//
// These two tables run through the library (the same code the binary calls) so that
// hundreds of small documents do not each start a process.

fn clean(doc: &str) -> String {
    use std::sync::OnceLock;
    static CLEANER: OnceLock<deboil::Cleaner> = OnceLock::new();
    let cleaner =
        CLEANER.get_or_init(|| deboil::Cleaner::new(deboil::RuleSet::defaults()).unwrap());
    String::from_utf8(cleaner.clean(doc.as_bytes()).output().into_owned()).unwrap()
}

fn explain(doc: &str) -> String {
    stdout(&run(&["--explain", "--color", "never"], doc.as_bytes()))
}

const PROSE: &str = "The council met on Tuesday evening to discuss the budget for the coming year, and members agreed to delay the vote until March.";
const PROSE2: &str = "Officials said the decision would be reviewed once the new figures were published by the statistics office later this spring.";

#[test]
fn must_keep_sentences_survive() {
    let text = std::fs::read_to_string(repo().join("tests/cases/must_keep.txt")).unwrap();
    let sentences: Vec<&str> =
        text.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).collect();
    assert!(sentences.len() >= 30, "only {} must-keep sentences", sentences.len());
    let mut failures = Vec::new();
    for s in &sentences {
        // Alone, at the top, in the middle and at the end of an article.
        for doc in [
            format!("{s}\n"),
            format!("{s}\n\n{PROSE}\n\n{PROSE2}\n"),
            format!("Headline\n\n{PROSE}\n\n{s}\n\n{PROSE2}\n"),
            format!("Headline\n\n{PROSE}\n\n{PROSE2}\n\n{s}\n"),
        ] {
            if clean(&doc) != doc {
                failures.push(format!("{s}\n{}", explain(&doc)));
                break;
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} must-keep sentences lost:\n{}",
        failures.len(),
        sentences.len(),
        failures.join("\n")
    );
}

/// A case of `tests/cases/must_remove.txt`: lines marked `- ` must go, lines marked
/// with two spaces must stay, lines marked `? ` may do either (the case's comment
/// says why).
struct Case {
    doc: String,
    removed: Vec<String>,
    kept: Vec<String>,
}

fn remove_cases() -> Vec<Case> {
    let text = std::fs::read_to_string(repo().join("tests/cases/must_remove.txt")).unwrap();
    let mut cases = Vec::new();
    for chunk in text.split("\n===\n") {
        let mut case = Case { doc: String::new(), removed: Vec::new(), kept: Vec::new() };
        for line in chunk.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(l) = line.strip_prefix("- ") {
                case.removed.push(l.to_string());
                case.doc.push_str(l);
            } else if let Some(l) = line.strip_prefix("  ") {
                case.kept.push(l.to_string());
                case.doc.push_str(l);
            } else if let Some(l) = line.strip_prefix("? ") {
                case.doc.push_str(l);
            } else if line.trim().is_empty() {
            } else {
                panic!("must_remove.txt: line without '- ', '  ' or '? ' marker: {line:?}");
            }
            case.doc.push('\n');
        }
        let doc = case.doc.trim_matches('\n').to_string();
        case.doc = format!("{doc}\n");
        if !case.removed.is_empty() {
            cases.push(case);
        }
    }
    cases
}

#[test]
fn must_remove_lines_go_and_their_neighbours_stay() {
    let cases = remove_cases();
    let lines: usize = cases.iter().map(|c| c.removed.len()).sum();
    assert!(lines >= 60, "only {lines} must-remove lines");
    let mut failures = Vec::new();
    for case in &cases {
        let got = clean(&case.doc);
        let kept: Vec<&str> = got.lines().collect();
        let wrong_removed: Vec<&String> =
            case.removed.iter().filter(|l| kept.contains(&l.as_str())).collect();
        let wrong_kept: Vec<&String> =
            case.kept.iter().filter(|l| !kept.contains(&l.as_str())).collect();
        if !wrong_removed.is_empty() || !wrong_kept.is_empty() {
            failures.push(format!(
                "still there: {wrong_removed:?}\nlost: {wrong_kept:?}\n{}",
                explain(&case.doc)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

// ---------- bytes in, bytes out ----------

#[test]
fn a_document_without_boilerplate_is_byte_identical() {
    let doc = format!(
        "Headline\r\n\r\n{PROSE}\r\n\r\n\r\n{PROSE2}  \r\n\u{a0}\n\nlast line without newline"
    );
    let out = run(&[], doc.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout == doc.as_bytes());
}

#[test]
fn empty_input_gives_empty_output() {
    let out = run(&[], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    assert!(out.stderr.is_empty());
}

#[test]
fn crlf_line_endings_are_kept() {
    let doc =
        format!("Headline\r\n\r\n{PROSE}\r\n\r\nSign up for our newsletter\r\n\r\n{PROSE2}\r\n");
    let out = run(&[], doc.as_bytes());
    assert_eq!(stdout(&out), format!("Headline\r\n\r\n{PROSE}\r\n\r\n{PROSE2}\r\n"));
}

#[test]
fn invalid_utf8_passes_through_untouched() {
    let mut doc = b"Headline \xff\xfe\n\n".to_vec();
    doc.extend_from_slice(PROSE.as_bytes());
    doc.extend_from_slice(b" \xc3\x28 broken\n\nSign up for our newsletter\n\n\x80\x81 the tail of the article, a sentence of its own.\n");
    let out = run(&[], &doc);
    assert_eq!(out.status.code(), Some(0));
    let mut want = b"Headline \xff\xfe\n\n".to_vec();
    want.extend_from_slice(PROSE.as_bytes());
    want.extend_from_slice(
        b" \xc3\x28 broken\n\n\x80\x81 the tail of the article, a sentence of its own.\n",
    );
    assert!(out.stdout == want, "{:?}", String::from_utf8_lossy(&out.stdout));
    // Unchanged invalid input comes back byte-identical.
    let raw = b"\xff\x00\xfe\r\r\n\x00";
    assert!(run(&[], raw).stdout == raw);
}

#[test]
fn no_default_patterns_and_no_detectors_changes_nothing() {
    let input = std::fs::read(shared().join("seeds/001_a9dcf9025c98191a.txt")).unwrap();
    let out = run(&["--no-default-patterns", "--no-detectors"], &input);
    assert!(out.stdout == input);
}

// ---------- explain ----------

#[test]
fn explain_names_line_category_rule_and_reason() {
    let input = std::fs::read(shared().join("seeds/000_5321310c6ecd0ea7.txt")).unwrap();
    let out = run(&["--explain"], &input);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("== <stdin>: 5 lines removed"), "{text}");
    assert!(
        text.contains("     5 - Ben Ariel, Canada ,\n         └ byline · detect.byline · "),
        "{text}"
    );
    assert!(text.contains("     7 - French President Francois Hollande\n         └ caption · detect.repeated-line · "), "{text}");
    assert!(text.contains("     1   Hollande Tells Putin"), "{text}");
    assert!(!text.contains('\x1b'), "no colour when stdout is not a terminal");
    let coloured = stdout(&run(&["--explain", "--color", "always"], &input));
    assert!(coloured.contains("\x1b[31m"));
}

#[test]
fn explain_says_when_nothing_was_removed() {
    let doc = format!("{PROSE}\n");
    let text = stdout(&run(&["--explain"], doc.as_bytes()));
    assert_eq!(text, format!("== <stdin>: nothing removed\n     1   {PROSE}\n"));
}

#[test]
fn explain_shows_a_declined_rest_removal() {
    let dir = tempfile::tempdir().unwrap();
    let pat = write_temp(
        dir.path(),
        "greedy.pat",
        b"rule paywall.greedy paywall rest\n    phrase Subscribe\n",
    );
    let doc = format!("Subscribe\n\n{PROSE}\n\n{PROSE2}\n");
    let out =
        run(&["--no-default-patterns", "-p", pat.to_str().unwrap(), "--explain"], doc.as_bytes());
    let text = stdout(&out);
    assert!(
        text.contains("└ kept: paywall · paywall.greedy · rest of the document not removed"),
        "{text}"
    );
    let cleaned = run(&["--no-default-patterns", "-p", pat.to_str().unwrap()], doc.as_bytes());
    assert_eq!(stdout(&cleaned), format!("{PROSE}\n\n{PROSE2}\n"));
}

// ---------- rule selection ----------

#[test]
fn skip_and_only_select_rules() {
    let input = std::fs::read(shared().join("seeds/000_5321310c6ecd0ea7.txt")).unwrap();
    let skipped = stdout(&run(&["--skip", "byline"], &input));
    assert!(skipped.contains("Ben Ariel, Canada ,"));
    assert!(!skipped.contains("Flash 90"));
    let only = stdout(&run(&["--only", "byline"], &input));
    assert!(!only.contains("Ben Ariel"));
    assert!(only.contains("Flash 90"));
    let by_id = stdout(&run(&["--skip", "detect.byline,detect.repeated-line"], &input));
    assert!(by_id.contains("Ben Ariel, Canada ,"));
    assert!(
        by_id.contains("French President Francois Hollande\nFrench President Francois Hollande\n")
    );
}

#[test]
fn site_scoped_rules_fire_only_on_their_site() {
    let dir = tempfile::tempdir().unwrap();
    let pat = write_temp(
        dir.path(),
        "site.pat",
        b"rule publisher-note.house publisher-note line\n    site example.com\n    phrase Read the house style guide\n",
    );
    let doc = format!("{PROSE}\n\nRead the house style guide\n\n{PROSE2}\n");
    let p = pat.to_str().unwrap();
    assert_eq!(stdout(&run(&["-p", p], doc.as_bytes())), doc);
    assert_eq!(stdout(&run(&["-p", p, "--site", "other.org"], doc.as_bytes())), doc);
    let want = format!("{PROSE}\n\n{PROSE2}\n");
    assert_eq!(stdout(&run(&["-p", p, "--site", "news.example.com"], doc.as_bytes())), want);
    assert_eq!(
        stdout(&run(&["-p", p, "--site", "https://www.example.com/a/b"], doc.as_bytes())),
        want
    );
}

// ---------- errors and exit codes ----------

#[test]
fn a_missing_file_is_reported_and_the_others_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_temp(dir.path(), "good.txt", format!("{PROSE}\n").as_bytes());
    let out = bin().arg(dir.path().join("missing.txt")).arg(&good).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), format!("{PROSE}\n"));
    let err = stderr(&out);
    assert!(err.starts_with("deboil: ") && err.contains("missing.txt"), "{err}");
}

#[test]
fn pattern_errors_name_file_line_and_column_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let pat = write_temp(
        dir.path(),
        "bad.pat",
        b"rule a ad line\n    phrase x\n    max-word 3\n\nrule b ad line\n    regex (open\n",
    );
    let p = pat.to_str().unwrap();
    let out = run(&["-p", p], b"text\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = stderr(&out);
    assert!(err.contains(&format!("{p}:3:5: unknown field 'max-word'")), "{err}");
    assert!(err.contains(&format!("{p}:6:11: invalid regex: regex parse error:")), "{err}");
    assert!(err.contains("unclosed group"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&["--skip", "no-such-rule"], b"").status.code(), Some(2));
    assert_eq!(run(&["--only", "nonsense"], b"").status.code(), Some(2));
    assert_eq!(run(&["--no-such-flag"], b"").status.code(), Some(2));
    let out = run(&["-p", "/no/such/file.pat"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/no/such/file.pat"));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let text: String = (0..40_000).map(|i| format!("{i} {PROSE}\n")).collect();
    let big = write_temp(dir.path(), "big.txt", text.as_bytes());
    let mut child = bin().arg(&big).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stderr(&out), "");
}

#[test]
fn stats_go_to_stderr() {
    let input = std::fs::read(shared().join("seeds/001_a9dcf9025c98191a.txt")).unwrap();
    let out = run(&["--stats"], &input);
    let err = stderr(&out);
    assert!(err.contains("deboil: 1 documents (1 changed, 0 unreadable)"), "{err}");
    assert!(err.contains("paywall"), "{err}");
}

// ---------- patterns check / list ----------

#[test]
fn patterns_check_reports_all_errors_and_failing_examples() {
    let dir = tempfile::tempdir().unwrap();
    let pat = write_temp(
        dir.path(),
        "mine.pat",
        b"rule a ad line\n    line alone\n    phrase Advertisement\n    remove Advertisement\n    remove An Advertisement for soap\n    keep Advertisement revenue fell.\n",
    );
    let bad =
        write_temp(dir.path(), "bad.pat", b"rule x nope line\n    phrase a\nrule y ad lines\n");
    let out = bin().args(["patterns", "check"]).arg(&pat).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let p = pat.display().to_string();
    let b = bad.display().to_string();
    assert!(
        err.contains(&format!("{p}:5:12: rule 'a' does not fire on its 'remove' example")),
        "{err}"
    );
    assert!(err.contains(&format!("{b}:1:8: unknown category 'nope'")), "{err}");
    assert!(err.contains(&format!("{b}:3:11: unknown action 'lines'")), "{err}");
    assert!(stdout(&out).contains("1 failing"), "{}", stdout(&out));
}

#[test]
fn patterns_check_passes_on_the_shipped_rules() {
    let out = bin().args(["patterns", "check"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains(", 0 failing"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("patterns"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "pat"))
        .collect();
    files.sort();
    // As files of one's own they repeat the built-in ids: they are used without them.
    let out =
        bin().args(["patterns", "check", "--no-default-patterns"]).args(&files).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn patterns_check_refuses_the_rule_ids_that_cleaning_refuses() {
    let dir = tempfile::tempdir().unwrap();
    // The id of a built-in rule (patterns/share.pat).
    let pat = write_temp(
        dir.path(),
        "mine.pat",
        b"rule share.button-phrases share line\n    line alone\n    phrase Share me\n    remove Share me\n    keep We share meals.\n",
    );
    let p = pat.to_str().unwrap();
    let clash = format!(
        "{p}:1:6: rule id 'share.button-phrases' is already used at <defaults>/share.pat:7"
    );
    let cleaning = run(&["-p", p], b"Share me\n");
    assert_eq!(cleaning.status.code(), Some(2));
    assert!(stderr(&cleaning).contains(&clash), "{}", stderr(&cleaning));
    let check = bin().args(["patterns", "check", p]).output().unwrap();
    assert_eq!(check.status.code(), Some(2), "{}", stdout(&check));
    assert!(stderr(&check).contains(&clash), "{}", stderr(&check));

    // Without the built-in rules the id is free, for cleaning and for the check.
    assert_eq!(run(&["--no-default-patterns", "-p", p], b"Share me\n").status.code(), Some(0));
    let check = bin().args(["patterns", "check", "--no-default-patterns", p]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));

    // Two files of one's own that share an id are refused together as well.
    let rule = b"rule mine.x ad line\n    phrase Anzeige\n    remove Anzeige\n    keep Keine.\n";
    let a = write_temp(dir.path(), "a.pat", rule);
    let b = write_temp(dir.path(), "b.pat", rule);
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let clash = format!("{b}:1:6: rule id 'mine.x' is already used at {a}:1");
    assert!(stderr(&run(&["-p", a, "-p", b], b"")).contains(&clash));
    let check = bin().args(["patterns", "check", a, b]).output().unwrap();
    assert_eq!(check.status.code(), Some(2));
    assert!(stderr(&check).contains(&clash), "{}", stderr(&check));
}

#[test]
fn a_pattern_file_that_cannot_be_read_is_named_without_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("nonexist.pat");
    let m = missing.to_str().unwrap();
    let check = bin().args(["patterns", "check", m]).output().unwrap();
    assert_eq!(check.status.code(), Some(2));
    assert!(
        stderr(&check).starts_with(&format!("{m}: cannot read pattern file: ")),
        "{}",
        stderr(&check)
    );
    let cleaning = run(&["-p", m], b"");
    assert_eq!(cleaning.status.code(), Some(2));
    assert!(
        stderr(&cleaning).starts_with(&format!("deboil: {m}: cannot read pattern file: ")),
        "{}",
        stderr(&cleaning)
    );
}

#[test]
fn patterns_list_shows_rules_and_detectors() {
    let out = bin().args(["patterns", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("detect.repeated-line"));
    assert!(text.lines().any(|l| l.starts_with("paywall.")), "{text}");
    let only = stdout(&bin().args(["patterns", "list", "--only", "cookie"]).output().unwrap());
    assert!(only.lines().skip(1).filter(|l| l.contains(" rules, ")).count() == 1);
    assert!(only.lines().skip(1).all(|l| l.contains("cookie") || l.contains(" rules, ")), "{only}");
}

#[test]
fn help_explains_the_options() {
    let out = bin().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for word in
        ["--explain", "--patterns", "--skip", "--only", "--no-default-patterns", "Exit codes"]
    {
        assert!(text.contains(word), "--help lacks {word}");
    }
}
mod corpus;
mod faults;
mod line_ends;
mod mine;
mod outputs;
mod props;
mod removals;
mod scale;
mod variants;
