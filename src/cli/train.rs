//! `deboil train`: fit a line model on labelled samples, choose its thresholds on
//! cross-validated predictions, and report how it does on documents it never saw.
//!
//! 1. Every document is analysed once ([`Cleaner::analyse`]) with the rule options
//!    given: its line features, and what the strong rules remove on their own.
//! 2. Each line is labelled from the gold ([`deboil::eval::article_lines`],
//!    [`deboil::eval::snippet_lines`]); lines the rules remove anyway, or that the
//!    gold says nothing about, are not trained on. A line weighs its share of its
//!    document's words, so that every document counts the same.
//! 3. Documents are split into folds by site (the host of their URL; the same page in
//!    several variants is one site): each fold is scored by a model fitted on the
//!    others. On those predictions, each mode gets the threshold pair (whole pages,
//!    extracted text) with the best mean F1 whose article loss stays within the
//!    mode's share of each sample's budget.
//! 4. The model written out is fitted on everything, with those thresholds.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use deboil::eval::{SnippetDoc, SnippetSummary, TokenDoc, TokenSummary};
use deboil::model::{Family, GbdtParams, LogisticParams, Matrix, Model};
use deboil::{Analysis, Cleaner, LineModel, Mode};
use rayon::prelude::*;
use serde_json::Value;

use super::args::{FamilyArg, GroupBy, TrainArgs};
use super::config::{build_cleaner, UsageError};
use super::eval::{samples, Gold, Sample, Source};
use super::Outcome;

const MODES: [Mode; 3] = [Mode::Conservative, Mode::Balanced, Mode::Aggressive];
/// Share of a sample's loss budget each mode may use, in the order of [`MODES`].
const BUDGET_SHARE: [f64; 3] = [0.25, 0.6, 1.0];
/// Candidate thresholds; the last removes nothing.
const GRID: usize = 40;
fn threshold(g: usize) -> f32 {
    if g + 1 == GRID {
        deboil::NEVER
    } else {
        0.03 + g as f32 * 0.025
    }
}
/// A document that loses more than this share of its gold counts as a disaster.
const DISASTER: f64 = 0.2;

/// One labelled sample (a directory pair or a manifest line).
struct SampleSpec {
    name: String,
    source: Source,
    meta: Option<PathBuf>,
    max_loss: f64,
    drop_title: bool,
}

struct Doc {
    sample: usize,
    id: String,
    fold: usize,
    raw: Vec<u8>,
    gold: Gold,
}

/// One document's analysis, labels and weights.
struct Prepared<'a> {
    analysis: Analysis<'a>,
    /// Per row: label (1 boilerplate), or none when not trained on.
    labels: Vec<Option<u8>>,
    weights: Vec<f32>,
}

/// The scores of one document's output.
#[derive(Clone)]
enum Score {
    Tokens(TokenDoc),
    Snippets(SnippetDoc),
}

impl Score {
    fn lost_share(&self) -> f64 {
        match self {
            Score::Tokens(d) => d.gold_lost_share(),
            Score::Snippets(d) => d.gold_lost_share(),
        }
    }

    fn f1(&self) -> f64 {
        match self {
            Score::Tokens(d) => d.bow.f1(),
            Score::Snippets(d) => d.counts.f1(),
        }
    }
}

/// F1 and the share of gold lost of a sample.
#[derive(Clone, Copy, Default)]
struct Figures {
    f1: f64,
    lost: f64,
    disasters: usize,
    documents: usize,
}

fn figures(scores: &[&Score]) -> Figures {
    let tokens: Vec<TokenDoc> = scores
        .iter()
        .filter_map(|s| match s {
            Score::Tokens(d) => Some(d.clone()),
            _ => None,
        })
        .collect();
    let snippets: Vec<SnippetDoc> = scores
        .iter()
        .filter_map(|s| match s {
            Score::Snippets(d) => Some(*d),
            _ => None,
        })
        .collect();
    let disasters = scores.iter().filter(|s| s.lost_share() > DISASTER).count();
    let (f1, lost) = if !tokens.is_empty() {
        let t = TokenSummary::of(&tokens);
        (t.f1, t.gold_lost)
    } else if !snippets.is_empty() {
        let s = SnippetSummary::of(&snippets);
        (s.f1, s.gold_lost)
    } else {
        (0.0, 0.0)
    };
    Figures { f1, lost, disasters, documents: scores.len() }
}

pub fn run(args: &TrainArgs) -> anyhow::Result<Outcome> {
    if args.cv < 2 {
        return Err(UsageError(format!("--cv: {} folds; at least 2 are needed", args.cv)).into());
    }
    let specs = sample_specs(args)?;
    // Rules as given, without a model: the analysis needs rules and detectors only.
    let mut rules = args.rules.clone();
    rules.no_model = true;
    rules.model = None;
    rules.drop_title = false;
    let plain = build_cleaner(&rules)?;
    rules.drop_title = true;
    let titled = build_cleaner(&rules)?;
    let folds = folds(args, &specs)?;
    let (docs, unreadable) = read_docs(args, &specs, &folds)?;
    eprintln!("deboil train: {} documents in {} samples; analysing", docs.len(), specs.len());
    let prepared: Vec<Prepared<'_>> = docs
        .par_iter()
        .map(|d| {
            let cleaner = if specs[d.sample].drop_title { &titled } else { &plain };
            prepare(cleaner, d)
        })
        .collect();
    let fitter = Fitter {
        prepared: &prepared,
        names: deboil::feature_names().iter().map(String::as_str).collect(),
        family: match args.family {
            FamilyArg::Gbdt => Family::Gbdt(GbdtParams {
                trees: args.trees,
                depth: args.depth,
                ..GbdtParams::default()
            }),
            FamilyArg::Logistic => Family::Logistic(LogisticParams::default()),
        },
    };
    let rows: usize = prepared.iter().map(|p| p.labels.iter().flatten().count()).sum();
    eprintln!("deboil train: {rows} labelled lines; {} folds by {}", folds.count, folds.by);

    // Cross-validated predictions: each fold scored by a model fitted on the others.
    let mut oof: Vec<Vec<f32>> = prepared.iter().map(|p| vec![0.0; p.analysis.rows()]).collect();
    for fold in 0..folds.count {
        let model = fitter.fit(|d| docs[d].fold != fold)?;
        fitter.predict(&model, |d| docs[d].fold == fold, &mut oof);
        eprintln!("deboil train: fold {} of {} done", fold + 1, folds.count);
    }
    let grid_cv = grid_scores(&docs, &prepared, &oof);
    let chosen = choose_thresholds(&docs, &prepared, &specs, &grid_cv);

    eprintln!("deboil train: fitting on everything");
    let mut model = fitter.fit(|_| true)?;
    let mut fitted: Vec<Vec<f32>> = oof;
    fitter.predict(&model, |_| true, &mut fitted);
    let grid_train = grid_scores(&docs, &prepared, &fitted);
    let result =
        Results { docs: &docs, specs: &specs, prepared: &prepared, grid_cv, grid_train, chosen };

    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "deboil train: {} model, {} documents, {rows} labelled lines, {}-fold cross-validation by {}",
        model.family_name(),
        docs.len(),
        folds.count,
        folds.by
    )?;
    let figures = result.write_table(&mut out)?;
    if args.worst > 0 {
        result.write_worst(&mut out, args.worst)?;
    }
    write_importance(&mut out, &model, &fitter.names)?;

    let meta = model.meta_mut();
    meta.insert("schema".into(), deboil::feature_schema());
    for (m, mode) in MODES.iter().enumerate() {
        meta.insert(deboil::threshold_key(*mode, false), format!("{:.3}", threshold(chosen[m].0)));
        meta.insert(deboil::threshold_key(*mode, true), format!("{:.3}", threshold(chosen[m].1)));
    }
    meta.insert(
        "trained_on".into(),
        specs.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(" "),
    );
    meta.insert("documents".into(), docs.len().to_string());
    meta.insert("cv_folds".into(), folds.count.to_string());
    if args.group_by != GroupBy::Site {
        meta.insert("cv_groups".into(), folds.by.into());
    }
    meta.extend(figures);
    // The model must load as it will be used.
    LineModel::new("the new model", model.clone()).map_err(|e| anyhow::anyhow!("{e}"))?;
    if let Some(path) = &args.output {
        fs::write(path, model.to_text())
            .with_context(|| format!("cannot write {}", path.display()))?;
        writeln!(out, "model written to {}", path.display())?;
    }
    if let Some(path) = &args.per_doc {
        result.write_per_doc(path).with_context(|| format!("cannot write {}", path.display()))?;
    }
    out.flush()?;
    Ok(if unreadable == 0 { Outcome::Done } else { Outcome::SomeFailed })
}

/// How documents are split into folds.
struct Folds {
    count: usize,
    /// What keeps them apart, for messages: "site", "dataset" or "variant".
    by: &'static str,
    /// With --group-by dataset or variant, each sample's group: the index of its
    /// dataset (or variant) among those named, in order of first appearance.
    of_sample: Vec<usize>,
}

fn folds(args: &TrainArgs, specs: &[SampleSpec]) -> anyhow::Result<Folds> {
    let by = match args.group_by {
        GroupBy::Site => return Ok(Folds { count: args.cv, by: "site", of_sample: Vec::new() }),
        GroupBy::Dataset => "dataset",
        GroupBy::Variant => "variant",
    };
    let mut seen: Vec<&str> = Vec::new();
    let of_sample = specs
        .iter()
        .map(|spec| {
            let (dataset, variant) = spec.name.split_once('/').unwrap_or((&spec.name, &spec.name));
            let part = if args.group_by == GroupBy::Variant { variant } else { dataset };
            seen.iter().position(|x| *x == part).unwrap_or_else(|| {
                seen.push(part);
                seen.len() - 1
            })
        })
        .collect();
    if seen.len() < 2 {
        return Err(UsageError(format!(
            "--group-by {by}: the samples name only one (name them DATASET/VARIANT in the manifest)"
        ))
        .into());
    }
    Ok(Folds { count: seen.len().min(args.cv), by, of_sample })
}

/// Every readable document of the samples, with its fold; and how many could not be
/// read (each reported).
fn read_docs(
    args: &TrainArgs,
    specs: &[SampleSpec],
    folds: &Folds,
) -> anyhow::Result<(Vec<Doc>, usize)> {
    let mut unreadable = 0;
    let mut docs = Vec::new();
    for (s, spec) in specs.iter().enumerate() {
        let urls = match &spec.meta {
            Some(path) => read_meta(path)?,
            None => HashMap::new(),
        };
        for sample in samples(&spec.source)? {
            match sample {
                Ok(Sample { id, raw, gold, url }) => {
                    let site = url
                        .as_ref()
                        .or_else(|| urls.get(&id))
                        .and_then(|u| deboil::site_of(u))
                        .unwrap_or_else(|| format!("doc:{id}"));
                    let fold = match args.group_by {
                        GroupBy::Site => (fnv(site.as_bytes()) % folds.count as u64) as usize,
                        GroupBy::Dataset | GroupBy::Variant => folds.of_sample[s] % folds.count,
                    };
                    docs.push(Doc { sample: s, id, fold, raw, gold });
                }
                Err(message) => {
                    eprintln!("deboil: {message}");
                    unreadable += 1;
                }
            }
        }
    }
    if docs.is_empty() {
        anyhow::bail!("no document could be read");
    }
    Ok((docs, unreadable))
}

/// Fits models on some of the prepared documents and scores others.
struct Fitter<'p, 'a> {
    prepared: &'p [Prepared<'a>],
    names: Vec<&'static str>,
    family: Family,
}

impl Fitter<'_, '_> {
    /// A model fitted on the labelled rows of the documents for which `train` holds.
    fn fit(&self, train: impl Fn(usize) -> bool) -> anyhow::Result<Model> {
        let mut x = Vec::new();
        let mut y = Vec::new();
        let mut w = Vec::new();
        for (_, p) in self.prepared.iter().enumerate().filter(|(d, _)| train(*d)) {
            for (k, label) in p.labels.iter().enumerate() {
                if let Some(label) = label {
                    x.extend_from_slice(p.analysis.row(k));
                    y.push(*label);
                    w.push(p.weights[k]);
                }
            }
        }
        let m = Matrix { rows: y.len(), cols: self.names.len(), data: &x };
        Model::fit(&self.family, m, &y, &w, &self.names).context("cannot fit the model")
    }

    /// Scores every row of the documents for which `which` holds, into `scores`.
    fn predict(&self, model: &Model, which: impl Fn(usize) -> bool, scores: &mut [Vec<f32>]) {
        for (d, p) in self.prepared.iter().enumerate().filter(|(d, _)| which(*d)) {
            model.predict_many(p.analysis.data(), &mut scores[d]);
        }
    }
}

/// What a training run measured: every document's scores at every threshold of the
/// grid, cross-validated and on the training set, and the thresholds chosen.
struct Results<'r, 'a> {
    docs: &'r [Doc],
    specs: &'r [SampleSpec],
    prepared: &'r [Prepared<'a>],
    grid_cv: Vec<Vec<Score>>,
    grid_train: Vec<Vec<Score>>,
    chosen: [(usize, usize); 3],
}

impl Results<'_, '_> {
    fn figures(&self, grid: &[Vec<Score>], sample: usize, t: (usize, usize)) -> Figures {
        sample_figures(self.docs, self.prepared, grid, sample, t)
    }

    /// The table of figures per sample and mode; returns them as model metadata.
    fn write_table(&self, out: &mut impl Write) -> std::io::Result<Vec<(String, String)>> {
        writeln!(out)?;
        writeln!(
            out,
            "{:<18} {:<12} {:>8} {:>8} {:>8} {:>8} {:>10}  {:>9}",
            "sample", "mode", "F1 train", "lost", "F1 cv", "lost cv", ">20% lost", "threshold"
        )?;
        let mut meta = Vec::new();
        for (s, spec) in self.specs.iter().enumerate() {
            let none = self.figures(&self.grid_cv, s, (GRID - 1, GRID - 1));
            writeln!(
                out,
                "{:<18} {:<12} {:>8} {:>8} {:8.4} {:7.2}% {:>10}",
                spec.name,
                "rules only",
                "",
                "",
                none.f1,
                100.0 * none.lost,
                format!("{}/{}", none.disasters, none.documents)
            )?;
            for (m, mode) in MODES.iter().enumerate() {
                let t = self.chosen[m];
                let tr = self.figures(&self.grid_train, s, t);
                let cv = self.figures(&self.grid_cv, s, t);
                writeln!(
                    out,
                    "{:<18} {:<12} {:8.4} {:7.2}% {:8.4} {:7.2}% {:>10}  {:.3}/{:.3}",
                    spec.name,
                    mode.name(),
                    tr.f1,
                    100.0 * tr.lost,
                    cv.f1,
                    100.0 * cv.lost,
                    format!("{}/{}", cv.disasters, cv.documents),
                    threshold(t.0),
                    threshold(t.1)
                )?;
                meta.push((
                    format!("cv.{}.{}", spec.name, mode.name()),
                    format!(
                        "f1 {:.4} lost {:.4} train_f1 {:.4} train_lost {:.4}",
                        cv.f1, cv.lost, tr.f1, tr.lost
                    ),
                ));
            }
        }
        writeln!(out)?;
        writeln!(out, "thresholds are text/page; '>20% lost': documents that lost over 20% of their gold (cross-validated)")?;
        Ok(meta)
    }

    /// The documents of each sample that lost the most in the cross-validated
    /// balanced run.
    fn write_worst(&self, out: &mut impl Write, n: usize) -> std::io::Result<()> {
        writeln!(out)?;
        for (s, spec) in self.specs.iter().enumerate() {
            let mut worst: Vec<(f64, f64, &str)> = self
                .docs
                .iter()
                .enumerate()
                .filter(|(_, d)| d.sample == s)
                .map(|(d, doc)| {
                    let sc = &self.grid_cv[d][pick(&self.prepared[d], self.chosen[1])];
                    (sc.lost_share(), sc.f1(), doc.id.as_str())
                })
                .filter(|w| w.0 > 0.0)
                .collect();
            worst.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.2.cmp(b.2)));
            let shown: Vec<String> = worst
                .iter()
                .take(n)
                .map(|(l, f, id)| format!("{id} (lost {:.1}%, F1 {f:.3})", 100.0 * l))
                .collect();
            if !shown.is_empty() {
                writeln!(
                    out,
                    "worst of {} (balanced, cross-validated): {}",
                    spec.name,
                    shown.join(", ")
                )?;
            }
        }
        Ok(())
    }

    fn write_per_doc(&self, path: &Path) -> std::io::Result<()> {
        let mut out = std::io::BufWriter::new(fs::File::create(path)?);
        writeln!(out, "sample\tid\tfold\tpage\tmode\tF1\tgold_lost_share")?;
        for (d, doc) in self.docs.iter().enumerate() {
            for (m, mode) in MODES.iter().enumerate() {
                let s = &self.grid_cv[d][pick(&self.prepared[d], self.chosen[m])];
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}\t{}\t{:.4}\t{:.4}",
                    self.specs[doc.sample].name,
                    doc.id,
                    doc.fold,
                    self.prepared[d].analysis.page() as u8,
                    mode.name(),
                    s.f1(),
                    s.lost_share()
                )?;
            }
        }
        out.flush()
    }
}

/// The fifteen features with the largest share of the model's importance.
fn write_importance(out: &mut impl Write, model: &Model, names: &[&str]) -> std::io::Result<()> {
    let importance = model.importance();
    let mut order: Vec<usize> = (0..importance.len()).collect();
    order.sort_by(|&a, &b| importance[b].total_cmp(&importance[a]));
    let total: f32 = importance.iter().sum::<f32>().max(f32::MIN_POSITIVE);
    let top: Vec<String> = order
        .iter()
        .take(15)
        .map(|&i| format!("{} {:.1}%", names[i], 100.0 * importance[i] / total))
        .collect();
    writeln!(out)?;
    writeln!(out, "features that weigh most: {}", top.join(", "))
}

fn prepare<'a>(cleaner: &Cleaner, d: &'a Doc) -> Prepared<'a> {
    let analysis = cleaner.analyse(&d.raw, None);
    let texts: Vec<String> = (0..analysis.rows())
        .map(|k| String::from_utf8_lossy(analysis.line_text(k)).into_owned())
        .collect();
    let article = match &d.gold {
        Gold::Text(gold) => deboil::eval::article_lines(texts.iter().map(String::as_str), gold),
        Gold::Snippets(gold) => deboil::eval::snippet_lines(texts.iter().map(String::as_str), gold),
    };
    let labels: Vec<Option<u8>> = article
        .iter()
        .enumerate()
        .map(|(k, a)| if analysis.removed_by_rules(k) { None } else { a.map(|a| u8::from(!a)) })
        .collect();
    let words: Vec<f32> =
        texts.iter().map(|t| deboil::eval::words(t).count().max(1) as f32).collect();
    let total: f32 = labels.iter().zip(&words).filter(|(l, _)| l.is_some()).map(|(_, w)| w).sum();
    // Each document weighs 100 in all, shared by its lines as their words.
    let weights = words.iter().map(|w| if total > 0.0 { 100.0 * w / total } else { 0.0 }).collect();
    Prepared { analysis, labels, weights }
}

/// Per document, its scores at each threshold of the grid.
fn grid_scores(docs: &[Doc], prepared: &[Prepared<'_>], scores: &[Vec<f32>]) -> Vec<Vec<Score>> {
    docs.par_iter()
        .zip(prepared.par_iter())
        .zip(scores.par_iter())
        .map(|((doc, p), sc)| {
            let raw = String::from_utf8_lossy(&doc.raw);
            let mut out: Vec<Score> = Vec::with_capacity(GRID);
            let mut last: Option<(usize, Score)> = None;
            for g in 0..GRID {
                let drops = p.analysis.drops(sc, threshold(g));
                let dropped = drops.iter().filter(|&&d| d).count();
                // The set of dropped rows only shrinks as the threshold rises: the same
                // count is the same output.
                if let Some((n, s)) = &last {
                    if *n == dropped {
                        out.push(s.clone());
                        continue;
                    }
                }
                let output = p.analysis.output(|k| drops[k]);
                let output = String::from_utf8_lossy(&output);
                let s = match &doc.gold {
                    Gold::Text(g) => Score::Tokens(TokenDoc::score(&raw, &output, g)),
                    Gold::Snippets(g) => Score::Snippets(SnippetDoc::score(&raw, &output, g)),
                };
                last = Some((dropped, s.clone()));
                out.push(s);
            }
            out
        })
        .collect()
}

/// The grid index a document uses under a threshold pair (text, page).
fn pick(p: &Prepared<'_>, t: (usize, usize)) -> usize {
    if p.analysis.page() {
        t.1
    } else {
        t.0
    }
}

fn sample_figures(
    docs: &[Doc],
    prepared: &[Prepared<'_>],
    grid: &[Vec<Score>],
    sample: usize,
    t: (usize, usize),
) -> Figures {
    let scores: Vec<&Score> = docs
        .iter()
        .enumerate()
        .filter(|(_, d)| d.sample == sample)
        .map(|(d, _)| &grid[d][pick(&prepared[d], t)])
        .collect();
    figures(&scores)
}

/// For each mode, the threshold pair (text, page) with the best mean F1 over the
/// samples whose loss stays within the mode's share of each budget; when none does,
/// the pair that overshoots least.
fn choose_thresholds(
    docs: &[Doc],
    prepared: &[Prepared<'_>],
    specs: &[SampleSpec],
    grid: &[Vec<Score>],
) -> [(usize, usize); 3] {
    let pairs: Vec<(usize, usize)> =
        (0..GRID).flat_map(|a| (0..GRID).map(move |b| (a, b))).collect();
    let table: Vec<Vec<Figures>> = pairs
        .par_iter()
        .map(|&t| (0..specs.len()).map(|s| sample_figures(docs, prepared, grid, s, t)).collect())
        .collect();
    let mut chosen = [(GRID - 1, GRID - 1); 3];
    for (m, share) in BUDGET_SHARE.iter().enumerate() {
        let mut best: Option<(bool, f64, usize)> = None;
        for (i, figs) in table.iter().enumerate() {
            let over = figs
                .iter()
                .zip(specs)
                .map(|(f, s)| f.lost / (s.max_loss * share).max(1e-9))
                .fold(0.0f64, f64::max);
            let ok = over <= 1.0;
            let mean_f1 = figs.iter().map(|f| f.f1).sum::<f64>() / figs.len() as f64;
            let key = if ok { mean_f1 } else { -over };
            let better = match best {
                None => true,
                Some((bok, bkey, _)) => (ok && !bok) || (ok == bok && key > bkey + 1e-12),
            };
            if better {
                best = Some((ok, key, i));
            }
        }
        if let Some((_, _, i)) = best {
            chosen[m] = pairs[i];
        }
    }
    chosen
}

fn sample_specs(args: &TrainArgs) -> anyhow::Result<Vec<SampleSpec>> {
    if let Some(source) = Source::of(&args.sample) {
        let path = args.sample.sample.as_ref().or(args.sample.raw.as_ref());
        return Ok(vec![SampleSpec {
            name: path
                .and_then(|p| p.file_name())
                .map_or("sample".into(), |n| n.to_string_lossy().into_owned()),
            source,
            meta: args.meta.clone(),
            max_loss: args.max_loss,
            drop_title: args.rules.drop_title,
        }]);
    }
    let Some(path) = &args.manifest else {
        return Err(UsageError(
            "give --raw DIR --gold DIR, --sample FILE or --manifest FILE".into(),
        )
        .into());
    };
    let text = fs::read_to_string(path)
        .map_err(|e| UsageError(format!("--manifest: cannot read {}: {e}", path.display())))?;
    let base = path.parent().unwrap_or(Path::new("."));
    let mut specs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = |what: String| UsageError(format!("{}:{}: {what}", path.display(), n + 1));
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').map(str::trim).collect();
        if f.len() < 3 {
            return Err(at(
                "expected NAME RAW_DIR GOLD_DIR [META [MAX_LOSS [OPTIONS]]], tab-separated".into(),
            )
            .into());
        }
        let max_loss = match f.get(4).filter(|v| !v.is_empty()) {
            Some(v) => match v.parse::<f64>() {
                Ok(x) if (0.0..=1.0).contains(&x) => x,
                _ => {
                    return Err(at(format!("MAX_LOSS '{v}' is not a share between 0 and 1")).into())
                }
            },
            None => args.max_loss,
        };
        let mut drop_title = args.rules.drop_title;
        for o in f.get(5).map_or("", |v| v).split([',', ' ']).filter(|o| !o.is_empty()) {
            match o {
                "drop-title" => drop_title = true,
                _ => return Err(at(format!("unknown option '{o}' (known: drop-title)")).into()),
            }
        }
        specs.push(SampleSpec {
            name: f[0].to_string(),
            source: Source::Dirs { raw: base.join(f[1]), gold: base.join(f[2]) },
            meta: f.get(3).filter(|v| !v.is_empty() && **v != "-").map(|m| base.join(m)),
            max_loss,
            drop_title,
        });
    }
    if specs.is_empty() {
        return Err(UsageError(format!("--manifest: {} lists no sample", path.display())).into());
    }
    Ok(specs)
}

/// Document id to URL, from `{"docs": {ID: {"url": URL}}}`, `{ID: {"url": URL}}` or
/// `{ID: URL}`.
fn read_meta(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let bytes =
        fs::read(path).map_err(|e| UsageError(format!("cannot read {}: {e}", path.display())))?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|e| {
        UsageError(format!("{}:{}:{}: not JSON: {e}", path.display(), e.line(), e.column()))
    })?;
    let docs = value.get("docs").unwrap_or(&value);
    let Value::Object(map) = docs else {
        return Err(
            UsageError(format!("{}: expected an object of documents", path.display())).into()
        );
    };
    Ok(map
        .iter()
        .filter_map(|(id, v)| {
            let url = v.as_str().or_else(|| v.get("url").and_then(Value::as_str))?;
            Some((id.clone(), url.to_string()))
        })
        .collect())
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
