use crate::components::{
    Citations, LocalText, PageTitle, PlaceMap, PlacePanel, ShareBar, WithData,
};
use crate::data::SharedLoaded;
use crate::hooks::use_selected_place;
use crate::i18n::*;
use crate::labels::place_kind_label;
use crate::routing::use_links;
use exhibit_model::{CoordinatePrecision, Page, Route};
use leptos::prelude::*;

/// The offline map with the place chosen at `/map?place=ID` beside it, and below, every
/// place as text: the map's alternative for screen readers and keyboard users.
#[component]
pub fn Map() -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let selected = use_selected_place();
    let list = move |loaded: SharedLoaded| {
        let items = loaded
            .exhibit
            .places
            .entries
            .iter()
            .cloned()
            .map(|place| {
                let kind = place.kind;
                let coordinates = place.coordinates.map(|c| {
                    let precision = move || match c.precision {
                        CoordinatePrecision::Site => t_string!(i18n, map.precision_site),
                        CoordinatePrecision::City => t_string!(i18n, map.precision_city),
                        CoordinatePrecision::Rough => t_string!(i18n, map.precision_rough),
                    };
                    view! {
                        <span class="coordinates">
                            {format!("{:.2}° N, {:.2}° E", c.lat, c.lon)} " (" {precision} ")"
                        </span>
                    }
                });
                let on_map = place
                    .coordinates
                    .map(|_| Route::place(&place.id));
                view! {
                    <li class="place-item" id=format!("place-{}", place.id) tabindex="-1">
                        <h3 class="place-name"><LocalText text=place.name.clone()/></h3>
                        <p class="place-meta">
                            <span class="badge">{move || place_kind_label(i18n, kind)}</span>
                            " "
                            {coordinates.map(|c| c.into_any()).unwrap_or_else(|| view! { <span>{t!(i18n, map.no_coordinates)}</span> }.into_any())}
                        </p>
                        <p><LocalText text=place.description.clone()/></p>
                        {on_map.map(|href| view! {
                            <p><a href=move || links.to(&href) data-noscroll="">{t!(i18n, map.show_on_map)}</a></p>
                        })}
                        {place.uncertainty.clone().map(|u| view! {
                            <p class="uncertainty"><strong>{t!(i18n, uncertain)} ": "</strong><LocalText text=u/></p>
                        })}
                        <Citations loaded=loaded.clone() citations=place.citations.clone()/>
                    </li>
                }
            })
            .collect_view();
        let panel = {
            let loaded = loaded.clone();
            move || {
                selected
                    .get()
                    .map(|id| view! { <PlacePanel loaded=loaded.clone() id=id/> })
            }
        };
        view! {
            <div class="timeline-layout" class:has-panel=move || selected.with(Option::is_some)>
                <div class="timeline-main">
                    <PlaceMap loaded=loaded.clone() selected=selected/>
                </div>
                {panel}
            </div>
            <h2>{t!(i18n, map.list_heading)}</h2>
            <ul class="place-list">{items}</ul>
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.map).to_string()/>
        <article class="page map">
            <h1>{t!(i18n, map.heading)}</h1>
            <p class="intro">{t!(i18n, map.intro)}</p>
            <ShareBar/>
            <WithData needs=Page::Map.needs() render=list/>
        </article>
    }
}
