//! State that components share, read from the address or kept for a surface: one hook a
//! file. Hooks may use `routing` and the model; they never import components or pages.

mod gallery_filter;
mod printing;
mod search_index;
mod search_query;
mod selected_place;
mod timeline_filter;
mod zoom_pan;

pub use gallery_filter::use_gallery_filter;
pub use printing::use_printing;
pub use search_index::{provide_search_index, use_search_index, SharedIndex};
pub use search_query::use_search_query;
pub use selected_place::use_selected_place;
pub use timeline_filter::{use_timeline_filter, TimelineAddress};
pub use zoom_pan::{use_zoom_pan, Frame, ZoomPan, ZoomPanHandlers};
