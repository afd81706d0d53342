use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::timeline::{format_day, tick_unit, View, ZOOM_STEP};
use leptos::prelude::*;

/// The axis's buttons (earlier, zoom out, zoom in, show all, later) and the stretch of
/// time in view, announced politely to screen readers as it changes.
#[component]
pub fn TimelineControls(view: RwSignal<View>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let visible_range = move || {
        let v = view.get();
        let unit = tick_unit(v.px_per_day, 64.0);
        let (from, to) = v.visible_days();
        let lang = lang.get();
        (
            format_day(from, unit, lang),
            format_day(to - 1.0, unit, lang),
        )
    };
    let step = move |f: fn(&View) -> View| move |_| view.update(|v| *v = f(v));
    view! {
        <div class="tl-controls" role="toolbar" aria-label=move || t_string!(i18n, timeline.axis_label) aria-controls="tl-viewport">
            <button type="button" class="button" on:click=step(|v| v.panned(-v.length * 0.5))>
                <span aria-hidden="true">"← "</span>{t!(i18n, timeline.earlier)}
            </button>
            <button type="button" class="button" disabled=move || !view.with(View::can_zoom_out)
                on:click=step(|v| v.zoomed(1.0 / ZOOM_STEP, v.length / 2.0))>
                <span aria-hidden="true">"− "</span>{t!(i18n, timeline.zoom_out)}
            </button>
            <button type="button" class="button" disabled=move || !view.with(View::can_zoom_in)
                on:click=step(|v| v.zoomed(ZOOM_STEP, v.length / 2.0))>
                <span aria-hidden="true">"+ "</span>{t!(i18n, timeline.zoom_in)}
            </button>
            <button type="button" class="button" disabled=move || !view.with(View::can_zoom_out)
                on:click=step(|v| View::fit(v.domain, v.length))>
                {t!(i18n, timeline.show_all)}
            </button>
            <button type="button" class="button" on:click=step(|v| v.panned(v.length * 0.5))>
                {t!(i18n, timeline.later)}<span aria-hidden="true">" →"</span>
            </button>
            <p class="tl-range" aria-live="polite">
                {move || {
                    let (from, to) = visible_range();
                    t!(i18n, timeline.visible_range, from = move || from.clone(), to = move || to.clone())
                }}
            </p>
        </div>
    }
}
