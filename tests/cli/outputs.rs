//! Where `-o` writes: standard output (`-o -`), regular files (atomically), and
//! what is not a regular file: devices, named pipes and sockets are written
//! through, never replaced; symbolic links are followed to their target, never
//! replaced. Also resumable tree runs (`--skip-existing`).

use std::io::{Read, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Stdio;

use crate::faults::{
    assert_died_of, cleaned_records, fifo, long_text, records, send, stray_files, wait_until,
    ARTICLE,
};
use crate::{bin, run, stderr, stdout, write_temp};

/// What deboil makes of `ARTICLE`.
fn cleaned() -> Vec<u8> {
    let out = run(&[], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(0));
    out.stdout
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn is_symlink(p: &Path) -> bool {
    p.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink())
}

fn is_fifo(p: &Path) -> bool {
    p.symlink_metadata().is_ok_and(|m| m.file_type().is_fifo())
}

/// Opens the read end of a named pipe without waiting for a writer, so that a
/// deboil that never opens it cannot hang the test: it then reads nothing.
fn open_fifo_for_reading(p: &Path) -> std::fs::File {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(p).unwrap()
}

/// Everything in the pipe once the writer is gone (the test waited for deboil to
/// exit, and the output fits in the pipe's buffer).
fn drain(mut f: std::fs::File) -> Vec<u8> {
    let mut v = Vec::new();
    match f.read_to_end(&mut v) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
        Err(e) => panic!("{e}"),
    }
    v
}

// ---------- devices ----------

/// Writing a device replaces nothing, so no --force is needed.
#[test]
fn a_device_output_is_written_through_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let out = bin().arg(&a).args(["-o", "/dev/null"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert!(Path::new("/dev/null").metadata().unwrap().file_type().is_char_device());
    // The device's own errors are the output's: a full one is named, exit code 1.
    let out = bin().arg(&a).args(["-o", "/dev/full"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("cannot write to /dev/full") && err.contains("No space left"), "{err}");
}

/// A device node of our own (root only: others cannot make one, and the test says
/// so and stops): --force writes through it and leaves the node a device.
#[test]
fn force_writes_through_a_device_node_and_never_replaces_it() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let node = dir.path().join("null");
    let c = std::ffi::CString::new(node.as_os_str().as_bytes()).unwrap();
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFCHR | 0o666, libc::makedev(1, 3)) };
    if made != 0 {
        eprintln!("skipped: mknod needs root ({})", std::io::Error::last_os_error());
        return;
    }
    for force in [true, false] {
        let mut cmd = bin();
        cmd.arg(&a).arg("-o").arg(&node);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let ty = node.symlink_metadata().unwrap().file_type();
        assert!(ty.is_char_device(), "force={force}: the device became {ty:?}");
    }
    assert_eq!(stray_files(dir.path(), &["a.txt", "null"]), Vec::<String>::new());
}

/// A block device is a disk: deboil does not write one, with or without --force.
#[test]
fn a_block_device_is_refused() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let node = dir.path().join("disk");
    let c = std::ffi::CString::new(node.as_os_str().as_bytes()).unwrap();
    // A loop device's numbers; the node is never opened for writing by the test.
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    let made = unsafe { libc::mknod(c.as_ptr(), libc::S_IFBLK | 0o600, libc::makedev(7, 250)) };
    if made != 0 {
        eprintln!("skipped: mknod needs root ({})", std::io::Error::last_os_error());
        return;
    }
    let out = bin().arg(&a).arg("-o").arg(&node).arg("--force").output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("is a block device"), "{}", stderr(&out));
    assert!(node.symlink_metadata().unwrap().file_type().is_block_device());
}

// ---------- named pipes and sockets ----------

/// A named pipe is written through, with or without --force, compressed when its
/// name says so, and stays a named pipe.
#[test]
fn a_named_pipe_output_is_written_through_and_compressed_by_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let pipe = dir.path().join("out.txt.gz");
    fifo(&pipe);
    for force in [true, false] {
        let reader = open_fifo_for_reading(&pipe);
        let mut cmd = bin();
        cmd.arg(&a).arg("-o").arg(&pipe);
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(0), "force={force}: {}", stderr(&out));
        assert!(is_fifo(&pipe), "force={force}: the named pipe was replaced");
        let got = drain(reader);
        let mut text = Vec::new();
        flate2::read::GzDecoder::new(&got[..]).read_to_end(&mut text).unwrap();
        assert_eq!(text, cleaned(), "force={force}");
    }
    assert_eq!(stray_files(dir.path(), &["a.txt", "out.txt.gz"]), Vec::<String>::new());
}

/// An input fails while a written-through output is being written: it cannot be
/// taken back, so the run is named incomplete (exit 1), and a compressed stream is
/// left without its end: its reader sees a cut-off stream, not a complete one, and
/// still gets every record written before.
#[test]
fn a_written_through_output_is_left_cut_off_when_an_input_fails() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_temp(dir.path(), "good.jsonl", &records(3));
    let gz = gzip(&records(3000));
    let broken = write_temp(dir.path(), "broken.jsonl.gz", &gz[..gz.len() / 2]);
    let pipe = dir.path().join("out.jsonl.gz");
    fifo(&pipe);
    let reader = open_fifo_for_reading(&pipe);
    // Compressed, what is written before the cut fits in the pipe's buffer.
    let out = bin().arg(&good).arg(&broken).arg("-o").arg(&pipe).output().unwrap();
    let got = drain(reader);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("broken.jsonl.gz: corrupt or truncated gzip data"), "{err}");
    assert!(err.contains("out.jsonl.gz: incomplete, because an input failed"), "{err}");
    let mut text = Vec::new();
    let end = flate2::read::GzDecoder::new(&got[..]).read_to_end(&mut text);
    assert!(end.is_err(), "the compressed stream looks complete");
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with(&cleaned_records(3)), "{text}");
    assert!(is_fifo(&pipe));
}

/// A signal while a named pipe is written: nothing to remove, but the output is
/// named as incomplete, and deboil dies of the signal.
#[test]
fn a_signal_while_a_named_pipe_is_written_names_it_incomplete() {
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("out.jsonl");
    fifo(&pipe);
    let mut reader = open_fifo_for_reading(&pipe);
    let mut child = bin()
        .args(["--jsonl", "--batch-bytes", "65536", "-o"])
        .arg(&pipe)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Standard input is written while the pipe is read, and stays open until the
    // end: the run cannot end before the signal.
    let mut input = child.stdin.take().unwrap();
    let (done, wait) = std::sync::mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&records(8_000));
        let _ = wait.recv();
    });
    let mut got = Vec::new();
    wait_until(&mut child, "cleaned records come through the pipe", || {
        let mut buf = [0u8; 1 << 16];
        if let Ok(n) = reader.read(&mut buf) {
            got.extend_from_slice(&buf[..n]);
        }
        !got.is_empty()
    });
    send(&child, libc::SIGTERM);
    let out = child.wait_with_output().unwrap();
    done.send(()).unwrap();
    writer.join().unwrap();
    assert_died_of(out.status, libc::SIGTERM);
    let err = stderr(&out);
    assert!(err.contains("out.jsonl: incomplete (terminated)"), "{err}");
    assert!(is_fifo(&pipe));
    assert_eq!(stray_files(dir.path(), &["out.jsonl"]), Vec::<String>::new());
}

/// The reader of a named pipe goes away early (as `head` does): the run ends
/// quietly, as it does when standard output is closed.
#[test]
fn a_named_pipe_closed_by_its_reader_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let big = write_temp(dir.path(), "big.txt", &long_text().repeat(4));
    let pipe = dir.path().join("out.txt");
    fifo(&pipe);
    let mut reader = open_fifo_for_reading(&pipe);
    let mut child = bin().arg(&big).arg("-o").arg(&pipe).stderr(Stdio::piped()).spawn().unwrap();
    wait_until(&mut child, "the first bytes come through the pipe", || {
        let mut head = [0u8; 16];
        reader.read(&mut head).is_ok_and(|n| n > 0)
    });
    // The read end is closed here: later writes hit a closed pipe.
    drop(reader);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out.stderr.is_empty(), "{}", stderr(&out));
    assert!(is_fifo(&pipe));
}

/// A Unix socket is connected to and written, never replaced.
#[test]
fn a_socket_output_is_connected_to_and_written() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let sock = dir.path().join("out.sock");
    let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    let out = bin().arg(&a).arg("-o").arg(&sock).arg("--force").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // deboil has connected, written and closed: the connection waits to be taken.
    listener.set_nonblocking(true).unwrap();
    let (mut conn, _) = listener.accept().expect("deboil connected");
    conn.set_nonblocking(false).unwrap();
    let mut got = Vec::new();
    conn.read_to_end(&mut got).unwrap();
    assert_eq!(got, cleaned());
    assert!(sock.symlink_metadata().unwrap().file_type().is_socket());
}

// ---------- standard output ----------

#[test]
fn dash_output_is_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let out = bin().current_dir(dir.path()).args(["a.txt", "-o", "-"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, cleaned());
    assert_eq!(stray_files(dir.path(), &["a.txt"]), Vec::<String>::new());
    // A tree run writes files, not one stream.
    let out = bin().current_dir(dir.path()).args(["-r", ".", "-o", "-"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("standard output"), "{}", stderr(&out));
}

/// `-o /dev/stdout` is standard output as the caller set it up: a pipe, or a file
/// opened for appending, which keeps what it held.
#[test]
fn dev_stdout_writes_to_standard_output_as_it_was_opened() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let out = bin().arg(&a).args(["-o", "/dev/stdout"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, cleaned());

    let log = write_temp(dir.path(), "log.txt", b"before\n");
    let append = std::fs::OpenOptions::new().append(true).open(&log).unwrap();
    let out = bin().arg(&a).args(["-o", "/dev/stdout"]).stdout(append).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut want = b"before\n".to_vec();
    want.extend(cleaned());
    assert_eq!(std::fs::read_to_string(&log).unwrap(), String::from_utf8(want).unwrap());
}

// ---------- symbolic links ----------

/// A link to a file: --force replaces the target; the link stays a link.
#[test]
fn a_symlink_output_is_followed_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    std::fs::create_dir(dir.path().join("real")).unwrap();
    let target = write_temp(&dir.path().join("real"), "out.txt", b"old output\n");
    let link = dir.path().join("out.txt");
    std::os::unix::fs::symlink("real/out.txt", &link).unwrap();

    // The target exists: kept without --force.
    let out = bin().arg(&a).arg("-o").arg(&link).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("already exists"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&target).unwrap(), b"old output\n");

    let out = bin().arg(&a).arg("-o").arg(&link).arg("--force").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_symlink(&link), "the link was replaced");
    assert_eq!(std::fs::read(&target).unwrap(), cleaned());
    assert_eq!(stray_files(&dir.path().join("real"), &["out.txt"]), Vec::<String>::new());
}

/// A link to a file that does not exist yet: the file is made (in a directory
/// made for it if need be), without --force, since nothing is replaced.
#[test]
fn a_dangling_symlink_output_makes_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    let link = dir.path().join("out.txt");
    std::os::unix::fs::symlink("later/out.txt", &link).unwrap();
    let out = bin().arg(&a).arg("-o").arg(&link).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_symlink(&link));
    assert_eq!(std::fs::read(dir.path().join("later/out.txt")).unwrap(), cleaned());
}

/// --in-place on a link cleans the file it points to and keeps the link.
#[test]
fn in_place_on_a_symlink_cleans_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = write_temp(dir.path(), "real.txt", ARTICLE.as_bytes());
    let link = dir.path().join("a.txt");
    std::os::unix::fs::symlink("real.txt", &link).unwrap();
    let out = bin().arg("--in-place").arg(&link).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(is_symlink(&link), "the link was replaced");
    assert_eq!(std::fs::read(&target).unwrap(), cleaned());
    assert_eq!(stray_files(dir.path(), &["a.txt", "real.txt"]), Vec::<String>::new());
}

/// --in-place replaces regular files; a named pipe given as input is refused.
#[test]
fn in_place_refuses_what_is_not_a_regular_file() {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = tempfile::tempdir().unwrap();
    let pipe = dir.path().join("p.txt");
    fifo(&pipe);
    let mut child = bin().arg("--in-place").arg(&pipe).stderr(Stdio::piped()).spawn().unwrap();
    // Should deboil open the pipe to read it, it gets an empty input at once
    // instead of waiting: the test cannot hang either way.
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        let w = std::fs::OpenOptions::new().write(true).custom_flags(libc::O_NONBLOCK).open(&pipe);
        if w.is_ok() {
            break;
        }
        assert!(start.elapsed() < std::time::Duration::from_secs(60), "deboil hangs");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not a regular file"), "{}", stderr(&out));
    assert!(is_fifo(&pipe));
}

/// An output directory that is a link: the tree goes into its target, which is
/// made when missing, and the link stays.
#[test]
fn a_tree_goes_into_the_target_of_a_symlinked_output_directory() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("raw");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    write_temp(&src, "a.txt", ARTICLE.as_bytes());
    write_temp(&src.join("sub"), "b.txt", ARTICLE.as_bytes());
    for (link, target) in [("existing", "disk1/clean"), ("dangling", "disk2/clean")] {
        if link == "existing" {
            std::fs::create_dir_all(dir.path().join(target)).unwrap();
        }
        std::os::unix::fs::symlink(target, dir.path().join(link)).unwrap();
        let out = bin().current_dir(dir.path()).args(["-r", "raw", "-o", link]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{link}: {}", stderr(&out));
        assert!(is_symlink(&dir.path().join(link)));
        let t = dir.path().join(target);
        assert_eq!(std::fs::read(t.join("a.txt")).unwrap(), cleaned(), "{link}");
        assert_eq!(std::fs::read(t.join("sub/b.txt")).unwrap(), cleaned(), "{link}");
    }
}

/// A directory cannot be an output file: said at once, before any input is read.
#[test]
fn a_directory_output_is_refused_up_front() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    std::fs::create_dir(dir.path().join("out.txt")).unwrap();
    for force in [false, true] {
        let mut cmd = bin();
        cmd.arg(&a).arg("-o").arg(dir.path().join("out.txt"));
        if force {
            cmd.arg("--force");
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("out.txt: is a directory"), "{}", stderr(&out));
    }
}

// ---------- resuming a tree run ----------

fn stats_json(path: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// A run that stopped half-way is run again with --skip-existing: finished outputs
/// are left as they are and counted, the missing ones are made.
#[test]
fn skip_existing_resumes_a_tree_run() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("raw");
    std::fs::create_dir_all(src.join("sub")).unwrap();
    for name in ["a.txt", "b.txt", "sub/c.txt"] {
        write_temp(&src, name, ARTICLE.as_bytes());
    }
    let clean = dir.path().join("clean");
    std::fs::create_dir_all(clean.join("sub")).unwrap();
    // As a crashed run leaves it: one output finished (its bytes mark it here).
    write_temp(&clean, "b.txt", b"finished earlier\n");
    let stats = dir.path().join("stats.json");
    let out = bin()
        .arg("-r")
        .arg(&src)
        .arg("-o")
        .arg(&clean)
        .args(["--skip-existing", "--stats", "--stats-json"])
        .arg(&stats)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(clean.join("b.txt")).unwrap(), b"finished earlier\n");
    assert_eq!(std::fs::read(clean.join("a.txt")).unwrap(), cleaned());
    assert_eq!(std::fs::read(clean.join("sub/c.txt")).unwrap(), cleaned());
    assert!(stderr(&out).contains("1 files skipped"), "{}", stderr(&out));
    let json = stats_json(&stats);
    assert_eq!(json["skipped_files"], 1, "{json}");
    assert_eq!(json["documents"], 2, "{json}");

    // Run again: everything is done, nothing is read.
    let out = bin()
        .arg("-r")
        .arg(&src)
        .arg("-o")
        .arg(&clean)
        .args(["--skip-existing", "--stats-json"])
        .arg(&stats)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let json = stats_json(&stats);
    assert_eq!((json["skipped_files"].as_u64(), json["documents"].as_u64()), (Some(3), Some(0)));
}

#[test]
fn skip_existing_works_for_file_lists_and_one_output() {
    let dir = tempfile::tempdir().unwrap();
    write_temp(dir.path(), "a.txt", ARTICLE.as_bytes());
    write_temp(dir.path(), "b.txt", ARTICLE.as_bytes());
    write_temp(dir.path(), "list", b"a.txt\nb.txt\n");
    std::fs::create_dir(dir.path().join("clean")).unwrap();
    write_temp(&dir.path().join("clean"), "a.txt", b"finished earlier\n");
    let out = bin()
        .current_dir(dir.path())
        .args(["--files-from", "list", "-o", "clean", "--skip-existing", "--stats"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("1 files skipped"), "{}", stderr(&out));
    let clean = dir.path().join("clean");
    assert_eq!(std::fs::read(clean.join("a.txt")).unwrap(), b"finished earlier\n");
    assert_eq!(std::fs::read(clean.join("b.txt")).unwrap(), cleaned());

    // One output for the whole stream: skipped when it is there, inputs unread.
    let out = bin()
        .current_dir(dir.path())
        .args(["a.txt", "b.txt", "-o", "clean/a.txt", "--skip-existing", "--stats"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("2 files skipped"), "{}", stderr(&out));
    assert_eq!(std::fs::read(clean.join("a.txt")).unwrap(), b"finished earlier\n");
}

#[test]
fn skip_existing_conflicts_with_force_and_needs_an_output() {
    for args in [
        &["-r", ".", "-o", "clean", "--skip-existing", "--force"][..],
        &["--in-place", "a.txt", "--skip-existing"],
        &["a.txt", "--skip-existing"],
        &["a.txt", "-o", "-", "--skip-existing"],
    ] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stdout(&out).is_empty());
    }
}

#[test]
fn help_says_what_force_and_skip_existing_do() {
    let out = run(&["--help"], b"");
    // Words only: where clap wraps the lines depends on the terminal.
    let text = stdout(&out).split_whitespace().collect::<Vec<_>>().join(" ");
    for words in ["--skip-existing", "regular file", "symbolic link", "'-' for standard output"] {
        assert!(text.contains(words), "--help lacks {words}:\n{text}");
    }
}
