use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::pages::category_label;
use crate::pointer::PointerGestures;
use crate::routing::{use_lang, use_links};
use exhibit_model::gesture::GestureChange;
use exhibit_model::timeline::{
    format_day, tick_label, tick_unit, ticks, timeline_path, view_placing, Domain, Item, LaneSpec,
    Layout, Mark, View, ZOOM_STEP,
};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::{use_element_size, use_media_query};
use wasm_bindgen::JsCast;

/// Geometry in CSS pixels. Along the axis a label needs `LABEL_*`; across it a lane is
/// `LANE_*` wide. Markers are at least 48 px tall so that they suit a finger.
const LABEL_WIDE: f64 = 210.0;
const LANE_WIDE: f64 = 64.0;
const LABEL_TALL: f64 = 58.0;
const LANE_TALL: f64 = 150.0;
const CLUSTER: f64 = 52.0;
const ERA_ROW: f64 = 24.0;
const TICK_BAND: f64 = 30.0;
const TICK_GUTTER: f64 = 58.0;
const MIN_TICK_GAP_WIDE: f64 = 64.0;
const MIN_TICK_GAP_TALL: f64 = 40.0;

/// One event in view, where the layout put it.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Shown {
    event: usize,
    lane: usize,
    start: f64,
    end: f64,
    mark: Mark,
    approximate: bool,
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
    /// The query (filters, view) that event links keep.
    query: Memo<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
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
    let era_rows = {
        // Overlapping periods take separate rows; a rough layout is enough to count them.
        let layout = Layout::new(
            &eras,
            domain,
            1.0,
            LaneSpec {
                label: 0.0,
                cluster: 0.0,
                lanes: 3,
            },
        );
        let rows: Vec<usize> = (0..eras.len())
            .map(|i| layout.lane_of(i).unwrap_or(2))
            .collect();
        rows
    };
    let era_band = ERA_ROW * (era_rows.iter().copied().max().map_or(0, |m| m + 1)) as f64;

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
    let spec = Memo::new(move |_| {
        if tall.get() {
            let room = size.width.get() - TICK_GUTTER - era_band - CLUSTER;
            LaneSpec {
                label: LABEL_TALL,
                cluster: CLUSTER,
                lanes: ((room / LANE_TALL).floor() as usize).clamp(1, 6),
            }
        } else {
            let room = size.height.get() - era_band - TICK_BAND - CLUSTER;
            LaneSpec {
                label: LABEL_WIDE,
                cluster: CLUSTER,
                lanes: ((room / LANE_WIDE).floor() as usize).clamp(1, 12),
            }
        }
    });
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
    let offset = move || view.with(|v| (v.start - domain.first as f64) * v.px_per_day);

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
    let zoom_to = move |first: i64, last: i64, events: Vec<usize>| {
        let current = view.get_untracked();
        let next = current.showing(first, last);
        if next.px_per_day > current.px_per_day * 1.05 {
            open_cluster.set(None);
            view.set(next);
        } else {
            open_cluster.set(Some(events));
        }
    };

    // Keyboard: + and − zoom around the middle, arrows and Page keys move, Home and End jump.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let v = view.get_untracked();
        let next = match ev.key().as_str() {
            "+" | "=" => v.zoomed(ZOOM_STEP, v.length / 2.0),
            "-" | "_" => v.zoomed(1.0 / ZOOM_STEP, v.length / 2.0),
            "ArrowRight" | "ArrowDown" => v.panned(v.length * 0.2),
            "ArrowLeft" | "ArrowUp" => v.panned(-v.length * 0.2),
            "PageDown" => v.panned(v.length * 0.9),
            "PageUp" => v.panned(-v.length * 0.9),
            "Home" => v.at_start(),
            "End" => v.at_end(),
            "Escape" if open_cluster.get_untracked().is_some() => {
                open_cluster.set(None);
                v
            }
            _ => return,
        };
        // The axis owns these keys: the page must not scroll, the pager must not turn.
        ev.prevent_default();
        ev.stop_propagation();
        view.set(next);
        keep_focus_inside(viewport);
    };

    // Along-axis position of a client point, relative to the viewport.
    let along = move |x: f64, y: f64| -> f64 {
        let Some(el) = viewport.get_untracked() else {
            return 0.0;
        };
        let rect = el.get_bounding_client_rect();
        if tall.get_untracked() {
            y - rect.top()
        } else {
            x - rect.left()
        }
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => length.get_untracked(),
            _ => 1.0,
        };
        let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
        let v = view.get_untracked();
        let next = if dx.abs() > dy.abs() && !ev.ctrl_key() {
            v.panned(dx)
        } else {
            // Trackpad pinches arrive as wheel events with ctrlKey; both zoom.
            let at = along(ev.client_x() as f64, ev.client_y() as f64);
            v.zoomed((-dy * 0.002).exp(), at)
        };
        view.set(next);
    };

    let pointers = PointerGestures::new();
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let Some(change) = pointers.moved(&ev) else {
            return;
        };
        let v = view.get_untracked();
        let next = match change {
            GestureChange::Pan { dx, dy } => {
                v.panned(-(if tall.get_untracked() { dy } else { dx }))
            }
            GestureChange::Pinch { factor, at } => v.zoomed(factor, along(at.0, at.1)),
        };
        view.set(next);
    };
    // A drag that ends on a marker is not a click on it.
    let dragged = move || pointers.dragged();

    let event_title = {
        let loaded = loaded.clone();
        move |event: usize| loaded.exhibit.events.entries[event].title.clone()
    };
    let marker = {
        let loaded = loaded.clone();
        move |event: usize| {
            let entry = loaded.exhibit.events.entries[event].clone();
            let place = move || shown.with(|all| all.iter().find(|s| s.event == event).copied());
            let id = entry.id.clone();
            let href = move || links.href(&timeline_path(Some(&id), &query.read()));
            let style = move || {
                let Some(s) = place() else {
                    return String::new();
                };
                let at = s.start - offset();
                let bar = (s.end - s.start).max(0.0);
                let is_tall = tall.get();
                // A long period that began before the view keeps its label in sight.
                let label = if is_tall { LABEL_TALL } else { LABEL_WIDE };
                let shift = (-at).clamp(0.0, (bar - label).max(0.0));
                if is_tall {
                    format!(
                        "top:{at:.1}px;left:{:.0}px;--bar:{bar:.1}px;--shift:{shift:.1}px",
                        TICK_GUTTER + era_band + s.lane as f64 * LANE_TALL
                    )
                } else {
                    format!(
                        "left:{at:.1}px;top:{:.0}px;--bar:{bar:.1}px;--shift:{shift:.1}px",
                        era_band + s.lane as f64 * LANE_WIDE
                    )
                }
            };
            let class = move || {
                let Some(s) = place() else {
                    return String::new();
                };
                let mark = match s.mark {
                    Mark::Day => "mark-day",
                    Mark::Vague => "mark-vague",
                    Mark::Range => "mark-range",
                };
                let mut class = format!("tl-event {mark} category-{}", entry.category.key());
                if s.approximate {
                    class.push_str(" approximate");
                }
                if selected.get() == Some(event) {
                    class.push_str(" selected");
                }
                class
            };
            let date = entry.date;
            let category = entry.category;
            let title = entry.title.clone();
            view! {
                <a
                    class=class
                    style=style
                    href=href
                    data-noscroll=""
                    data-event=entry.id.clone()
                    aria-current=move || (selected.get() == Some(event)).then_some("true")
                    on:click=move |ev| {
                        if dragged() {
                            ev.prevent_default();
                        }
                    }
                >
                    <span class="tl-bar" aria-hidden="true"></span>
                    <span class="tl-label">
                        <time class="tl-date" datetime=date.to_string()>{move || date.format(lang.get())}</time>
                        <span class="tl-title">{move || title.text(lang.get()).to_string()}</span>
                        <span class="sr-only">{move || format!(", {}", category_label(i18n, category))}</span>
                    </span>
                </a>
            }
        }
    };

    let era_bands = {
        let loaded = loaded.clone();
        move || {
            let v = view.get();
            let is_tall = tall.get();
            eras.iter()
                .zip(era_rows.iter())
                .filter_map(|(era_item, row)| {
                    let start = v.px_of(era_item.first as f64);
                    let end = v.px_of((era_item.last + 1) as f64);
                    if end < 0.0 || start > v.length {
                        return None;
                    }
                    let era = loaded.exhibit.eras.entries[era_item.event].clone();
                    let cross = *row as f64 * ERA_ROW;
                    // The name stays at the visible start of a band that began earlier.
                    let inset = (-start).max(0.0);
                    let style = if is_tall {
                        format!(
                            "top:{start:.1}px;height:{:.1}px;left:{:.0}px;padding-top:{inset:.1}px",
                            end - start,
                            TICK_GUTTER + cross
                        )
                    } else {
                        format!(
                            "left:{start:.1}px;width:{:.1}px;top:{cross:.0}px;padding-left:calc({inset:.1}px + 0.4rem)",
                            end - start
                        )
                    };
                    Some(view! {
                        <div class=format!("tl-era era-{}", era.id) style=style>
                            <span>{era.title.text(lang.get()).to_string()}</span>
                        </div>
                    })
                })
                .collect_view()
        }
    };

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

    let cluster_badges = move || {
        let is_tall = tall.get();
        let lanes = spec.get().lanes as f64;
        let o = offset();
        clusters
            .get()
            .into_iter()
            .map(|c| {
                let at = c.start - o;
                let style = if is_tall {
                    format!(
                        "top:{at:.1}px;left:{:.0}px",
                        TICK_GUTTER + era_band + lanes * LANE_TALL
                    )
                } else {
                    format!("left:{at:.1}px;top:{:.0}px", era_band + lanes * LANE_WIDE)
                };
                let count = c.items.len();
                let events: Vec<usize> = items.with_untracked(|items| {
                    c.items.iter().map(|i| items[*i].event).collect()
                });
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
    };

    let cluster_list = {
        let event_title = event_title.clone();
        let loaded = loaded.clone();
        move || {
            open_cluster.get().map(|events| {
                let entries = events
                    .into_iter()
                    .map(|event| {
                        let id = loaded.exhibit.events.entries[event].id.clone();
                        let date = loaded.exhibit.events.entries[event].date;
                        let title = event_title(event);
                        let href = move || links.href(&timeline_path(Some(&id), &query.read()));
                        view! {
                            <li>
                                <a href=href data-noscroll="" on:click=move |_| open_cluster.set(None)>
                                    <time datetime=date.to_string()>{move || date.format(lang.get())}</time>
                                    " "
                                    {move || title.text(lang.get()).to_string()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="tl-cluster-list" role="group" aria-labelledby="tl-cluster-heading">
                        <p id="tl-cluster-heading">{t!(i18n, timeline.cluster_list)}</p>
                        <ul>{entries}</ul>
                        <button type="button" class="button" on:click=move |_| open_cluster.set(None)>
                            {t!(i18n, timeline.close)}
                        </button>
                    </div>
                }
            })
        }
    };

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
        <div
            id="tl-viewport"
            class=move || if tall.get() { "tl-viewport tall" } else { "tl-viewport wide" }
            style=move || format!("--era-band:{era_band}px;--lane-wide:{LANE_WIDE}px;--lane-tall:{LANE_TALL}px;--label-wide:{LABEL_WIDE}px;--gutter:{TICK_GUTTER}px")
            node_ref=viewport
            tabindex="0"
            role="region"
            aria-label=move || t_string!(i18n, timeline.axis_label)
            aria-describedby="tl-help"
            data-gestures=""
            on:keydown=on_key
            on:wheel=on_wheel
            on:pointerdown=move |ev| pointers.down(&ev)
            on:pointermove=on_pointer_move
            on:pointerup=move |ev| pointers.up(&ev)
            on:pointercancel=move |ev| pointers.up(&ev)
        >
            <div class="tl-eras" aria-hidden="true">{era_bands}</div>
            <div class="tl-ticks" aria-hidden="true">{tick_marks}</div>
            <For each=move || shown.get() key=|s| s.event let:s>
                {marker(s.event)}
            </For>
            {cluster_badges}
        </div>
        {cluster_list}
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
