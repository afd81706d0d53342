use crate::components::{
    Citations, GalleryPicture, ItemNotFound, LocalText, PageTitle, Pager, WithData,
};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::pages::gallery::NEEDS;
use crate::routing::{use_lang, use_links};
use exhibit_model::GalleryKind;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub fn kind_label(i18n: I18nContext<Locale>, kind: GalleryKind) -> &'static str {
    match kind {
        GalleryKind::Memorial => t_string!(i18n, gallery_kind.memorial),
        GalleryKind::Cemetery => t_string!(i18n, gallery_kind.cemetery),
        GalleryKind::Building => t_string!(i18n, gallery_kind.building),
        GalleryKind::Site => t_string!(i18n, gallery_kind.site),
        GalleryKind::Person => t_string!(i18n, gallery_kind.person),
    }
}

/// A restrained line emblem for each kind, drawn instead of a missing photograph.
pub fn kind_glyph(kind: GalleryKind) -> impl IntoView {
    let path = match kind {
        // A stele on a plinth.
        GalleryKind::Memorial => "M40 14 L52 22 L52 70 L28 70 L28 22 Z M20 70 L60 70 L60 78 L20 78 Z",
        // Three grave markers on the steppe line.
        GalleryKind::Cemetery => "M8 74 L72 74 M18 74 L18 56 M12 62 L24 62 M40 74 L40 50 M34 57 L46 57 M62 74 L62 58 M56 64 L68 64",
        // A façade with an arch.
        GalleryKind::Building => "M14 76 L14 30 L40 16 L66 30 L66 76 Z M32 76 L32 56 A8 8 0 0 1 48 56 L48 76 M22 40 L30 40 M50 40 L58 40",
        // A watchtower and wire.
        GalleryKind::Site => "M20 76 L26 30 L38 30 L44 76 M22 30 L32 20 L42 30 M44 48 L74 48 M44 60 L74 60 M54 44 L54 76 M66 44 L66 76",
        // A head and shoulders.
        GalleryKind::Person => "M40 20 A12 12 0 1 1 40 44 A12 12 0 1 1 40 20 M16 76 C16 58 28 50 40 50 C52 50 64 58 64 76",
    };
    view! {
        <svg viewBox="0 0 80 90" width="80" height="90" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}

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
                    let href = format!("/timeline/{}", event.id);
                    let date = event.date;
                    view! {
                        <li>
                            <a href=move || links.href(&href)><LocalText text=event.title.clone()/></a>
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
                    let href = format!("/timeline?person={}", person.id);
                    view! { <li><a href=move || links.href(&href)><LocalText text=person.name.clone()/></a></li> }
                })
                .collect();
            let kind = item.kind;
            let date = item.date;
            let page_title = item.title.clone();
            view! {
                <PageTitle text=move || page_title.text(lang.get()).to_string()/>
                <p class="breadcrumb">
                    <a href=move || links.href("/gallery")>"← " {t!(i18n, gallery.back)}</a>
                </p>
                <figure class=format!("detail-figure kind-{}", kind.key())>
                    <GalleryPicture image=item.image.clone() kind=kind enlargeable=true/>
                    {item.image.clone().map(|img| view! {
                        <figcaption class="photo-credit">
                            {t!(i18n, gallery.photo_credit)} ": " {img.credit} " · " {img.licence}
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
                <p class="detail-text"><LocalText text=item.text.clone()/></p>
                <div class="detail-links">
                    {place.map(|place| {
                        let href = format!("/map?place={}", place.id);
                        view! {
                            <section>
                                <h2>{t!(i18n, gallery.place)}</h2>
                                <p><a href=move || links.href(&href)><LocalText text=place.name.clone()/></a></p>
                            </section>
                        }
                    })}
                    {(!events.is_empty()).then(|| view! { <section><h2>{t!(i18n, gallery.related_events)}</h2><ul>{events}</ul></section> })}
                    {(!people.is_empty()).then(|| view! { <section><h2>{t!(i18n, gallery.people)}</h2><ul>{people}</ul></section> })}
                </div>
                <Citations loaded=loaded.clone() citations=item.citations.clone()/>
                <Pager
                    prev=prev.map(|n| (format!("/gallery/{}", n.id), n.title.clone()))
                    next=next.map(|n| (format!("/gallery/{}", n.id), n.title.clone()))
                    prev_label=move || t_string!(i18n, gallery.previous).to_string()
                    next_label=move || t_string!(i18n, gallery.next).to_string()
                />
            }
            .into_any()
        }
    };
    view! {
        <article class="page detail gallery-detail">
            <WithData needs=NEEDS render=detail/>
        </article>
    }
}
