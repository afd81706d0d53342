use crate::data::SharedLoaded;
use crate::hooks::use_timeline_filter;
use crate::i18n::*;
use crate::labels::category_label;
use crate::routing::use_lang;
use exhibit_model::timeline::TimelineFilter;
use exhibit_model::{EventCategory, LocalizedText};
use leptos::prelude::*;
use leptos_use::use_media_query;

/// Category switches and place and person selectors. Each change rewrites the address,
/// so a filtered timeline can be shared and survives a reload; the page reads the address.
#[component]
pub fn TimelineFilters(loaded: SharedLoaded) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    // Filters apply to the whole timeline, so a change also closes an open event.
    let (address, set_filter) = use_timeline_filter();
    let filter = address.filter;
    let set = {
        let set_filter = set_filter.clone();
        move |key: &'static str, value: Option<String>| {
            set_filter(
                filter
                    .get_untracked()
                    .with_param(key, value.as_deref().unwrap_or("")),
            );
        }
    };
    // Only places and people that some event names are worth offering.
    let named = |ids: Vec<&String>, name: &dyn Fn(&str) -> Option<LocalizedText>| {
        let mut ids: Vec<String> = ids.into_iter().cloned().collect();
        ids.sort();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| name(&id).map(|n| (id, n)))
            .collect::<Vec<_>>()
    };
    let events = &loaded.exhibit.events.entries;
    let places = named(events.iter().flat_map(|e| &e.places).collect(), &|id| {
        loaded.exhibit.place(id).map(|p| p.name.clone())
    });
    let people = named(events.iter().flat_map(|e| &e.people).collect(), &|id| {
        loaded.exhibit.person(id).map(|p| p.name.clone())
    });

    let category_switches = EventCategory::ALL
        .into_iter()
        .map(|category| {
            let set_filter = set_filter.clone();
            let pressed = move || filter.with(|f| f.categories.contains(&category));
            view! {
                <button
                    type="button"
                    class=format!("chip category-{}", category.key())
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    on:click=move |_| {
                        set_filter(filter.with_untracked(|f| f.toggled(category)));
                    }
                >
                    {move || category_label(i18n, category)}
                </button>
            }
        })
        .collect_view();

    let select = move |key: &'static str,
                       label: Signal<String>,
                       options: Vec<(String, LocalizedText)>,
                       current: fn(&TimelineFilter) -> Option<&String>| {
        let set = set.clone();
        let options = options
            .into_iter()
            .map(|(id, name)| {
                let value = id.clone();
                view! {
                    <option value=value selected=move || filter.with(|f| current(f) == Some(&id))>
                        {move || name.text(lang.get()).to_string()}
                    </option>
                }
            })
            .collect_view();
        view! {
            <label class="filter">
                <span>{move || label.get()}</span>
                <select on:change=move |ev| {
                    let value = event_target_value(&ev);
                    set(key, (!value.is_empty()).then_some(value));
                }>
                    <option value="" selected=move || filter.with(|f| current(f).is_none())>
                        {move || t_string!(i18n, timeline.all)}
                    </option>
                    {options}
                </select>
            </label>
        }
    };

    // On a phone the filters fold away behind one line, so the axis is near the top.
    let narrow = use_media_query("(max-width: 700px)");
    let active = move || {
        filter.with(|f| {
            f.categories.len() + usize::from(f.place.is_some()) + usize::from(f.person.is_some())
        })
    };
    view! {
        <details class="timeline-filters-fold" open=move || { !narrow.get() || active() > 0 }>
            <summary>
                {t!(i18n, timeline.filters)}
                {move || (active() > 0).then(|| format!(" ({})", active()))}
            </summary>
            <form class="timeline-filters" role="search" aria-label=move || t_string!(i18n, timeline.filters)
                on:submit=|ev| ev.prevent_default()>
                <fieldset class="chips">
                    <legend>{t!(i18n, timeline.filter_category)}</legend>
                    {category_switches}
                </fieldset>
                {select("place", Signal::derive(move || t_string!(i18n, timeline.filter_place).to_string()), places, |f| f.place.as_ref())}
                {select("person", Signal::derive(move || t_string!(i18n, timeline.filter_person).to_string()), people, |f| f.person.as_ref())}
            </form>
        </details>
    }
}
