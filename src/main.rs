//! The `deboil` binary: a thin shell over the library (see `cli`).

mod cli;

/// jemalloc instead of the system allocator: compiling the rules makes tens of
/// thousands of small allocations (regex syntax trees, phrase variants), and cleaning
/// makes a few per document on every thread. It keeps peak memory where the system
/// allocator has it (mimalloc, also tried, was as fast but doubled it).
#[cfg(unix)]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> std::process::ExitCode {
    cli::main()
}
