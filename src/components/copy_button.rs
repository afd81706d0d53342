use crate::clipboard::copy_text;
use crate::i18n::*;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Copies a text with the Clipboard API, or, where the browser has none or refuses,
/// selects the text in the field `field_id` for the visitor to copy. Says which happened.
#[component]
pub fn CopyButton(
    #[prop(into)] text: Signal<String>,
    /// The `id` of the `<textarea>` or `<input>` that shows the text.
    field_id: String,
    /// The button's label, when not "Copy".
    #[prop(optional, into)]
    label: Option<Signal<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // None: nothing yet; Some(true): copied; Some(false): selected for the visitor.
    let outcome = RwSignal::new(None::<bool>);
    let copy = move |_| {
        let text = text.get_untracked();
        let field_id = field_id.clone();
        spawn_local(async move {
            let copied = copy_text(text).await;
            if !copied {
                let field = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&field_id));
                if let Some(area) = field
                    .clone()
                    .and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                {
                    let _ = area.focus();
                    area.select();
                } else if let Some(input) =
                    field.and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let _ = input.focus();
                    input.select();
                }
            }
            outcome.set(Some(copied));
        });
    };
    // A new text is not yet copied.
    Effect::new(move |_| {
        text.track();
        outcome.set(None);
    });
    view! {
        <button type="button" class="button copy-button" on:click=copy>
            {move || match &label {
                Some(l) => l.get(),
                None => t_string!(i18n, share.copy).to_string(),
            }}
        </button>
        <span class="copy-status" role="status">
            {move || match outcome.get() {
                Some(true) => t_string!(i18n, share.copied).to_string(),
                Some(false) => t_string!(i18n, share.copy_manual).to_string(),
                None => String::new(),
            }}
        </span>
    }
}
