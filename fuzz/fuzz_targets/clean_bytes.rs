//! The default cleaner on arbitrary bytes, in every mode: never a panic, removal
//! ranges inside the input, and no output byte that the input did not have in order.
#![no_main]

use std::sync::OnceLock;

use deboil::{Cleaner, Mode, RuleSet};
use libfuzzer_sys::fuzz_target;

fn cleaners() -> &'static [Cleaner] {
    static C: OnceLock<Vec<Cleaner>> = OnceLock::new();
    C.get_or_init(|| {
        [Mode::Conservative, Mode::Balanced, Mode::Aggressive]
            .into_iter()
            .map(|m| Cleaner::builder().rules(RuleSet::defaults()).mode(m).build().unwrap())
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    for cleaner in cleaners() {
        let cleaned = cleaner.clean(data);
        for r in cleaned.removals() {
            assert!(r.start <= r.end && r.end <= data.len(), "{r:?}");
        }
        // Kept text is the input with parts removed (plus at most a final line terminator).
        let out = cleaned.output();
        let mut it = data.iter();
        let body = out.strip_suffix(b"\n").unwrap_or(&out);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        assert!(body.iter().all(|b| it.any(|c| c == b)), "output invents bytes");
    }
});
