//! Line ends: a document with carriage returns and no line feeds (an old Mac file)
//! is cleaned line by line, as if each `\r` were `\n`, and keeps its own bytes.

use super::*;

const CR_PAGE: &[u8] = b"Storm hits the coast\r\rThe storm reached the coast on Monday night, cutting power to thousands of homes, officials said.\r\rSubscribe now to continue reading\r";

#[test]
fn carriage_returns_alone_end_lines() {
    let out = run(&[], CR_PAGE);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Storm hits the coast\r\rThe storm reached the coast on Monday night, cutting power to thousands of homes, officials said.\r"
    );
    // --explain numbers the lines as the cleaner does.
    let out = run(&["--explain", "--color", "never"], CR_PAGE);
    let text = stdout(&out);
    assert!(text.starts_with("== <stdin>: 1 line removed"), "{text}");
    assert!(text.contains("\n     1   Storm hits the coast\n"), "{text}");
    assert!(text.contains("\n     5 - Subscribe now to continue reading\n"), "{text}");
}
