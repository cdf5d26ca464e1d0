//! The JSONL record path as far as the library reaches it: a record's text decoded
//! from JSON, cleaned, and re-encoded; the record must stay valid JSON with the
//! other fields unchanged. (The binary's byte-preserving JSONL splicing lives in
//! `src/cli/jsonl.rs` and is not reachable from the library.)
#![no_main]

use std::sync::OnceLock;

use deboil::{Cleaner, RuleSet};
use libfuzzer_sys::fuzz_target;

fn cleaner() -> &'static Cleaner {
    static C: OnceLock<Cleaner> = OnceLock::new();
    C.get_or_init(|| Cleaner::new(RuleSet::defaults()).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let Ok(serde_json::Value::Object(mut record)) = serde_json::from_slice(data) else {
        return;
    };
    let Some(serde_json::Value::String(text)) = record.get("text") else {
        return;
    };
    let cleaned = cleaner().clean(text.as_bytes());
    // Removals are whole lines or spans of valid UTF-8: the output stays UTF-8.
    let out = String::from_utf8(cleaned.output().into_owned()).expect("cleaned text is UTF-8");
    let before = record.clone();
    record.insert("text".into(), out.into());
    let line = serde_json::to_string(&record).unwrap();
    let back: serde_json::Map<_, _> = serde_json::from_str(&line).unwrap();
    for (k, v) in &before {
        if k != "text" {
            assert_eq!(back.get(k), Some(v));
        }
    }
});
