//! `deboil eval` on a tiny labelled sample whose scores were worked out by hand (and
//! agree with `score.py`'s `score_sh` and `score_traf` on the same texts).
//!
//! The rules are one pattern file that removes lines with "Subscribe now", and no
//! built-in rules or detectors, so that changes to the shipped rules do not move
//! these numbers.

use std::path::Path;

use super::*;

const RULES: &[u8] = b"rule newsletter.test newsletter line\n    phrase Subscribe now\n";

/// Raw and gold texts. After cleaning:
/// a: out "storm hits the coast the storm came at night", gold "the storm came at
///    night": tp 5, fp 4, fn 0; gold in input 5, lost 0.
/// b: the first line goes with three gold words, which the second line repeats:
///    tp 5, fp 0, fn 0.
/// c: the gold's first line goes: out "the town voted", tp 3, fp 0, fn 5; lost 5 of 8.
/// d: snippets: both "with" kept, "Subscribe now" removed, "Cookie settings" and
///    "Breaking News" kept: tp 2, fp 2, fn 0, tn 1.
const TEXT_DOCS: &[(&str, &str, &str)] = &[
    (
        "a",
        "Storm hits the coast\nSubscribe now\nThe storm came at night.\n",
        "The storm came at night.\n",
    ),
    (
        "b",
        "Subscribe now to read: Prices rose again.\nPrices rose again in May.\n",
        "Prices rose again in May.\n",
    ),
    (
        "c",
        "Subscribe now, said the mayor.\nThe town voted.\n",
        "Subscribe now, said the mayor. The town voted.\n",
    ),
];
const SNIPPET_RAW: &str =
    "Breaking News\nSubscribe now\nThe river flooded the valley.\nCookie settings\n";
const SNIPPET_GOLD: &str = r#"{"url": "https://example.com/", "with": ["The river  flooded", "the valley."], "without": ["Subscribe now", "Cookie settings", "Breaking News"]}"#;

/// Writes the sample as `raw/` and `gold/` under `dir`, and the rules; returns the
/// arguments that select them.
fn sample(dir: &Path, with_snippets: bool) -> Vec<String> {
    std::fs::create_dir_all(dir.join("raw")).unwrap();
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    for (id, raw, gold) in TEXT_DOCS {
        write_temp(&dir.join("raw"), &format!("{id}.txt"), raw.as_bytes());
        write_temp(&dir.join("gold"), &format!("{id}.txt"), gold.as_bytes());
    }
    if with_snippets {
        write_temp(&dir.join("raw"), "d.txt", SNIPPET_RAW.as_bytes());
        write_temp(&dir.join("gold"), "d.json", SNIPPET_GOLD.as_bytes());
    }
    // Not a document: only .txt files are.
    write_temp(&dir.join("raw"), "notes.md", b"ignored");
    let rules = write_temp(dir, "rules.pat", RULES);
    let mut args: Vec<String> = ["eval", "--no-default-patterns", "--no-detectors", "-p"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    args.push(rules.display().to_string());
    args
}

fn dirs(dir: &Path) -> Vec<String> {
    vec![
        "--raw".into(),
        dir.join("raw").display().to_string(),
        "--gold".into(),
        dir.join("gold").display().to_string(),
    ]
}

fn eval(args: &[String]) -> Output {
    let args: Vec<&str> = args.iter().map(|s| s.as_str()).collect();
    run(&args, b"")
}

#[test]
fn eval_prints_token_and_snippet_scores_and_the_worst_documents() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = sample(dir.path(), true);
    args.extend(dirs(dir.path()));
    let out = eval(&args);
    assert_eq!(stderr(&out), "");
    assert_eq!(out.status.code(), Some(0));
    // Macro P = (5/9 + 1 + 1) / 3, R = (1 + 1 + 3/8) / 3; micro 13/17, 13/18;
    // non-gold removed 1 - 4/13; gold lost 5/18. Snippets: P 2/4, R 2/2,
    // F1 4/6, accuracy 3/5, non-gold removed 1/3.
    assert_eq!(
        stdout(&out),
        "\
deboil eval: 4 documents

word tokens, 3 documents                P      R     F1
  bow macro                         0.852  0.792  0.821
  bow micro                         0.765  0.722  0.743
  shingle-4 macro (scrapinghub)     0.444  0.667  0.533
  non-gold removed 0.692   gold lost 0.278   words in/out 31/17   empty outputs 0

snippets, 1 document                    P      R     F1    acc
  trafilatura eval                  0.500  1.000  0.667  0.600
  non-gold removed 0.333   gold lost 0.000   snippets in input 2 with, 3 without   empty outputs 0

1 document that lost the most gold (of 1 that lost some)
    lost      of input metric       F1  id
   0.625           5/8 tokens    0.545  c
"
    );
}

#[test]
fn eval_json_and_per_doc_give_the_same_scores() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = sample(dir.path(), true);
    args.extend(dirs(dir.path()));
    let tsv = dir.path().join("scores.tsv");
    args.extend(["--json".into(), "--per-doc".into(), tsv.display().to_string()]);
    let out = eval(&args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1, "{text}");
    for field in [
        r#""documents":4"#,
        r#""unreadable":0"#,
        r#""F1_micro":0.7428571428571428"#,
        r#""gold_lost":0.2777777777777778"#,
        r#""nongold_removed":0.6923076923076923"#,
        r#""ACC":0.6"#,
        r#""P":0.5"#,
        r#""R":1.0"#,
        r#""with_in_input":2"#,
    ] {
        assert!(text.contains(field), "{field} not in {text}");
    }
    assert_eq!(
        std::fs::read_to_string(&tsv).unwrap(),
        "\
id\tmetric\ttp\tfp\tfn\ttn\tP\tR\tF1\tgold_in_input\tgold_lost\tgold_lost_share
a\ttokens\t5\t4\t0\t\t0.5556\t1.0000\t0.7143\t5\t0\t0.0000
b\ttokens\t5\t0\t0\t\t1.0000\t1.0000\t1.0000\t5\t0\t0.0000
c\ttokens\t3\t0\t5\t\t1.0000\t0.3750\t0.5455\t8\t5\t0.6250
d\tsnippets\t2\t2\t0\t1\t0.5000\t1.0000\t0.6667\t2\t0\t0.0000
"
    );
}

#[test]
fn eval_reads_jsonl_pairs_like_directories() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = sample(dir.path(), false);
    let mut jsonl = String::new();
    for (id, raw, gold) in TEXT_DOCS {
        jsonl.push_str(&format!(
            "{{\"id\": \"{id}\", \"body\": {raw:?}, \"article\": {gold:?}}}\n\n",
            raw = raw,
            gold = gold
        ));
    }
    let path = write_temp(dir.path(), "pairs.jsonl", jsonl.as_bytes());
    let mut from_dirs = args.clone();
    from_dirs.extend(dirs(dir.path()));
    from_dirs.push("--json".into());
    args.extend(
        ["--sample", path.to_str().unwrap(), "--raw-field", "body", "--gold-field", "article"]
            .map(String::from),
    );
    args.push("--json".into());
    let (a, b) = (eval(&args), eval(&from_dirs));
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(stdout(&a), stdout(&b));
    assert!(stdout(&a).contains(r#""documents":3"#));
}

#[test]
fn eval_quality_checks_fail_with_exit_code_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = sample(dir.path(), false);
    args.extend(dirs(dir.path()));
    let pass = eval(
        &[args.clone(), ["--min-f1", "0.8", "--max-gold-lost", "0.3"].map(String::from).to_vec()]
            .concat(),
    );
    assert_eq!(pass.status.code(), Some(0), "{}", stderr(&pass));
    let fail = eval(
        &[args.clone(), ["--min-f1", "0.83", "--max-gold-lost", "0.25"].map(String::from).to_vec()]
            .concat(),
    );
    assert_eq!(fail.status.code(), Some(1));
    assert_eq!(
        stderr(&fail),
        "deboil: quality check failed: F1 0.8207 (word tokens) is below --min-f1 0.83\n\
         deboil: quality check failed: gold lost 0.2778 (word tokens) is above --max-gold-lost 0.25\n"
    );
    // The tables are still printed.
    assert!(stdout(&fail).contains("bow macro"));
    let usage = eval(&[args, vec!["--min-f1".into(), "1.5".into()]].concat());
    assert_eq!(usage.status.code(), Some(2));
    assert_eq!(stderr(&usage), "deboil: --min-f1: 1.5 is not between 0 and 1\n");
}

#[test]
fn eval_reports_bad_pairs_and_scores_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let mut args = sample(dir.path(), false);
    write_temp(&dir.path().join("raw"), "lonely.txt", b"No gold for this one.\n");
    write_temp(&dir.path().join("raw"), "broken.txt", b"Some text.\n");
    write_temp(&dir.path().join("gold"), "broken.json", b"{\"with\": [\"a\"],\n \"without\": 3}");
    write_temp(&dir.path().join("raw"), "typo.txt", b"Some text.\n");
    write_temp(&dir.path().join("gold"), "typo.json", b"{\"with\": [\"a\"]\n \"without\": []}");
    args.extend(dirs(dir.path()));
    args.push("--json".into());
    let out = eval(&args);
    assert_eq!(out.status.code(), Some(1));
    let gold = dir.path().join("gold");
    let raw = dir.path().join("raw");
    assert_eq!(
        stderr(&out),
        format!(
            "deboil: {}: \"without\" must be a list of strings\n\
             deboil: {}: no gold for it (neither {} nor {})\n\
             deboil: {}:2:2: expected `,` or `}}`\n",
            gold.join("broken.json").display(),
            raw.join("lonely.txt").display(),
            gold.join("lonely.txt").display(),
            gold.join("lonely.json").display(),
            gold.join("typo.json").display(),
        )
    );
    assert!(stdout(&out).contains(r#""documents":3"#));
    assert!(stdout(&out).contains(r#""unreadable":3"#));
}

#[test]
fn eval_reports_bad_jsonl_lines_by_path_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let args = sample(dir.path(), false);
    let jsonl = "{\"text\": \"A b.\", \"gold\": \"A b.\"}\n\
                 not json\n\
                 {\"text\": \"A b.\"}\n\
                 {\"text\": 1, \"gold\": \"A\"}\n\
                 {\"text\": \"A b.\", \"gold\": {\"with\": [\"A b.\"], \"without\": []}}\n";
    let path = write_temp(dir.path(), "pairs.jsonl", jsonl.as_bytes());
    let p = path.display();
    let out = eval(&[args, vec!["--sample".into(), p.to_string(), "--json".into()]].concat());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "deboil: {p}:2: expected ident\n\
             deboil: {p}:3: no field 'gold' (the gold; see --gold-field)\n\
             deboil: {p}:4: field 'text' is not a string\n"
        )
    );
    let text = stdout(&out);
    assert!(text.contains(r#""documents":2"#), "{text}");
    assert!(text.contains(r#""tokens":{"#) && text.contains(r#""snippets":{"#), "{text}");
}

#[test]
fn eval_needs_a_sample() {
    let out = run(&["eval"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--raw"), "{}", stderr(&out));
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().to_str().unwrap();
    let out = run(&["eval", "--raw", d, "--gold", d], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), format!("deboil: --raw: {d} holds no .txt files\n"));
}

#[test]
fn eval_reads_the_shared_evaluation_layout() {
    let data = shared().join("eval/data");
    for (ds, variant, metric) in
        [("sh", "recall", "word tokens, 50 documents"), ("traf", "full", "snippets, 285 documents")]
    {
        let out = bin()
            .args(["eval", "--raw"])
            .arg(data.join(ds).join(variant))
            .arg("--gold")
            .arg(data.join(ds).join("gold"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{ds}/{variant}: {}", stderr(&out));
        assert!(stdout(&out).contains(metric), "{ds}/{variant}: {}", stdout(&out));
    }
}
