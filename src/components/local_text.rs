use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::limits::LONG_TEXT_MAX;
use exhibit_model::LocalizedText;
use leptos::prelude::*;

/// A text from the datasets as it may be shown: at most `LONG_TEXT_MAX` characters (longer is
/// a problem the data check reports), then “…”. Browsers take tens of seconds to lay out a
/// 100,000-character word; 20,000 take well under one.
pub fn clipped(text: &str) -> String {
    match text.char_indices().nth(LONG_TEXT_MAX) {
        None => text.to_string(),
        Some((end, _)) => format!("{}…", &text[..end]),
    }
}

/// Dataset text in the visitor's language. A missing translation shows the English text,
/// marked as such and tagged `lang="en"` so screen readers pronounce it correctly. The text
/// is isolated (`.data-text`: `unicode-bidi: isolate`), so a stray bidi override in the data
/// cannot reorder the interface text around it; Leptos escapes it, so it stays text.
#[component]
pub fn LocalText(text: LocalizedText) -> impl IntoView {
    let lang = use_lang();
    let i18n = use_i18n();
    move || {
        let shown = text.get(lang.get());
        if shown.is_fallback {
            view! {
                <span lang="en" class="fallback">
                    <span class="data-text">{clipped(&shown.text)}</span>
                    " "
                    <abbr class="fallback-mark" title=t_string!(i18n, fallback_title)>
                        {t_string!(i18n, fallback_marker)}
                    </abbr>
                </span>
            }
            .into_any()
        } else {
            view! { <span class="data-text">{clipped(&shown.text)}</span> }.into_any()
        }
    }
}
