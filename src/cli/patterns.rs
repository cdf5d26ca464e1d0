//! `deboil patterns check` and `deboil patterns list`.

use std::io::{self, Write};
use std::path::PathBuf;

use deboil::{Cleaner, RuleSet, Selection};

use super::args::RuleArgs;
use super::config::{build_cleaner, read_pattern_file};
use super::Outcome;

/// Checks pattern files (the built-in ones when `files` is empty): every syntax error
/// of every file, every rule id that cleaning with the files would refuse (one that
/// a built-in rule, unless `no_defaults`, or another of the files already uses),
/// then every rule's examples. Exit code 2 if anything is wrong.
pub fn check(files: &[PathBuf], no_defaults: bool) -> anyhow::Result<Outcome> {
    let mut problems = 0usize;
    let mut sets: Vec<(String, RuleSet)> = Vec::new();
    if files.is_empty() {
        sets.push(("built-in rules".to_string(), RuleSet::defaults()));
    }
    for path in files {
        match read_pattern_file(path) {
            Ok(set) => sets.push((path.display().to_string(), set)),
            Err(errors) => {
                for e in errors.iter() {
                    eprintln!("{e}");
                }
                problems += errors.0.len();
            }
        }
    }
    if !files.is_empty() {
        problems += clashing_ids(&sets, no_defaults);
    }
    for (name, set) in sets {
        let rules = set.len();
        let cleaner =
            match Cleaner::builder().rules(set.clone()).selection(Selection::all()).build() {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("{e}");
                    problems += 1;
                    continue;
                }
            };
        for e in cleaner.compile_all() {
            eprintln!("{e}");
            problems += 1;
        }
        let failures = cleaner.check_examples();
        for f in &failures {
            eprintln!("{}: {}", f.at, f.message);
        }
        problems += failures.len();
        let examples: usize =
            set.rules().iter().map(|r| r.remove_examples.len() + r.keep_examples.len()).sum();
        let bare = set
            .rules()
            .iter()
            .filter(|r| r.remove_examples.is_empty() || r.keep_examples.is_empty())
            .count();
        let mut note = String::new();
        if bare > 0 {
            note = format!("; {bare} rule(s) lack a 'remove' or a 'keep' example");
        }
        println!("{name}: {rules} rules, {examples} examples, {} failing{note}", failures.len());
    }
    if problems > 0 {
        eprintln!("deboil: {problems} problem(s) found");
        Ok(Outcome::Usage)
    } else {
        Ok(Outcome::Done)
    }
}

/// Reports the rule ids of `sets` that cleaning with them (`-p` each, in this order)
/// would refuse as already used: by a built-in rule unless `no_defaults`, or by an
/// earlier file. Returns how many.
fn clashing_ids(sets: &[(String, RuleSet)], no_defaults: bool) -> usize {
    let mut loaded = if no_defaults { RuleSet::new() } else { RuleSet::defaults() };
    let mut clashes = 0;
    for (_, set) in sets {
        // As when cleaning: a file with a clash adds none of its rules.
        if let Err(errors) = loaded.extend(set.clone()) {
            for e in errors.iter() {
                eprintln!("{e}");
            }
            clashes += errors.0.len();
        }
    }
    clashes
}

/// Lists the active rules and detectors, one per line: id, category, action, strength,
/// constraints, origin.
pub fn list(args: &RuleArgs) -> anyhow::Result<Outcome> {
    let cleaner = build_cleaner(args)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = (|| -> io::Result<()> {
        writeln!(
            out,
            "{:<36} {:<15} {:<6} {:<7} {:<40} origin",
            "id", "category", "action", "strength", "where"
        )?;
        for r in cleaner.rules() {
            let mut place = vec![format!("line {}", r.fit.name())];
            if let Some(w) = r.max_words {
                place.push(format!("<={w} words"));
            }
            if let Some(c) = r.max_chars {
                place.push(format!("<={c} chars"));
            }
            if r.position != deboil::Position::Any {
                place.push(r.position.to_string());
            }
            if !r.sites.is_empty() {
                place.push(format!("site {}", r.sites.join(",")));
            }
            writeln!(
                out,
                "{:<36} {:<15} {:<6} {:<7} {:<40} {}",
                r.id,
                r.category.name(),
                r.action.name(),
                r.strength.name(),
                place.join(", "),
                r.origin
            )?;
        }
        for d in cleaner.detectors() {
            writeln!(
                out,
                "{:<36} {:<15} {:<6} {:<7} {:<40} built in",
                d.id(),
                d.category().name(),
                "line",
                "strong",
                d.describe()
            )?;
        }
        writeln!(out, "{} rules, {} detectors", cleaner.rules().len(), cleaner.detectors().len())?;
        out.flush()
    })();
    match result {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(Outcome::Done),
    }
}
