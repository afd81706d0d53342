//! Where the keyboard focus goes when a panel opens or closes, and closing panels with
//! Escape: shared by the event panel and the place panel.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Once the page has redrawn, focuses the first element that matches one of `selectors`
/// (tried in order; HTML or SVG).
pub fn focus_later(selectors: Vec<String>) {
    request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(el) = selectors
            .iter()
            .find_map(|s| document.query_selector(s).ok().flatten())
        else {
            return;
        };
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            let _ = el.focus();
        } else if let Some(el) = el.dyn_ref::<web_sys::SvgElement>() {
            let _ = el.focus();
        }
    });
}

/// Calls `close` when Escape is pressed and nothing else (a dialog, the axis) took the key,
/// for as long as the calling component lives.
pub fn close_on_escape(close: impl Fn() + 'static) {
    let listener = window_event_listener(ev::keydown, move |ev| {
        if ev.key() == "Escape" && !ev.default_prevented() {
            close();
        }
    });
    on_cleanup(move || listener.remove());
}
