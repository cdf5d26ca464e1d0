//! The learned decision: a line model and the score a line must reach to go.
//!
//! A [`LineModel`] is a trained classifier ([`crate::model::Model`]) over the
//! [features](super::features) of a line, with one removal threshold per cleaning
//! [`Mode`] and per kind of input: a whole page (navigation, footers and link lists
//! around the article) or text an extractor already cut down to the article. The two
//! kinds need different operating points: on a page most short lines are boilerplate,
//! in an extracted article most are not. Which kind a document is comes from the
//! page test of the detectors.
//!
//! The thresholds are chosen by `deboil train` on cross-validated predictions and
//! stored in the model file beside the model.

use std::sync::Arc;

use crate::model::{Model, ModelError};

use super::core::Mode;

/// A threshold no score reaches.
pub const NEVER: f32 = 1.01;

/// Below this many words of prose a document has no article for the guard to keep.
const GUARD_MIN_PROSE: u32 = 50;

/// Which rows the model removes: those scored at or above `threshold`, less the
/// prose lines when they would take more than half of the document's prose. A
/// classifier that errs on one line errs on its like too, and on a page that is one
/// long discussion or a list of short entries it would take them all; taking most of
/// an article needs more than one model's word, so such a document keeps its prose.
/// `rows`: the line of each row; `prose`: words of prose per line.
pub(crate) fn drops(
    scores: impl Iterator<Item = f32>,
    rows: &[u32],
    prose: &[u32],
    skip: impl Fn(usize) -> bool,
    threshold: f32,
) -> Vec<bool> {
    let mut out: Vec<bool> =
        scores.enumerate().map(|(k, s)| !skip(rows[k] as usize) && s >= threshold).collect();
    let total: u32 = rows.iter().map(|&i| prose[i as usize]).sum();
    let taken: u32 =
        rows.iter().zip(&out).filter(|(_, &d)| d).map(|(&i, _)| prose[i as usize]).sum();
    if total >= GUARD_MIN_PROSE && taken * 2 > total {
        for (k, &i) in rows.iter().enumerate() {
            if prose[i as usize] > 0 {
                out[k] = false;
            }
        }
    }
    out
}

/// The model compiled into the library (see `models/README.md`).
const DEFAULT_MODEL: &str = include_str!("../../models/default.model");

/// A line classifier with its thresholds. Cheap to clone (shared).
#[derive(Clone, Debug)]
pub struct LineModel {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    model: Model,
    /// `[mode][kind]`: mode in the order of [`Mode`], kind 0 = extracted text, 1 = page.
    thresholds: [[f32; 2]; 3],
}

/// Why a model file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelFileError {
    /// The file does not parse as a model.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// It parses, but was trained for another feature schema or lacks thresholds.
    #[error("{origin}: {message}")]
    Unusable {
        /// The file's path (or name).
        origin: String,
        /// What is wrong.
        message: String,
    },
}

/// The key in a model file's metadata of a threshold.
pub fn threshold_key(mode: Mode, page: bool) -> String {
    format!("threshold.{}.{}", mode.name(), if page { "page" } else { "text" })
}

impl LineModel {
    /// The model shipped with deboil. An error only in a build whose features changed
    /// since the model was trained (`deboil train` needs no model and makes a new one).
    pub fn default_model() -> Result<LineModel, String> {
        static DEFAULT: std::sync::OnceLock<Result<LineModel, String>> = std::sync::OnceLock::new();
        DEFAULT
            .get_or_init(|| {
                LineModel::parse("models/default.model", DEFAULT_MODEL).map_err(|e| e.to_string())
            })
            .clone()
    }

    /// Reads a model file's text; `origin` names it in messages.
    pub fn parse(origin: &str, text: &str) -> Result<LineModel, ModelFileError> {
        let model = Model::parse(origin, text)?;
        LineModel::new(origin, model)
    }

    /// Wraps a fitted model whose metadata holds the schema and the thresholds.
    pub fn new(origin: &str, model: Model) -> Result<LineModel, ModelFileError> {
        let unusable =
            |message: String| ModelFileError::Unusable { origin: origin.to_string(), message };
        let names = super::features::names();
        let schema = super::features::schema();
        let theirs = model.meta().get("schema").cloned().unwrap_or_default();
        if model.features() != names || theirs != schema {
            return Err(unusable(format!(
                "the model was trained on other line features (schema '{theirs}', this deboil has '{schema}'): train it again with `deboil train`"
            )));
        }
        let mut thresholds = [[0.5f32; 2]; 3];
        for (m, mode) in
            [Mode::Conservative, Mode::Balanced, Mode::Aggressive].into_iter().enumerate()
        {
            for page in [false, true] {
                let key = threshold_key(mode, page);
                let value = model
                    .meta()
                    .get(&key)
                    .ok_or_else(|| unusable(format!("no '{key}' in the model's metadata")))?;
                let t: f32 = value
                    .trim()
                    .parse()
                    .map_err(|_| unusable(format!("'{key}' is '{value}', not a number")))?;
                // Above 1: the model never removes a line in that mode.
                if !(0.0..=NEVER).contains(&t) {
                    return Err(unusable(format!("'{key}' is {t}, not between 0 and {NEVER}")));
                }
                thresholds[m][page as usize] = t;
            }
        }
        Ok(LineModel { inner: Arc::new(Inner { model, thresholds }) })
    }

    /// The classifier.
    pub fn model(&self) -> &Model {
        &self.inner.model
    }

    /// The score at or above which a line goes.
    pub fn threshold(&self, mode: Mode, page: bool) -> f32 {
        let m = match mode {
            Mode::Conservative => 0,
            Mode::Balanced => 1,
            Mode::Aggressive => 2,
        };
        self.inner.thresholds[m][page as usize]
    }

    /// The probability of each row of a feature table (rows one after another) that
    /// it is boilerplate, into `out`.
    pub fn score_many(&self, data: &[f32], out: &mut Vec<f32>) {
        self.inner.model.predict_many(data, out);
    }

    /// The probability that a row of features is boilerplate.
    pub fn score(&self, row: &[f32]) -> f32 {
        self.inner.model.predict(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Family, LogisticParams, Matrix};

    fn fitted(names: &[&str]) -> Model {
        let data: Vec<f32> =
            (0..40).map(|i| (i % 2) as f32).flat_map(|v| vec![v; names.len()]).collect();
        let y: Vec<u8> = (0..40).map(|i| (i % 2) as u8).collect();
        let w = vec![1.0; 40];
        let x = Matrix { rows: 40, cols: names.len(), data: &data };
        Model::fit(&Family::Logistic(LogisticParams::default()), x, &y, &w, names).unwrap()
    }

    #[test]
    fn the_shipped_model_fits_these_features() {
        let model = LineModel::default_model().expect("models/default.model loads");
        assert_eq!(model.model().features(), super::super::features::names());
        for mode in [Mode::Conservative, Mode::Balanced, Mode::Aggressive] {
            // A stricter mode never removes more.
            for page in [false, true] {
                assert!(model.threshold(Mode::Conservative, page) >= model.threshold(mode, page));
                assert!(model.threshold(mode, page) >= model.threshold(Mode::Aggressive, page));
            }
        }
    }

    #[test]
    fn a_model_for_other_features_or_without_thresholds_is_refused() {
        let other = fitted(&["a", "b"]);
        let err = LineModel::new("x.model", other).unwrap_err().to_string();
        assert!(err.starts_with("x.model: the model was trained on other line features"), "{err}");
        let names: Vec<&str> = super::super::features::names().iter().map(String::as_str).collect();
        let mut model = fitted(&names);
        model.meta_mut().insert("schema".into(), super::super::features::schema());
        let err = LineModel::new("y.model", model.clone()).unwrap_err().to_string();
        assert!(err.contains("no 'threshold.conservative.text'"), "{err}");
        for mode in [Mode::Conservative, Mode::Balanced, Mode::Aggressive] {
            for page in [false, true] {
                model.meta_mut().insert(threshold_key(mode, page), "0.5".into());
            }
        }
        model.meta_mut().insert(threshold_key(Mode::Balanced, true), "2".into());
        let err = LineModel::new("z.model", model.clone()).unwrap_err().to_string();
        assert!(err.contains("'threshold.balanced.page' is 2"), "{err}");
        model.meta_mut().insert(threshold_key(Mode::Balanced, true), "0.7".into());
        let m = LineModel::new("z.model", model).unwrap();
        assert_eq!(m.threshold(Mode::Balanced, true), 0.7);
    }

    #[test]
    fn the_model_does_not_take_most_of_the_prose() {
        // Lines 0..4 are prose of 20 words each, line 4 a short line.
        let rows = [0u32, 1, 2, 3, 4];
        let prose = [20u32, 20, 20, 20, 0];
        let run = |scores: [f32; 5]| drops(scores.into_iter(), &rows, &prose, |_| false, 0.5);
        // Two of four prose lines: half, allowed.
        assert_eq!(run([0.9, 0.9, 0.1, 0.1, 0.9]), [true, true, false, false, true]);
        // Three of four: the prose stays, the short line still goes.
        assert_eq!(run([0.9, 0.9, 0.9, 0.1, 0.9]), [false, false, false, false, true]);
        // Lines the rules take are not the model's.
        let skipped = drops([0.9f32; 5].into_iter(), &rows, &prose, |i| i == 4, 0.5);
        assert_eq!(skipped, [false, false, false, false, false]);
        // A short document has no article to keep.
        let short = [10u32, 10, 10, 10, 0];
        let d = drops([0.9f32; 5].into_iter(), &rows, &short, |_| false, 0.5);
        assert_eq!(d, [true; 5]);
    }
}
