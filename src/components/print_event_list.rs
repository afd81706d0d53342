use crate::components::{Citations, LocalText};
use crate::data::SharedLoaded;
use crate::hooks::use_printing;
use crate::routing::use_lang;
use exhibit_model::timeline::Item;
use leptos::prelude::*;

/// The timeline on paper: every event of the current filter, in time order, with its date,
/// summary and sources. Rendered only while the page is printed (print media), so a long
/// timeline costs nothing on screen.
#[component]
pub fn PrintEventList(loaded: SharedLoaded, items: Memo<Vec<Item>>) -> impl IntoView {
    let lang = use_lang();
    let printing = use_printing();
    move || {
        printing.get().then(|| {
            let rows = items
                .get()
                .into_iter()
                .map(|item| {
                    let event = loaded.exhibit.events.entries[item.event].clone();
                    let date = event.date;
                    view! {
                        <li class="print-event">
                            <p class="print-event-date">
                                <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                            </p>
                            <h2 class="print-event-title"><LocalText text=event.title.clone()/></h2>
                            <p><LocalText text=event.summary.clone()/></p>
                            <Citations loaded=loaded.clone() citations=event.citations.clone() compact=true/>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="print-list">{rows}</ol> }
        })
    }
}
