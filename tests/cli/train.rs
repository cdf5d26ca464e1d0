//! `deboil train` and `--model` on a small labelled sample made here: pages whose
//! article is prose and whose boilerplate is a menu, a share bar and a footer that no
//! shipped rule names, so that only a trained model can take them.

use std::path::Path;

use super::*;

const MENU: [&str; 6] = ["Home", "World", "Business", "Culture", "Weather", "Contact us"];
const FOOTER: [&str; 3] = ["About this site", "Terms and conditions apply here", "Site map"];

fn article(i: usize) -> String {
    let topics = ["river", "council", "harbour", "library", "railway", "orchard", "museum"];
    let t = topics[i % topics.len()];
    format!(
        "The {t} committee met on Tuesday evening to discuss the plans for the coming year, and members agreed that the budget would rise by a small amount.\n\n\
         Residents who spoke at the meeting said the {t} had changed a great deal since the last review, and several asked for a public consultation before any work begins.\n\n\
         A final decision on the {t} is expected in the spring, after the committee has heard from engineers and from the people who live nearby.\n"
    )
}

/// Writes `n` documents as `raw/` and `gold/` under `dir`, with a meta.json that puts
/// them on three sites.
fn sample(dir: &Path, n: usize) {
    std::fs::create_dir_all(dir.join("raw")).unwrap();
    std::fs::create_dir_all(dir.join("gold")).unwrap();
    let mut meta = String::from("{\"docs\": {");
    for i in 0..n {
        let body = article(i);
        let raw = format!("{}\n\n{body}\n{}\n", MENU.join("\n"), FOOTER.join("\n"));
        write_temp(&dir.join("raw"), &format!("d{i:02}.txt"), raw.as_bytes());
        write_temp(&dir.join("gold"), &format!("d{i:02}.txt"), body.as_bytes());
        if i > 0 {
            meta.push(',');
        }
        meta.push_str(&format!(
            "\"d{i:02}\": {{\"url\": \"https://site{}.example/a/{i}\"}}",
            i % 3
        ));
    }
    meta.push_str("}}");
    write_temp(dir, "meta.json", meta.as_bytes());
}

fn train(dir: &Path, out: &str) -> Output {
    let d = |p: &str| dir.join(p).display().to_string();
    run(
        &[
            "train",
            "--raw",
            &d("raw"),
            "--gold",
            &d("gold"),
            "--meta",
            &d("meta.json"),
            "--cv",
            "3",
            "--trees",
            "20",
            "--max-loss",
            "0.05",
            "-o",
            &d(out),
        ],
        b"",
    )
}

#[test]
fn a_trained_model_removes_what_its_sample_calls_boilerplate() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path(), 18);
    let out = train(dir.path(), "m.model");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report = stdout(&out);
    assert!(report.contains("gbdt model, 18 documents"), "{report}");
    assert!(report.contains("balanced"), "{report}");
    let model = dir.path().join("m.model").display().to_string();
    // A page of the same kind that the sample did not hold.
    let body = article(100);
    let page = format!("{}\n\n{body}\n{}\n", MENU.join("\n"), FOOTER.join("\n"));
    let cleaned = run(&["--model", &model], page.as_bytes());
    assert_eq!(cleaned.status.code(), Some(0), "{}", stderr(&cleaned));
    assert_eq!(stdout(&cleaned), body);
    // Without a model, nothing the rules know is on the page.
    let plain = run(&["--no-model"], page.as_bytes());
    assert!(stdout(&plain).contains("Terms and conditions apply here"));
}

#[test]
fn training_is_deterministic() {
    let dir = tempfile::tempdir().unwrap();
    sample(dir.path(), 12);
    let a = train(dir.path(), "a.model");
    let b = train(dir.path(), "b.model");
    assert_eq!(a.status.code(), Some(0), "{}", stderr(&a));
    assert_eq!(b.status.code(), Some(0), "{}", stderr(&b));
    let a = std::fs::read(dir.path().join("a.model")).unwrap();
    let b = std::fs::read(dir.path().join("b.model")).unwrap();
    assert!(a == b, "two trainings on the same sample wrote different models");
}

#[test]
fn a_model_file_that_does_not_fit_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let garbled = write_temp(dir.path(), "bad.model", b"deboil-model 1\nfamily gbdt\nfeatures x\n");
    let out = run(&["--model", &garbled.display().to_string()], b"text\n");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad.model:3:"), "{err}");
    let missing = dir.path().join("none.model").display().to_string();
    let out = run(&["--model", &missing], b"text\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("none.model"), "{}", stderr(&out));
}

#[test]
fn explain_shows_the_score_and_the_features_that_weighed_most() {
    let body = article(3);
    let page = format!("{}\n\n{body}\n{}\n", MENU.join("\n"), FOOTER.join("\n"));
    let out = run(&["--explain", "--color", "never"], page.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let model_lines: Vec<&str> = text.lines().filter(|l| l.contains("└ model:")).collect();
    assert!(!model_lines.is_empty(), "{text}");
    for l in model_lines {
        assert!(
            l.contains("score ") && l.contains("threshold ") && l.contains("weighed most:"),
            "{l}"
        );
    }
}

#[test]
fn train_usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let manifest = write_temp(dir.path(), "m.tsv", b"only-a-name\n");
    let out = run(&["train", "--manifest", &manifest.display().to_string()], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("m.tsv:1:"), "{}", stderr(&out));
    let out = run(&["train", "--raw", "x", "--gold", "y", "--cv", "1"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&["train", "--raw", "x", "--gold", "y", "--group-by", "variant"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--group-by variant: the samples name only one"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_jsonl_sample_trains_too_and_its_urls_keep_sites_apart() {
    let dir = tempfile::tempdir().unwrap();
    let mut lines = String::new();
    for i in 0..12 {
        let body = article(i);
        let raw = format!("{}\n\n{body}\n{}\n", MENU.join("\n"), FOOTER.join("\n"));
        let record = serde_json::json!({
            "id": format!("d{i}"),
            "url": format!("https://site{}.example/{i}", i % 3),
            "text": raw,
            "gold": body,
        });
        lines.push_str(&record.to_string());
        lines.push('\n');
    }
    let sample = write_temp(dir.path(), "sample.jsonl", lines.as_bytes());
    let model = dir.path().join("j.model").display().to_string();
    let out = run(
        &[
            "train",
            "--sample",
            &sample.display().to_string(),
            "--cv",
            "3",
            "--trees",
            "10",
            "-o",
            &model,
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("12 documents"), "{}", stdout(&out));
    assert!(std::fs::metadata(&model).unwrap().len() > 0);
}
