//! The exhibit's web app: Leptos components over the plain-Rust model in `exhibit-model`.
//! Data flows one way: JSON files → `Exhibit::load` (validated) → a resource → views.

pub mod app;
pub mod clipboard;
pub mod components;
pub mod data;
pub mod embed;
pub mod focus;
pub mod hooks;
pub mod i18n;
pub mod kiosk;
pub mod labels;
pub mod pages;
pub mod pointer;
pub mod routing;
pub mod timing;

/// Starts the app in the page's `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot") {
        boot.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
