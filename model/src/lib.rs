//! The exhibit's data model in plain Rust: the dataset types, parsing with
//! precise error locations, validation, and the logic the pages rely on.
//! No web types here, so everything is tested on the host with `cargo test`.

pub mod attract;
pub mod coverage;
pub mod date;
pub mod exhibit;
pub mod format;
pub mod gallery;
pub mod gesture;
pub mod lang;
pub mod map;
pub mod parse;
pub mod paths;
pub mod problem;
pub mod search;
pub mod stats;
pub mod timeline;
pub mod types;
pub mod validate;

pub use date::{DateSpec, PartialDate, Precision};
pub use exhibit::{Exhibit, Loaded};
pub use lang::{Lang, Localized, LocalizedText};
pub use problem::{DatasetFile, Problem};
pub use types::*;
