//! L2-regularised logistic regression on standardised features.
//!
//! Each feature is centred and scaled by its weighted mean and standard deviation
//! (a constant feature keeps scale 1), so one regularisation strength suits all
//! features and the weights are comparable as importances. The fit minimises the
//! weighted mean log-loss plus `l2 / 2 * |w|^2` (the bias is not penalised) with
//! Newton's method and a backtracking line search: a few dozen passes over the
//! data at most, and deterministic because every sum runs in row order.

use std::fmt::Write as _;

use super::{Lines, Matrix, ModelError};

/// Parameters of logistic regression.
#[derive(Clone, Debug, PartialEq)]
pub struct LogisticParams {
    /// Strength of the L2 penalty on the weights of the standardised features,
    /// relative to the mean log-loss (default 1e-3).
    pub l2: f32,
    /// Maximum number of Newton steps; fitting stops earlier once the loss no
    /// longer improves (default 300).
    pub iterations: usize,
}

impl Default for LogisticParams {
    fn default() -> LogisticParams {
        LogisticParams { l2: 1e-3, iterations: 300 }
    }
}

/// A linear model: log-odds = `bias + sum weight * (x - mean) / scale`.
#[derive(Clone, Debug)]
pub(super) struct Linear {
    bias: f32,
    mean: Vec<f32>,
    scale: Vec<f32>,
    weight: Vec<f32>,
}

impl Linear {
    #[inline]
    pub(super) fn log_odds(&self, row: &[f32]) -> f32 {
        let mut z = self.bias;
        for (((&x, &m), &s), &w) in row.iter().zip(&self.mean).zip(&self.scale).zip(&self.weight) {
            z += w * ((x - m) / s);
        }
        z
    }

    pub(super) fn contributions(&self, row: &[f32], out: &mut [f32]) {
        for (j, c) in out.iter_mut().enumerate() {
            *c = self.weight[j] * ((row[j] - self.mean[j]) / self.scale[j]);
        }
    }

    /// Whether every number is finite, as the text form requires.
    pub(super) fn is_finite(&self) -> bool {
        self.bias.is_finite()
            && [&self.mean, &self.scale, &self.weight]
                .iter()
                .all(|v| v.iter().all(|x| x.is_finite()))
    }

    pub(super) fn importance(&self) -> Vec<f32> {
        self.weight.iter().map(|w| w.abs()).collect()
    }

    pub(super) fn write(&self, out: &mut String) {
        let _ = writeln!(out, "bias {:?}", self.bias);
        for j in 0..self.weight.len() {
            let _ =
                writeln!(out, "coef {:?} {:?} {:?}", self.mean[j], self.scale[j], self.weight[j]);
        }
    }

    pub(super) fn parse(lines: &mut Lines<'_>, features: usize) -> Result<Linear, ModelError> {
        let (n, bias) = lines.keyword("bias")?;
        let bias = lines.float(n, bias, "bias")?;
        let (mut mean, mut scale, mut weight) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..features {
            let (n, line) = lines.next_line("`coef MEAN SCALE WEIGHT`")?;
            let fields: Vec<&str> = line.split(' ').collect();
            let ["coef", m, s, w] = fields.as_slice() else {
                return Err(lines.error(n, "expected `coef MEAN SCALE WEIGHT`"));
            };
            let s = lines.float(n, s, "scale")?;
            if s <= 0.0 {
                return Err(lines.error(n, format!("scale must be positive, not {s:?}")));
            }
            mean.push(lines.float(n, m, "mean")?);
            scale.push(s);
            weight.push(lines.float(n, w, "weight")?);
        }
        Ok(Linear { bias, mean, scale, weight })
    }
}

/// Fits the model. The data has been checked by the caller.
pub(super) fn fit(
    p: &LogisticParams,
    x: Matrix<'_>,
    y: &[u8],
    w: &[f32],
) -> Result<Linear, ModelError> {
    if !(p.l2.is_finite() && p.l2 >= 0.0) {
        return Err(ModelError::Fit("bad parameter: l2 must be zero or more".into()));
    }
    let d = x.cols;
    let total: f64 = w.iter().map(|&v| f64::from(v)).sum();
    let (mean, scale) = standardisation(x, w, total);
    let data = Standardised { x, mean: &mean, scale: &scale, w, y, total };

    // Parameters: d weights, then the bias.
    let n = d + 1;
    let l2 = f64::from(p.l2);
    let mut beta = vec![0.0f64; n];
    let mut grad = vec![0.0f64; n];
    let mut hess = vec![0.0f64; n * n];
    let mut step = vec![0.0f64; n];
    let mut trial = vec![0.0f64; n];
    let mut row = vec![0.0f64; n];
    for _ in 0..p.iterations {
        let loss = data.derivatives(&beta, l2, &mut grad, &mut hess, &mut row);
        if !solve(&mut hess, &grad, &mut step, n) {
            break;
        }
        // The Newton decrement: the loss a full step is expected to save.
        let decrement: f64 = grad.iter().zip(&step).map(|(g, s)| g * s).sum();
        // NaN fails this test too, and stops.
        if decrement.partial_cmp(&(1e-14 * loss.max(1e-3))) != Some(std::cmp::Ordering::Greater) {
            break;
        }
        let mut t = 1.0;
        let mut improved = false;
        for _ in 0..40 {
            for k in 0..n {
                trial[k] = beta[k] - t * step[k];
            }
            if data.loss(&trial, l2, &mut row) <= loss - 1e-4 * t * decrement {
                improved = true;
                break;
            }
            t *= 0.5;
        }
        if !improved {
            break;
        }
        beta.copy_from_slice(&trial);
    }
    Ok(Linear {
        bias: beta[d] as f32,
        mean,
        scale,
        weight: beta[..d].iter().map(|&b| b as f32).collect(),
    })
}

/// Weighted mean and standard deviation of each column, as stored in the model.
fn standardisation(x: Matrix<'_>, w: &[f32], total: f64) -> (Vec<f32>, Vec<f32>) {
    let mut sum = vec![0.0f64; x.cols];
    for (r, &weight) in w.iter().enumerate() {
        let weight = f64::from(weight);
        for (s, &v) in sum.iter_mut().zip(x.row(r)) {
            *s += weight * f64::from(v);
        }
    }
    let mean: Vec<f32> = sum.iter().map(|s| (s / total) as f32).collect();
    // Second pass about the mean: one-pass formulas lose precision on
    // features with a large offset.
    let mut square = vec![0.0f64; x.cols];
    for (r, &weight) in w.iter().enumerate() {
        let weight = f64::from(weight);
        for ((q, &v), &m) in square.iter_mut().zip(x.row(r)).zip(&mean) {
            let dev = f64::from(v) - f64::from(m);
            *q += weight * dev * dev;
        }
    }
    let scale = square
        .iter()
        .map(|q| {
            let std = (q / total).sqrt() as f32;
            // A constant column has nothing to scale; 1 keeps it harmless.
            if std.is_finite() && std > 1e-12 {
                std
            } else {
                1.0
            }
        })
        .collect();
    (mean, scale)
}

/// The training data seen through the standardisation.
struct Standardised<'a> {
    x: Matrix<'a>,
    mean: &'a [f32],
    scale: &'a [f32],
    w: &'a [f32],
    y: &'a [u8],
    total: f64,
}

impl Standardised<'_> {
    /// Writes row `r`, standardised exactly as `Linear::log_odds` does it, into
    /// `out`, with a trailing 1 for the bias.
    fn row(&self, r: usize, out: &mut [f64]) {
        let (last, features) = out.split_last_mut().expect("one slot for the bias");
        for (((o, &v), &m), &s) in
            features.iter_mut().zip(self.x.row(r)).zip(self.mean).zip(self.scale)
        {
            *o = f64::from((v - m) / s);
        }
        *last = 1.0;
    }

    fn penalty(beta: &[f64], l2: f64) -> f64 {
        let d = beta.len() - 1;
        0.5 * l2 * beta[..d].iter().map(|b| b * b).sum::<f64>()
    }

    /// The objective at `beta`.
    fn loss(&self, beta: &[f64], l2: f64, row: &mut [f64]) -> f64 {
        let mut sum = 0.0;
        for r in 0..self.x.rows {
            self.row(r, row);
            let eta: f64 = row.iter().zip(beta).map(|(a, b)| a * b).sum();
            sum += f64::from(self.w[r]) * (softplus(eta) - f64::from(self.y[r]) * eta);
        }
        sum / self.total + Self::penalty(beta, l2)
    }

    /// The objective at `beta`, with its gradient and Hessian (full matrix,
    /// row-major) written into `grad` and `hess`.
    fn derivatives(
        &self,
        beta: &[f64],
        l2: f64,
        grad: &mut [f64],
        hess: &mut [f64],
        row: &mut [f64],
    ) -> f64 {
        let n = beta.len();
        grad.fill(0.0);
        hess.fill(0.0);
        let mut sum = 0.0;
        for r in 0..self.x.rows {
            self.row(r, row);
            let eta: f64 = row.iter().zip(beta).map(|(a, b)| a * b).sum();
            let weight = f64::from(self.w[r]) / self.total;
            let label = f64::from(self.y[r]);
            sum += weight * (softplus(eta) - label * eta);
            let prob = 1.0 / (1.0 + (-eta).exp());
            let g = weight * (prob - label);
            let h = weight * prob * (1.0 - prob);
            for (j, &a) in row.iter().enumerate() {
                grad[j] += g * a;
                // Upper triangle only; mirrored below.
                let ha = h * a;
                for (cell, &b) in hess[j * n + j..(j + 1) * n].iter_mut().zip(&row[j..]) {
                    *cell += ha * b;
                }
            }
        }
        for j in 0..n {
            for k in 0..j {
                hess[j * n + k] = hess[k * n + j];
            }
        }
        for j in 0..n - 1 {
            grad[j] += l2 * beta[j];
            hess[j * n + j] += l2;
        }
        sum + Self::penalty(beta, l2)
    }
}

/// `ln(1 + e^x)` without overflow.
fn softplus(x: f64) -> f64 {
    if x > 0.0 {
        x + (-x).exp().ln_1p()
    } else {
        x.exp().ln_1p()
    }
}

/// Solves `a * out = b` for a symmetric positive semi-definite `a` (n × n,
/// overwritten by its Cholesky factor). Without an L2 penalty, or with
/// collinear features, `a` can be singular; a growing ridge is then added to its
/// diagonal. Returns false if even that fails (the caller stops iterating).
fn solve(a: &mut [f64], b: &[f64], out: &mut [f64], n: usize) -> bool {
    let original = a.to_vec();
    let trace: f64 = (0..n).map(|j| original[j * n + j]).sum();
    let mut ridge = 0.0;
    for _ in 0..12 {
        a.copy_from_slice(&original);
        for j in 0..n {
            a[j * n + j] += ridge;
        }
        if cholesky(a, n) {
            // Forward then backward substitution with the lower factor L.
            for j in 0..n {
                let s: f64 = (0..j).map(|k| a[j * n + k] * out[k]).sum();
                out[j] = (b[j] - s) / a[j * n + j];
            }
            for j in (0..n).rev() {
                let s: f64 = (j + 1..n).map(|k| a[k * n + j] * out[k]).sum();
                out[j] = (out[j] - s) / a[j * n + j];
            }
            return out.iter().all(|v| v.is_finite());
        }
        ridge = if ridge == 0.0 { 1e-10 * (trace / n as f64).max(1e-12) } else { ridge * 100.0 };
    }
    false
}

/// In-place Cholesky factorisation (lower triangle); false if `a` is not
/// positive definite.
fn cholesky(a: &mut [f64], n: usize) -> bool {
    for j in 0..n {
        let diag = a[j * n + j] - (0..j).map(|k| a[j * n + k] * a[j * n + k]).sum::<f64>();
        // Also catches NaN.
        if diag.partial_cmp(&0.0) != Some(std::cmp::Ordering::Greater) {
            return false;
        }
        let diag = diag.sqrt();
        a[j * n + j] = diag;
        for i in j + 1..n {
            let s: f64 = (0..j).map(|k| a[i * n + k] * a[j * n + k]).sum();
            a[i * n + j] = (a[i * n + j] - s) / diag;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::tests::TestRng;
    use super::super::{Family, Matrix, Model};
    use super::*;

    type Rule = fn(&[f32]) -> bool;

    #[test]
    fn learns_linear_boundaries() {
        let cases: &[(&str, Rule, f32)] = &[
            ("one feature", |r| r[0] > 0.4, 0.99),
            ("sum of two", |r| r[0] + 2.0 * r[1] > 1.5, 0.98),
            ("negative weight, offset column", |r| r[2] < 1000.5, 0.99),
        ];
        for (name, rule, want) in cases {
            let mut rng = TestRng::new(2);
            let mut data = Vec::new();
            for _ in 0..2000 {
                // The third column sits far from zero, to exercise standardisation.
                data.extend([rng.unit(), rng.unit(), 1000.0 + rng.unit(), 7.0]);
            }
            let y: Vec<u8> = data.chunks_exact(4).map(|r| u8::from(rule(r))).collect();
            let x = Matrix { rows: y.len(), cols: 4, data: &data };
            let family = Family::Logistic(LogisticParams::default());
            let model =
                Model::fit(&family, x, &y, &vec![1.0; y.len()], &["a", "b", "c", "const"]).unwrap();
            let right = data
                .chunks_exact(4)
                .zip(&y)
                .filter(|(row, &label)| u8::from(model.predict(row) > 0.5) == label)
                .count();
            let acc = right as f32 / y.len() as f32;
            assert!(acc >= *want, "{name}: accuracy {acc}");
            // The constant column cannot matter.
            assert_eq!(model.importance()[3], 0.0, "{name}");
        }
    }

    #[test]
    fn contributions_sum_to_log_odds() {
        let mut rng = TestRng::new(8);
        let data: Vec<f32> = (0..1000 * 3).map(|_| rng.unit()).collect();
        let y: Vec<u8> = data.chunks_exact(3).map(|r| u8::from(r[0] > r[1])).collect();
        let x = Matrix { rows: y.len(), cols: 3, data: &data };
        let family = Family::Logistic(LogisticParams::default());
        let model = Model::fit(&family, x, &y, &vec![1.0; y.len()], &["a", "b", "c"]).unwrap();
        let super::super::Body::Logistic(linear) = &model.body else { unreachable!() };
        for row in data.chunks_exact(3).take(50) {
            let total: f32 = model.contributions(row).iter().map(|c| c.1).sum();
            assert!((linear.bias + total - model.log_odds(row)).abs() < 1e-3);
        }
    }

    #[test]
    fn separable_data_without_penalty_stays_finite_or_is_refused() {
        let data = [0.0, 1.0, 2.0, 3.0];
        let x = Matrix { rows: 4, cols: 1, data: &data };
        let family = Family::Logistic(LogisticParams { l2: 0.0, iterations: 300 });
        match Model::fit(&family, x, &[0, 0, 1, 1], &[1.0; 4], &["f"]) {
            Ok(model) => {
                assert!(model.predict(&[0.0]) < 0.5 && model.predict(&[3.0]) > 0.5);
                Model::parse("m", &model.to_text()).unwrap();
            }
            Err(e) => assert!(e.to_string().contains("finite"), "{e}"),
        }
    }

    #[test]
    fn solves_small_systems() {
        // (matrix, right-hand side, expected solution)
        let cases: &[(&[f64], &[f64], &[f64])] = &[
            (&[4.0, 0.0, 0.0, 2.0], &[8.0, 2.0], &[2.0, 1.0]),
            (&[2.0, 1.0, 1.0, 2.0], &[3.0, 3.0], &[1.0, 1.0]),
        ];
        for (a, b, want) in cases {
            let mut a = a.to_vec();
            let mut out = vec![0.0; b.len()];
            assert!(solve(&mut a, b, &mut out, b.len()));
            for (o, w) in out.iter().zip(*want) {
                assert!((o - w).abs() < 1e-9, "{out:?}");
            }
        }
        // A singular matrix gets a ridge instead of failing.
        let mut a = vec![1.0, 1.0, 1.0, 1.0];
        let mut out = vec![0.0; 2];
        assert!(solve(&mut a, &[2.0, 2.0], &mut out, 2));
    }
}
