use crate::components::LocalText;
use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::format::{format_number, format_percent};
use exhibit_model::Figure;
use leptos::prelude::*;

/// A part of a whole as one divided bar: the part solid, the rest hatched, both labelled,
/// so colour is never the only cue. The share is computed from the two cited figures.
#[component]
pub fn CompositionChart(
    part: Figure,
    whole: Figure,
    percent: f64,
    stated_percent: Option<f64>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let split = 600.0 * percent / 100.0;
    let rest = whole.value - part.value;
    let caption_id = format!("share-{}", part.id);
    let (part_label, whole_label) = (part.label.clone(), whole.label.clone());
    view! {
        <figure class="chart composition-chart">
            <figcaption id=caption_id.clone()>
                <LocalText text=part.label.clone()/>
                " / "
                <LocalText text=whole.label.clone()/>
            </figcaption>
            <svg viewBox="0 0 640 64" role="img" aria-labelledby=caption_id class="chart-svg">
                <defs>
                    <pattern id=format!("hatch-{}", part.id) width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="8" height="8" class="hatch-bg"/>
                        <line x1="0" y1="0" x2="0" y2="8" class="hatch-line"/>
                    </pattern>
                </defs>
                <rect class="segment-part" x="20" y="8" width=split height="34"/>
                <rect x=20.0 + split y="8" width=600.0 - split height="34" fill=format!("url(#hatch-{})", part.id) class="segment-rest"/>
                <text class="segment-label on-dark" x="30" y="30">{move || format_percent(percent, lang.get())}</text>
                <text class="segment-label" x="610" y="30" text-anchor="end">{move || format_percent(100.0 - percent, lang.get())}</text>
                <text class="tick" x="20" y="60">"0"</text>
                <text class="tick" x="620" y="60" text-anchor="end">{move || format_number(whole.value, lang.get())}</text>
            </svg>
            <table class="chart-table">
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, statistics.figure)}</th>
                        <th scope="col">{t!(i18n, statistics.value)}</th>
                        <th scope="col">{t!(i18n, statistics.share)}</th>
                    </tr>
                </thead>
                <tbody>
                    <tr>
                        <th scope="row">{move || part_label.text(lang.get()).to_string()}</th>
                        <td class="number">{move || format_number(part.value, lang.get())}</td>
                        <td class="number">{move || format_percent(percent, lang.get())}</td>
                    </tr>
                    <tr>
                        <th scope="row">{t!(i18n, statistics.remainder)}</th>
                        <td class="number">{move || format_number(rest, lang.get())}</td>
                        <td class="number">{move || format_percent(100.0 - percent, lang.get())}</td>
                    </tr>
                    <tr>
                        <th scope="row">{t!(i18n, statistics.total)} " — " {move || whole_label.text(lang.get()).to_string()}</th>
                        <td class="number">{move || format_number(whole.value, lang.get())}</td>
                        <td class="number">{move || format_percent(100.0, lang.get())}</td>
                    </tr>
                </tbody>
            </table>
            <p class="chart-note">
                {move || format_percent(percent, lang.get())} " — " {t!(i18n, statistics.computed)}
                {stated_percent.map(|s| view! { " · " {move || format_percent(s, lang.get())} " — " {t!(i18n, statistics.stated)} })}
            </p>
        </figure>
    }
}
