use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::{paths::set_query_param, Lang};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Links to the same page in each language; the language lives in `?lang=`.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let current = use_lang();
    let location = use_location();
    let link_to = move |lang: Lang| {
        let value = (lang != Lang::En).then(|| lang.code());
        let query = location.search.with(|q| set_query_param(q, "lang", value));
        let path = location.pathname.get();
        let hash = location.hash.get();
        let hash = if hash.is_empty() || hash.starts_with('#') {
            hash
        } else {
            format!("#{hash}")
        };
        if query.is_empty() {
            format!("{path}{hash}")
        } else {
            format!("{path}?{query}{hash}")
        }
    };
    view! {
        <nav class="language-switch" aria-label=move || t_string!(i18n, language)>
            <ul>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <li>
                                <a
                                    href=move || link_to(lang)
                                    hreflang=lang.code()
                                    lang=lang.code()
                                    aria-current=move || (current.get() == lang).then_some("true")
                                >
                                    {lang.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
