use crate::data::SharedLoaded;
use crate::hooks::TimelineAddress;
use crate::i18n::*;
use crate::labels::category_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::timeline::axis::{marker_style, Shown};
use exhibit_model::timeline::Mark;
use leptos::prelude::*;

/// One event on the axis: a link to its panel, drawn as a dot, a faded bar (a vague date)
/// or a bar (a range), dashed when approximate.
#[component]
pub fn TimelineMarker(
    loaded: SharedLoaded,
    /// The event's dataset index.
    event: usize,
    shown: Memo<Vec<Shown>>,
    /// Pixels along the axis from the domain's first day to the view's start.
    offset: Signal<f64>,
    era_band: f64,
    tall: Signal<bool>,
    selected: Memo<Option<usize>>,
    address: TimelineAddress,
    /// Whether the pointer gesture that ends in a click was a drag: then it opens nothing.
    dragged: Callback<(), bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let entry = loaded.exhibit.events.entries[event].clone();
    let place = move || shown.with(|all| all.iter().find(|s| s.event == event).copied());
    let id = entry.id.clone();
    let href = move || links.to(&address.route(Some(&id)));
    let style = move || {
        place().map_or_else(String::new, |s| {
            marker_style(
                tall.get(),
                s.start - offset.get(),
                (s.end - s.start).max(0.0),
                s.lane,
                era_band,
            )
        })
    };
    let category = entry.category;
    let class = move || {
        let Some(s) = place() else {
            return String::new();
        };
        let mark = match s.mark {
            Mark::Day => "mark-day",
            Mark::Vague => "mark-vague",
            Mark::Range => "mark-range",
        };
        let mut class = format!("tl-event {mark} category-{}", category.key());
        if s.approximate {
            class.push_str(" approximate");
        }
        if selected.get() == Some(event) {
            class.push_str(" selected");
        }
        class
    };
    let date = entry.date;
    let title = entry.title.clone();
    view! {
        <a
            class=class
            style=style
            href=href
            data-noscroll=""
            data-event=entry.id.clone()
            aria-current=move || (selected.get() == Some(event)).then_some("true")
            on:click=move |ev| {
                if dragged.run(()) {
                    ev.prevent_default();
                }
            }
        >
            <span class="tl-bar" aria-hidden="true"></span>
            <span class="tl-label">
                <time class="tl-date" datetime=date.to_string()>{move || date.format(lang.get())}</time>
                <span class="tl-title">{move || title.text(lang.get()).to_string()}</span>
                <span class="sr-only">{move || format!(", {}", category_label(i18n, category))}</span>
            </span>
        </a>
    }
}
