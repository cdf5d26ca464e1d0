//! Past one machine: `--shard I/N` splits a tree or file list between machines,
//! `--stats-json` names one file per task, `--on-error pass` keeps a streaming
//! stage (Spark `pipe`, a Hadoop-streaming mapper) alive through a bad record.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{bin, run, stderr, write_temp};

const DOC: &str = "The council met on Tuesday.\n\nSubscribe to our newsletter for more.\n";

/// All files below `dir`, relative to it.
fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_path_buf());
            }
        }
    }
    out.sort();
    out
}

fn make_tree(root: &Path, n: usize) -> Vec<PathBuf> {
    for i in 0..n {
        let dir = root.join(format!("site-{}", i % 5));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(format!("doc-{i}.txt")), DOC).unwrap();
    }
    files_below(root)
}

#[test]
fn shards_of_a_tree_cover_every_file_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let raw = dir.path().join("raw");
    let all = make_tree(&raw, 60);
    for n in [1usize, 2, 3, 7] {
        let mut seen: BTreeMap<PathBuf, usize> = BTreeMap::new();
        for i in 1..=n {
            let out_dir = dir.path().join(format!("out-{n}-{i}"));
            let o = bin()
                .args(["-r", raw.to_str().unwrap(), "-o", out_dir.to_str().unwrap()])
                .args(["--shard", &format!("{i}/{n}"), "-q"])
                .output()
                .unwrap();
            assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
            if out_dir.exists() {
                for f in files_below(&out_dir) {
                    *seen.entry(f).or_default() += 1;
                }
            }
        }
        assert_eq!(seen.keys().cloned().collect::<Vec<_>>(), all, "{n} shards miss files");
        assert!(seen.values().all(|&c| c == 1), "{n} shards overlap: {seen:?}");
    }
}

#[test]
fn shards_of_a_file_list_match_shards_of_the_same_tree() {
    // The list names files relative to the working directory, the tree relative to
    // its root: the same relative paths, so the same shards.
    let dir = tempfile::tempdir().unwrap();
    make_tree(dir.path(), 40);
    let list: String =
        files_below(dir.path()).iter().map(|p| format!("./{}\n", p.display())).collect();
    write_temp(dir.path(), "all.list", list.as_bytes());
    let outs = tempfile::tempdir().unwrap();
    for i in 1..=3 {
        let shard = format!("{i}/3");
        let list_dir = outs.path().join(format!("list-{i}"));
        let from_list = bin()
            .current_dir(dir.path())
            .args(["--files-from", "all.list", "-o", list_dir.to_str().unwrap(), "--shard", &shard])
            .output()
            .unwrap();
        assert_eq!(
            from_list.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&from_list.stderr)
        );
        let tree_out = tempfile::tempdir().unwrap();
        let from_tree = bin()
            .current_dir(dir.path())
            .args(["-r", ".", "-o", tree_out.path().to_str().unwrap(), "--shard", &shard])
            .output()
            .unwrap();
        assert_eq!(
            from_tree.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&from_tree.stderr)
        );
        let got = if list_dir.exists() { files_below(&list_dir) } else { Vec::new() };
        let want = files_below(tree_out.path());
        assert_eq!(got, want, "shard {shard}");
    }
}

#[test]
fn shard_is_refused_when_malformed_or_without_a_file_list() {
    for bad in ["0/3", "4/3", "3", "x/y"] {
        let out = run(&["-r", ".", "-o", "/nonexistent", "--shard", bad], b"");
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(stderr(&out).contains("--shard"), "{}", stderr(&out));
    }
    let out = run(&["--shard", "1/2"], b"text\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--shard splits the files"), "{}", stderr(&out));
}

#[test]
fn on_error_pass_reports_a_malformed_record_and_exits_zero() {
    let input = b"{\"text\":\"one\"}\n{not json\n{\"text\":\"two\"}\n";
    let out = run(&["--jsonl", "--on-error", "pass"], input);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("<stdin>:2"), "{}", stderr(&out));
    // Record count and order preserved: the bad line passes through unchanged.
    assert_eq!(out.stdout, input.to_vec());
    // `report`, the default, still ends with exit code 1.
    let out = run(&["--jsonl"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(out.stdout, input.to_vec());
}

#[test]
fn stats_json_names_a_file_per_task() {
    let dir = tempfile::tempdir().unwrap();
    // The directory does not exist yet: deboil makes it.
    let pattern = dir.path().join("stats/{task}.json");
    let input = b"{\"text\":\"one\"}\n{\"text\":\"two\"}\n";
    for (var, task) in [("mapreduce_task_id", "attempt_1_m_000003_0"), ("DEBOIL_TASK", "7")] {
        let mut cmd = bin();
        cmd.env_remove("DEBOIL_TASK").env_remove("mapreduce_task_id").env_remove("mapred_task_id");
        let o = cmd
            .env(var, task)
            .args(["--jsonl", "--stats-json", pattern.to_str().unwrap()])
            .stdin(std::fs::File::open(write_temp(dir.path(), "in.jsonl", input)).unwrap())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(0));
        let written = dir.path().join(format!("stats/{task}.json"));
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&written).expect("per-task stats")).unwrap();
        assert_eq!(v["documents"], 2);
    }
    // No task id in the environment: the process id keeps tasks apart.
    let mut cmd = bin();
    cmd.env_remove("DEBOIL_TASK").env_remove("mapreduce_task_id").env_remove("mapred_task_id");
    let child = cmd
        .args(["--jsonl", "--stats-json", pattern.to_str().unwrap()])
        .stdin(std::fs::File::open(dir.path().join("in.jsonl")).unwrap())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id();
    assert!(child.wait_with_output().unwrap().status.success());
    assert!(dir.path().join(format!("stats/pid{pid}.json")).exists());
}
