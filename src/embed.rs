//! The embedded view (`?embed`), for an `<iframe>` on another site: no site header or
//! footer, and a link that opens the same view in the full exhibit. Read once from the
//! first address and kept in memory, so navigation inside the frame stays embedded while
//! the full exhibit, opened from it, does not.

use exhibit_model::paths::query_value;

/// Whether the page was opened as an embedded view.
pub fn detect_embed() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|search| query_value(&search, "embed").is_some())
}
