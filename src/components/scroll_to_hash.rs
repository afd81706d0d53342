use crate::data::use_exhibit_data;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::JsCast;

/// Brings the element named by the address's `#fragment` into view once it exists.
/// The router scrolls before the new page and its data have rendered, and a deep link
/// such as `/sources#source-x` loads its data after the browser's own attempt.
#[component]
pub fn ScrollToHash() -> impl IntoView {
    let location = use_location();
    let data = use_exhibit_data();
    Effect::new(move |_| {
        let hash = location.hash.get();
        location.pathname.track();
        let loaded = data.with(|d| d.is_some());
        let id = hash.trim_start_matches('#').to_string();
        if !loaded || id.is_empty() {
            return;
        }
        request_animation_frame(move || {
            if let Some(el) = document()
                .get_element_by_id(&id)
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                el.scroll_into_view();
                // Items that are link targets are focusable, so screen readers land there too.
                if el.has_attribute("tabindex") {
                    let _ = el.focus();
                }
            }
        });
    });
}
