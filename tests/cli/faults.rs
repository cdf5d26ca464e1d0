//! Hostile pattern files and failing I/O through the real binary: each gives a clear
//! message naming the file, the right exit code, no output under its final name that
//! looks complete, and the other inputs still processed.

use std::io::Read;
use std::process::Stdio;

use crate::{bin, run, stderr, stdout, write_temp};

const ARTICLE: &str = "Headline here\nThe council voted on Tuesday to close two libraries in the east of the city.\nOpponents said the decision would hit the poorest neighbourhoods hardest.\n";

/// Many lines of prose, so that a cut-off compressed copy stops mid-stream.
fn long_text() -> Vec<u8> {
    (0..5000)
        .map(|i| format!("The council voted on Tuesday to close library number {i} in the city.\n"))
        .collect::<String>()
        .into_bytes()
}

// ---------- hostile pattern files ----------

#[test]
fn huge_regex_is_refused_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let pat = write_temp(
        dir.path(),
        "huge.pat",
        b"rule x.huge ad line\n    regex  \\w{1000}\\w{1000}\\w{1000}\n",
    );
    let out = run(&["-p", pat.to_str().unwrap()], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("huge.pat:2:") && stderr(&out).contains("too large"),
        "{}",
        stderr(&out)
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn regex_matching_the_empty_string_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let pat = write_temp(dir.path(), "empty.pat", b"rule x.empty ad line\n    regex  a*\n");
    let out = run(&["-p", pat.to_str().unwrap()], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("empty.pat:2:") && stderr(&out).contains("empty string"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn thousands_of_generated_rules_compile_and_run() {
    let dir = tempfile::tempdir().unwrap();
    let mut pat = String::new();
    for i in 0..3000 {
        pat.push_str(&format!(
            "rule gen.r{i} ad line\n    phrase  zq{i}xv boiler\n    regex  ^zz{i}q[0-9]+$\n\n"
        ));
    }
    let pat = write_temp(dir.path(), "many.pat", pat.as_bytes());
    let input = format!("{ARTICLE}zq2999xv boiler\nzz17q42\n");
    let out = run(&["--no-detectors", "-p", pat.to_str().unwrap()], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), ARTICLE);
}

#[test]
fn rest_rule_on_the_first_line_keeps_the_article_and_explains_why() {
    let dir = tempfile::tempdir().unwrap();
    let pat =
        write_temp(dir.path(), "rest.pat", b"rule x.rest paywall rest\n    regex  ^Headline\n");
    let p = pat.to_str().unwrap();
    let out = run(&["--no-default-patterns", "-p", p], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let article = ARTICLE.split_once('\n').unwrap().1;
    assert_eq!(stdout(&out), article);
    let out = run(
        &["--no-default-patterns", "-p", p, "--explain", "--color", "never"],
        ARTICLE.as_bytes(),
    );
    assert!(stdout(&out).contains("rest of the document not removed"), "{}", stdout(&out));
}

// ---------- faults ----------

#[test]
fn truncated_gzip_and_zstd_are_named_and_the_other_inputs_still_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let text = long_text();
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gz, &text).unwrap();
    let gz = gz.finish().unwrap();
    let zst = zstd::encode_all(&text[..], 3).unwrap();
    let article = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    for (name, data) in [("cut.txt.gz", &gz), ("cut.txt.zst", &zst)] {
        let cut = write_temp(dir.path(), name, &data[..data.len() / 2]);
        let out = run(&[cut.to_str().unwrap(), article.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(1), "{name}");
        assert!(
            stderr(&out).contains(name) && stderr(&out).contains("truncated"),
            "{}",
            stderr(&out)
        );
        assert!(stdout(&out).ends_with(ARTICLE), "{name}: the good file is still cleaned");

        // To a file: nothing under the final name.
        let dest = dir.path().join(format!("{name}.out.txt"));
        let out = run(&[cut.to_str().unwrap(), "-o", dest.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(1));
        assert!(!dest.exists(), "{name}: output written despite the failed input");
    }

    // In a tree: the broken file's output is missing, the good one is complete.
    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    write_temp(&tree, "a.txt", ARTICLE.as_bytes());
    write_temp(&tree, "b.txt.gz", &gz[..gz.len() / 2]);
    let clean = dir.path().join("clean");
    let out = run(&["-r", tree.to_str().unwrap(), "-o", clean.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("b.txt.gz"), "{}", stderr(&out));
    assert!(!clean.join("b.txt.gz").exists());
    assert_eq!(std::fs::read_to_string(clean.join("a.txt")).unwrap(), ARTICLE);
    let leftovers: Vec<_> = std::fs::read_dir(&clean)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

/// An input that cannot be read. `chmod 000` does not stop root, so the test uses a
/// directory given as a file (unreadable as a document for everyone) and a missing file.
#[test]
fn unreadable_inputs_are_named_and_the_others_still_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let article = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let as_file = dir.path().join("dir.txt");
    std::fs::create_dir(&as_file).unwrap();
    let missing = dir.path().join("missing.txt");
    for bad in [&as_file, &missing] {
        let out = run(&[bad.to_str().unwrap(), article.to_str().unwrap()], b"");
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let name = bad.file_name().unwrap().to_str().unwrap();
        assert!(stderr(&out).contains(name), "{}", stderr(&out));
        assert_eq!(stdout(&out), ARTICLE);
    }
}

/// An output directory that cannot be created. Permissions do not stop root, so the
/// output goes below an existing file, where no directory can be made.
#[test]
fn output_that_cannot_be_created_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let article = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let file = write_temp(dir.path(), "file", b"");
    let dest = file.join("sub").join("out.txt");
    let out = run(&[article.to_str().unwrap(), "-o", dest.to_str().unwrap()], b"");
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("sub/out.txt"), "{}", stderr(&out));

    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    write_temp(&tree, "a.txt", ARTICLE.as_bytes());
    let out = run(&["-r", tree.to_str().unwrap(), "-o", file.join("sub").to_str().unwrap()], b"");
    assert_ne!(out.status.code(), Some(0));
    assert!(stderr(&out).contains("a.txt"), "{}", stderr(&out));
    assert!(std::fs::read(&file).unwrap().is_empty(), "the file in the way is untouched");
}

#[test]
fn closed_stdout_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let big = write_temp(dir.path(), "big.txt", &long_text().repeat(4));
    let mut child = bin()
        .arg(&big)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // The read end is dropped here: later writes hit a closed pipe.
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
}
