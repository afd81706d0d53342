use crate::components::LocalText;
use crate::data::SharedLoaded;
use crate::hooks::TimelineAddress;
use crate::i18n::*;
use crate::labels::category_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::timeline::Item;
use leptos::prelude::*;

/// How many events the list adds at a time, so that a very long dataset stays light.
const PAGE: usize = 100;

/// The timeline as a plain list in time order: the text alternative of the axis, for
/// screen readers, keyboard users and anyone who prefers to read.
#[component]
pub fn EventList(
    loaded: SharedLoaded,
    items: Memo<Vec<Item>>,
    selected: Memo<Option<usize>>,
    /// The filters and view that event links keep.
    address: TimelineAddress,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let limit = RwSignal::new(PAGE);
    // A new filter starts again from the top.
    Effect::new(move |_| {
        items.track();
        limit.set(PAGE);
    });
    let rows = move || {
        let events: Vec<usize> =
            items.with(|items| items.iter().take(limit.get()).map(|i| i.event).collect());
        events
            .into_iter()
            .map(|index| {
                let event = loaded.exhibit.events.entries[index].clone();
                let id = event.id.clone();
                let href = move || links.to(&address.route(Some(&id)));
                let date = event.date;
                let category = event.category;
                view! {
                    <li class=format!("event-item category-{}", category.key())
                        aria-current=move || (selected.get() == Some(index)).then_some("true")>
                        <time class="event-date" datetime=date.to_string()>
                            {move || date.format(lang.get())}
                        </time>
                        <span class="badge">{move || category_label(i18n, category)}</span>
                        <h2 class="event-title">
                            <a href=href data-noscroll="" data-event=event.id.clone()>
                                <LocalText text=event.title.clone()/>
                            </a>
                        </h2>
                        <p class="event-summary">
                            <LocalText text=event.summary.clone()/>
                        </p>
                    </li>
                }
            })
            .collect_view()
    };
    let remaining = move || items.with(|i| i.len()).saturating_sub(limit.get());
    view! {
        <ol class="event-list">{rows}</ol>
        {move || (remaining() > 0).then(|| {
            let count = remaining().min(PAGE);
            view! {
                <button type="button" class="button show-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {t!(i18n, timeline.show_more, count = move || count)}
                </button>
            }
        })}
    }
}
