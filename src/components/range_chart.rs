use crate::components::{clipped, ChartTable};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::format::{format_number, format_quantity};
use exhibit_model::stats::{spread, Axis};
use exhibit_model::{Conflict, LocalizedText};
use leptos::prelude::*;

const WIDTH: f64 = 640.0;
const LEFT: f64 = 200.0;
const RIGHT: f64 = 610.0;
const TOP: f64 = 30.0;
const ROW: f64 = 36.0;

/// The variants of one disputed figure on a shared number line, so the spread is visible;
/// each row is labelled with its source, and the table below says the same in words.
#[component]
pub fn RangeChart(loaded: SharedLoaded, conflict: Conflict) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let Some(spread) = spread(&loaded.exhibit, &conflict.id) else {
        return ().into_any();
    };
    let axis = Axis::new(spread.min, spread.max, 5);
    let unit: LocalizedText = spread.variants[0].figure.unit.clone();
    let rows: Vec<_> = spread
        .variants
        .iter()
        .map(|v| {
            let source = v
                .figure
                .citations
                .first()
                .and_then(|c| loaded.exhibit.source(&c.source))
                .map(|s| clipped(s.short_name()))
                .unwrap_or_default();
            (source, v.low, v.high, v.open_above, v.figure.clone())
        })
        .collect();
    let axis_y = TOP + rows.len() as f64 * ROW + 6.0;
    let height = axis_y + 44.0;
    let x = {
        let axis = axis.clone();
        move |value: f64| axis.scale(value, LEFT, RIGHT)
    };
    let caption_id = format!("range-{}", conflict.id);

    let grid = {
        let x = x.clone();
        axis.ticks
            .iter()
            .map(|&t| {
                let tx = x(t);
                view! {
                    <line class="grid" x1=tx x2=tx y1=TOP y2=axis_y/>
                    <text class="tick" x=tx y=axis_y + 18.0 text-anchor="middle">
                        {move || format_number(t, lang.get())}
                    </text>
                }
            })
            .collect_view()
    };
    let marks = rows
        .iter()
        .enumerate()
        .map(|(i, (source, low, high, open, _))| {
            let y = TOP + i as f64 * ROW + ROW / 2.0;
            let (x0, x1) = (x(*low), x(*high));
            view! {
                <text class="row-label" x=LEFT - 12.0 y=y + 5.0 text-anchor="end">{source.clone()}</text>
                <line class="row-rule" x1=LEFT x2=RIGHT y1=y y2=y/>
                {(x1 > x0).then(|| view! { <line class="range-bar" x1=x0 x2=x1 y1=y y2=y/> })}
                <circle class="marker" cx=x0 cy=y r="6"/>
                {(x1 > x0).then(|| view! { <circle class="marker" cx=x1 cy=y r="6"/> })}
                {open.then(|| {
                    let ax = x1 + 10.0;
                    view! { <path class="open-arrow" d=format!("M{ax} {} L{} {y} L{ax} {} Z", y - 6.0, ax + 10.0, y + 6.0)/> }
                })}
            }
        })
        .collect_view();
    let table_rows = rows
        .into_iter()
        .map(|(source, _, _, _, figure)| {
            let scope = figure.scope.clone();
            view! {
                <tr>
                    <th scope="row">{source}</th>
                    <td class="number">{move || format_quantity(&figure, lang.get())}</td>
                    <td>{move || scope.text(lang.get()).to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let title = conflict.title.clone();
    view! {
        <figure class="chart range-chart">
            <figcaption id=caption_id.clone() class="sr-only">{move || title.text(lang.get()).to_string()}</figcaption>
            <svg viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby=caption_id class="chart-svg">
                {grid}
                <line class="axis" x1=LEFT x2=RIGHT y1=axis_y y2=axis_y/>
                <text class="axis-title" x=(LEFT + RIGHT) / 2.0 y=axis_y + 38.0 text-anchor="middle">
                    {move || unit.text(lang.get()).to_string()}
                </text>
                <text class="axis-title" x=LEFT - 12.0 y="16" text-anchor="end">
                    {t!(i18n, statistics.chart_source)}
                </text>
                {marks}
            </svg>
            <p class="chart-legend" aria-hidden="true">{t!(i18n, statistics.legend)}</p>
            <ChartTable headers=vec![
                Signal::derive(move || t_string!(i18n, statistics.chart_source).to_string()),
                Signal::derive(move || t_string!(i18n, statistics.value).to_string()),
                Signal::derive(move || t_string!(i18n, statistics.scope).to_string()),
            ]>{table_rows}</ChartTable>
        </figure>
    }
    .into_any()
}
