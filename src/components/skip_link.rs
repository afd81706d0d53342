use crate::i18n::*;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The first stop for keyboard users: jumps past the header to the page's content.
/// Handled in code because `<base href>` would turn `#main` into a link to the home page.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = document()
            .get_element_by_id("main")
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {t!(i18n, skip_to_content)}
        </a>
    }
}
