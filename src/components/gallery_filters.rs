use crate::data::SharedLoaded;
use crate::hooks::use_gallery_filter;
use crate::i18n::*;
use crate::labels::kind_label;
use crate::routing::use_lang;
use exhibit_model::format::format_decade;
use exhibit_model::gallery::decades;
use exhibit_model::GalleryKind;
use leptos::prelude::*;

const KINDS: [GalleryKind; 5] = [
    GalleryKind::Memorial,
    GalleryKind::Cemetery,
    GalleryKind::Building,
    GalleryKind::Site,
    GalleryKind::Person,
];

/// Kind, place and period selectors. Each change rewrites the address, so the
/// filtered gallery can be shared and survives a reload; the page reads the address.
#[component]
pub fn GalleryFilters(loaded: SharedLoaded) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let (filter, set_filter) = use_gallery_filter();
    let set = move |key: &'static str, value: String| {
        set_filter(filter.get_untracked().with_param(key, &value));
    };
    let places: Vec<(String, exhibit_model::LocalizedText)> = {
        let mut ids: Vec<&str> = loaded
            .exhibit
            .gallery
            .entries
            .iter()
            .filter_map(|g| g.place.as_deref())
            .collect();
        ids.dedup();
        ids.into_iter()
            .filter_map(|id| {
                loaded
                    .exhibit
                    .place(id)
                    .map(|p| (p.id.clone(), p.name.clone()))
            })
            .collect()
    };
    let decades = decades(&loaded.exhibit.gallery.entries);
    let all = move || t_string!(i18n, gallery.all);

    let kind_select = {
        let set = set.clone();
        view! {
            <label class="filter">
                <span>{t!(i18n, gallery.filter_kind)}</span>
                <select on:change=move |ev| set("kind", event_target_value(&ev))>
                    <option value="" selected=move || filter.with(|f| f.kind.is_none())>{all}</option>
                    {KINDS
                        .into_iter()
                        .map(|k| view! {
                            <option value=k.key() selected=move || filter.with(|f| f.kind == Some(k))>
                                {move || kind_label(i18n, k)}
                            </option>
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    let place_select = {
        let set = set.clone();
        view! {
            <label class="filter">
                <span>{t!(i18n, gallery.filter_place)}</span>
                <select on:change=move |ev| set("place", event_target_value(&ev))>
                    <option value="" selected=move || filter.with(|f| f.place.is_none())>{all}</option>
                    {places
                        .into_iter()
                        .map(|(id, name)| {
                            let value = id.clone();
                            view! {
                                <option value=value selected=move || filter.with(|f| f.place.as_deref() == Some(id.as_str()))>
                                    {move || name.text(lang.get()).to_string()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        }
    };
    let decade_select = view! {
        <label class="filter">
            <span>{t!(i18n, gallery.filter_period)}</span>
            <select on:change=move |ev| set("decade", event_target_value(&ev))>
                <option value="" selected=move || filter.with(|f| f.decade.is_none())>{all}</option>
                {decades
                    .into_iter()
                    .map(|d| view! {
                        <option value=d.to_string() selected=move || filter.with(|f| f.decade == Some(d))>
                            {move || format_decade(d, lang.get())}
                        </option>
                    })
                    .collect_view()}
            </select>
        </label>
    };
    view! {
        <form class="gallery-filters" role="search" aria-label=move || t_string!(i18n, gallery.filters) on:submit=|ev| ev.prevent_default()>
            {kind_select}
            {place_select}
            {decade_select}
        </form>
    }
}
