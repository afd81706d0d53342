use crate::data::SharedLoaded;
use crate::hooks::TimelineAddress;
use crate::i18n::*;
use crate::routing::{use_lang, use_links};
use leptos::prelude::*;

/// The events of a cluster that zooming cannot separate, as links; each closes the list.
#[component]
pub fn TimelineClusterList(
    loaded: SharedLoaded,
    open: RwSignal<Option<Vec<usize>>>,
    address: TimelineAddress,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    move || {
        open.get().map(|events| {
            let entries = events
                .into_iter()
                .map(|event| {
                    let entry = &loaded.exhibit.events.entries[event];
                    let (id, date, title) = (entry.id.clone(), entry.date, entry.title.clone());
                    let href = move || links.to(&address.route(Some(&id)));
                    view! {
                        <li>
                            <a href=href data-noscroll="" on:click=move |_| open.set(None)>
                                <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                                " "
                                {move || title.text(lang.get()).to_string()}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="tl-cluster-list" role="group" aria-labelledby="tl-cluster-heading">
                    <p id="tl-cluster-heading">{t!(i18n, timeline.cluster_list)}</p>
                    <ul>{entries}</ul>
                    <button type="button" class="button" on:click=move |_| open.set(None)>
                        {t!(i18n, timeline.close)}
                    </button>
                </div>
            }
        })
    }
}
