use crate::components::{Citations, LocalText, ShareBar};
use crate::data::SharedLoaded;
use crate::focus::{close_on_escape, focus_later};
use crate::i18n::*;
use crate::labels::place_kind_label;
use crate::routing::{use_lang, use_links, use_navigate_in_place};
use exhibit_model::CoordinatePrecision;
use exhibit_model::Route;
use leptos::prelude::*;

/// One place, opened from the map at `/map?place=ID`: what it is, how exact its position
/// is, the events that happened there (onward to the timeline), its gallery items and
/// sources. Opening moves the focus to its heading; Escape or Close returns it to the marker.
#[component]
pub fn PlacePanel(loaded: SharedLoaded, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let go = use_navigate_in_place();
    let close = {
        let id = id.clone();
        move || {
            go(&Route::Map(None));
            focus_later(vec![
                format!("[data-place=\"{id}\"]"),
                "#map-frame".to_string(),
            ]);
        }
    };
    close_on_escape(close.clone());
    focus_later(vec!["#place-panel-title".to_string()]);

    let Some(place) = loaded.exhibit.place(&id).cloned() else {
        return view! {
            <aside class="side-panel place-panel" aria-labelledby="place-panel-title">
                <h2 id="place-panel-title" tabindex="-1">{t!(i18n, map.heading)}</h2>
                <p class="not-found-message" role="status">{t!(i18n, map.not_found)}</p>
            </aside>
        }
        .into_any();
    };
    let kind = place.kind;
    let precision = place.coordinates.map(|c| {
        move || match c.precision {
            CoordinatePrecision::Site => t_string!(i18n, map.precision_site),
            CoordinatePrecision::City => t_string!(i18n, map.precision_city),
            CoordinatePrecision::Rough => t_string!(i18n, map.precision_rough),
        }
    });
    let events: Vec<_> = loaded
        .exhibit
        .events_chronological()
        .into_iter()
        .filter(|e| e.places.contains(&place.id))
        .cloned()
        .collect();
    let event_links = events
        .iter()
        .cloned()
        .map(|e| {
            let href = Route::event(&e.id);
            let date = e.date;
            view! {
                <li>
                    <a href=move || links.to(&href)>
                        <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                        " — "
                        <LocalText text=e.title.clone()/>
                    </a>
                </li>
            }
        })
        .collect_view();
    let gallery: Vec<_> = loaded
        .exhibit
        .gallery
        .entries
        .iter()
        .filter(|g| g.place.as_deref() == Some(place.id.as_str()))
        .cloned()
        .map(|g| {
            let href = Route::gallery_item(&g.id);
            view! { <li><a href=move || links.to(&href)><LocalText text=g.title.clone()/></a></li> }
        })
        .collect();
    let timeline_href = Route::events_at(&place.id);
    view! {
        <aside class="side-panel place-panel" aria-labelledby="place-panel-title">
            <a class="panel-close button" href=move || links.to(&Route::Map(None)) data-noscroll=""
                on:click=move |ev| {
                    ev.prevent_default();
                    close();
                }>
                <span aria-hidden="true">"× "</span>{t!(i18n, map.close)}
            </a>
            <p class="detail-meta">
                <span class="badge">{move || place_kind_label(i18n, kind)}</span>
                {precision.map(|p| view! { " · " {p} })}
            </p>
            <h2 id="place-panel-title" tabindex="-1"><LocalText text=place.name.clone()/></h2>
            <ShareBar entry=(place.id.clone(), place.name.clone(), Route::place(&place.id))/>
            <p><LocalText text=place.description.clone()/></p>
            {place.uncertainty.clone().map(|u| view! {
                <p class="uncertainty"><strong>{t!(i18n, uncertain)} ": "</strong><LocalText text=u/></p>
            })}
            {(!events.is_empty()).then(|| view! {
                <section>
                    <h3>{t!(i18n, map.events_here)}</h3>
                    <ul>{event_links}</ul>
                    <p><a href=move || links.to(&timeline_href)>{t!(i18n, map.on_timeline)} " →"</a></p>
                </section>
            })}
            {(!gallery.is_empty()).then(|| view! {
                <section><h3>{t!(i18n, map.gallery_here)}</h3><ul>{gallery}</ul></section>
            })}
            <Citations loaded=loaded.clone() citations=place.citations.clone()/>
        </aside>
    }
    .into_any()
}
