//! Input at the edges: several inputs into one output whatever their last byte,
//! input whose format only its first bytes tell, UTF-16/32 input, binary input, and
//! the progress report.

use super::*;

fn seed(n: usize) -> Vec<u8> {
    let name = ["000_5321310c6ecd0ea7.txt", "001_a9dcf9025c98191a.txt"][n];
    std::fs::read(shared().join("seeds").join(name)).unwrap()
}

fn expected(n: usize) -> Vec<u8> {
    let name = ["000_5321310c6ecd0ea7.txt", "001_a9dcf9025c98191a.txt"][n];
    std::fs::read(shared().join("seeds/expected").join(name)).unwrap()
}

/// `record` as one JSON line with the text in "text".
fn record(id: usize, text: &[u8]) -> String {
    let text = serde_json::Value::String(String::from_utf8(text.to_vec()).unwrap());
    format!("{{\"id\":{id},\"text\":{text}}}")
}

fn clean_one(args: &[&str], input: &[u8]) -> Vec<u8> {
    let out = run(args, input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    out.stdout
}

#[test]
fn inputs_without_a_final_terminator_stay_apart() {
    let dir = tempfile::tempdir().unwrap();
    // Text: an article deboil leaves as it is, without a final newline.
    let kept =
        b"Storm hits the coast\n\nThe storm reached the coast on Monday night, officials said.";
    let a = write_temp(dir.path(), "a.txt", kept);
    let b = write_temp(dir.path(), "b.txt", &seed(1));
    let empty = write_temp(dir.path(), "empty.txt", b"");
    let out = bin().arg(&a).arg(&empty).arg(&b).output().unwrap();
    let mut want = kept.to_vec();
    want.push(b'\n');
    want.extend_from_slice(&expected(1));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout == want, "{}", stdout(&out));
    // One input alone is written as it came: no terminator is added.
    assert!(bin().arg(&a).output().unwrap().stdout == kept);

    // JSONL: every record on its own line, as many lines as records.
    let g = write_temp(dir.path(), "g.jsonl", b"{\"text\":\"a\"}");
    let f = write_temp(dir.path(), "f.jsonl", b"{\"text\":\"b\"}\n{\"text\":\"c\"}");
    let out = bin().arg(&g).arg(&f).output().unwrap();
    assert_eq!(stdout(&out), "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}");
    for line in stdout(&out).lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("each line is JSON");
    }

    // NUL-separated: three documents stay three.
    let x = write_temp(dir.path(), "x.nul", b"one\0two");
    let y = write_temp(dir.path(), "y.nul", b"three");
    let out = bin().arg("-z").arg(&x).arg(&y).output().unwrap();
    assert_eq!(out.stdout, b"one\0two\0three");
}

#[test]
fn jsonl_on_standard_input_is_recognised() {
    let docs: Vec<String> = (0..9).map(|i| record(i, &seed(i % 2))).collect();
    let input = docs.join("\n") + "\n";
    let flagged = clean_one(&["--jsonl"], input.as_bytes());
    let out = run(&["--stats"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout == flagged, "{}", stdout(&out));
    assert_eq!(out.stdout.iter().filter(|&&b| b == b'\n').count(), 9);
    assert!(stderr(&out).contains("9 documents"), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 inputs read as JSONL"), "{}", stderr(&out));
    // A file whose name says nothing is sniffed too; --format text reads one document.
    let dir = tempfile::tempdir().unwrap();
    let p = write_temp(dir.path(), "crawl-part-00", input.as_bytes());
    assert!(bin().arg(&p).output().unwrap().stdout == flagged);
    let out = run(&["--format", "text", "--stats"], input.as_bytes());
    assert!(stderr(&out).contains("1 documents"), "{}", stderr(&out));
    // A document that merely opens with a brace is text.
    let text = b"{Note} This is a sentence of article text.\nAnother line of the article.\n";
    assert_eq!(clean_one(&[], text), clean_one(&["--format", "text"], text));
}

#[test]
fn nul_separated_standard_input_is_recognised() {
    let mut input = seed(0);
    input.push(0);
    input.extend_from_slice(&seed(1));
    let out = run(&["--stats"], &input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut want = expected(0);
    want.push(0);
    want.extend_from_slice(&expected(1));
    assert!(out.stdout == want, "{}", stdout(&out));
    assert!(
        stderr(&out).contains("0 inputs read as JSONL, 1 as NUL-separated"),
        "{}",
        stderr(&out)
    );
}

/// Deterministic bytes that look like a compressed or image file.
fn noise(n: usize) -> Vec<u8> {
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn binary_input_passes_through_unchanged() {
    let mut bytes = noise(20_000);
    // Newlines, so that it has "lines" a text reading would judge.
    for i in (0..bytes.len()).step_by(37) {
        bytes[i] = b'\n';
    }
    let out = run(&["--stats"], &bytes);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stdout == bytes, "binary input was changed");
    assert!(stderr(&out).contains("1 binary documents passed through"), "{}", stderr(&out));
    // Without NUL bytes too (mostly bytes that are not UTF-8), and among NUL-separated
    // text documents, where only the binary one is left alone.
    let no_nul: Vec<u8> = bytes.iter().map(|&b| if b == 0 { 0xFF } else { b }).collect();
    assert!(clean_one(&["--format", "text"], &no_nul) == no_nul);
    let mut docs = seed(0);
    docs.push(0);
    docs.extend_from_slice(&no_nul);
    docs.push(0);
    docs.extend_from_slice(&seed(1));
    let mut want = expected(0);
    want.push(0);
    want.extend_from_slice(&no_nul);
    want.push(0);
    want.extend_from_slice(&expected(1));
    assert!(clean_one(&["-z"], &docs) == want);
    // Text in another single-byte encoding is not binary: it is cleaned.
    let latin1 = b"Caf\xe9 owners say prices rose again this year.\n\nAdvertisement\n\nThe cr\xe8me br\xfbl\xe9e costs more.\n";
    assert!(clean_one(&[], latin1) != latin1.to_vec());
}

fn utf16(text: &[u8], little: bool) -> Vec<u8> {
    let text = std::str::from_utf8(text).unwrap();
    let mut out = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if little { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn utf32(text: &[u8], little: bool) -> Vec<u8> {
    let text = std::str::from_utf8(text).unwrap();
    let mut out = if little { vec![0xFF, 0xFE, 0, 0] } else { vec![0, 0, 0xFE, 0xFF] };
    for c in text.chars() {
        let c = c as u32;
        out.extend_from_slice(&if little { c.to_le_bytes() } else { c.to_be_bytes() });
    }
    out
}

#[test]
fn utf16_and_utf32_input_is_decoded() {
    let (input, want) = (seed(1), expected(1));
    for little in [true, false] {
        for (wide, encode) in [("UTF-16", utf16 as fn(&[u8], bool) -> Vec<u8>), ("UTF-32", utf32)] {
            let name = format!("{wide}{}", if little { "LE" } else { "BE" });
            let out = run(&[], &encode(&input, little));
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            assert!(out.stdout == want, "{name}: {}", stdout(&out));
            assert!(
                stderr(&out).contains(&format!("{name} text (byte-order mark)")),
                "{}",
                stderr(&out)
            );
            let out = run(&["--keep-encoding", "-q"], &encode(&input, little));
            assert!(out.stdout == encode(&want, little), "{name} kept");
            assert_eq!(stderr(&out), "");
        }
    }
    // JSONL in UTF-16 is sniffed after decoding.
    let jsonl = format!("{}\n{}\n", record(1, &seed(0)), record(2, &seed(1)));
    let out = run(&["-q"], &utf16(jsonl.as_bytes(), true));
    assert!(out.stdout == clean_one(&["--jsonl"], jsonl.as_bytes()));
}

#[test]
fn progress_counts_cleaned_documents_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let docs: Vec<String> = (0..40).map(|i| record(i, &seed(i % 2))).collect();
    let text = docs.join("\n") + "\n";
    let path = dir.path().join("docs.jsonl.gz");
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(&path).unwrap(),
        flate2::Compression::default(),
    );
    gz.write_all(text.as_bytes()).unwrap();
    gz.finish().unwrap();
    let out = bin().args(["--progress", "--batch-bytes", "4096"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    let last = err.lines().last().unwrap_or_default();
    // All 40 documents, the uncompressed size, all of the input.
    let mib = text.len() as f64 / 1024.0;
    assert!(last.starts_with("deboil: 40 docs, "), "{err}");
    assert!(last.contains(&format!("{mib:.2} KiB")), "{last} (want {mib:.2} KiB)");
    assert!(last.ends_with("100% of the input"), "{err}");
}
