//! Gradient-boosted decision trees for binary log-loss, trained on histograms.
//!
//! Each feature is cut once per fit into at most `bins` quantile bins, and every
//! row is stored as one byte per feature. A tree is then grown depth-wise: for each
//! node, the sums of gradient and hessian per (feature, bin) give every candidate
//! split in one pass over the bins, and the larger child's histogram is its
//! parent's minus the smaller child's, so only about half of the rows are scanned
//! below the root. Split thresholds are kept as real feature values (a bin's upper
//! edge), so prediction needs no binning: a row goes left when `x <= threshold`.
//!
//! Trees are stored as one flat array of nodes, which is what both prediction and
//! the text form walk.

use std::fmt::Write as _;

use super::{Lines, Matrix, ModelError};

/// Parameters of gradient-boosted trees.
#[derive(Clone, Debug, PartialEq)]
pub struct GbdtParams {
    /// Number of trees (default 150).
    pub trees: usize,
    /// Depth of each tree: a tree has at most `2^depth` leaves (default 4).
    pub depth: usize,
    /// Shrinkage applied to every leaf value (default 0.1).
    pub learning_rate: f32,
    /// Minimum sum of hessians on each side of a split (default 20.0). With unit
    /// weights a row's hessian is at most 0.25, so 20 means at least 80 rows.
    pub min_leaf: f32,
    /// L2 regularisation of leaf values (default 1.0).
    pub l2: f32,
    /// Maximum number of quantile bins per feature, 2 to 256 (default 64).
    pub bins: usize,
    /// Fraction of rows, drawn anew for each tree, that it is grown on; 1.0 uses
    /// all rows (default 1.0).
    pub row_subsample: f32,
    /// Seed of the row sampling (default 1).
    pub seed: u64,
}

impl Default for GbdtParams {
    fn default() -> GbdtParams {
        GbdtParams {
            trees: 150,
            depth: 4,
            learning_rate: 0.1,
            min_leaf: 20.0,
            l2: 1.0,
            bins: 64,
            row_subsample: 1.0,
            seed: 1,
        }
    }
}

/// Marks a leaf in [`Node::feature`].
const LEAF: u32 = u32::MAX;

/// Deeper trees would need more nodes than the file format's indices allow and far
/// more data than a line classifier has.
const MAX_DEPTH: usize = 16;

/// Quantiles are taken from at most this many rows of each column: enough for 256
/// bins, and it keeps binning cheap on large training sets.
const QUANTILE_SAMPLE: usize = 1 << 16;

/// One tree node. For a split, `value` is what the node would predict as a leaf
/// (used to attribute contributions) and `gain` the loss reduction of the split.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Node {
    feature: u32,
    threshold: f32,
    left: u32,
    right: u32,
    value: f32,
    gain: f32,
}

impl Node {
    fn leaf(value: f32) -> Node {
        Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value, gain: 0.0 }
    }
}

/// A trained ensemble: the log-odds are `base` plus one leaf value per tree.
#[derive(Clone, Debug)]
pub(super) struct Ensemble {
    base: f32,
    /// Index of each tree's root in `nodes`.
    roots: Vec<u32>,
    /// All trees' nodes; child indices are absolute and always greater than their
    /// parent's, so every walk ends.
    nodes: Vec<Node>,
    /// The trees laid out as complete trees, for scoring many rows; made when first
    /// needed.
    complete: std::sync::OnceLock<Option<Complete>>,
}

/// Every tree as a complete binary tree of one depth, in arrays: node `i`'s children
/// are `2i + 1` (left) and `2i + 2` (right), so that a walk is a fixed number of
/// steps of index arithmetic with no branch on the path taken. A leaf above the
/// bottom is pushed down as a split that always goes left (threshold +inf) over two
/// copies of itself, so every walk ends on a leaf of the same value as before.
#[derive(Clone, Debug)]
struct Complete {
    depth: usize,
    feature: Vec<u32>,
    threshold: Vec<f32>,
    leaf: Vec<f32>,
}

/// Deeper trees than this are walked node by node (a complete layout would double
/// per level).
const COMPLETE_MAX_DEPTH: usize = 10;

impl Ensemble {
    #[inline]
    pub(super) fn log_odds(&self, row: &[f32]) -> f32 {
        let mut z = self.base;
        for &root in &self.roots {
            z += self.nodes[self.leaf_of(root, row)].value;
        }
        z
    }

    /// [`log_odds`](Self::log_odds) of each row of `data` (rows of `width` values),
    /// into `out`. The same sums in the same order, so the same bits; but the rows of
    /// a group walk each tree side by side, so that the reads of one row's path do
    /// not wait for each other's (a walk is a chain of dependent loads).
    pub(super) fn log_odds_many(&self, data: &[f32], width: usize, out: &mut [f32]) {
        const GROUP: usize = 8;
        out.fill(self.base);
        let Some(c) = self.complete.get_or_init(|| self.make_complete()) else {
            for (sum, row) in out.iter_mut().zip(data.chunks_exact(width)) {
                *sum = self.log_odds(row);
            }
            return;
        };
        let inner = (1usize << c.depth) - 1;
        let mut at = [0usize; GROUP];
        for (g, sums) in out.chunks_mut(GROUP).enumerate() {
            let rows = &data[g * GROUP * width..];
            let m = sums.len();
            for t in 0..self.roots.len() {
                let feature = &c.feature[t * inner..(t + 1) * inner];
                let threshold = &c.threshold[t * inner..(t + 1) * inner];
                let leaf = &c.leaf[t * (inner + 1)..(t + 1) * (inner + 1)];
                at[..m].fill(0);
                for _ in 0..c.depth {
                    for (j, i) in at[..m].iter_mut().enumerate() {
                        let x = rows[j * width + feature[*i] as usize];
                        *i = 2 * *i + 1 + usize::from(x > threshold[*i]);
                    }
                }
                for (sum, &i) in sums.iter_mut().zip(&at[..m]) {
                    *sum += leaf[i - inner];
                }
            }
        }
    }

    fn make_complete(&self) -> Option<Complete> {
        fn depth(nodes: &[Node], i: usize) -> usize {
            let n = &nodes[i];
            if n.feature == LEAF {
                0
            } else {
                1 + depth(nodes, n.left as usize).max(depth(nodes, n.right as usize))
            }
        }
        let d = self.roots.iter().map(|&r| depth(&self.nodes, r as usize)).max().unwrap_or(0);
        if d > COMPLETE_MAX_DEPTH {
            return None;
        }
        let inner = (1usize << d) - 1;
        let trees = self.roots.len();
        let mut c = Complete {
            depth: d,
            feature: vec![0; trees * inner],
            threshold: vec![f32::INFINITY; trees * inner],
            leaf: vec![0.0; trees * (inner + 1)],
        };
        fn fill(e: &Ensemble, c: &mut Complete, t: usize, node: usize, pos: usize, level: usize) {
            let inner = (1usize << c.depth) - 1;
            let n = &e.nodes[node];
            if level == c.depth {
                c.leaf[t * (inner + 1) + pos - inner] = n.value;
            } else if n.feature == LEAF {
                // Left and right alike: the threshold (+inf) sends every row left anyway.
                fill(e, c, t, node, 2 * pos + 1, level + 1);
                fill(e, c, t, node, 2 * pos + 2, level + 1);
            } else {
                c.feature[t * inner + pos] = n.feature;
                c.threshold[t * inner + pos] = n.threshold;
                fill(e, c, t, n.left as usize, 2 * pos + 1, level + 1);
                fill(e, c, t, n.right as usize, 2 * pos + 2, level + 1);
            }
        }
        for (t, &root) in self.roots.iter().enumerate() {
            fill(self, &mut c, t, root as usize, 0, 0);
        }
        Some(c)
    }

    /// The leaf a row reaches from `root`. `!(x > t)` sends NaN left.
    #[inline]
    fn leaf_of(&self, root: u32, row: &[f32]) -> usize {
        let mut i = root as usize;
        loop {
            let node = &self.nodes[i];
            if node.feature == LEAF {
                return i;
            }
            let x = row[node.feature as usize];
            i = if x > node.threshold { node.right } else { node.left } as usize;
        }
    }

    pub(super) fn contributions(&self, row: &[f32], out: &mut [f32]) {
        for &root in &self.roots {
            let mut i = root as usize;
            loop {
                let node = &self.nodes[i];
                if node.feature == LEAF {
                    break;
                }
                let x = row[node.feature as usize];
                let next = if x > node.threshold { node.right } else { node.left } as usize;
                out[node.feature as usize] += self.nodes[next].value - node.value;
                i = next;
            }
        }
    }

    /// Whether every number is finite, as the text form requires.
    pub(super) fn is_finite(&self) -> bool {
        self.base.is_finite()
            && self
                .nodes
                .iter()
                .all(|n| n.threshold.is_finite() && n.value.is_finite() && n.gain.is_finite())
    }

    pub(super) fn importance(&self, features: usize) -> Vec<f32> {
        let mut out = vec![0.0f32; features];
        for node in &self.nodes {
            if node.feature != LEAF {
                out[node.feature as usize] += node.gain;
            }
        }
        out
    }

    pub(super) fn write(&self, out: &mut String) {
        let _ = writeln!(out, "base {:?}", self.base);
        let _ = writeln!(out, "trees {}", self.roots.len());
        for (t, &root) in self.roots.iter().enumerate() {
            let end = self.roots.get(t + 1).map_or(self.nodes.len(), |&r| r as usize);
            let nodes = &self.nodes[root as usize..end];
            let _ = writeln!(out, "tree {}", nodes.len());
            for n in nodes {
                if n.feature == LEAF {
                    let _ = writeln!(out, "leaf {:?}", n.value);
                } else {
                    let _ = writeln!(
                        out,
                        "node {} {:?} {} {} {:?} {:?}",
                        n.feature,
                        n.threshold,
                        n.left - root,
                        n.right - root,
                        n.value,
                        n.gain
                    );
                }
            }
        }
    }

    pub(super) fn parse(lines: &mut Lines<'_>, features: usize) -> Result<Ensemble, ModelError> {
        let (n, base) = lines.keyword("base")?;
        let base = lines.float(n, base, "base")?;
        let (n, count) = lines.keyword("trees")?;
        let count: usize = lines.number(n, count, "tree count")?;
        let mut roots = Vec::new();
        let mut nodes = Vec::new();
        for _ in 0..count {
            let (n, size) = lines.keyword("tree")?;
            let size: usize = lines.number(n, size, "node count")?;
            if size == 0 {
                return Err(lines.error(n, "a tree needs at least one node"));
            }
            let root = nodes.len();
            if root.saturating_add(size) > u32::MAX as usize {
                return Err(lines.error(n, "too many nodes"));
            }
            roots.push(root as u32);
            for local in 0..size {
                nodes.push(parse_node(lines, features, local, size, root)?);
            }
        }
        Ok(Ensemble { base, roots, nodes, complete: std::sync::OnceLock::new() })
    }
}

/// Reads node `local` of a tree of `size` nodes starting at absolute index `root`.
fn parse_node(
    lines: &mut Lines<'_>,
    features: usize,
    local: usize,
    size: usize,
    root: usize,
) -> Result<Node, ModelError> {
    let (n, line) = lines.next_line("a tree node")?;
    let fields: Vec<&str> = line.split(' ').collect();
    match fields.as_slice() {
        ["leaf", value] => Ok(Node::leaf(lines.float(n, value, "leaf value")?)),
        ["node", feature, threshold, left, right, value, gain] => {
            let feature: usize = lines.number(n, feature, "feature index")?;
            if feature >= features {
                return Err(lines.error(
                    n,
                    format!("feature {feature} does not exist (the model has {features})"),
                ));
            }
            let child = |text: &str| -> Result<u32, ModelError> {
                let c: usize = lines.number(n, text, "child index")?;
                // Children after their parent rule out cycles, so walks end.
                if c <= local || c >= size {
                    return Err(lines.error(
                        n,
                        format!(
                            "child {c} of node {local} must come after it in a tree of {size} nodes"
                        ),
                    ));
                }
                Ok((root + c) as u32)
            };
            let left = child(left)?;
            let right = child(right)?;
            Ok(Node {
                feature: feature as u32,
                threshold: lines.float(n, threshold, "threshold")?,
                left,
                right,
                value: lines.float(n, value, "node value")?,
                gain: lines.float(n, gain, "gain")?,
            })
        }
        _ => Err(lines
            .error(n, "expected `node FEATURE THRESHOLD LEFT RIGHT VALUE GAIN` or `leaf VALUE`")),
    }
}

/// Trains an ensemble. The data has been checked by the caller.
pub(super) fn fit(
    p: &GbdtParams,
    x: Matrix<'_>,
    y: &[u8],
    w: &[f32],
) -> Result<Ensemble, ModelError> {
    check_params(p)?;
    let binned = Binned::new(x, p.bins);

    // Start from the log-odds of the weighted mean label, clamped so that a
    // one-class training set still gives a finite base.
    let (mut wsum, mut wpos) = (0.0f64, 0.0f64);
    for (&label, &weight) in y.iter().zip(w) {
        wsum += f64::from(weight);
        wpos += f64::from(weight) * f64::from(label);
    }
    let mean = (wpos / wsum).clamp(1e-6, 1.0 - 1e-6);
    let base = (mean / (1.0 - mean)).ln() as f32;

    // The running log-odds are summed in f32 in tree order, exactly as
    // `Ensemble::log_odds` will, so training sees the model's own predictions.
    let mut score = vec![base; x.rows];
    let mut grad = vec![(0.0f32, 0.0f32); x.rows];
    let mut rng = SplitMix(p.seed);
    let mut sample: Vec<u32> = Vec::with_capacity(x.rows);
    let mut grower = Grower::new(p, &binned);
    let mut ensemble = Ensemble {
        base,
        roots: Vec::with_capacity(p.trees),
        nodes: Vec::new(),
        complete: std::sync::OnceLock::new(),
    };

    for _ in 0..p.trees {
        for r in 0..x.rows {
            let prob = 1.0 / (1.0 + (-f64::from(score[r])).exp());
            let weight = f64::from(w[r]);
            grad[r] =
                ((weight * (prob - f64::from(y[r]))) as f32, (weight * prob * (1.0 - prob)) as f32);
        }
        sample.clear();
        if p.row_subsample >= 1.0 {
            sample.extend(0..x.rows as u32);
        } else {
            for r in 0..x.rows as u32 {
                if rng.unit() < f64::from(p.row_subsample) {
                    sample.push(r);
                }
            }
        }
        let (nodes, split_bins) = grower.grow(&mut sample, &grad);

        // Every row, sampled or not, moves by the value of the leaf it reaches.
        // Routing by bin is exact: `bin <= b` holds exactly when `x <= edge[b]`.
        for (r, s) in score.iter_mut().enumerate() {
            let mut i = 0;
            while nodes[i].feature != LEAF {
                let node = &nodes[i];
                i = if binned.code(node.feature as usize, r) > split_bins[i] {
                    node.right
                } else {
                    node.left
                } as usize;
            }
            *s += nodes[i].value;
        }

        let root = ensemble.nodes.len() as u32;
        ensemble.roots.push(root);
        ensemble.nodes.extend(nodes.iter().map(|n| {
            if n.feature == LEAF {
                *n
            } else {
                Node { left: n.left + root, right: n.right + root, ..*n }
            }
        }));
    }
    Ok(ensemble)
}

fn check_params(p: &GbdtParams) -> Result<(), ModelError> {
    let bad = |what: &str| Err(ModelError::Fit(format!("bad parameter: {what}")));
    if p.trees == 0 {
        return bad("trees must be at least 1");
    }
    if p.depth == 0 || p.depth > MAX_DEPTH {
        return bad(&format!("depth must be 1 to {MAX_DEPTH}, not {}", p.depth));
    }
    if !(p.learning_rate.is_finite() && p.learning_rate > 0.0) {
        return bad("learning_rate must be positive");
    }
    if !(p.min_leaf.is_finite() && p.min_leaf >= 0.0) {
        return bad("min_leaf must be zero or more");
    }
    if !(p.l2.is_finite() && p.l2 >= 0.0) {
        return bad("l2 must be zero or more");
    }
    if !(2..=256).contains(&p.bins) {
        return bad(&format!("bins must be 2 to 256, not {}", p.bins));
    }
    if !(p.row_subsample > 0.0 && p.row_subsample <= 1.0) {
        return bad("row_subsample must be in (0, 1]");
    }
    Ok(())
}

/// The splitmix64 generator: tiny, seedable, and good enough to sample rows.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The training matrix cut into quantile bins: one byte per value.
struct Binned {
    rows: usize,
    /// Per feature, strictly increasing upper edges; bin `b` holds the values in
    /// `(edges[b - 1], edges[b]]`, and the last bin everything above the last edge.
    edges: Vec<Vec<f32>>,
    /// Column-major bin codes: a feature's codes are contiguous, so the
    /// histogram pass streams through one column at a time while that feature's
    /// histogram stays in the L1 cache.
    codes: Vec<u8>,
}

impl Binned {
    fn new(x: Matrix<'_>, bins: usize) -> Binned {
        let step = x.rows.div_ceil(QUANTILE_SAMPLE);
        let mut column = Vec::with_capacity(x.rows / step + 1);
        let mut edges = Vec::with_capacity(x.cols);
        for f in 0..x.cols {
            column.clear();
            column.extend((0..x.rows).step_by(step).map(|r| x.data[r * x.cols + f]));
            column.sort_unstable_by(f32::total_cmp);
            let m = column.len();
            let max = column[m - 1];
            let mut cuts: Vec<f32> = Vec::with_capacity(bins - 1);
            for i in 1..bins {
                let edge = column[(i * m / bins).saturating_sub(1)];
                // Equal quantiles (a feature with few distinct values) collapse
                // into one edge; an edge at the maximum would leave its right
                // side empty.
                if edge < max && cuts.last().is_none_or(|&last| edge > last) {
                    cuts.push(edge);
                }
            }
            edges.push(cuts);
        }
        let mut codes = vec![0u8; x.data.len()];
        for r in 0..x.rows {
            for (f, (v, cuts)) in x.row(r).iter().zip(&edges).enumerate() {
                codes[f * x.rows + r] = cuts.partition_point(|e| e < v) as u8;
            }
        }
        Binned { rows: x.rows, edges, codes }
    }

    fn column(&self, f: usize) -> &[u8] {
        &self.codes[f * self.rows..(f + 1) * self.rows]
    }

    fn code(&self, f: usize, r: usize) -> u8 {
        self.codes[f * self.rows + r]
    }
}

/// Sums of gradient and hessian for one bin.
type Cell = (f64, f64);

/// A node waiting to be split: its rows are `rows[start..end]` of the sample.
struct Open {
    node: usize,
    start: usize,
    end: usize,
    g: f64,
    h: f64,
    hist: Vec<Cell>,
}

struct Split {
    feature: usize,
    bin: u8,
    gain: f64,
    left: (f64, f64),
}

/// Grows one tree at a time, reusing its buffers across trees.
struct Grower<'a> {
    p: &'a GbdtParams,
    binned: &'a Binned,
    /// Histogram stride: `p.bins` cells per feature.
    stride: usize,
    /// Spare histograms, so trees after the first allocate none.
    pool: Vec<Vec<Cell>>,
    scratch: Vec<u32>,
    /// The gradients of the rows of the node being scanned.
    gathered: Vec<(f32, f32)>,
    /// Four partial histograms of one feature.
    lanes: Vec<Cell>,
}

impl<'a> Grower<'a> {
    fn new(p: &'a GbdtParams, binned: &'a Binned) -> Grower<'a> {
        Grower {
            p,
            binned,
            stride: p.bins,
            pool: Vec::new(),
            scratch: Vec::new(),
            gathered: Vec::new(),
            lanes: Vec::new(),
        }
    }

    fn leaf_value(&self, g: f64, h: f64) -> f32 {
        let denominator = h + f64::from(self.p.l2);
        if denominator > 0.0 {
            (-g / denominator * f64::from(self.p.learning_rate)) as f32
        } else {
            0.0
        }
    }

    /// Grows a tree on the sampled `rows` (reordered in place). Returns its nodes
    /// with tree-local child indices, and each split's bin (for routing rows).
    fn grow(&mut self, rows: &mut [u32], grad: &[(f32, f32)]) -> (Vec<Node>, Vec<u8>) {
        let mut hist = self.take_hist();
        self.fill_hist(&mut hist, rows, grad);
        let (mut g, mut h) = (0.0, 0.0);
        for &r in rows.iter() {
            g += f64::from(grad[r as usize].0);
            h += f64::from(grad[r as usize].1);
        }
        let mut nodes = vec![Node::leaf(self.leaf_value(g, h))];
        let mut split_bins = vec![0u8];
        let mut level = vec![Open { node: 0, start: 0, end: rows.len(), g, h, hist }];
        for depth in 0..self.p.depth {
            let children_split = depth + 1 < self.p.depth;
            let mut next = Vec::with_capacity(level.len() * 2);
            for open in level {
                let Some(split) = self.best_split(&open) else {
                    self.pool.push(open.hist);
                    continue;
                };
                let mid = self.partition(&mut rows[open.start..open.end], &split) + open.start;
                let (gl, hl) = split.left;
                let (gr, hr) = (open.g - gl, open.h - hl);
                let left = nodes.len();
                nodes.push(Node::leaf(self.leaf_value(gl, hl)));
                nodes.push(Node::leaf(self.leaf_value(gr, hr)));
                split_bins.extend([0, 0]);
                let parent = &mut nodes[open.node];
                parent.feature = split.feature as u32;
                parent.threshold = self.binned.edges[split.feature][usize::from(split.bin)];
                parent.left = left as u32;
                parent.right = left as u32 + 1;
                parent.gain = split.gain as f32;
                split_bins[open.node] = split.bin;
                if !children_split {
                    self.pool.push(open.hist);
                    continue;
                }
                // Scan the smaller child; the larger one is the parent minus it.
                let mut small = self.take_hist();
                let mut large = open.hist;
                let left_smaller = mid - open.start <= open.end - mid;
                let small_rows = if left_smaller { open.start..mid } else { mid..open.end };
                self.fill_hist(&mut small, &rows[small_rows], grad);
                for (l, s) in large.iter_mut().zip(&small) {
                    l.0 -= s.0;
                    l.1 -= s.1;
                }
                let (left_hist, right_hist) =
                    if left_smaller { (small, large) } else { (large, small) };
                next.push(Open {
                    node: left,
                    start: open.start,
                    end: mid,
                    g: gl,
                    h: hl,
                    hist: left_hist,
                });
                next.push(Open {
                    node: left + 1,
                    start: mid,
                    end: open.end,
                    g: gr,
                    h: hr,
                    hist: right_hist,
                });
            }
            level = next;
        }
        (nodes, split_bins)
    }

    fn take_hist(&mut self) -> Vec<Cell> {
        let size = self.stride * self.binned.edges.len();
        match self.pool.pop() {
            Some(mut hist) => {
                hist.clear();
                hist.resize(size, (0.0, 0.0));
                hist
            }
            None => vec![(0.0, 0.0); size],
        }
    }

    /// Sums the gradients of `rows` into `hist`, one feature at a time: a
    /// feature's codes are read in row order while its histogram stays in the
    /// L1 cache.
    fn fill_hist(&mut self, hist: &mut [Cell], rows: &[u32], grad: &[(f32, f32)]) {
        // Gathered once, the node's gradients are then read in order for every
        // feature.
        self.gathered.clear();
        self.gathered.extend(rows.iter().map(|&r| grad[r as usize]));
        let stride = self.stride;
        for (f, out) in hist.chunks_exact_mut(stride).enumerate() {
            let column = self.binned.column(f);
            // Four rows at a time go to four separate histograms: neighbouring
            // rows often share a bin (a flag feature is mostly 0), and one
            // histogram would make each addition wait for the previous one.
            self.lanes.clear();
            self.lanes.resize(4 * stride, (0.0, 0.0));
            let (l0, rest) = self.lanes.split_at_mut(stride);
            let (l1, rest) = rest.split_at_mut(stride);
            let (l2, l3) = rest.split_at_mut(stride);
            let add = |lane: &mut [Cell], r: u32, (g, h): (f32, f32)| {
                let cell = &mut lane[usize::from(column[r as usize])];
                cell.0 += f64::from(g);
                cell.1 += f64::from(h);
            };
            for (r, gh) in rows.chunks_exact(4).zip(self.gathered.chunks_exact(4)) {
                add(l0, r[0], gh[0]);
                add(l1, r[1], gh[1]);
                add(l2, r[2], gh[2]);
                add(l3, r[3], gh[3]);
            }
            let done = rows.len() / 4 * 4;
            for (&r, &gh) in rows[done..].iter().zip(&self.gathered[done..]) {
                add(l0, r, gh);
            }
            for (b, cell) in out.iter_mut().enumerate() {
                cell.0 = (l0[b].0 + l1[b].0) + (l2[b].0 + l3[b].0);
                cell.1 = (l0[b].1 + l1[b].1) + (l2[b].1 + l3[b].1);
            }
        }
    }

    /// The split with the largest positive gain that leaves at least `min_leaf`
    /// hessian on each side; ties go to the lowest feature, then the lowest bin.
    fn best_split(&self, open: &Open) -> Option<Split> {
        // A tiny floor keeps a side with no rows (hessian 0, or rounding noise
        // after histogram subtraction) from counting as a leaf when min_leaf is 0.
        let min_h = f64::from(self.p.min_leaf).max(1e-9);
        let l2 = f64::from(self.p.l2);
        let parent = open.g * open.g / (open.h + l2);
        let mut best: Option<Split> = None;
        for (f, cuts) in self.binned.edges.iter().enumerate() {
            let cells = &open.hist[f * self.stride..f * self.stride + cuts.len() + 1];
            let (mut gl, mut hl) = (0.0, 0.0);
            for (b, cell) in cells[..cuts.len()].iter().enumerate() {
                gl += cell.0;
                hl += cell.1;
                let (gr, hr) = (open.g - gl, open.h - hl);
                if hl < min_h || hr < min_h {
                    continue;
                }
                let gain = gl * gl / (hl + l2) + gr * gr / (hr + l2) - parent;
                if gain > 1e-12 && best.as_ref().is_none_or(|s| gain > s.gain) {
                    best = Some(Split { feature: f, bin: b as u8, gain, left: (gl, hl) });
                }
            }
        }
        best
    }

    /// Moves the rows that go left to the front, keeping their order on both
    /// sides (ascending row order keeps the histogram pass's reads sequential).
    /// Returns the number of rows that go left.
    fn partition(&mut self, rows: &mut [u32], split: &Split) -> usize {
        self.scratch.clear();
        let mut left = 0;
        for i in 0..rows.len() {
            let r = rows[i];
            if self.binned.code(split.feature, r as usize) <= split.bin {
                rows[left] = r;
                left += 1;
            } else {
                self.scratch.push(r);
            }
        }
        rows[left..].copy_from_slice(&self.scratch);
        left
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::TestRng;
    use super::super::{Family, Matrix, Model};
    use super::*;

    fn accuracy(model: &Model, data: &[f32], y: &[u8], cols: usize) -> f64 {
        let right = data
            .chunks_exact(cols)
            .zip(y)
            .filter(|(row, &label)| u8::from(model.predict(row) > 0.5) == label)
            .count();
        right as f64 / y.len() as f64
    }

    type Rule = fn(&[f32]) -> bool;

    #[test]
    fn learns_thresholds_and_xor() {
        // (name, rule, parameters, least accuracy on the training rows)
        let cases: &[(&str, Rule, GbdtParams, f64)] = &[
            ("threshold", |r| r[0] > 0.3, GbdtParams { trees: 20, ..GbdtParams::default() }, 0.99),
            ("xor", |r| (r[0] > 0.5) != (r[1] > 0.5), GbdtParams::default(), 0.98),
            ("two thresholds", |r| r[2] > 0.8 || r[0] < 0.1, GbdtParams::default(), 0.98),
            (
                "xor, subsampled",
                |r| (r[0] > 0.5) != (r[1] > 0.5),
                GbdtParams { row_subsample: 0.6, seed: 9, ..GbdtParams::default() },
                0.98,
            ),
            (
                "xor, few bins, depth 2",
                |r| (r[0] > 0.5) != (r[1] > 0.5),
                GbdtParams { bins: 4, depth: 2, ..GbdtParams::default() },
                // Four quantile bins only roughly hit the 0.5 boundary.
                0.95,
            ),
        ];
        for (name, rule, params, least) in cases {
            let mut rng = TestRng::new(1);
            let cols = 3;
            let data: Vec<f32> = (0..3000 * cols).map(|_| rng.unit()).collect();
            let y: Vec<u8> = data.chunks_exact(cols).map(|r| u8::from(rule(r))).collect();
            let w = vec![1.0; y.len()];
            let x = Matrix { rows: y.len(), cols, data: &data };
            let model =
                Model::fit(&Family::Gbdt(params.clone()), x, &y, &w, &["a", "b", "c"]).unwrap();
            let acc = accuracy(&model, &data, &y, cols);
            assert!(acc >= *least, "{name}: accuracy {acc}");
        }
    }

    #[test]
    fn weights_and_one_class_data() {
        // One class only: the base is clamped, and nothing can split.
        let data = [0.0, 1.0, 2.0, 3.0];
        let x = Matrix { rows: 4, cols: 1, data: &data };
        let family = Family::Gbdt(GbdtParams { min_leaf: 0.0, trees: 3, ..Default::default() });
        let model = Model::fit(&family, x, &[1; 4], &[1.0; 4], &["f"]).unwrap();
        assert!(model.predict(&[1.0]) > 0.99);
        // Heavier weight on the positive rows pulls the prediction their way.
        let y = [0, 0, 1, 1];
        let light = Model::fit(&family, x, &y, &[1.0; 4], &["f"]).unwrap();
        let heavy = Model::fit(&family, x, &y, &[1.0, 1.0, 5.0, 5.0], &["f"]).unwrap();
        assert!(heavy.predict(&[2.5]) > light.predict(&[2.5]));
    }

    #[test]
    fn contributions_sum_to_log_odds() {
        let mut rng = TestRng::new(4);
        let data: Vec<f32> = (0..2000 * 2).map(|_| rng.unit()).collect();
        let y: Vec<u8> = data.chunks_exact(2).map(|r| u8::from(r[0] + r[1] > 1.0)).collect();
        let x = Matrix { rows: y.len(), cols: 2, data: &data };
        let params = GbdtParams { trees: 40, ..GbdtParams::default() };
        let model =
            Model::fit(&Family::Gbdt(params), x, &y, &vec![1.0; y.len()], &["a", "b"]).unwrap();
        let super::super::Body::Gbdt(ensemble) = &model.body else { unreachable!() };
        let bias: f32 = ensemble.base
            + ensemble.roots.iter().map(|&r| ensemble.nodes[r as usize].value).sum::<f32>();
        for row in data.chunks_exact(2).take(100) {
            let total: f32 = model.contributions(row).iter().map(|c| c.1).sum();
            assert!((bias + total - model.log_odds(row)).abs() < 1e-4);
        }
    }

    #[test]
    fn bins_put_values_at_or_below_their_edge() {
        let cases: &[(&[f32], usize)] = &[
            (&[0.0, 0.0, 0.0, 1.0], 64),
            (&[1.0, 1.0, 1.0, 1.0], 64),
            (&[3.0, 1.0, 2.0, 0.0, 5.0, 4.0], 3),
            (&[-1.5, 2.0, 2.0, 7.0], 2),
        ];
        for (column, bins) in cases {
            let x = Matrix { rows: column.len(), cols: 1, data: column };
            let binned = Binned::new(x, *bins);
            let edges = &binned.edges[0];
            assert!(edges.len() < *bins);
            assert!(edges.windows(2).all(|e| e[0] < e[1]));
            for (r, &v) in column.iter().enumerate() {
                let code = usize::from(binned.code(0, r));
                assert!(code == edges.len() || v <= edges[code], "{column:?}");
                assert!(code == 0 || v > edges[code - 1], "{column:?}");
            }
        }
    }

    #[test]
    fn rejects_bad_parameters() {
        let cases = [
            GbdtParams { trees: 0, ..Default::default() },
            GbdtParams { depth: 0, ..Default::default() },
            GbdtParams { depth: 99, ..Default::default() },
            GbdtParams { learning_rate: 0.0, ..Default::default() },
            GbdtParams { min_leaf: f32::NAN, ..Default::default() },
            GbdtParams { l2: -1.0, ..Default::default() },
            GbdtParams { bins: 1, ..Default::default() },
            GbdtParams { bins: 257, ..Default::default() },
            GbdtParams { row_subsample: 0.0, ..Default::default() },
            GbdtParams { row_subsample: 1.5, ..Default::default() },
        ];
        let x = Matrix { rows: 2, cols: 1, data: &[0.0, 1.0] };
        for params in cases {
            let family = Family::Gbdt(params.clone());
            let err = Model::fit(&family, x, &[0, 1], &[1.0, 1.0], &["f"]).unwrap_err();
            assert!(err.to_string().contains("bad parameter"), "{params:?}: {err}");
        }
    }
}
