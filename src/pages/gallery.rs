use crate::components::{GalleryFilters, GalleryPicture, LocalText, PageTitle, ShareBar, WithData};
use crate::data::SharedLoaded;
use crate::hooks::use_gallery_filter;
use crate::i18n::*;
use crate::labels::kind_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::{Page, Route};
use leptos::prelude::*;

/// Cards for memorials, cemeteries, sites, buildings and people. They are designed to
/// look complete without a photograph: a quiet emblem, the kind, place and date.
#[component]
pub fn Gallery() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let (filter, _) = use_gallery_filter();
    let grid = move |loaded: SharedLoaded| {
        let total = loaded.exhibit.gallery.entries.len();
        let all_items = loaded.clone();
        let cards = move || {
            let shown = filter.with(|f| {
                f.apply(&all_items.exhibit.gallery.entries)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            });
            let count = shown.len();
            let cards = shown
            .into_iter()
            .map(|item| {
                let href = Route::gallery_item(&item.id);
                let place = item.place.as_deref().and_then(|p| all_items.exhibit.place(p)).map(|p| p.name.clone());
                let date = item.date;
                let kind = item.kind;
                view! {
                    <li class=format!("gallery-card kind-{}", kind.key())>
                        <GalleryPicture image=item.image.clone() kind=kind/>
                        <div class="card-body">
                            <p class="card-kind">{move || kind_label(i18n, kind)}</p>
                            <h2 class="card-title">
                                <a href=move || links.to(&href)><LocalText text=item.title.clone()/></a>
                            </h2>
                            <p class="card-caption"><LocalText text=item.caption.clone()/></p>
                            <p class="card-meta">
                                {place.map(|name| view! { <span><LocalText text=name/></span> })}
                                {date.map(|d| view! { <time datetime=d.to_string()>{move || d.format(lang.get())}</time> })}
                            </p>
                        </div>
                    </li>
                }
            })
            .collect_view();
            view! {
                <p class="filter-count" role="status">
                    {t!(i18n, gallery.count, shown = move || count, total = move || total)}
                </p>
                {(count == 0).then(|| view! {
                    <p class="not-found-message">
                        {t!(i18n, gallery.none_found)} " "
                        <a href=move || links.to(&Route::Gallery(Default::default()))>{t!(i18n, gallery.clear)}</a>
                    </p>
                })}
                <ul class="gallery-grid">{cards}</ul>
            }
        };
        view! {
            <GalleryFilters loaded=loaded.clone()/>
            {cards}
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.gallery).to_string()/>
        <article class="page gallery">
            <h1>{t!(i18n, gallery.heading)}</h1>
            <p class="intro">{t!(i18n, gallery.intro)}</p>
            <ShareBar/>
            <WithData needs=Page::Gallery.needs() render=grid/>
        </article>
    }
}
