//! Hostile pattern files, failing I/O and signals through the real binary: each
//! gives a clear message naming the file, the right exit code, no output under its
//! final name that looks complete, and the other inputs still processed.
//!
//! Tests that act on a running deboil never sleep for a fixed time: they wait for
//! what they can see (a temporary file, a named pipe opened), and a named pipe holds
//! deboil where the test needs it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::{bin, run, stderr, stdout, write_temp};

pub(crate) const ARTICLE: &str = "Headline here\nThe council voted on Tuesday to close two libraries in the east of the city.\nOpponents said the decision would hit the poorest neighbourhoods hardest.\n";

/// Many lines of prose, so that a cut-off compressed copy stops mid-stream.
pub(crate) fn long_text() -> Vec<u8> {
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

// ---------- signals, full disks, cut-off input, vanishing files ----------

/// How long a test waits for the binary to reach a state before it gives up. Long,
/// because a loaded machine may be slow; the waits end as soon as the state is seen.
const PATIENCE: Duration = Duration::from_secs(60);

/// Polls `ready` until it holds; fails early if the child has exited.
pub(crate) fn wait_until(child: &mut Child, what: &str, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        if let Some(status) = child.try_wait().unwrap() {
            let mut err = String::new();
            let _ = child.stderr.take().map(|mut e| e.read_to_string(&mut err));
            panic!("deboil ended ({status}) before {what}: {err}");
        }
        assert!(start.elapsed() < PATIENCE, "deboil did not reach: {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// The names of the files in `dir` that are not `keep`: temporary files left over.
pub(crate) fn stray_files(dir: &Path, keep: &[&str]) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect()
}

/// The temporary file deboil writes for an output named `name` in `dir`, if any.
fn temporary_for(dir: &Path, name: &str) -> Option<PathBuf> {
    let prefix = format!(".{name}.deboil-");
    std::fs::read_dir(dir)
        .ok()?
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(&prefix))
}

pub(crate) fn send(child: &Child, sig: i32) {
    // SAFETY: kill only sends a signal to the child's process id, which is still
    // ours (the child has not been waited for).
    let rc = unsafe { libc::kill(child.id() as i32, sig) };
    assert_eq!(rc, 0, "kill failed");
}

/// Dying of `sig` (as a shell reports it, 128 + sig) is the only accepted end.
pub(crate) fn assert_died_of(status: std::process::ExitStatus, sig: i32) {
    use std::os::unix::process::ExitStatusExt;
    assert!(
        status.signal() == Some(sig) || status.code() == Some(128 + sig),
        "expected death by signal {sig}, got {status}"
    );
}

/// A named pipe: opening it for reading blocks until the test opens the other end,
/// so the test decides exactly when deboil can go on.
pub(crate) fn fifo(path: &Path) {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0, "mkfifo");
}

/// Opens the write end of `fifo` once deboil has opened the read end.
fn open_when_read(child: &mut Child, fifo: &Path) -> std::fs::File {
    use std::os::unix::fs::OpenOptionsExt;
    let mut probe = None;
    wait_until(child, "it opens the named pipe", || {
        // Without a reader, a non-blocking open fails (ENXIO) instead of waiting.
        probe =
            std::fs::OpenOptions::new().write(true).custom_flags(libc::O_NONBLOCK).open(fifo).ok();
        probe.is_some()
    });
    // The reader is there: a blocking open returns at once.
    std::fs::OpenOptions::new().write(true).open(fifo).unwrap()
}

/// JSONL records of a few lines each, `n` of them.
pub(crate) fn records(n: usize) -> Vec<u8> {
    (0..n)
        .map(|i| {
            format!("{{\"id\":{i},\"text\":\"Library {i}\\nThe council voted on Tuesday to close library number {i} in the city.\\nShare on Facebook\\n\"}}\n")
        })
        .collect::<String>()
        .into_bytes()
}

/// What deboil makes of `records(n)`.
pub(crate) fn cleaned_records(n: usize) -> String {
    (0..n)
        .map(|i| {
            format!("{{\"id\":{i},\"text\":\"Library {i}\\nThe council voted on Tuesday to close library number {i} in the city.\\n\"}}\n")
        })
        .collect()
}

#[test]
fn a_signal_while_writing_an_output_leaves_neither_it_nor_its_temporary_file() {
    for (sig, word) in [(libc::SIGINT, "interrupted"), (libc::SIGTERM, "terminated")] {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.jsonl");
        let mut child = bin()
            .args(["--jsonl", "--batch-bytes", "65536", "-o"])
            .arg(&dest)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Standard input stays open: the run cannot end before the signal.
        let mut input = child.stdin.take().unwrap();
        input.write_all(&records(8_000)).unwrap();
        wait_until(&mut child, "its output holds cleaned records", || {
            temporary_for(dir.path(), "out.jsonl")
                .and_then(|t| std::fs::metadata(t).ok())
                .is_some_and(|m| m.len() > 0)
        });
        send(&child, sig);
        let out = child.wait_with_output().unwrap();
        drop(input);
        assert_died_of(out.status, sig);
        let err = stderr(&out);
        assert!(err.contains(&format!("out.jsonl: not written ({word})")), "{err}");
        assert!(!dest.exists(), "an incomplete output under its final name");
        assert!(stray_files(dir.path(), &[]).is_empty(), "{:?}", stray_files(dir.path(), &[]));
    }
}

#[test]
fn every_command_that_lists_exit_codes_lists_130_and_143_and_dies_of_the_signal() {
    let dir = tempfile::tempdir().unwrap();
    let commands: [&[&str]; 4] =
        [&["--jsonl"], &["mine", "--jsonl", "-q"], &["eval", "--sample"], &["train", "--sample"]];
    for (k, (args, sig)) in commands.iter().zip([libc::SIGINT, libc::SIGTERM].repeat(2)).enumerate()
    {
        let help = bin().args(&args[..1]).arg("--help").output().unwrap();
        let text = stdout(&help);
        assert!(text.contains("Exit codes:"), "{args:?} --help: {text}");
        assert!(
            text.contains("130, 143 interrupted by SIGINT, SIGTERM"),
            "{args:?} --help: {text}"
        );

        // Held on a named pipe that it is reading, the command dies of the signal.
        let pipe = dir.path().join(format!("in{k}.jsonl"));
        fifo(&pipe);
        let mut child = bin()
            .args(*args)
            .arg(&pipe)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = open_when_read(&mut child, &pipe);
        input.write_all(b"{\"text\": \"Share on Facebook\", ").unwrap();
        send(&child, sig);
        let out = child.wait_with_output().unwrap();
        drop(input);
        assert_died_of(out.status, sig);
    }
}

#[test]
fn a_signal_in_a_tree_run_keeps_finished_outputs_and_removes_unfinished_ones() {
    for (sig, word) in [(libc::SIGTERM, "terminated"), (libc::SIGINT, "interrupted")] {
        let dir = tempfile::tempdir().unwrap();
        write_temp(dir.path(), "done.txt", ARTICLE.as_bytes());
        fifo(&dir.path().join("live.txt"));
        write_temp(dir.path(), "list", b"done.txt\nlive.txt\n");
        let mut child = bin()
            .current_dir(dir.path())
            .args(["-j2", "--files-from", "list", "-o", "clean"])
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut live = open_when_read(&mut child, &dir.path().join("live.txt"));
        live.write_all(ARTICLE.as_bytes()).unwrap();
        let clean = dir.path().join("clean");
        wait_until(&mut child, "one output is done and the other begun", || {
            clean.join("done.txt").exists() && temporary_for(&clean, "live.txt").is_some()
        });
        send(&child, sig);
        let out = child.wait_with_output().unwrap();
        drop(live);
        assert_died_of(out.status, sig);
        let err = stderr(&out);
        assert!(err.contains(&format!("live.txt: not written ({word})")), "{err}");
        assert_eq!(std::fs::read_to_string(clean.join("done.txt")).unwrap(), ARTICLE);
        let stray = stray_files(&clean, &["done.txt"]);
        assert!(stray.is_empty(), "left behind: {stray:?}");
    }
}

#[test]
fn a_full_standard_output_is_an_error() {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
    let mut child =
        bin().stdin(Stdio::piped()).stdout(full).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(ARTICLE.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("cannot write to standard output") && err.contains("No space left"),
        "{err}"
    );
}

/// A full disk, simulated with a file-size limit (RLIMIT_FSIZE, as `ulimit -f`
/// sets it): past the limit every write to a regular file fails, as on a full
/// disk, for any user and without mounting anything.
fn with_file_size_limit(cmd: &mut std::process::Command, bytes: u64) {
    use std::os::unix::process::CommandExt;
    // SAFETY: between fork and exec only async-signal-safe calls are made
    // (signal, setrlimit), with no allocation.
    unsafe {
        cmd.pre_exec(move || {
            // Without this, going past the limit kills the process (SIGXFSZ);
            // ignored, the write fails with EFBIG instead.
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: bytes, rlim_max: bytes };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
}

#[test]
fn a_full_disk_is_named_and_leaves_no_output_and_the_other_files_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    // About 350 KB cleaned: over the limit. The article is far under it.
    write_temp(&tree, "big.txt", &long_text());
    write_temp(&tree, "small.txt", ARTICLE.as_bytes());
    let limit = 100_000;

    let clean = dir.path().join("clean");
    let mut cmd = bin();
    cmd.arg("-r").arg(&tree).arg("-o").arg(&clean);
    with_file_size_limit(&mut cmd, limit);
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("big.txt: cannot write") && err.contains("too large"), "{err}");
    assert_eq!(std::fs::read_to_string(clean.join("small.txt")).unwrap(), ARTICLE);
    let stray = stray_files(&clean, &["small.txt"]);
    assert!(stray.is_empty(), "left behind: {stray:?}");

    // One output for one stream of inputs: not written at all.
    for name in ["one.txt", "one.txt.gz"] {
        let dest = dir.path().join(name);
        let mut cmd = bin();
        cmd.arg(tree.join("big.txt")).arg("-o").arg(&dest);
        if name.ends_with(".gz") {
            // Compressed, the text is small: a tighter limit still cuts it.
            with_file_size_limit(&mut cmd, 2_000);
        } else {
            with_file_size_limit(&mut cmd, limit);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains(name), "{}", stderr(&out));
        assert!(!dest.exists(), "{name}: a partial output under its final name");
    }
    let stray = stray_files(dir.path(), &["tree", "clean"]);
    assert!(stray.is_empty(), "left behind: {stray:?}");
}

#[test]
fn truncated_gzip_and_zstd_on_standard_input_keep_the_records_before_the_cut() {
    let n = 3000;
    let data = records(n);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&data).unwrap();
    let gz = gz.finish().unwrap();
    let zst = zstd::encode_all(&data[..], 3).unwrap();
    for (kind, packed) in [("gzip", gz), ("zstd", zst)] {
        let cut = &packed[..packed.len() / 2];
        // What a decoder gets out of the cut stream before it fails.
        let mut decoded = Vec::new();
        let mut reader: Box<dyn Read> = match kind {
            "gzip" => Box::new(flate2::read::MultiGzDecoder::new(cut)),
            _ => Box::new(zstd::stream::read::Decoder::new(cut).unwrap()),
        };
        let mut buf = [0u8; 4096];
        while let Ok(k @ 1..) = reader.read(&mut buf) {
            decoded.extend_from_slice(&buf[..k]);
        }
        let whole = decoded.iter().filter(|&&b| b == b'\n').count();
        assert!(whole > 0 && whole < n, "{kind}: {whole} records before the cut");

        let out = run(&["--jsonl"], cut);
        assert_eq!(out.status.code(), Some(1), "{kind}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("<stdin>: corrupt or truncated {kind} data"))
                && err.contains(&format!("after line {whole}")),
            "{err}"
        );
        let want = cleaned_records(whole);
        assert!(stdout(&out) == want, "{kind}: not every record before the cut was written");
    }
}

#[test]
fn a_record_cut_off_at_the_end_of_the_input_is_reported_after_the_others() {
    let whole = records(3);
    // A last record without its newline is complete and fine.
    let out = run(&["--jsonl"], &whole[..whole.len() - 1]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let want = cleaned_records(3);
    assert_eq!(stdout(&out), want[..want.len() - 1]);

    // Cut inside the text of the last record.
    let mut cut = records(2);
    cut.extend_from_slice(b"{\"id\":2,\"text\":\"Library 2\\nThe council vo");
    let out = run(&["--jsonl"], &cut);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("<stdin>:3:") && err.contains("unterminated string at the end of the input"),
        "{err}"
    );
    let got = stdout(&out);
    assert!(got.starts_with(&cleaned_records(2)), "{got}");

    // A bad record in the middle is not called cut off.
    let mut bad = b"{\"text\":\"cut\n".to_vec();
    bad.extend_from_slice(&records(1));
    let out = run(&["--jsonl"], &bad);
    assert_eq!(out.status.code(), Some(1));
    assert!(!stderr(&out).contains("end of the input"), "{}", stderr(&out));
}

/// A file listed by the tree walk and gone when its turn comes. The run's first
/// input is a named pipe, so the listing is done and nothing else read while the
/// test removes the file: no timing is involved.
#[test]
fn a_file_that_vanishes_after_the_listing_is_named_and_the_others_still_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let tree = dir.path().join("tree");
    std::fs::create_dir(&tree).unwrap();
    write_temp(&tree, "a.txt", ARTICLE.as_bytes());
    let gone = write_temp(&tree, "b.txt", ARTICLE.as_bytes());
    write_temp(&tree, "c.txt", ARTICLE.as_bytes());
    let first = dir.path().join("first.txt");
    fifo(&first);
    let clean = dir.path().join("clean");
    // One thread: the inputs are taken in order, the pipe first.
    let mut child = bin()
        .args(["-j1", "-r"])
        .arg(&first)
        .arg(&tree)
        .arg("-o")
        .arg(&clean)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = open_when_read(&mut child, &first);
    std::fs::remove_file(&gone).unwrap();
    pipe.write_all(ARTICLE.as_bytes()).unwrap();
    drop(pipe);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("b.txt") && err.contains("No such file"), "{err}");
    for name in ["first.txt", "a.txt", "c.txt"] {
        assert_eq!(std::fs::read_to_string(clean.join(name)).unwrap(), ARTICLE, "{name}");
    }
    let stray = stray_files(&clean, &["first.txt", "a.txt", "c.txt"]);
    assert!(stray.is_empty(), "left behind: {stray:?}");
}
