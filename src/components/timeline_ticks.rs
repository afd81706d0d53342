use crate::routing::use_lang;
use exhibit_model::timeline::axis::{MIN_TICK_GAP_TALL, MIN_TICK_GAP_WIDE};
use exhibit_model::timeline::{tick_label, ticks, View};
use leptos::prelude::*;

/// The axis's ticks: decades, years, months or days, as fine as the zoom allows.
#[component]
pub fn TimelineTicks(view: RwSignal<View>, tall: Signal<bool>) -> impl IntoView {
    let lang = use_lang();
    let tick_marks = move || {
        let v = view.get();
        let is_tall = tall.get();
        let gap = if is_tall {
            MIN_TICK_GAP_TALL
        } else {
            MIN_TICK_GAP_WIDE
        };
        let (unit, found) = ticks(&v, gap);
        let lang = lang.get();
        found
            .into_iter()
            .map(|tick| {
                let at = v.px_of(tick.day as f64);
                let style = if is_tall {
                    format!("top:{at:.1}px")
                } else {
                    format!("left:{at:.1}px")
                };
                view! {
                    <div class=if tick.major { "tl-tick major" } else { "tl-tick" } style=style>
                        <span>{tick_label(&tick, unit, lang)}</span>
                    </div>
                }
            })
            .collect_view()
    };
    view! { <div class="tl-ticks" aria-hidden="true">{tick_marks}</div> }
}
