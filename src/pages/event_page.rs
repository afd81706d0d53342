use crate::components::{Citations, ItemNotFound, LocalText, PageTitle, Pager, ShareBar, WithData};
use crate::data::SharedLoaded;
use crate::focus::{close_on_escape, focus_later};
use crate::hooks::use_timeline_filter;
use crate::i18n::*;
use crate::labels::category_label;
use crate::routing::{use_lang, use_links, use_navigate_in_place};
use exhibit_model::format::format_quantity;
use exhibit_model::{Page, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// One event at `/timeline/:id`, in a panel beside the timeline: its places, people,
/// figures, gallery items and sources, and the previous and next event among those the
/// filters show. Opening it moves the focus to its heading; Escape or Close returns the
/// focus to the event on the axis.
#[component]
pub fn EventPage() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let params = use_params_map();
    let go = use_navigate_in_place();
    let id = move || params.with(|p| p.get("id").unwrap_or_default());
    // Links keep the timeline's filters and view.
    let (address, _) = use_timeline_filter();
    let close_href = move || links.to(&address.route(None));
    let close = {
        move || {
            let (event_id, route) = untrack(|| (id(), address.route(None)));
            go(&route);
            // Back to the event's marker or list entry, or to the axis if it is not drawn.
            focus_later(vec![
                format!("[data-event=\"{event_id}\"]"),
                "#tl-viewport".to_string(),
            ]);
        }
    };
    close_on_escape(close.clone());
    // Each newly opened event takes the focus, so keyboard and screen-reader users land on it.
    Effect::new(move |_| {
        id();
        focus_later(vec!["#event-panel-title".to_string()]);
    });

    let detail = move |loaded: SharedLoaded| {
        move || {
            let id = id();
            let Some(event) = loaded.exhibit.event(&id).cloned() else {
                return view! {
                    <ItemNotFound
                        heading=move || t_string!(i18n, timeline.heading).to_string()
                        message=move || t_string!(i18n, timeline.not_found).to_string()
                        panel=true
                    />
                }
                .into_any();
            };
            let (prev, next) = address.filter.with(|f| {
                let (prev, next) = f.neighbours(&loaded.exhibit.events.entries, &id);
                (prev.cloned(), next.cloned())
            });
            let places = event
                .places
                .iter()
                .filter_map(|p| loaded.exhibit.place(p).cloned())
                .map(|place| {
                    let href = Route::place(&place.id);
                    view! { <li><a href=move || links.to(&href)><LocalText text=place.name.clone()/></a></li> }
                })
                .collect_view();
            let people = event
                .people
                .iter()
                .filter_map(|p| loaded.exhibit.person(p).cloned())
                .map(|person| {
                    // A person leads to every event they take part in.
                    let href = Route::person(&person.id);
                    view! {
                        <li>
                            <a href=move || links.to(&href)><LocalText text=person.name.clone()/></a>
                            " — " <LocalText text=person.role.clone()/>
                        </li>
                    }
                })
                .collect_view();
            let gallery: Vec<_> = loaded
                .exhibit
                .gallery
                .entries
                .iter()
                .filter(|g| g.events.contains(&event.id))
                .cloned()
                .map(|item| {
                    let href = Route::gallery_item(&item.id);
                    view! { <li><a href=move || links.to(&href)><LocalText text=item.title.clone()/></a></li> }
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
                    let href = Route::figure(&figure.id);
                    let quantity = figure.clone();
                    view! {
                        <li>
                            <a href=move || links.to(&href)>
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
                <header class="detail-header">
                    <p class="detail-meta">
                        <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                        " · "
                        <span class="badge">{move || category_label(i18n, category)}</span>
                    </p>
                    <h2 id="event-panel-title" tabindex="-1"><LocalText text=event.title.clone()/></h2>
                </header>
                <ShareBar entry=(event.id.clone(), event.title.clone(), Route::event(&event.id))/>
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
                    prev=prev.map(|n| (untrack(|| address.route(Some(&n.id))), n.title.clone()))
                    next=next.map(|n| (untrack(|| address.route(Some(&n.id))), n.title.clone()))
                    prev_label=move || t_string!(i18n, timeline.previous).to_string()
                    next_label=move || t_string!(i18n, timeline.next).to_string()
                />
            }
            .into_any()
        }
    };
    view! {
        <aside class="event-panel detail event-detail" aria-labelledby="event-panel-title">
            <a class="panel-close button" href=close_href data-noscroll=""
                on:click=move |ev| {
                    ev.prevent_default();
                    close();
                }>
                <span aria-hidden="true">"× "</span>{t!(i18n, timeline.close)}
            </a>
            <WithData needs=Page::Timeline.needs() render=detail/>
        </aside>
    }
}
