use crate::components::{
    clipped, Citations, GalleryPicture, ItemNotFound, LocalText, PageTitle, Pager, ShareBar,
    WithData,
};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::labels::kind_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::{Page, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One gallery item at `/gallery/:id`.
#[component]
pub fn GalleryItemPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());

    let detail = move |loaded: SharedLoaded| {
        move || {
            let id = id();
            let Some(item) = loaded.exhibit.gallery_item(&id).cloned() else {
                return view! {
                    <ItemNotFound
                        heading=move || t_string!(i18n, gallery.heading).to_string()
                        message=move || t_string!(i18n, gallery.not_found).to_string()
                    />
                }
                .into_any();
            };
            let (prev, next) = loaded.exhibit.gallery_neighbours(&id);
            let place = item
                .place
                .as_deref()
                .and_then(|p| loaded.exhibit.place(p))
                .cloned();
            let events: Vec<_> = item
                .events
                .iter()
                .filter_map(|e| loaded.exhibit.event(e).cloned())
                .map(|event| {
                    let href = Route::event(&event.id);
                    let date = event.date;
                    view! {
                        <li>
                            <a href=move || links.to(&href)><LocalText text=event.title.clone()/></a>
                            " (" {move || date.format(lang.get())} ")"
                        </li>
                    }
                })
                .collect();
            let people: Vec<_> = item
                .people
                .iter()
                .filter_map(|p| loaded.exhibit.person(p).cloned())
                .map(|person| {
                    let href = Route::person(&person.id);
                    view! { <li><a href=move || links.to(&href)><LocalText text=person.name.clone()/></a></li> }
                })
                .collect();
            let kind = item.kind;
            let date = item.date;
            let page_title = item.title.clone();
            view! {
                <PageTitle text=move || page_title.text(lang.get()).to_string()/>
                <p class="breadcrumb">
                    <a href=move || links.to(&Route::Gallery(Default::default()))>"← " {t!(i18n, gallery.back)}</a>
                </p>
                <figure class=format!("detail-figure kind-{}", kind.key())>
                    <GalleryPicture image=item.image.clone() kind=kind enlargeable=true/>
                    {item.image.clone().map(|img| view! {
                        <figcaption class="photo-credit">
                            {t!(i18n, gallery.photo_credit)} ": " {clipped(&img.credit)} " · " {clipped(&img.licence)}
                        </figcaption>
                    })}
                </figure>
                <header class="detail-header">
                    <p class="detail-meta">
                        <span class="badge">{move || kind_label(i18n, kind)}</span>
                        {date.map(|d| view! { " · " <time datetime=d.to_string()>{move || d.format(lang.get())}</time> })}
                    </p>
                    <h1><LocalText text=item.title.clone()/></h1>
                    <p class="lead"><LocalText text=item.caption.clone()/></p>
                </header>
                <ShareBar entry=(item.id.clone(), item.title.clone(), Route::gallery_item(&item.id))/>
                <p class="detail-text"><LocalText text=item.text.clone()/></p>
                <div class="detail-links">
                    {place.map(|place| {
                        let href = Route::place(&place.id);
                        view! {
                            <section>
                                <h2>{t!(i18n, gallery.place)}</h2>
                                <p><a href=move || links.to(&href)><LocalText text=place.name.clone()/></a></p>
                            </section>
                        }
                    })}
                    {(!events.is_empty()).then(|| view! { <section><h2>{t!(i18n, gallery.related_events)}</h2><ul>{events}</ul></section> })}
                    {(!people.is_empty()).then(|| view! { <section><h2>{t!(i18n, gallery.people)}</h2><ul>{people}</ul></section> })}
                </div>
                <Citations loaded=loaded.clone() citations=item.citations.clone()/>
                <Pager
                    prev=prev.map(|n| (Route::gallery_item(&n.id), n.title.clone()))
                    next=next.map(|n| (Route::gallery_item(&n.id), n.title.clone()))
                    prev_label=move || t_string!(i18n, gallery.previous).to_string()
                    next_label=move || t_string!(i18n, gallery.next).to_string()
                />
            }
            .into_any()
        }
    };
    view! {
        <article class="page detail gallery-detail">
            <WithData needs=Page::GalleryItem.needs() render=detail/>
        </article>
    }
}
