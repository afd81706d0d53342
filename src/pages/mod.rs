//! One component a page; the router in `app.rs` maps paths to them.

mod about;
mod event_page;
mod gallery;
mod gallery_item_page;
mod home;
mod map;
mod not_found;
mod search;
mod sources;
mod statistics;
mod timeline;

pub use about::About;
pub use event_page::EventPage;
pub use gallery::Gallery;
pub use gallery_item_page::GalleryItemPage;
pub use home::Home;
pub use map::Map;
pub use not_found::NotFound;
pub use search::Search;
pub use sources::Sources;
pub use statistics::Statistics;
pub use timeline::Timeline;
