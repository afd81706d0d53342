use crate::i18n::*;
use exhibit_model::timeline::axis::lane_offset;
use exhibit_model::timeline::{Cluster, Item, View};
use leptos::prelude::*;

/// The `+N` badges for events that found no lane at this zoom. A badge zooms in on its
/// events, or, when zooming cannot separate them, lists them (`TimelineClusterList`).
#[component]
pub fn TimelineClusters(
    clusters: Memo<Vec<Cluster>>,
    items: Memo<Vec<Item>>,
    view: RwSignal<View>,
    offset: Signal<f64>,
    lanes: Signal<usize>,
    era_band: f64,
    tall: Signal<bool>,
    /// The events of the cluster whose list is open.
    open: RwSignal<Option<Vec<usize>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let zoom_to = move |first: i64, last: i64, events: Vec<usize>| {
        let current = view.get_untracked();
        let next = current.showing(first, last);
        if next.px_per_day > current.px_per_day * 1.05 {
            open.set(None);
            view.set(next);
        } else {
            open.set(Some(events));
        }
    };
    move || {
        let is_tall = tall.get();
        let across = lane_offset(is_tall, era_band, lanes.get() as f64);
        let o = offset.get();
        clusters
            .get()
            .into_iter()
            .map(|c| {
                let at = c.start - o;
                let style = if is_tall {
                    format!("top:{at:.1}px;left:{across:.0}px")
                } else {
                    format!("left:{at:.1}px;top:{across:.0}px")
                };
                let count = c.items.len();
                let events: Vec<usize> =
                    items.with_untracked(|items| c.items.iter().map(|i| items[*i].event).collect());
                let (first, last) = (c.first, c.last);
                view! {
                    <button
                        type="button"
                        class="tl-cluster"
                        style=style
                        aria-label=move || t_string!(i18n, timeline.cluster, count = count).to_string()
                        on:click=move |_| zoom_to(first, last, events.clone())
                    >
                        {format!("+{count}")}
                    </button>
                }
            })
            .collect_view()
    }
}
