use crate::components::{LocalText, PageTitle, WithData};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::pages::event_page::category_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::DatasetFile;
use leptos::prelude::*;

pub(crate) const NEEDS: &[DatasetFile] = &[
    DatasetFile::Events,
    DatasetFile::Places,
    DatasetFile::People,
    DatasetFile::Sources,
];

/// The events in time order. (The interactive axis is built on top of this list.)
#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let list = move |loaded: SharedLoaded| {
        let items = loaded
            .exhibit
            .events_chronological()
            .into_iter()
            .cloned()
            .map(|event| {
                let href = format!("/timeline/{}", event.id);
                let date = event.date;
                let category = event.category;
                view! {
                    <li class=format!("event-item category-{}", category.key())>
                        <time class="event-date" datetime=date.to_string()>
                            {move || date.format(lang.get())}
                        </time>
                        <span class="badge">{move || category_label(i18n, category)}</span>
                        <h2 class="event-title">
                            <a href=move || links.href(&href)>
                                <LocalText text=event.title.clone()/>
                            </a>
                        </h2>
                        <p class="event-summary">
                            <LocalText text=event.summary.clone()/>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="event-list">{items}</ol> }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.timeline).to_string()/>
        <article class="page timeline">
            <h1>{t!(i18n, timeline.heading)}</h1>
            <p class="intro">{t!(i18n, timeline.intro)}</p>
            <WithData needs=NEEDS render=list/>
        </article>
    }
}
