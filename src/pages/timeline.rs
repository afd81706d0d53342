use crate::components::{
    Citations, EventList, PageTitle, PrintEventList, ShareBar, TimelineAxis, TimelineFilters,
    WithData,
};
use crate::data::SharedLoaded;
use crate::hooks::use_timeline_filter;
use crate::i18n::*;
use crate::routing::{use_lang, use_links};
use exhibit_model::paths::item_id;
use exhibit_model::timeline::{Domain, TimelineFilter};
use exhibit_model::{Page, Route};
use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

/// The exhibit's spine: filters, the axis (or its list alternative) and, beside it, the
/// event chosen at `/timeline/:id`. The page stays mounted while events open and close,
/// so the zoom and position survive.
#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let location = use_location();
    let (address, _) = use_timeline_filter();
    let (filter, as_list) = (address.filter, address.list);
    let selected_id =
        Memo::new(move |_| item_id(&links.base(), &location.pathname.get(), "/timeline"));

    let body = move |loaded: SharedLoaded| {
        let total = loaded.exhibit.events.entries.len();
        let domain = Domain::covering(
            loaded
                .exhibit
                .events
                .entries
                .iter()
                .map(|e| e.date.span())
                .chain(loaded.exhibit.eras.entries.iter().map(|e| e.date.span())),
        );
        let items = {
            let loaded = loaded.clone();
            Memo::new(move |_| filter.with(|f| f.items(&loaded.exhibit.events.entries)))
        };
        let selected = {
            let loaded = loaded.clone();
            Memo::new(move |_| {
                selected_id.with(|id| {
                    id.as_ref().and_then(|id| {
                        loaded
                            .exhibit
                            .events
                            .entries
                            .iter()
                            .position(|e| &e.id == id)
                    })
                })
            })
        };
        let count = move || items.with(Vec::len);
        let switch_href = move |list: bool| {
            links.to(&Route::Timeline {
                event: selected_id.get(),
                filter: filter.get(),
                list,
            })
        };
        let eras = loaded.exhibit.eras.entries.clone();
        let era_legend = {
            let loaded = loaded.clone();
            eras.into_iter()
                .map(|era| {
                    let date = era.date;
                    view! {
                        <li class=format!("era-key era-{}", era.id)>
                            <span class="era-swatch" aria-hidden="true"></span>
                            <strong>{move || era.title.text(lang.get()).to_string()}</strong>
                            " "
                            <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                            <Citations loaded=loaded.clone() citations=era.citations.clone() compact=true/>
                        </li>
                    }
                })
                .collect_view()
        };
        let axis_or_list = {
            let loaded = loaded.clone();
            move || {
                if as_list.get() {
                    view! { <EventList loaded=loaded.clone() items=items selected=selected address=address/> }
                        .into_any()
                } else {
                    view! {
                        <TimelineAxis loaded=loaded.clone() items=items domain=domain selected=selected address=address/>
                    }
                    .into_any()
                }
            }
        };
        view! {
            <TimelineFilters loaded=loaded.clone()/>
            <div class="timeline-status">
                <p class="filter-count" role="status">
                    {t!(i18n, timeline.count, shown = count, total = move || total)}
                    {move || (!filter.with(TimelineFilter::is_empty)).then(|| view! {
                        " · "
                        <a href=move || links.to(&Route::Timeline { event: None, filter: TimelineFilter::default(), list: as_list.get() })>
                            {t!(i18n, timeline.clear)}
                        </a>
                    })}
                </p>
                <nav class="view-switch" aria-label=move || t_string!(i18n, timeline.view_label)>
                    <a href=move || switch_href(false) data-noscroll=""
                        aria-current=move || (!as_list.get()).then_some("page")>{t!(i18n, timeline.view_axis)}</a>
                    <a href=move || switch_href(true) data-noscroll=""
                        aria-current=move || as_list.get().then_some("page")>{t!(i18n, timeline.view_list)}</a>
                </nav>
            </div>
            {move || (count() == 0).then(|| view! {
                <p class="not-found-message">{t!(i18n, timeline.none_found)}</p>
            })}
            <div class="timeline-layout" class:has-panel=move || selected_id.with(Option::is_some)>
                <div class="timeline-main">
                    {axis_or_list}
                    <PrintEventList loaded=loaded.clone() items=items/>
                    <section class="legend">
                        <h2>{t!(i18n, timeline.legend)}</h2>
                        <ul class="mark-key">
                            <li><span class="key-mark mark-day" aria-hidden="true"></span>{t!(i18n, timeline.legend_day)}</li>
                            <li><span class="key-mark mark-vague" aria-hidden="true"></span>{t!(i18n, timeline.legend_vague)}</li>
                            <li><span class="key-mark mark-range" aria-hidden="true"></span>{t!(i18n, timeline.legend_range)}</li>
                            <li><span class="key-mark mark-range approximate" aria-hidden="true"></span>{t!(i18n, timeline.legend_approximate)}</li>
                        </ul>
                        <h2>{t!(i18n, timeline.eras)}</h2>
                        <ul class="era-keys">{era_legend}</ul>
                    </section>
                </div>
                <Outlet/>
            </div>
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.timeline).to_string()/>
        <article class="page timeline">
            <h1>{t!(i18n, timeline.heading)}</h1>
            <p class="intro">{t!(i18n, timeline.intro)}</p>
            <ShareBar/>
            <WithData needs=Page::Timeline.needs() render=body/>
        </article>
    }
}
