use crate::components::{ChartTable, LocalText};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::labels::category_label;
use crate::routing::{use_lang, use_links};
use exhibit_model::stats::Axis;
use exhibit_model::EventCategory;
use exhibit_model::Route;
use leptos::prelude::*;

const LEFT: f64 = 150.0;
const RIGHT: f64 = 620.0;

/// Repatriation and remembrance events along the years: one row per category, a circle
/// or a diamond per event, with the same events listed in a table.
#[component]
pub fn MilestoneChart(loaded: SharedLoaded) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let rows = [EventCategory::Repatriation, EventCategory::Remembrance];
    let events: Vec<_> = loaded
        .exhibit
        .events_chronological()
        .into_iter()
        .filter(|e| rows.contains(&e.category))
        .cloned()
        .collect();
    if events.is_empty() {
        return ().into_any();
    }
    let years: Vec<i32> = events.iter().map(|e| e.date.year()).collect();
    let min = *years.iter().min().unwrap() as f64;
    let max = *years.iter().max().unwrap() as f64 + 1.0;
    let axis = Axis::new(min, max, 8);
    let x = move |year: f64| axis.scale(year, LEFT, RIGHT);
    let row_y = |category: EventCategory| {
        if category == EventCategory::Repatriation {
            30.0
        } else {
            70.0
        }
    };
    let ticks = Axis::new(min, max, 8)
        .ticks
        .into_iter()
        .map(|t| {
            let tx = x(t);
            view! {
                <line class="grid" x1=tx x2=tx y1="12" y2="92"/>
                <text class="tick" x=tx y="110" text-anchor="middle">{t.to_string()}</text>
            }
        })
        .collect_view();
    let labels = rows
        .into_iter()
        .map(|c| view! { <text class="row-label" x=LEFT - 12.0 y=row_y(c) + 5.0 text-anchor="end">{move || category_label(i18n, c)}</text> })
        .collect_view();
    let marks = events
        .iter()
        .map(|e| {
            let (first, last) = e.date.span();
            // Days since 1970 to fractional years, at the middle of an uncertain period.
            let year = 1970.0 + ((first + last) as f64 / 2.0) / 365.2425;
            let (cx, cy) = (x(year), row_y(e.category));
            if e.category == EventCategory::Repatriation {
                view! { <circle class="marker" cx=cx cy=cy r="5"/> }.into_any()
            } else {
                let d = format!(
                    "M{cx} {} L{} {cy} L{cx} {} L{} {cy} Z",
                    cy - 6.0,
                    cx + 6.0,
                    cy + 6.0,
                    cx - 6.0
                );
                view! { <path class="marker marker-alt" d=d/> }.into_any()
            }
        })
        .collect_view();
    let table_rows = events
        .into_iter()
        .map(|e| {
            let href = Route::event(&e.id);
            let date = e.date;
            let category = e.category;
            view! {
                <tr>
                    <td>{move || date.format(lang.get())}</td>
                    <td>{move || category_label(i18n, category)}</td>
                    <td><a href=move || links.to(&href)><LocalText text=e.title.clone()/></a></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart milestone-chart">
            <figcaption id="milestones-caption">{t!(i18n, statistics.milestones)}</figcaption>
            <p class="chart-note">{t!(i18n, statistics.milestones_intro)}</p>
            <svg viewBox="0 0 640 124" role="img" aria-labelledby="milestones-caption" class="chart-svg">
                {ticks}
                <line class="axis" x1=LEFT x2=RIGHT y1="92" y2="92"/>
                {labels}
                {marks}
            </svg>
            <ChartTable headers=vec![
                Signal::derive(move || t_string!(i18n, statistics.year).to_string()),
                Signal::derive(move || t_string!(i18n, statistics.category).to_string()),
                Signal::derive(move || t_string!(i18n, statistics.event).to_string()),
            ]>{table_rows}</ChartTable>
        </figure>
    }
    .into_any()
}
