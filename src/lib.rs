//! deboil removes boilerplate from scraped article text: paywall and subscription
//! blurbs, photo captions and credits, publisher notes, newsletter, share, cookie and
//! ad lines, bylines. It removes whole lines, blocks or matched spans and never
//! rewrites the text it keeps.
//!
//! Rules come from pattern files ([`RuleSet`]); they compile once into a
//! [`Cleaner`] that is shared across threads and applied to documents:
//!
//! ```
//! use deboil::{Cleaner, RuleSet};
//!
//! let cleaner = Cleaner::new(RuleSet::defaults()).unwrap();
//! let page = "Markets rally\n\nStocks rose on Tuesday as investors cheered the news.\n\nYou've reached your limit of free articles this month.\nSubscribe now\n";
//! let cleaned = cleaner.clean(page.as_bytes());
//! assert_eq!(cleaned.output().as_ref(), b"Markets rally\n\nStocks rose on Tuesday as investors cheered the news.\n");
//! ```
//!
//! The library never prints, reads arguments, spawns threads or touches files; the
//! `deboil` binary does that.

mod charclass;
mod clean;
mod document;
pub mod eval;
mod matcher;
pub mod mine;
pub mod model;
pub mod pattern;

pub use clean::{
    feature_names, feature_schema, site_of, threshold_key, Analysis, Cleaned, Cleaner,
    CleanerBuilder, Declined, Detector, Error, ExampleFailure, LineModel, LineScore, Mode,
    ModelFileError, Removal, RemovalKind, Why, MODEL_ID, NEVER,
};
pub use document::line_break;
pub use pattern::{
    Action, Category, LineFit, PatternError, PatternErrors, Position, Rule, RuleSet, Selection,
    Strength,
};
