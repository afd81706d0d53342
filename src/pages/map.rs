use crate::components::{Citations, LocalText, PageTitle, WithData};
use crate::data::SharedLoaded;
use crate::i18n::*;
use exhibit_model::{CoordinatePrecision, DatasetFile, PlaceKind};
use leptos::prelude::*;

const NEEDS: &[DatasetFile] = &[DatasetFile::Places, DatasetFile::Sources];

pub(crate) fn place_kind_label(i18n: I18nContext<Locale>, kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Camp => t_string!(i18n, place_kind.camp),
        PlaceKind::City => t_string!(i18n, place_kind.city),
        PlaceKind::Workplace => t_string!(i18n, place_kind.workplace),
        PlaceKind::Building => t_string!(i18n, place_kind.building),
        PlaceKind::Cemetery => t_string!(i18n, place_kind.cemetery),
        PlaceKind::Memorial => t_string!(i18n, place_kind.memorial),
        PlaceKind::Port => t_string!(i18n, place_kind.port),
    }
}

/// The places with their coordinates; this list is also the map's accessible alternative.
#[component]
pub fn Map() -> impl IntoView {
    let i18n = use_i18n();
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
                view! {
                    <li class="place-item" id=format!("place-{}", place.id) tabindex="-1">
                        <h2 class="place-name"><LocalText text=place.name.clone()/></h2>
                        <p class="place-meta">
                            <span class="badge">{move || place_kind_label(i18n, kind)}</span>
                            " "
                            {coordinates.map(|c| c.into_any()).unwrap_or_else(|| view! { <span>{t!(i18n, map.no_coordinates)}</span> }.into_any())}
                        </p>
                        <p><LocalText text=place.description.clone()/></p>
                        {place.uncertainty.clone().map(|u| view! {
                            <p class="uncertainty"><strong>{t!(i18n, uncertain)} ": "</strong><LocalText text=u/></p>
                        })}
                        <Citations loaded=loaded.clone() citations=place.citations.clone()/>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="place-list">{items}</ul> }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.map).to_string()/>
        <article class="page map">
            <h1>{t!(i18n, map.heading)}</h1>
            <p class="intro">{t!(i18n, map.intro)}</p>
            <WithData needs=NEEDS render=list/>
        </article>
    }
}
