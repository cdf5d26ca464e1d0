//! Pattern-file parser on arbitrary text: never a panic; a file that parses
//! compiles (or fails with a typed error) and cleans a short document.
#![no_main]

use deboil::{Cleaner, RuleSet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(rules) = RuleSet::parse("fuzz.pat", text) {
        if let Ok(cleaner) = Cleaner::new(rules) {
            let _ = cleaner.check_examples();
            let _ = cleaner.clean(b"Headline\n\nSome prose about the city council.\nSubscribe\n");
        }
    }
});
