//! Interruption: on SIGINT or SIGTERM the unfinished output files (written under
//! temporary names, see [`output`](super::output)) are removed, each is named on
//! standard error, and deboil dies of the signal, so that the shell sees the usual
//! status (130, 143) and a script stops as it would for any other command. An
//! output already under its final name is complete. An output written through (a
//! device, a pipe, a socket) keeps what was written and is named as incomplete.

/// Starts the thread that waits for the signals. A signal that was ignored when
/// deboil started (a background job of a script, `nohup`) stays ignored, as the
/// caller meant it to be.
#[cfg(unix)]
pub fn install() {
    use signal_hook::consts::{SIGINT, SIGTERM};

    let wanted: Vec<i32> = [SIGINT, SIGTERM].into_iter().filter(|&s| !ignored(s)).collect();
    // Without a handler the signals keep their default action: deboil dies at once,
    // and the temporary files stay (still never under a final name).
    let Ok(mut signals) = signal_hook::iterator::Signals::new(&wanted) else { return };
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            let what = if sig == SIGINT { "interrupted" } else { "terminated" };
            for (dest, fate) in super::output::abandon_all() {
                let done = match fate {
                    super::output::Fate::NotWritten => "not written",
                    super::output::Fate::Incomplete => "incomplete",
                };
                eprintln!("deboil: {}: {done} ({what})", dest.display());
            }
            // Dies of `sig` with its default action; the exit is a fallback only.
            let _ = signal_hook::low_level::emulate_default_handler(sig);
            std::process::exit(128 + sig);
        }
    });
}

#[cfg(not(unix))]
pub fn install() {}

/// Whether `sig` is ignored now.
#[cfg(unix)]
fn ignored(sig: i32) -> bool {
    // SAFETY: with a null new action, sigaction only writes the current action into
    // `old`, a plain C struct for which all zeroes is a valid value.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}
