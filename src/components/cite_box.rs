use crate::clipboard::{origin, today};
use crate::components::CopyButton;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::cite::{citation, permanent_url, CiteEntry, CiteStyle};
use exhibit_model::{LocalizedText, Route};
use leptos::prelude::*;

/// "Cite": a disclosure with ready citations of one entry (its title in the visitor's
/// language, the exhibit, today's date, its permanent address) in Chicago, APA and BibTeX,
/// each with a copy button.
#[component]
pub fn CiteBox(id: String, title: LocalizedText, route: Route) -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let open = RwSignal::new(false);
    let panel_id = format!("cite-{id}");
    let text_of = {
        let id = id.clone();
        move |style: CiteStyle| {
            let lang = links.lang.get();
            let url = permanent_url(&origin(), &links.base(), &route, lang);
            citation(
                style,
                &CiteEntry {
                    id: &id,
                    title: title.text(lang),
                    url: &url,
                    accessed: today(),
                    lang,
                },
            )
        }
    };
    let styles = {
        let panel_id = panel_id.clone();
        move || {
            CiteStyle::ALL
                .into_iter()
                .map(|style| {
                    let field_id = format!("{panel_id}-{}", style.key());
                    let text_of = text_of.clone();
                    let text = Signal::derive(move || text_of(style));
                    view! {
                        <div class="cite-style">
                            <label for=field_id.clone()>{style.name()}</label>
                            <textarea id=field_id.clone() class="cite-text" readonly=true
                                rows=if style == CiteStyle::Bibtex { 8 } else { 3 }
                                prop:value=move || text.get()></textarea>
                            <CopyButton text=text field_id=field_id/>
                        </div>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <div class="cite-box">
            <button type="button" class="button share-control cite-toggle"
                aria-expanded=move || open.get().to_string() aria-controls=panel_id.clone()
                on:click=move |_| open.update(|o| *o = !*o)>
                {t!(i18n, share.cite)}
            </button>
            <section id=panel_id class="share-panel cite-panel" hidden=move || !open.get()
                aria-label=move || t_string!(i18n, share.cite_title)>
                <p class="share-panel-intro">{t!(i18n, share.cite_intro)}</p>
                {move || open.get().then(styles.clone())}
            </section>
        </div>
    }
}
