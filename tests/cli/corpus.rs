//! Corpus-scale runs: JSONL, NUL-separated and plain text documents, gzip and zstd,
//! trees, `--files-from`, atomic outputs, error policies, and the seams of the
//! pipeline (one batch vs many, one thread vs many) that must not change a byte.

use std::io::Write;
use std::path::Path;

use super::{bin, repo, run, stderr, write_temp};

fn article() -> Vec<u8> {
    std::fs::read(repo().join("tests/fixtures/article.txt")).unwrap()
}

/// The article as the plain-text path cleans it: the reference for every format.
fn cleaned_article() -> Vec<u8> {
    let out = run(&[], &article());
    assert_eq!(out.status.code(), Some(0));
    out.stdout
}

fn json_string(bytes: &[u8]) -> String {
    serde_json::to_string(std::str::from_utf8(bytes).unwrap()).unwrap()
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn zstd_bytes(data: &[u8]) -> Vec<u8> {
    zstd::encode_all(data, 1).unwrap()
}

fn gunzip(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(data), &mut out).unwrap();
    out
}

/// A JSONL corpus of `n` records, most with boilerplate, with assorted other fields.
fn corpus(n: usize) -> Vec<u8> {
    let art = String::from_utf8(article()).unwrap();
    let mut out = Vec::new();
    for i in 0..n {
        let text = if i % 3 == 2 {
            format!("Short note number {i} about the weather.\n")
        } else {
            art.replace("Wednesday", &format!("day {i}"))
        };
        writeln!(
            out,
            r#"{{"id":{i},"url":"https://news.example.com/{i}","text":{}}}"#,
            json_string(text.as_bytes())
        )
        .unwrap();
    }
    out
}

#[test]
fn jsonl_keeps_every_other_byte_of_the_record() {
    let text = json_string(&article());
    let want = json_string(&cleaned_article());
    // Prefixes and suffixes a re-serialiser would change: key order, spacing,
    // exponents, escapes, unicode, surrogate pairs, nested objects, duplicate keys.
    let cases = [
        (
            r#"{"z": 1.0E+2, "a" : "caf\u00e9 \ud83d\ude00 \"q\"",  "text":"#,
            r#" , "n":{"x":[1,-0.5e-3,true,null]}}"#,
        ),
        (r#"{"b":"”smart” ✓","text":"#, r#","text_len":-1e400}"#),
        (r#"{"text":"dup first","text":"#, r#"}"#),
        (r#"	{"nested":{"text":"not me"},"text":"#, "}  \r"),
    ];
    let mut input = String::new();
    for (pre, post) in &cases {
        input.push_str(&format!("{pre}{text}{post}\n"));
    }
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = got.split_inclusive('\n').collect();
    assert_eq!(lines.len(), cases.len());
    for ((pre, post), line) in cases.iter().zip(&lines) {
        assert_eq!(*line, format!("{pre}{want}{post}\n"));
    }
}

#[test]
fn jsonl_unchanged_records_are_byte_identical_and_escapes_round_trip() {
    let input = concat!(
        r#"{"text":"It\u2019s a \"fine\" day.\nNothing to remove \ud83d\ude00.","k":[1e5]}"#,
        "\n",
        r#"{"text":"caf\u00e9 news\n\nAdvertisement\n\nThe mayor\u2019s plan passed by a wide margin after a long debate in the council chamber."}"#,
        "\n",
    );
    let out = run(&["--jsonl"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(lines[0], input.lines().next().unwrap());
    // The changed record keeps its \u style (it was written ASCII-only) and decodes
    // to the cleaned text.
    assert!(lines[1].is_ascii(), "{}", lines[1]);
    let v: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
    let text = v["text"].as_str().unwrap();
    assert!(!text.contains("Advertisement"), "{text}");
    assert!(text.starts_with("café news\n\nThe mayor’s plan"), "{text}");
}

#[test]
fn jsonl_nested_field_url_field_and_annotation() {
    let art = json_string(&article());
    let input =
        format!("{{\"meta\":{{\"link\":\"https://x.example/a\"}},\"doc\":{{\"body\":{art}}}}}\n");
    let out = run(
        &["--jsonl", "--field", "doc.body", "--url-field", "meta.link", "--annotate"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["doc"]["body"].as_str().unwrap().as_bytes(), &cleaned_article()[..]);
    let removed = v["deboil"]["removed"].as_array().unwrap();
    assert!(!removed.is_empty());
    let bytes = article();
    for r in removed {
        let (s, e) = (r["start"].as_u64().unwrap() as usize, r["end"].as_u64().unwrap() as usize);
        assert!(s < e && e <= bytes.len());
        assert!(r["category"].is_string() && r["rule"].is_string());
    }
    assert_eq!(
        v["deboil"]["removed_bytes"].as_u64().unwrap() as usize,
        bytes.len() - cleaned_article().len()
    );
}

#[test]
fn jsonl_record_without_a_string_field_passes_through_and_is_counted() {
    let dir = tempfile::tempdir().unwrap();
    let stats = dir.path().join("stats.json");
    let input = "{\"title\":\"no text\"}\n{\"text\":42}\n[1,2]\n{\"text\":null}\n";
    let out = run(&["--jsonl", "--stats-json", stats.to_str().unwrap()], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, input.as_bytes());
    let s: serde_json::Value = serde_json::from_slice(&std::fs::read(&stats).unwrap()).unwrap();
    assert_eq!(s["passed_through"], 4);
    assert_eq!(s["documents"], 0);
}

#[test]
fn malformed_lines_are_reported_skipped_or_stop_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let good = format!("{{\"text\":{}}}\n", json_string(&article()));
    let content = format!("{good}{{\"text\": \"cut\n{good}{{\"text\":1,}}\n{good}");
    let f = write_temp(dir.path(), "in.jsonl", content.as_bytes());
    let f = f.to_str().unwrap();

    // Default: reported with file:line:column, passed through, exit 1.
    let out = run(&[f], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("in.jsonl:2:14: invalid JSON"), "{err}");
    assert!(err.contains("in.jsonl:4:"), "{err}");
    let lines: Vec<&[u8]> = out.stdout.split_inclusive(|&b| b == b'\n').collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[1], b"{\"text\": \"cut\n");

    // skip: dropped and counted, exit 0.
    let out = run(&["--on-error", "skip", "--stats", f], b"");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout.split_inclusive(|&b| b == b'\n').count(), 3);
    assert!(stderr(&out).contains("2 malformed (2 skipped)"), "{}", stderr(&out));

    // fail: stops at the first one, after writing what came before.
    let out = run(&["--on-error", "fail", f], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("in.jsonl:2:14: invalid JSON"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("in.jsonl:4"));
    assert_eq!(out.stdout.split_inclusive(|&b| b == b'\n').count(), 1);
}

#[test]
fn nul_separated_documents_are_cleaned_one_by_one() {
    let art = article();
    let mut input = art.clone();
    input.push(0);
    input.extend_from_slice(b"A short note.\n");
    input.push(0);
    input.extend_from_slice(&art); // the last one without a NUL
    let out = run(&["-z"], &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut want = cleaned_article();
    want.push(0);
    want.extend_from_slice(b"A short note.\n\0");
    want.extend_from_slice(&cleaned_article());
    assert_eq!(out.stdout, want);
    let out = run(&["-z", "--explain", "--color", "never"], &input);
    assert!(String::from_utf8_lossy(&out.stdout).contains("== <stdin>#3:"));
}

#[test]
fn explain_names_jsonl_records_by_line() {
    let input = corpus(2);
    let out = run(&["--jsonl", "--explain", "--color", "never"], &input);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("== <stdin>:1: ") && text.contains("== <stdin>:2: "), "{text}");
}

#[test]
fn one_thread_many_threads_one_batch_many_give_the_same_bytes() {
    let input = corpus(60);
    let reference = run(&["--jsonl", "-j", "1"], &input).stdout;
    assert!(reference.len() < input.len());
    for args in [
        &["--jsonl", "-j", "8"][..],
        &["--jsonl", "-j", "8", "--batch-bytes", "1"],
        &["--jsonl", "-j", "3", "--batch-bytes", "5000"],
        &["--jsonl", "-j", "1", "--batch-bytes", "1"],
    ] {
        let out = run(args, &input);
        assert_eq!(out.status.code(), Some(0));
        assert!(out.stdout == reference, "{args:?} differs");
    }
    // The same for NUL-separated text, built from the same documents.
    let docs: Vec<u8> = input
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .flat_map(|l| {
            let v: serde_json::Value = serde_json::from_slice(l).unwrap();
            let mut d = v["text"].as_str().unwrap().as_bytes().to_vec();
            d.push(0);
            d
        })
        .collect();
    let a = run(&["-z", "-j", "1"], &docs).stdout;
    let b = run(&["-z", "-j", "8", "--batch-bytes", "100"], &docs).stdout;
    assert!(a == b);
}

#[test]
fn compressed_input_is_recognised_by_its_bytes_and_output_by_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(10);
    let want = run(&["--jsonl"], &input).stdout;
    // Two gzip members, under a name that does not say gzip.
    let mut two = gzip(&input[..input.len() / 2]);
    two.extend(gzip(&input[input.len() / 2..]));
    let gz = write_temp(dir.path(), "a.jsonl", &two);
    let zs = write_temp(dir.path(), "b.json.zst", &zstd_bytes(&input));
    for f in [&gz, &zs] {
        let out = bin().arg(f).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(out.stdout == want, "{f:?}");
    }
    // From stdin too.
    assert!(run(&["--jsonl"], &zstd_bytes(&input)).stdout == want);
    // Output compressed by name.
    let o_gz = dir.path().join("o.jsonl.gz");
    let o_zs = dir.path().join("o.jsonl.zst");
    for (o, unpack) in
        [(&o_gz, gunzip as fn(&[u8]) -> Vec<u8>), (&o_zs, |d: &[u8]| zstd::decode_all(d).unwrap())]
    {
        let out = bin().arg(&gz).arg("-o").arg(o).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        assert!(unpack(&std::fs::read(o).unwrap()) == want);
    }
    // No overwrite without --force.
    let out = bin().arg(&gz).arg("-o").arg(&o_gz).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    let out = bin().arg(&gz).arg("-o").arg(&o_gz).arg("--force").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn truncated_compressed_input_is_an_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = corpus(20);
    let gz = gzip(&input);
    let zs = zstd_bytes(&input);
    let bad_gz = write_temp(dir.path(), "t.jsonl.gz", &gz[..gz.len() - 40]);
    let bad_zs = write_temp(dir.path(), "t.jsonl.zst", &zs[..zs.len() - 40]);
    for (f, kind) in [(&bad_gz, "gzip"), (&bad_zs, "zstd")] {
        let o = dir.path().join(format!("out-{kind}.jsonl"));
        let out = bin().arg(f).arg("-o").arg(&o).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{kind}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{}: corrupt or truncated {kind} data", f.display())),
            "{err}"
        );
        assert!(!o.exists(), "{kind}: a partial output under the final name");
    }
}

fn tree_fixture(root: &Path) -> Vec<u8> {
    let input = corpus(6);
    std::fs::create_dir_all(root.join("sub/deeper")).unwrap();
    std::fs::write(root.join("a.txt"), article()).unwrap();
    std::fs::write(root.join("sub/b.jsonl.gz"), gzip(&input)).unwrap();
    std::fs::write(root.join("sub/deeper/c.json.zst"), zstd_bytes(&input)).unwrap();
    std::fs::write(root.join("notes.md"), b"not a corpus file").unwrap();
    input
}

fn files_below(root: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(root).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_tree_is_mirrored_with_format_and_compression_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (src, dst) = (dir.path().join("raw"), dir.path().join("clean"));
    let input = tree_fixture(&src);
    let want = run(&["--jsonl"], &input).stdout;
    let out = bin().arg("-r").arg(&src).arg("-o").arg(&dst).args(["-j", "2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(files_below(&dst), ["a.txt", "sub/b.jsonl.gz", "sub/deeper/c.json.zst"]);
    assert_eq!(std::fs::read(dst.join("a.txt")).unwrap(), cleaned_article());
    assert!(gunzip(&std::fs::read(dst.join("sub/b.jsonl.gz")).unwrap()) == want);
    let c = zstd::decode_all(&std::fs::read(dst.join("sub/deeper/c.json.zst")).unwrap()[..]);
    assert!(c.unwrap() == want);

    // A second run does not overwrite; with --force it does.
    let out = bin().arg("-r").arg(&src).arg("-o").arg(&dst).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("already exists (use --force"), "{}", stderr(&out));
    let out = bin().arg("-r").arg(&src).arg("-o").arg(&dst).arg("--force").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_corrupt_file_among_good_ones_leaves_no_final_output() {
    let dir = tempfile::tempdir().unwrap();
    let (src, dst) = (dir.path().join("raw"), dir.path().join("clean"));
    tree_fixture(&src);
    let gz = gzip(&corpus(30));
    std::fs::write(src.join("sub/broken.jsonl.gz"), &gz[..gz.len() / 2]).unwrap();
    let out = bin().arg("-r").arg(&src).arg("-o").arg(&dst).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("broken.jsonl.gz: corrupt or truncated gzip data"),
        "{}",
        stderr(&out)
    );
    // The good ones are complete; the broken one has no output, not even a temporary.
    assert_eq!(files_below(&dst), ["a.txt", "sub/b.jsonl.gz", "sub/deeper/c.json.zst"]);
    assert_eq!(std::fs::read(dst.join("a.txt")).unwrap(), cleaned_article());
}

#[test]
fn files_from_a_list_or_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("raw");
    tree_fixture(&src);
    let list = "raw/a.txt\n\nraw/sub/b.jsonl.gz\n";
    write_temp(dir.path(), "list", list.as_bytes());
    let out = bin()
        .current_dir(dir.path())
        .args(["--files-from", "list", "-o", "out1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(files_below(&dir.path().join("out1")), ["raw/a.txt", "raw/sub/b.jsonl.gz"]);

    let mut child = bin()
        .current_dir(dir.path())
        .args(["--files-from", "-", "-o", "out2"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"raw/sub/deeper/c.json.zst\n").unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert_eq!(files_below(&dir.path().join("out2")), ["raw/sub/deeper/c.json.zst"]);
}

#[test]
fn in_place_replaces_the_file_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let f = write_temp(dir.path(), "a.txt", &article());
    let out = bin().arg("--in-place").arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&f).unwrap(), cleaned_article());
    assert_eq!(files_below(dir.path()), ["a.txt"]);
    // Trees need an output directory or --in-place.
    let out = bin().arg("-r").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn invalid_utf8_in_text_and_jsonl_does_not_panic() {
    let mut doc = b"Headline \xff\xfe\n\nAdvertisement\n\nBody text \xc3 here.\n".to_vec();
    let out = run(&["-z"], &doc);
    assert_eq!(out.status.code(), Some(0));
    doc.retain(|&b| b != b'\n');
    let mut line = b"{\"text\":\"".to_vec();
    line.extend_from_slice(&doc);
    line.extend_from_slice(b"\"}\n");
    let out = run(&["--jsonl"], &line);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}
