use crate::components::{
    TimelineClusterList, TimelineClusters, TimelineControls, TimelineEras, TimelineMarker,
    TimelineTicks,
};
use crate::data::SharedLoaded;
use crate::hooks::{use_zoom_pan, Frame, TimelineAddress, ZoomPan};
use crate::i18n::*;
use exhibit_model::timeline::axis::{
    era_band, era_rows, lane_spec, Shown, LABEL_WIDE, LANE_TALL, LANE_WIDE, TICK_GUTTER,
};
use exhibit_model::timeline::{view_placing, Domain, Item, Layout, View, ZOOM_STEP};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_element_size, use_media_query};
use wasm_bindgen::JsCast;

/// How the axis answers gestures: along its length only, whichever way it runs.
#[derive(Clone, Copy)]
struct AxisGestures {
    tall: Signal<bool>,
}

impl AxisGestures {
    fn along(&self, (x, y): (f64, f64)) -> f64 {
        if self.tall.get_untracked() {
            y
        } else {
            x
        }
    }
}

impl ZoomPan for AxisGestures {
    type View = View;
    fn zoom(&self, v: &View, factor: f64, at: (f64, f64), _: Frame) -> View {
        v.zoomed(factor, self.along(at))
    }
    fn pan(&self, v: &View, dx: f64, dy: f64, _: Frame) -> View {
        v.panned(self.along((dx, dy)))
    }
    /// + and − zoom around the middle, arrows and Page keys move, Home and End jump.
    fn key(&self, v: &View, key: &str, _: Frame) -> Option<View> {
        Some(match key {
            "+" | "=" => v.zoomed(ZOOM_STEP, v.length / 2.0),
            "-" | "_" => v.zoomed(1.0 / ZOOM_STEP, v.length / 2.0),
            "ArrowRight" | "ArrowDown" => v.panned(v.length * 0.2),
            "ArrowLeft" | "ArrowUp" => v.panned(-v.length * 0.2),
            "PageDown" => v.panned(v.length * 0.9),
            "PageUp" => v.panned(-v.length * 0.9),
            "Home" => v.at_start(),
            "End" => v.at_end(),
            _ => return None,
        })
    }
}

/// The interactive axis: eras as bands, ticks that refine with the zoom, and the events
/// placed by `exhibit_model::timeline`. Horizontal on wide screens, vertical on narrow ones.
/// Only what is in view is in the DOM.
#[component]
pub fn TimelineAxis(
    loaded: SharedLoaded,
    /// The events to draw, filtered and in time order.
    items: Memo<Vec<Item>>,
    domain: Domain,
    /// The dataset index of the event open in the panel.
    selected: Memo<Option<usize>>,
    /// The filters and view that event links keep.
    address: TimelineAddress,
) -> impl IntoView {
    let i18n = use_i18n();
    let tall = use_media_query("(max-width: 700px)");
    let viewport = NodeRef::<Div>::new();
    let size = use_element_size(viewport);

    let mut eras: Vec<Item> = loaded
        .exhibit
        .eras
        .entries
        .iter()
        .enumerate()
        .map(|(i, era)| Item::new(i, &era.date))
        .collect();
    eras.sort_by_key(|e| (e.first, e.last));
    let rows = era_rows(&eras, domain);
    let band = era_band(&rows);

    let length = Memo::new(move |_| {
        if tall.get() {
            size.height.get()
        } else {
            size.width.get()
        }
    });
    let view = RwSignal::new(View::fit(domain, 1000.0));
    Effect::new(move |_| {
        let length = length.get();
        if length > 0.0 {
            view.update(|v| *v = v.resized(length));
        }
    });
    let px_per_day = Memo::new(move |_| view.with(|v| v.px_per_day));
    let spec = Memo::new(move |_| lane_spec(tall.get(), size.width.get(), size.height.get(), band));
    let layout = Memo::new(move |_| {
        items.with(|items| Layout::new(items, domain, px_per_day.get(), spec.get()))
    });
    let shown = Memo::new(move |_| {
        let v = view.get();
        layout.with(|layout| {
            items.with(|items| {
                layout
                    .visible(&v)
                    .map(|p| {
                        let item = &items[p.item];
                        Shown {
                            event: item.event,
                            lane: p.lane,
                            start: p.start,
                            end: p.end,
                            mark: item.mark,
                            approximate: item.approximate,
                        }
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let clusters = Memo::new(move |_| {
        let v = view.get();
        layout.with(|l| l.visible_clusters(&v).cloned().collect::<Vec<_>>())
    });
    // Pixels along the axis from the domain's first day to the view's start.
    let offset =
        Signal::derive(move || view.with(|v| (v.start - domain.first as f64) * v.px_per_day));

    // The event chosen in the panel comes into sight, out of any cluster.
    Effect::new(move |_| {
        let Some(event) = selected.get() else { return };
        length.track();
        let spec = spec.get_untracked();
        items.with_untracked(|items| {
            if let Some(index) = items.iter().position(|i| i.event == event) {
                view.update(|v| *v = view_placing(v, items, index, spec));
            }
        });
    });

    // Where a cluster's events are listed, when zooming cannot separate them.
    let open_cluster = RwSignal::new(None::<Vec<usize>>);
    let gestures = use_zoom_pan(viewport, view, AxisGestures { tall });
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && open_cluster.get_untracked().is_some() {
            ev.stop_propagation();
            open_cluster.set(None);
        } else if gestures.key(&ev) {
            keep_focus_inside(viewport);
        }
    };
    let lanes = Signal::derive(move || spec.get().lanes);
    let marker_data = loaded.clone();

    view! {
        <TimelineControls view=view/>
        <div
            id="tl-viewport"
            class=move || if tall.get() { "tl-viewport tall" } else { "tl-viewport wide" }
            style=move || format!("--era-band:{band}px;--lane-wide:{LANE_WIDE}px;--lane-tall:{LANE_TALL}px;--label-wide:{LABEL_WIDE}px;--gutter:{TICK_GUTTER}px")
            node_ref=viewport
            tabindex="0"
            role="region"
            aria-label=move || t_string!(i18n, timeline.axis_label)
            aria-describedby="tl-help"
            data-gestures=""
            on:keydown=on_key
            on:wheel=move |ev| gestures.wheel(&ev)
            on:pointerdown=move |ev| gestures.pointer_down(&ev)
            on:pointermove=move |ev| gestures.pointer_move(&ev)
            on:pointerup=move |ev| gestures.pointer_up(&ev)
            on:pointercancel=move |ev| gestures.pointer_up(&ev)
        >
            <TimelineEras loaded=loaded.clone() eras=eras rows=rows view=view tall=tall/>
            <TimelineTicks view=view tall=tall/>
            <For each=move || shown.get() key=|s| s.event let:s>
                <TimelineMarker
                    loaded=marker_data.clone()
                    event=s.event
                    shown=shown
                    offset=offset
                    era_band=band
                    tall=tall
                    selected=selected
                    address=address
                    dragged=Callback::new(move |()| gestures.dragged())
                />
            </For>
            <TimelineClusters
                clusters=clusters
                items=items
                view=view
                offset=offset
                lanes=lanes
                era_band=band
                tall=tall
                open=open_cluster
            />
        </div>
        <TimelineClusterList loaded=loaded.clone() open=open_cluster address=address/>
        <p id="tl-help" class="tl-help">{t!(i18n, timeline.axis_help)}</p>
    }
}

/// After the axis redraws, a focused marker that scrolled out of view no longer exists;
/// focus then returns to the axis itself instead of being lost.
fn keep_focus_inside(viewport: NodeRef<Div>) {
    request_animation_frame(move || {
        let Some(el) = viewport.get_untracked() else {
            return;
        };
        let lost = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_none_or(|active| active.tag_name() == "BODY");
        if lost {
            let _ = el.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
}
