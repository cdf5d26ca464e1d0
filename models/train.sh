#!/usr/bin/env bash
# Retrains the shipped line model from the evaluation data beside the checkout
# (../shared/eval) and writes models/default.model, printing the training-set and
# cross-validated figures. Deterministic: the same data and build give the same file.
#
#   models/train.sh                 gradient-boosted trees (the shipped family)
#   models/train.sh --family logistic -o /tmp/logistic.model   compare another family
#
# Extra arguments go to `deboil train` (they come after the defaults, so they win).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d ../shared/eval/data ] || { echo "train: ../shared/eval/data is missing" >&2; exit 2; }
cargo build --release --locked
exec target/release/deboil train --manifest models/eval.tsv --cv 5 \
    -o models/default.model --per-doc target/train-per-doc.tsv "$@"
