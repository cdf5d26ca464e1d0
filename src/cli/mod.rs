//! The `deboil` command: argument parsing, configuration, and the runs behind each
//! subcommand. The library does the cleaning; this module owns I/O, messages and
//! exit codes.

mod args;
mod config;
mod encoding;
mod eval;
mod explain;
mod format;
mod input;
mod jsonl;
mod mine;
mod output;
mod patterns;
mod pipeline;
mod progress;
mod run;
mod shard;
mod signal;
mod stats;
mod train;

use std::process::ExitCode;

use clap::Parser;

use args::{Args, Command, PatternsCommand};
use config::{Config, UsageError};

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything was processed.
    Done,
    /// Some input could not be processed; the rest was.
    SomeFailed,
    /// Usage or pattern-file errors.
    Usage,
}

impl Outcome {
    fn code(self) -> ExitCode {
        match self {
            Outcome::Done => ExitCode::SUCCESS,
            Outcome::SomeFailed => ExitCode::from(1),
            Outcome::Usage => ExitCode::from(2),
        }
    }
}

/// Parses the command line, runs it, and maps the result to an exit code.
pub fn main() -> ExitCode {
    let args = Args::parse();
    signal::install();
    let result = match args.command {
        Some(Command::Patterns(PatternsCommand::Check { ref files, no_default_patterns })) => {
            patterns::check(files, no_default_patterns)
        }
        Some(Command::Patterns(PatternsCommand::List { ref rules })) => patterns::list(rules),
        Some(Command::Eval(ref eval_args)) => eval::run(eval_args),
        Some(Command::Mine(ref mine_args)) => mine::run(mine_args),
        Some(Command::Train(ref train_args)) => train::run(train_args),
        None => Config::from_args(args).and_then(|config| {
            let outcome = run::run(&config);
            // The process ends here. The compiled rules are a great many small
            // allocations (automata, rules, regexes), and freeing them one by one cost
            // more than compiling the regexes a small document needs; the configuration
            // holds no file or writer that dropping would flush.
            std::mem::forget(config);
            outcome
        }),
    };
    match result {
        Ok(outcome) => outcome.code(),
        Err(e) => {
            if e.chain().any(|c| c.is::<UsageError>()) {
                eprintln!("deboil: {e}");
                Outcome::Usage.code()
            } else {
                eprintln!("deboil: {e:#}");
                Outcome::SomeFailed.code()
            }
        }
    }
}
