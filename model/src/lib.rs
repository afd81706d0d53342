//! The exhibit's data model in plain Rust: the dataset types, parsing with
//! precise error locations, validation, and the logic the pages rely on.
//! No web types here, so everything is tested on the host with `cargo test`.

pub mod address;
pub mod allowed;
pub mod attract;
pub mod calendar;
pub mod cite;
pub mod coverage;
pub mod date;
pub mod exhibit;
pub mod format;
pub mod gallery;
pub mod gesture;
pub mod lang;
pub mod limits;
pub mod load;
pub mod map;
pub mod parse;
pub mod paths;
mod position;
pub mod prerender;
pub mod problem;
pub mod route;
pub mod search;
pub mod share;
#[cfg(feature = "cli")]
pub mod sheets;
pub mod stats;
mod strict;
pub mod timeline;
#[cfg(feature = "cli")]
pub mod timelinejs;
pub mod types;
pub mod validate;
#[cfg(feature = "cli")]
pub mod write;

pub use date::{DateSpec, PartialDate, Precision};
pub use exhibit::Exhibit;
pub use lang::{Lang, Localized, LocalizedText};
pub use load::Loaded;
pub use problem::{DatasetFile, Problem};
pub use route::{Page, Route};
pub use types::*;
