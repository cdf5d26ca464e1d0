//! `deboil mine`: a generated corpus of several fake publishers, each with its own
//! repeated blurbs among article text that does not repeat. Mining must find every
//! planted blurb with its publisher, and nothing else.

use std::path::Path;

use super::{bin, run, stderr, stdout, write_temp};

/// A deterministic pseudo-random source (an LCG), so that the corpus is the same on
/// every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "council",
    "river",
    "budget",
    "school",
    "market",
    "winter",
    "players",
    "mayor",
    "bridge",
    "farmers",
    "police",
    "museum",
    "hospital",
    "voters",
    "storm",
    "railway",
    "harbour",
    "teachers",
    "festival",
    "election",
    "village",
    "tenants",
    "factory",
    "library",
    "drivers",
    "coach",
    "senator",
    "orchard",
    "students",
    "nurses",
    "ferry",
    "garden",
    "airport",
    "judges",
    "choir",
    "miners",
    "bakery",
    "stadium",
    "forest",
    "clinic",
    "approved",
    "rejected",
    "delayed",
    "announced",
    "expanded",
    "questioned",
    "welcomed",
    "criticised",
    "opened",
    "closed",
    "quietly",
    "sharply",
    "again",
    "finally",
    "narrowly",
    "late",
    "early",
    "yesterday",
    "local",
    "regional",
    "new",
    "old",
    "plans",
    "costs",
    "hours",
    "fees",
    "routes",
    "rules",
    "talks",
    "repairs",
    "after",
    "before",
    "despite",
    "amid",
    "following",
    "during",
];

/// A sentence of ten random words: unique in practice (76^10 of them).
fn sentence(rng: &mut Lcg) -> String {
    let mut words: Vec<&str> = (0..10).map(|_| WORDS[rng.next(WORDS.len())]).collect();
    let first = words[0].to_string();
    let cap = first[..1].to_uppercase() + &first[1..];
    words[0] = &cap;
    format!("{}.", words.join(" "))
}

/// A planted blurb: its publisher (None: several), and how to tell whether
/// document `k` of that publisher carries it.
struct Blurb {
    site: Option<&'static str>,
    line: fn(usize) -> String,
    every: usize,
}

fn blurbs() -> Vec<Blurb> {
    vec![
        Blurb {
            site: Some("bugle.example"),
            line: |k| format!("Subscribe to the Daily Bugle for just ${} a week.", k % 5 + 1),
            every: 1,
        },
        Blurb {
            site: Some("bugle.example"),
            line: |_| "Photo: Daily Bugle staff".into(),
            every: 2,
        },
        Blurb {
            site: Some("herald.example"),
            line: |_| "Get the Herald Morning Briefing in your inbox".into(),
            every: 1,
        },
        Blurb {
            site: Some("herald.example"),
            line: |k| format!("© {} Herald Media Group. All rights reserved.", 2020 + k % 4),
            every: 3,
        },
        Blurb {
            site: Some("gazette.example"),
            line: |_| "The Gazette is funded by readers like you — thank you.".into(),
            every: 1,
        },
        Blurb {
            site: Some("gazette.example"),
            line: |_| "Tell us what you think: letters@gazette.example".into(),
            every: 4,
        },
        // A wire credit used by every publisher.
        Blurb { site: None, line: |_| "Additional reporting by Wire Service.".into(), every: 7 },
    ]
}

const SITES: &[&str] = &["bugle.example", "herald.example", "gazette.example", "post.example"];

/// One generated document: its site and text.
fn corpus(n: usize) -> Vec<(&'static str, String)> {
    let mut rng = Lcg(7);
    let blurbs = blurbs();
    let quoted = "The minister said the bridge would reopen before the spring floods.";
    (0..n)
        .map(|i| {
            let site = SITES[i % SITES.len()];
            let k = i / SITES.len();
            let mut lines = vec![sentence(&mut rng)];
            for _ in 0..rng.next(6) + 3 {
                lines.push(sentence(&mut rng) + " " + &sentence(&mut rng));
            }
            // A sentence quoted in two documents only: below any sensible threshold.
            if i == 5 || i == 1234 {
                lines.push(quoted.into());
            }
            for b in &blurbs {
                if b.site.is_none_or(|s| s == site) && k % b.every == 0 {
                    lines.push((b.line)(k));
                }
            }
            (site, lines.join("\n\n") + "\n")
        })
        .collect()
}

const DOCS: usize = 3000;

fn jsonl(docs: &[(&str, String)]) -> String {
    docs.iter()
        .enumerate()
        .map(|(i, (site, text))| {
            serde_json::json!({"id": i, "url": format!("https://www.{site}/story/{i}"), "text": text})
                .to_string()
                + "\n"
        })
        .collect()
}

/// The expected candidate rows (docs, groups, site, line) of the TSV output: the
/// example text of a line is its second occurrence, where the counter first keeps it.
fn expected_rows(docs: &[(&str, String)]) -> Vec<(u64, String, String, String)> {
    let mut rows = Vec::new();
    for b in blurbs() {
        let carriers: Vec<usize> = (0..docs.len())
            .filter(|&i| {
                let k = i / SITES.len();
                b.site.is_none_or(|s| s == SITES[i % SITES.len()]) && k % b.every == 0
            })
            .collect();
        let second = carriers[1];
        let groups = if b.site.is_some() { 1 } else { SITES.len() };
        rows.push((
            carriers.len() as u64,
            groups.to_string(),
            b.site.unwrap_or("-").to_string(),
            (b.line)(second / SITES.len()),
        ));
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.3.cmp(&b.3)));
    rows
}

fn tsv_rows(text: &str) -> Vec<Vec<String>> {
    text.lines().skip(1).map(|l| l.split('\t').map(str::to_string).collect()).collect()
}

#[test]
fn mining_finds_every_planted_blurb_with_its_publisher_and_no_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(DOCS);
    let input = write_temp(dir.path(), "crawl.jsonl", jsonl(&docs).as_bytes());
    let out = bin()
        .args(["mine", "--group-by", "url", "--format", "tsv", "--top", "0", "-q"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    let rows = tsv_rows(&stdout(&out));
    let got: Vec<(u64, String, String, String)> = rows
        .iter()
        .map(|r| (r[0].parse().unwrap(), r[1].clone(), r[3].clone(), r[6].clone()))
        .collect();
    assert_eq!(got, expected_rows(&docs));
    let categories: Vec<(&str, &str)> =
        rows.iter().map(|r| (r[6].as_str(), r[2].as_str())).collect();
    assert_eq!(
        categories,
        vec![
            ("Get the Herald Morning Briefing in your inbox", "newsletter"),
            ("Subscribe to the Daily Bugle for just $2 a week.", "paywall"),
            ("The Gazette is funded by readers like you — thank you.", "newsletter"),
            ("Additional reporting by Wire Service.", "publisher-note"),
            ("Photo: Daily Bugle staff", "caption"),
            ("© 2023 Herald Media Group. All rights reserved.", "copyright"),
            ("Tell us what you think: letters@gazette.example", "comments"),
        ]
    );
    // Every example document really holds the line.
    for r in &rows {
        for id in r[5].split(',') {
            let n: usize = id.rsplit(':').next().unwrap().parse().unwrap();
            let mut norm_doc = String::new();
            let mut norm_line = String::new();
            deboil::mine::normalize(&r[6], &mut norm_line);
            assert!(
                docs[n - 1].1.lines().any(|l| {
                    deboil::mine::normalize(l, &mut norm_doc) && norm_doc == norm_line
                }),
                "{id} lacks {}",
                r[6]
            );
        }
    }
}

#[test]
fn the_pattern_file_is_valid_and_removes_the_blurbs_on_their_site() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(DOCS);
    let input = write_temp(dir.path(), "crawl.jsonl", jsonl(&docs).as_bytes());
    let out = bin().args(["mine", "--group-by", "url", "-q"]).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pat = stdout(&out);
    assert!(pat.starts_with("# Mined by `deboil mine` from 3000 documents: 7 lines"), "{pat}");
    assert!(pat.contains("# review: in 750 documents, 1 groups; e.g. "));
    assert!(pat.contains(
        "rule mined.paywall.2 paywall line\n    line      alone\n    site      bugle.example\n    regex     Subscribe\\s+to\\s+the\\s+Daily\\s+Bugle\\s+for\\s+just\\s+\\$\\d+\\s+a\\s+week\n"
    ), "{pat}");
    let file = write_temp(dir.path(), "mined.pat", pat.as_bytes());
    let check = bin().args(["patterns", "check"]).arg(&file).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}{}", stdout(&check), stderr(&check));

    // With the built-in rules (which remove the commented-out lines), the mined
    // rules act on their own site and leave the article text alone.
    let doc = &docs[0].1;
    let pat = file.to_str().unwrap();
    let cleaned = run(&["--no-detectors", "--site", "bugle.example", "-p", pat], doc.as_bytes());
    let kept = stdout(&cleaned);
    assert!(!kept.contains("Daily Bugle"), "{kept}");
    let nonblank = |t: &str| t.lines().filter(|l| !l.is_empty()).count();
    assert_eq!(nonblank(&kept), nonblank(doc) - 3, "{kept}");
    let elsewhere = run(&["--no-detectors", "--site", "other.example", "-p", pat], doc.as_bytes());
    assert!(stdout(&elsewhere).contains("Subscribe to the Daily Bugle"));
}

#[test]
fn text_trees_nul_input_and_thread_counts_agree() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(800);
    let tree = dir.path().join("texts");
    std::fs::create_dir_all(tree.join("a")).unwrap();
    let mut nul = Vec::new();
    for (i, (_, text)) in docs.iter().enumerate() {
        write_temp(&tree.join("a"), &format!("{i:04}.txt"), text.as_bytes());
        nul.extend_from_slice(text.as_bytes());
        nul.push(0);
    }
    let nul_file = write_temp(dir.path(), "docs.nul", &nul);
    let mine = |args: &[&str], path: &Path| {
        let out = bin()
            .arg("mine")
            .args(args)
            .args(["--format", "tsv", "-q"])
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // Without the example ids, which name files or documents.
        tsv_rows(&stdout(&out))
            .into_iter()
            .map(|mut r| {
                r.remove(5);
                r
            })
            .collect::<Vec<_>>()
    };
    let from_tree = mine(&["-r"], &tree);
    let from_nul = mine(&["-z"], &nul_file);
    let from_nul_j1 = mine(&["-z", "-j1", "--batch-bytes", "1"], &nul_file);
    assert_eq!(from_tree, from_nul);
    assert_eq!(from_nul, from_nul_j1);
    let lines: Vec<&str> = from_tree.iter().map(|r| r[5].as_str()).collect();
    assert_eq!(lines.len(), 7, "{lines:?}");
    assert!(from_tree.iter().all(|r| r[1] == "0" && r[3] == "-"));
}

#[test]
fn pruning_bounds_memory_and_still_finds_the_blurbs() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(DOCS);
    let input = write_temp(dir.path(), "crawl.jsonl", jsonl(&docs).as_bytes());
    let out = bin()
        .args(["mine", "--group-by", "url", "--format", "tsv", "--max-lines", "2000"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("counts may be low by up to 1)"), "{}", stderr(&out));
    let got: Vec<(u64, String)> =
        tsv_rows(&stdout(&out)).iter().map(|r| (r[0].parse().unwrap(), r[6].clone())).collect();
    let want: Vec<(u64, String)> = expected_rows(&docs).into_iter().map(|r| (r.0, r.3)).collect();
    // Blurbs are in documents from the start, so they are never pruned.
    assert_eq!(got, want);
}

#[test]
fn lines_an_existing_rule_removes_are_marked_or_left_out() {
    let mut input = String::new();
    for i in 0..30 {
        input.push_str(&format!(
            "Story {i} about {}\n\nShare on Facebook\n\nOur own blurb here\n\0",
            "x".repeat(i + 1)
        ));
    }
    let out = run(&["mine", "-z", "--format", "tsv", "-q"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let rows = tsv_rows(&stdout(&out));
    let existing: Vec<(&str, &str)> = rows.iter().map(|r| (r[6].as_str(), r[4].as_str())).collect();
    assert_eq!(existing.len(), 2, "{existing:?}");
    assert_eq!(existing[0].0, "Our own blurb here");
    assert_eq!(existing[0].1, "-");
    assert_eq!(existing[1].0, "Share on Facebook");
    assert_ne!(existing[1].1, "-");
    let pat = stdout(&run(&["mine", "-z", "-q"], input.as_bytes()));
    assert!(pat.contains("# already removed by rule"), "{pat}");
    assert!(pat.contains("# rule mined.share.2 share line"), "{pat}");
    let new_only = run(&["mine", "-z", "--new-only", "--format", "tsv", "-q"], input.as_bytes());
    let rows = tsv_rows(&stdout(&new_only));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0][6], "Our own blurb here");
}

#[test]
fn json_output_carries_the_counts() {
    let mut input = String::new();
    for i in 0..12 {
        input.push_str(&format!(
            "{{\"text\":\"Unique line {}\\nRead our blurb\",\"site\":\"s{}.example\"}}\n",
            "y".repeat(i + 1),
            i % 3
        ));
    }
    let out =
        run(&["mine", "--jsonl", "--group-by", "site", "--format", "json", "-q"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"], 12);
    assert_eq!(v["min_docs"], 10);
    let c = &v["candidates"][0];
    assert_eq!(c["line"], "Read our blurb");
    assert_eq!(c["docs"], 12);
    assert_eq!(c["groups"], 3);
    assert_eq!(c["site"], serde_json::Value::Null);
    assert_eq!(c["examples"], serde_json::json!(["<stdin>:2", "<stdin>:3"]));
    assert_eq!(v["candidates"].as_array().unwrap().len(), 1);
}

#[test]
fn apply_removes_mined_lines_as_repeated() {
    let dir = tempfile::tempdir().unwrap();
    let docs = corpus(400);
    let input = write_temp(dir.path(), "crawl.jsonl", jsonl(&docs).as_bytes());
    let mined = dir.path().join("mined.pat");
    let out = bin()
        .args([
            "mine",
            "--apply",
            "--annotate",
            "--group-by",
            "url",
            "-q",
            "--no-default-patterns",
            "--no-detectors",
            "--candidates",
        ])
        .arg(&mined)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    let cleaned = first["text"].as_str().unwrap();
    assert!(!cleaned.contains("Daily Bugle"), "{cleaned}");
    assert!(!cleaned.contains("Wire Service"), "{cleaned}");
    let removed = first["deboil"]["removed"].as_array().unwrap();
    assert_eq!(removed.len(), 3);
    assert!(removed.iter().all(|r| r["category"] == "repeated"), "{removed:?}");
    assert!(std::fs::read_to_string(&mined)
        .unwrap()
        .contains("rule mined.repeated.1 repeated line"));
    assert_eq!(text.lines().count(), 400);
}

#[test]
fn apply_refuses_standard_input_and_bad_thresholds_exit_2() {
    let out = run(&["mine", "--apply"], b"text\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--apply reads the input twice"), "{}", stderr(&out));
    let out = run(&["mine", "--min-docs", "0"], b"text\n");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "deboil: --min-docs: must be at least 1\n");
}

#[test]
fn a_mined_file_passes_its_own_check_whatever_its_lines_hold() {
    // Repeated lines that the matcher does not take as a phrase spelled from the line
    // would: icons of a private-use area (an icon font's share buttons), a quoted line,
    // words apart by several spaces, tabs or no-break spaces, a dash that is no
    // hyphen, more quotes than a phrase's variants may hold, a digit `\d` does not take.
    let odd = [
        "\u{e60a} Share this \u{e60b}\u{e60c}",
        "\"Come get a deal\"",
        "Sun  Mon  Tue  Wed  Thu  Fri  Sat",
        "Su\t\tMo\t\tTu\t\tWe",
        "Privacy policy\u{a0}\u{a0}|\u{a0} Terms & conditions",
        "pre–war prices",
        "Allowed: <a href=\"\" title=\"\"> <abbr title=\"\"> <q cite=\"\"> <del datetime=\"\">",
        "Top 10² list",
    ];
    let mut rng = Lcg(17);
    let docs: String = (0..3)
        .map(|i| {
            let text =
                format!("{}\n{}\n{}\n", sentence(&mut rng), odd.join("\n"), sentence(&mut rng));
            let record =
                serde_json::json!({"url": format!("https://news.example/{i}"), "text": text});
            format!("{record}\n")
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let input = write_temp(dir.path(), "crawl.jsonl", docs.as_bytes());
    let out = bin().args(["mine", "--min-docs", "2", "-q"]).arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pat = write_temp(dir.path(), "mined.pat", &out.stdout);
    let check = bin().args(["patterns", "check"]).arg(&pat).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}{}", stdout(&check), stderr(&check));
    assert!(stdout(&check).ends_with(": 8 rules, 16 examples, 0 failing\n"), "{}", stdout(&check));
}

#[test]
fn the_rules_mined_from_the_evaluation_pages_pass_their_own_check() {
    // Real pages, with every line seen twice proposed: thousands of rules.
    let data = super::shared().join("eval/data");
    let mut list = String::new();
    for set in ["sh/full", "traf/full"] {
        let mut files: Vec<_> = std::fs::read_dir(data.join(set))
            .expect("../shared/eval/data exists")
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        list.extend(files.iter().map(|p| format!("{}\n", p.display())));
    }
    let dir = tempfile::tempdir().unwrap();
    let files = write_temp(dir.path(), "files.list", list.as_bytes());
    let out = bin()
        .args(["mine", "--min-docs", "2", "--top", "0", "-q", "--files-from"])
        .arg(&files)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pat = write_temp(dir.path(), "mined.pat", &out.stdout);
    let check = bin().args(["patterns", "check"]).arg(&pat).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}{}", stdout(&check), stderr(&check));
}
