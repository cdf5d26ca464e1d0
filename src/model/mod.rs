//! Line classifier: a model that turns a line's row of features into the
//! probability that the line is boilerplate.
//!
//! Another part of the library computes a fixed-length row of `f32` features for
//! every line of a document; this module only sees those rows. [`Model::fit`] trains
//! one of two families on labelled rows (label 1 = boilerplate, 0 = article text):
//! gradient-boosted trees ([`GbdtParams`]) or logistic regression
//! ([`LogisticParams`]). Training is deterministic and single-threaded (the library
//! never spawns threads; the caller parallelises over folds if it wants to), so the
//! same inputs give a bit-identical model. [`Model::predict`] is allocation-free and
//! is meant to be called once per line.
//!
//! A model is kept as a small line-based text file ([`Model::to_text`],
//! [`Model::parse`]) so that the default model can be compiled into the binary
//! and a person can read its metadata. Floats are written in their shortest form
//! that reads back to the same bits, so a parsed model predicts exactly as the one
//! that was written:
//!
//! ```text
//! deboil-model 1
//! family gbdt
//! features 2
//! words
//! link_share
//! meta threshold 0.5
//! base -1.2
//! trees 1
//! tree 3
//! node 1 0.25 1 2 -0.01 42.5
//! leaf -0.08
//! leaf 0.19
//! ```
//!
//! For gradient-boosted trees, `node FEATURE THRESHOLD LEFT RIGHT VALUE GAIN` is a
//! split (a row goes left when `x <= THRESHOLD`; children are indices within the
//! tree, always after their parent) and `leaf VALUE` adds `VALUE` to the log-odds.
//! For logistic regression the body is `bias B` followed by one
//! `coef MEAN SCALE WEIGHT` line per feature: the log-odds are
//! `B + sum WEIGHT * (x - MEAN) / SCALE`.
//!
//! ```
//! use deboil::model::{Family, GbdtParams, Matrix, Model};
//!
//! // One feature: rows above 0.5 are boilerplate.
//! let data: Vec<f32> = (0..200).map(|i| i as f32 / 200.0).collect();
//! let y: Vec<u8> = data.iter().map(|&v| u8::from(v > 0.5)).collect();
//! let w = vec![1.0; data.len()];
//! let x = Matrix { rows: data.len(), cols: 1, data: &data };
//! let params = GbdtParams { trees: 20, min_leaf: 1.0, ..GbdtParams::default() };
//! let model = Model::fit(&Family::Gbdt(params), x, &y, &w, &["position"]).unwrap();
//! assert!(model.predict(&[0.9]) > 0.5);
//! assert!(model.predict(&[0.1]) < 0.5);
//! let again = Model::parse("model.txt", &model.to_text()).unwrap();
//! assert_eq!(again.predict(&[0.9]).to_bits(), model.predict(&[0.9]).to_bits());
//! ```

mod gbdt;
mod logistic;

use std::collections::BTreeMap;
use std::fmt::Write as _;

pub use gbdt::GbdtParams;
pub use logistic::LogisticParams;

/// The first line of every model file; the number is the format version.
const MAGIC: &str = "deboil-model 1";

/// A row-major feature matrix: row `r` is `data[r * cols..(r + 1) * cols]`.
#[derive(Clone, Copy, Debug)]
pub struct Matrix<'a> {
    /// Number of rows (lines).
    pub rows: usize,
    /// Number of columns (features).
    pub cols: usize,
    /// `rows * cols` values, one row after another.
    pub data: &'a [f32],
}

impl Matrix<'_> {
    /// Row `r`. The caller has checked that the matrix is well-formed.
    fn row(&self, r: usize) -> &[f32] {
        &self.data[r * self.cols..(r + 1) * self.cols]
    }
}

/// Which kind of model to fit, with its parameters.
#[derive(Clone, Debug)]
pub enum Family {
    /// Gradient-boosted decision trees.
    Gbdt(GbdtParams),
    /// L2-regularised logistic regression on standardised features.
    Logistic(LogisticParams),
}

/// Why a model could not be fitted or read.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A model file is malformed.
    #[error("{origin}:{line}: {message}")]
    Parse {
        /// Where the text came from (usually a path).
        origin: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The training data or parameters cannot be used.
    #[error("cannot fit a model: {0}")]
    Fit(String),
}

/// A trained classifier with its feature names and metadata.
#[derive(Clone, Debug)]
pub struct Model {
    features: Vec<String>,
    meta: BTreeMap<String, String>,
    body: Body,
}

#[derive(Clone, Debug)]
enum Body {
    Gbdt(gbdt::Ensemble),
    Logistic(logistic::Linear),
}

impl Model {
    /// Fits a model on `x` with labels `y` (0 = article text, 1 = boilerplate) and
    /// per-row weights `w` (finite, > 0). `feature_names` names the columns (no
    /// white space, no duplicates). The same inputs always give a bit-identical
    /// model.
    pub fn fit(
        family: &Family,
        x: Matrix<'_>,
        y: &[u8],
        w: &[f32],
        feature_names: &[&str],
    ) -> Result<Model, ModelError> {
        check_training_data(x, y, w, feature_names)?;
        let body = match family {
            Family::Gbdt(params) => Body::Gbdt(gbdt::fit(params, x, y, w)?),
            Family::Logistic(params) => Body::Logistic(logistic::fit(params, x, y, w)?),
        };
        let model = Model {
            features: feature_names.iter().map(|s| s.to_string()).collect(),
            meta: BTreeMap::new(),
            body,
        };
        // Extreme weights or no regularisation can overflow a parameter; such a
        // model would predict NaN and could not be read back, so it is refused.
        let finite = match &model.body {
            Body::Gbdt(e) => e.is_finite(),
            Body::Logistic(l) => l.is_finite(),
        };
        if !finite {
            return Err(ModelError::Fit(
                "the fit did not converge to finite parameters (try more regularisation)".into(),
            ));
        }
        Ok(model)
    }

    /// The probability, in `[0, 1]`, that the line described by `row` is
    /// boilerplate. `row.len()` must equal `self.features().len()`. Rows should
    /// hold no NaN: trees send NaN left, but a logistic model returns NaN.
    #[inline]
    pub fn predict(&self, row: &[f32]) -> f32 {
        debug_assert_eq!(row.len(), self.features.len());
        sigmoid(self.log_odds(row))
    }

    /// [`predict`](Self::predict) for every row of `data` (rows of
    /// `self.features().len()` values, one after another), into `out` (one per row):
    /// the same values, faster for many rows.
    pub fn predict_many(&self, data: &[f32], out: &mut Vec<f32>) {
        let width = self.features.len();
        out.clear();
        if width == 0 {
            return;
        }
        out.resize(data.len() / width, 0.0);
        match &self.body {
            Body::Gbdt(e) => e.log_odds_many(data, width, out),
            Body::Logistic(l) => {
                for (z, row) in out.iter_mut().zip(data.chunks_exact(width)) {
                    *z = l.log_odds(row);
                }
            }
        }
        for z in out.iter_mut() {
            *z = sigmoid(*z);
        }
    }

    /// The log-odds that the row is boilerplate (what [`predict`](Self::predict)
    /// squashes into a probability).
    #[inline]
    pub fn log_odds(&self, row: &[f32]) -> f32 {
        debug_assert_eq!(row.len(), self.features.len());
        match &self.body {
            Body::Gbdt(e) => e.log_odds(row),
            Body::Logistic(l) => l.log_odds(row),
        }
    }

    /// The feature names, in column order.
    pub fn features(&self) -> &[String] {
        &self.features
    }

    /// `"gbdt"` or `"logistic"`.
    pub fn family_name(&self) -> &'static str {
        match self.body {
            Body::Gbdt(_) => "gbdt",
            Body::Logistic(_) => "logistic",
        }
    }

    /// How much each feature moved this row's log-odds, to explain a decision:
    /// `weight * standardised x` for logistic regression; for trees, at each split
    /// on the row's path the change from the parent's value to the child's is
    /// credited to the split's feature. Returns `(feature index, contribution)` for
    /// every feature with a nonzero contribution, largest magnitude first (ties in
    /// column order).
    pub fn contributions(&self, row: &[f32]) -> Vec<(usize, f32)> {
        debug_assert_eq!(row.len(), self.features.len());
        let mut per_feature = vec![0.0f32; self.features.len()];
        match &self.body {
            Body::Gbdt(e) => e.contributions(row, &mut per_feature),
            Body::Logistic(l) => l.contributions(row, &mut per_feature),
        }
        let mut out: Vec<(usize, f32)> =
            per_feature.into_iter().enumerate().filter(|&(_, c)| c != 0.0).collect();
        // A stable sort keeps column order among equal magnitudes.
        out.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()));
        out
    }

    /// Global importance of each feature, in column order: the total split gain
    /// (trees) or the magnitude of the weight on the standardised feature, that is
    /// `|w| * std` of the raw feature (logistic).
    pub fn importance(&self) -> Vec<f32> {
        match &self.body {
            Body::Gbdt(e) => e.importance(self.features.len()),
            Body::Logistic(l) => l.importance(),
        }
    }

    /// Key/value metadata kept in the model file.
    pub fn meta(&self) -> &BTreeMap<String, String> {
        &self.meta
    }

    /// Mutable access to the metadata (for example to record a decision threshold).
    pub fn meta_mut(&mut self) -> &mut BTreeMap<String, String> {
        &mut self.meta
    }

    /// The model as text; [`Model::parse`] reads it back to a model that predicts
    /// bit-identically.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        out.push_str(MAGIC);
        out.push('\n');
        let _ = writeln!(out, "family {}", self.family_name());
        let _ = writeln!(out, "features {}", self.features.len());
        for name in &self.features {
            out.push_str(name);
            out.push('\n');
        }
        for (key, value) in &self.meta {
            let _ = writeln!(out, "meta {} {}", escape(key, true), escape(value, false));
        }
        match &self.body {
            Body::Gbdt(e) => e.write(&mut out),
            Body::Logistic(l) => l.write(&mut out),
        }
        out
    }

    /// Reads a model file. `origin` (usually its path) prefixes error messages:
    /// `origin:line: what is wrong`.
    pub fn parse(origin: &str, text: &str) -> Result<Model, ModelError> {
        let mut lines = Lines::new(origin, text);
        let (n, magic) = lines.next_line("the header")?;
        if magic.trim_end() != MAGIC {
            return Err(lines.error(n, format!("expected `{MAGIC}` (is this a model file?)")));
        }
        let (n, family) = lines.keyword("family")?;
        let family = family.trim();
        if family != "gbdt" && family != "logistic" {
            return Err(lines.error(n, format!("unknown family `{family}`")));
        }
        let (n, count) = lines.keyword("features")?;
        let count: usize = lines.number(n, count, "feature count")?;
        if count == 0 {
            return Err(lines.error(n, "a model needs at least one feature"));
        }
        if count > u32::MAX as usize {
            return Err(lines.error(n, "too many features"));
        }
        // The count comes from the file: names are pushed one by one instead of
        // reserving `count` slots, so a garbled count cannot exhaust memory.
        let mut features = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for _ in 0..count {
            let (n, name) = lines.next_line("a feature name")?;
            if let Err(why) = check_name(name) {
                return Err(lines.error(n, why));
            }
            if !seen.insert(name) {
                return Err(lines.error(n, format!("feature `{name}` is listed twice")));
            }
            features.push(name.to_string());
        }
        let mut meta = BTreeMap::new();
        while let Some(rest) = lines.peek().and_then(|l| l.strip_prefix("meta ")) {
            let n = lines.advance();
            let Some((key, value)) = rest.split_once(' ') else {
                return Err(lines.error(n, "expected `meta KEY VALUE`"));
            };
            let key = unescape(key).map_err(|why| lines.error(n, why))?;
            let value = unescape(value).map_err(|why| lines.error(n, why))?;
            if meta.insert(key, value).is_some() {
                return Err(lines.error(n, "this meta key is given twice"));
            }
        }
        let body = if family == "gbdt" {
            Body::Gbdt(gbdt::Ensemble::parse(&mut lines, features.len())?)
        } else {
            Body::Logistic(logistic::Linear::parse(&mut lines, features.len())?)
        };
        if let Ok((n, _)) = lines.next_line("") {
            return Err(lines.error(n, "unexpected text after the model"));
        }
        Ok(Model { features, meta, body })
    }
}

/// The logistic function, computed so that it stays within `[0, 1]` for any
/// input, infinities included.
#[inline]
fn sigmoid(z: f32) -> f32 {
    if z >= 0.0 {
        1.0 / (1.0 + (-z).exp())
    } else {
        let e = z.exp();
        e / (1.0 + e)
    }
}

/// Rejects training data that would make a meaningless or invalid model.
fn check_training_data(
    x: Matrix<'_>,
    y: &[u8],
    w: &[f32],
    names: &[&str],
) -> Result<(), ModelError> {
    let fail = |msg: String| Err(ModelError::Fit(msg));
    if x.rows == 0 || x.cols == 0 {
        return fail(format!("no training data ({} rows, {} columns)", x.rows, x.cols));
    }
    if x.rows.checked_mul(x.cols) != Some(x.data.len()) {
        return fail(format!(
            "{} values do not make {} rows of {} columns",
            x.data.len(),
            x.rows,
            x.cols
        ));
    }
    if x.cols > u32::MAX as usize || x.rows > u32::MAX as usize {
        return fail("the matrix is too large".into());
    }
    if y.len() != x.rows || w.len() != x.rows {
        return fail(format!("{} rows but {} labels and {} weights", x.rows, y.len(), w.len()));
    }
    if names.len() != x.cols {
        return fail(format!("{} columns but {} feature names", x.cols, names.len()));
    }
    for (i, name) in names.iter().enumerate() {
        if let Err(why) = check_name(name) {
            return fail(why);
        }
        if names[..i].contains(name) {
            return fail(format!("feature `{name}` is named twice"));
        }
    }
    if let Some(i) = x.data.iter().position(|v| !v.is_finite()) {
        return fail(format!(
            "feature `{}` of row {} is not a finite number ({})",
            names[i % x.cols],
            i / x.cols,
            x.data[i]
        ));
    }
    if let Some(r) = y.iter().position(|&v| v > 1) {
        return fail(format!("label of row {r} is {}, not 0 or 1", y[r]));
    }
    if let Some(r) = w.iter().position(|&v| !(v.is_finite() && v > 0.0)) {
        return fail(format!("weight of row {r} is {}, not a positive number", w[r]));
    }
    Ok(())
}

/// Feature names are written one per line and read back verbatim, so they must be
/// nonempty and free of white space.
fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        Err("a feature name is empty".into())
    } else if name.chars().any(char::is_whitespace) {
        Err(format!("feature name {name:?} contains white space"))
    } else {
        Ok(())
    }
}

/// Escapes a meta key or value so that it fits on one line (and, for keys, holds
/// no space, which separates the key from the value).
fn escape(s: &str, key: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ' ' if key => out.push_str("\\s"),
            '\t' if key => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// The inverse of [`escape`].
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('s') => out.push(' '),
            Some('t') => out.push('\t'),
            Some(c) => return Err(format!("unknown escape `\\{c}`")),
            None => return Err("a backslash ends the line".into()),
        }
    }
    Ok(out)
}

/// A cursor over the lines of a model file that knows how to word its errors.
struct Lines<'a> {
    origin: &'a str,
    lines: std::iter::Peekable<std::str::Lines<'a>>,
    /// Number of the last line taken (1-based; 0 before the first).
    at: usize,
}

impl<'a> Lines<'a> {
    fn new(origin: &'a str, text: &'a str) -> Lines<'a> {
        Lines { origin, lines: text.lines().peekable(), at: 0 }
    }

    fn error(&self, line: usize, message: impl Into<String>) -> ModelError {
        ModelError::Parse { origin: self.origin.to_string(), line, message: message.into() }
    }

    fn peek(&mut self) -> Option<&'a str> {
        self.lines.peek().copied()
    }

    /// Skips the line just peeked at and returns its number.
    fn advance(&mut self) -> usize {
        self.lines.next();
        self.at += 1;
        self.at
    }

    /// The next line with its number; `what` says what was expected if the text
    /// ends here.
    fn next_line(&mut self, what: &str) -> Result<(usize, &'a str), ModelError> {
        match self.lines.next() {
            Some(line) => {
                self.at += 1;
                Ok((self.at, line))
            }
            None => {
                Err(self.error(self.at + 1, format!("the file ends where {what} was expected")))
            }
        }
    }

    /// The next line, which must be `word` followed by a space; returns the rest.
    fn keyword(&mut self, word: &str) -> Result<(usize, &'a str), ModelError> {
        let (n, line) = self.next_line(&format!("`{word}`"))?;
        match line.strip_prefix(word).and_then(|rest| rest.strip_prefix(' ')) {
            Some(rest) => Ok((n, rest)),
            None => Err(self.error(n, format!("expected `{word} ...`"))),
        }
    }

    fn number<T: std::str::FromStr>(
        &self,
        line: usize,
        text: &str,
        what: &str,
    ) -> Result<T, ModelError> {
        text.trim().parse().map_err(|_| self.error(line, format!("bad {what} `{}`", text.trim())))
    }

    /// A finite float; infinities and NaN would turn every prediction into NaN.
    fn float(&self, line: usize, text: &str, what: &str) -> Result<f32, ModelError> {
        let v: f32 = self.number(line, text, what)?;
        if v.is_finite() {
            Ok(v)
        } else {
            Err(self.error(line, format!("{what} must be a finite number, not `{text}`")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator for test data (splitmix64).
    pub(super) struct TestRng(u64);

    impl TestRng {
        pub(super) fn new(seed: u64) -> TestRng {
            TestRng(seed)
        }

        pub(super) fn next_u64(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        /// Uniform in `[0, 1)`.
        pub(super) fn unit(&mut self) -> f32 {
            (self.next_u64() >> 40) as f32 / (1u64 << 24) as f32
        }
    }

    /// Data with a threshold on feature 0, XOR of features 1 and 2 and noise
    /// columns: returns (data, labels, weights, names) for `cols` >= 4.
    fn sample(rows: usize) -> (Vec<f32>, Vec<u8>, Vec<f32>, Vec<&'static str>) {
        let mut rng = TestRng::new(7);
        let mut data = Vec::new();
        let mut y = Vec::new();
        for _ in 0..rows {
            let row = [rng.unit(), rng.unit(), rng.unit(), rng.unit()];
            y.push(u8::from(row[0] > 0.7 || ((row[1] > 0.5) != (row[2] > 0.5))));
            data.extend_from_slice(&row);
        }
        let w = vec![1.0; rows];
        (data, y, w, vec!["a", "b", "c", "noise"])
    }

    fn families() -> Vec<Family> {
        vec![
            Family::Gbdt(GbdtParams { trees: 30, ..GbdtParams::default() }),
            Family::Gbdt(GbdtParams {
                trees: 10,
                row_subsample: 0.5,
                seed: 3,
                ..GbdtParams::default()
            }),
            Family::Logistic(LogisticParams::default()),
        ]
    }

    fn fitted(family: &Family) -> Model {
        let (data, y, w, names) = sample(2000);
        let x = Matrix { rows: y.len(), cols: 4, data: &data };
        let mut model = Model::fit(family, x, &y, &w, &names).unwrap();
        model.meta_mut().insert("threshold".into(), "0.5".into());
        model.meta_mut().insert("odd key\t\\".into(), " spaced value\nwith a break ".into());
        model
    }

    #[test]
    fn fits_are_deterministic() {
        for family in families() {
            let a = fitted(&family).to_text();
            let b = fitted(&family).to_text();
            assert_eq!(a, b, "{family:?}");
        }
    }

    #[test]
    fn many_rows_at_once_score_as_one_at_a_time() {
        for family in families() {
            let model = fitted(&family);
            // 61 rows: groups of eight and a short one.
            let (data, _, _, _) = sample(61);
            let mut many = Vec::new();
            model.predict_many(&data, &mut many);
            assert_eq!(many.len(), 61);
            for (k, row) in data.chunks_exact(4).enumerate() {
                assert_eq!(many[k].to_bits(), model.predict(row).to_bits(), "{family:?} row {k}");
            }
        }
    }

    #[test]
    fn text_round_trips_bit_identically() {
        let mut rng = TestRng::new(11);
        for family in families() {
            let model = fitted(&family);
            let text = model.to_text();
            let back = Model::parse("m.txt", &text).unwrap();
            assert_eq!(back.to_text(), text);
            assert_eq!(back.meta(), model.meta());
            assert_eq!(back.features(), model.features());
            assert_eq!(back.family_name(), model.family_name());
            for _ in 0..500 {
                let row = [rng.unit(), rng.unit(), rng.unit(), rng.unit() * 4.0 - 2.0];
                assert_eq!(back.predict(&row).to_bits(), model.predict(&row).to_bits());
            }
        }
    }

    #[test]
    fn predictions_are_probabilities_and_contributions_add_up() {
        let mut rng = TestRng::new(5);
        for family in families() {
            let model = fitted(&family);
            for _ in 0..200 {
                let row = [rng.unit(), rng.unit(), rng.unit(), rng.unit()];
                let p = model.predict(&row);
                assert!((0.0..=1.0).contains(&p), "{p}");
                let contrib = model.contributions(&row);
                for pair in contrib.windows(2) {
                    assert!(pair[0].1.abs() >= pair[1].1.abs());
                }
                assert!(contrib.iter().all(|&(f, c)| f < 4 && c != 0.0));
            }
            // Extreme and NaN inputs stay within [0, 1] and do not panic.
            for row in [[f32::NAN; 4], [1e30; 4], [-1e30; 4], [f32::INFINITY; 4]] {
                let p = model.predict(&row);
                assert!(p.is_nan() || (0.0..=1.0).contains(&p), "{family:?} {row:?} {p}");
            }
            let importance = model.importance();
            assert_eq!(importance.len(), 4);
            // Feature 0 carries a strong signal; the noise column must not beat it.
            assert!(importance[0] > importance[3], "{family:?} {importance:?}");
        }
    }

    #[test]
    fn fit_rejects_bad_data() {
        let data = [0.0, 1.0, 2.0, 3.0];
        let nan = [0.0, f32::NAN, 2.0, 3.0];
        let ok = Matrix { rows: 2, cols: 2, data: &data };
        // (matrix, labels, weights, names, part of the message)
        type Case<'a> = (Matrix<'a>, &'a [u8], &'a [f32], &'a [&'a str], &'a str);
        let cases: &[Case<'_>] = &[
            (Matrix { rows: 0, cols: 2, data: &[] }, &[], &[], &["a", "b"], "no training data"),
            (
                Matrix { rows: 3, cols: 2, data: &data },
                &[0, 1, 0],
                &[1.0; 3],
                &["a", "b"],
                "values",
            ),
            (ok, &[0], &[1.0, 1.0], &["a", "b"], "labels"),
            (ok, &[0, 1], &[1.0], &["a", "b"], "weights"),
            (ok, &[0, 1], &[1.0, 1.0], &["a"], "feature names"),
            (ok, &[0, 1], &[1.0, 1.0], &["a", "a"], "named twice"),
            (ok, &[0, 1], &[1.0, 1.0], &["a", "b c"], "white space"),
            (Matrix { rows: 2, cols: 2, data: &nan }, &[0, 1], &[1.0, 1.0], &["a", "b"], "finite"),
            (ok, &[0, 2], &[1.0, 1.0], &["a", "b"], "not 0 or 1"),
            (ok, &[0, 1], &[1.0, 0.0], &["a", "b"], "positive"),
            (ok, &[0, 1], &[1.0, f32::NAN], &["a", "b"], "positive"),
        ];
        for family in families() {
            for (x, y, w, names, want) in cases {
                let err = Model::fit(&family, *x, y, w, names).unwrap_err();
                assert!(matches!(err, ModelError::Fit(_)));
                assert!(err.to_string().contains(want), "{err} does not contain {want}");
            }
        }
    }

    #[test]
    fn parse_errors_name_origin_and_line() {
        let good = fitted(&families()[0]).to_text();
        let logistic = fitted(&families()[2]).to_text();
        let replace_line = |text: &str, n: usize, with: &str| {
            let mut lines: Vec<&str> = text.lines().collect();
            lines[n - 1] = with;
            lines.join("\n")
        };
        let after_end =
            format!("m.txt:{}: unexpected text after the model", good.lines().count() + 1);
        let cases: Vec<(String, &str)> = vec![
            (String::new(), "m.txt:1: the file ends where the header"),
            ("deboil-model 2\n".into(), "m.txt:1: expected `deboil-model 1`"),
            (replace_line(&good, 2, "family forest"), "m.txt:2: unknown family `forest`"),
            (replace_line(&good, 3, "features x"), "m.txt:3: bad feature count `x`"),
            (replace_line(&good, 3, "features 0"), "m.txt:3: a model needs at least one"),
            (replace_line(&good, 5, "a"), "m.txt:5: feature `a` is listed twice"),
            (replace_line(&good, 8, "meta x \\q"), "m.txt:8: unknown escape"),
            (replace_line(&good, 10, "base inf"), "m.txt:10: base must be a finite number"),
            (replace_line(&good, 11, "trees -1"), "m.txt:11: bad tree count"),
            (replace_line(&good, 13, "node 9 0.5 1 2 0 0"), "m.txt:13: feature 9 does not exist"),
            (replace_line(&good, 13, "node 0 0.5 0 2 0 0"), "m.txt:13: child 0"),
            (replace_line(&good, 13, "bush"), "m.txt:13: expected `node"),
            (format!("{good}extra\n"), &after_end),
            (replace_line(&logistic, 11, "coef 0 0 1"), "m.txt:11: scale must be positive"),
            (replace_line(&logistic, 11, "coef 0 1"), "m.txt:11: expected `coef MEAN SCALE"),
        ];
        for (text, want) in &cases {
            let err = Model::parse("m.txt", text).unwrap_err();
            assert!(matches!(err, ModelError::Parse { .. }));
            assert!(err.to_string().starts_with(want), "{err:?} does not start with {want:?}");
        }
    }

    #[test]
    fn parse_never_panics_on_garbage() {
        let mut rng = TestRng::new(99);
        for family in families() {
            let text = fitted(&family).to_text();
            // Every truncation, at every character boundary.
            for (cut, _) in text.char_indices() {
                let _ = Model::parse("m.txt", &text[..cut]);
            }
            // Garbled copies: a few bytes overwritten with digits, signs and letters.
            let bytes = text.as_bytes();
            for _ in 0..300 {
                let mut garbled = bytes.to_vec();
                for _ in 0..4 {
                    let at = (rng.next_u64() % garbled.len() as u64) as usize;
                    garbled[at] = b"0123456789-. \nabe"[(rng.next_u64() % 17) as usize];
                }
                if let Ok(text) = std::str::from_utf8(&garbled) {
                    if let Ok(model) = Model::parse("m.txt", text) {
                        // Whatever was accepted must predict without panicking.
                        let _ = model.predict(&[0.5; 4]);
                        let _ = model.contributions(&[0.5; 4]);
                        let _ = model.importance();
                    }
                }
            }
        }
        // Random byte strings, with and without a valid header.
        for i in 0..500 {
            let len = (rng.next_u64() % 200) as usize;
            let bytes: Vec<u8> = (0..len).map(|_| rng.next_u64() as u8).collect();
            let text = String::from_utf8_lossy(&bytes);
            let text = if i % 2 == 0 { text.into_owned() } else { format!("{MAGIC}\n{text}") };
            assert!(Model::parse("m.txt", &text).is_err());
        }
    }

    #[test]
    fn meta_escapes_round_trip() {
        let cases = ["", "plain", "two words", "tab\there", "line\nbreak", "back\\slash", "\r\n"];
        for s in cases {
            for key in [true, false] {
                let escaped = escape(s, key);
                assert!(!escaped.contains('\n') && !escaped.contains('\r'));
                if key {
                    assert!(!escaped.contains(' '));
                }
                assert_eq!(unescape(&escaped).unwrap(), s);
            }
        }
    }
}
