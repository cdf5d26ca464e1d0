//! The JSONL record path of the binary: its own scanner (`src/cli/jsonl.rs`, compiled
//! in here as it is) validates a line and finds the `text` and `url` strings; the text
//! is decoded, cleaned with the default rules, re-encoded and spliced back, as
//! `deboil` does for every record.
//!
//! On any bytes: no panic. On a line that serde_json accepts as strict JSON: the
//! scanner accepts it too, finds the same `text` value (the last one when the key is
//! repeated), and the spliced record is still valid JSON whose `text` is the cleaned
//! text and whose other fields are unchanged.
#![no_main]

use std::sync::OnceLock;

use deboil::{Cleaner, RuleSet};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[allow(dead_code)]
#[path = "../../src/cli/jsonl.rs"]
mod jsonl;

use jsonl::{FieldPath, Found};

fn cleaner() -> &'static Cleaner {
    static C: OnceLock<Cleaner> = OnceLock::new();
    C.get_or_init(|| Cleaner::new(RuleSet::defaults()).unwrap())
}

fuzz_target!(|data: &[u8]| {
    let field = FieldPath::parse("text").unwrap();
    let url = FieldPath::parse("url").unwrap();
    let strict = serde_json::from_slice::<Value>(data).ok();
    let scan = match jsonl::scan(data, &field, Some(&url)) {
        Ok(scan) => scan,
        Err(e) => {
            assert!(e.column >= 1 && e.column <= data.len() + 1, "{e:?}");
            assert!(strict.is_none(), "valid JSON refused: {e:?}");
            return;
        }
    };
    let mut decoded = Vec::new();
    if let Found::String { start, end, escaped } = scan.url {
        assert!(start <= end && end <= data.len());
        if escaped {
            jsonl::decode(&data[start..end], &mut decoded);
        }
    }
    let want = match &strict {
        Some(Value::Object(record)) => record.get("text"),
        _ => None,
    };
    let Found::String { start, end, escaped } = scan.field else {
        assert!(!matches!(want, Some(Value::String(_))), "text field not found");
        return;
    };
    let close = scan.close.expect("a record with a field is an object");
    assert!(start <= end && end < close && close < data.len());
    let raw = &data[start..end];
    decoded.clear();
    if escaped {
        jsonl::decode(raw, &mut decoded);
    } else {
        decoded.extend_from_slice(raw);
    }
    let cleaned = cleaner().clean(&decoded);
    let mut line = data[..start].to_vec();
    jsonl::encode(&cleaned.output(), jsonl::ascii_only(raw), &mut line);
    line.extend_from_slice(&data[end..]);
    assert!(jsonl::scan(&line, &field, Some(&url)).is_ok(), "the spliced record is refused");

    let Some(Value::Object(before)) = &strict else { return };
    let Some(Value::String(text)) = want else { panic!("scanner found a text the parser did not") };
    assert_eq!(decoded, text.as_bytes(), "decoded text differs from serde_json's");
    let after: serde_json::Map<String, Value> =
        serde_json::from_slice(&line).expect("the spliced record is valid JSON");
    assert_eq!(after.len(), before.len());
    for (k, v) in before {
        if k == "text" {
            let out = String::from_utf8(cleaned.output().into_owned()).expect("UTF-8 out");
            assert_eq!(after.get(k), Some(&Value::String(out)));
        } else {
            assert_eq!(after.get(k), Some(v), "field {k} changed");
        }
    }
});
