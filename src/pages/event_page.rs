use crate::components::{Citations, ItemNotFound, LocalText, PageTitle, Pager, WithData};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::pages::timeline::NEEDS;
use crate::routing::{use_lang, use_links};
use exhibit_model::format::format_quantity;
use exhibit_model::EventCategory;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

pub fn category_label(i18n: I18nContext<Locale>, category: EventCategory) -> &'static str {
    match category {
        EventCategory::War => t_string!(i18n, category.war),
        EventCategory::Captivity => t_string!(i18n, category.captivity),
        EventCategory::Labour => t_string!(i18n, category.labour),
        EventCategory::Repatriation => t_string!(i18n, category.repatriation),
        EventCategory::Remembrance => t_string!(i18n, category.remembrance),
        EventCategory::Research => t_string!(i18n, category.research),
    }
}

/// One event at `/timeline/:id`, with its places, people, gallery items and sources.
#[component]
pub fn EventPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());

    let detail = move |loaded: SharedLoaded| {
        move || {
            let id = id();
            let Some(event) = loaded.exhibit.event(&id).cloned() else {
                return view! {
                    <ItemNotFound
                        heading=move || t_string!(i18n, timeline.heading).to_string()
                        message=move || t_string!(i18n, timeline.not_found).to_string()
                    />
                }
                .into_any();
            };
            let (prev, next) = loaded.exhibit.event_neighbours(&id);
            let places = event
                .places
                .iter()
                .filter_map(|p| loaded.exhibit.place(p).cloned())
                .map(|place| {
                    let href = format!("/map#place-{}", place.id);
                    view! { <li><a href=move || links.href(&href)><LocalText text=place.name.clone()/></a></li> }
                })
                .collect_view();
            let people = event
                .people
                .iter()
                .filter_map(|p| loaded.exhibit.person(p).cloned())
                .map(|person| view! { <li><LocalText text=person.name.clone()/> " — " <LocalText text=person.role.clone()/></li> })
                .collect_view();
            let gallery: Vec<_> = loaded
                .exhibit
                .gallery
                .entries
                .iter()
                .filter(|g| g.events.contains(&event.id))
                .cloned()
                .map(|item| {
                    let href = format!("/gallery/{}", item.id);
                    view! { <li><a href=move || links.href(&href)><LocalText text=item.title.clone()/></a></li> }
                })
                .collect();
            let figures: Vec<_> = event
                .figures
                .iter()
                .filter_map(|id| {
                    loaded
                        .exhibit
                        .figures
                        .entries
                        .iter()
                        .find(|f| &f.id == id)
                        .cloned()
                })
                .map(|figure| {
                    let href = format!("/statistics#figure-{}", figure.id);
                    let quantity = figure.clone();
                    view! {
                        <li>
                            <a href=move || links.href(&href)>
                                {move || format_quantity(&quantity, lang.get())}
                            </a>
                            " — "
                            <LocalText text=figure.label.clone()/>
                        </li>
                    }
                })
                .collect();
            let page_title = event.title.clone();
            let date = event.date;
            let category = event.category;
            view! {
                <PageTitle text=move || page_title.text(lang.get()).to_string()/>
                <p class="breadcrumb">
                    <a href=move || links.href("/timeline")>"← " {t!(i18n, timeline.back)}</a>
                </p>
                <header class="detail-header">
                    <p class="detail-meta">
                        <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                        " · "
                        <span class="badge">{move || category_label(i18n, category)}</span>
                    </p>
                    <h1><LocalText text=event.title.clone()/></h1>
                </header>
                <p class="detail-text"><LocalText text=event.summary.clone()/></p>
                {event.uncertainty.clone().map(|u| view! {
                    <p class="uncertainty"><strong>{t!(i18n, uncertain)} ": "</strong><LocalText text=u/></p>
                })}
                <div class="detail-links">
                    {(!event.places.is_empty()).then(|| view! { <section><h2>{t!(i18n, timeline.places)}</h2><ul>{places}</ul></section> })}
                    {(!event.people.is_empty()).then(|| view! { <section><h2>{t!(i18n, timeline.people)}</h2><ul>{people}</ul></section> })}
                    {(!figures.is_empty()).then(|| view! { <section><h2>{t!(i18n, timeline.figures)}</h2><ul>{figures}</ul></section> })}
                    {(!gallery.is_empty()).then(|| view! { <section><h2>{t!(i18n, timeline.related_gallery)}</h2><ul>{gallery}</ul></section> })}
                </div>
                <Citations loaded=loaded.clone() citations=event.citations.clone()/>
                <Pager
                    prev=prev.map(|n| (format!("/timeline/{}", n.id), n.title.clone()))
                    next=next.map(|n| (format!("/timeline/{}", n.id), n.title.clone()))
                    prev_label=move || t_string!(i18n, timeline.previous).to_string()
                    next_label=move || t_string!(i18n, timeline.next).to_string()
                />
            }
            .into_any()
        }
    };
    view! {
        <article class="page detail event-detail">
            <WithData needs=NEEDS render=detail/>
        </article>
    }
}
