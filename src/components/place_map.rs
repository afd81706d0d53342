use crate::data::{fetch_outlines, SharedLoaded};
use crate::i18n::*;
use crate::pages::place_kind_label;
use crate::pointer::PointerGestures;
use crate::routing::{use_lang, use_links, use_navigate_in_place};
use exhibit_model::gesture::GestureChange;
use exhibit_model::map::{
    label_width, place_labels, spread_markers, uncertainty_km, Bounds, LabelRequest, MapView,
    Projection, Rect, KAZAKHSTAN, KAZAKHSTAN_ID, REGION,
};
use exhibit_model::{Place, PlaceKind};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_element_size;

/// The map is drawn this many SVG units wide; everything else follows from the projection.
const MAP_WIDTH: f64 = 1000.0;
/// Screen sizes, in CSS pixels, whatever the zoom.
const MARKER: f64 = 7.0;
const LABEL_FONT: f64 = 13.0;
const LABEL_HEIGHT: f64 = 21.0;
const COUNTRY_FONT: f64 = 15.0;
const ZOOM_STEP: f64 = 1.5;
/// Zoom used when a place is opened from a link.
const PLACE_ZOOM: f64 = 5.0;

/// The order in which labels claim space: camps first, then the other sites of the story.
fn label_priority(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Camp => 0,
        PlaceKind::City => 1,
        PlaceKind::Memorial | PlaceKind::Cemetery => 2,
        PlaceKind::Port => 3,
        PlaceKind::Workplace | PlaceKind::Building => 4,
    }
}

/// A marker's outline, centred on (0, 0) with radius `r`: a different shape for each kind,
/// so that kinds differ by more than colour.
fn marker_shape(kind: PlaceKind, r: f64) -> String {
    let h = r * 0.87;
    match kind {
        PlaceKind::Camp => format!("M{0} {0}H{1}V{1}H{0}Z", -r * 0.85, r * 0.85),
        PlaceKind::City => format!("M{} 0A{r} {r} 0 1 0 {r} 0A{r} {r} 0 1 0 {} 0Z", -r, -r),
        PlaceKind::Workplace => format!("M0 {}L{h} {}L{} {}Z", -r, r * 0.6, -h, r * 0.6),
        PlaceKind::Building => format!("M0 {}L{r} 0L0 {r}L{} 0Z", -r, -r),
        PlaceKind::Cemetery => {
            let t = r * 0.35;
            format!(
                "M{} {}H{t}V{}H{r}V{t}H{t}V{r}H{}V{t}H{}V{}H{}Z",
                -t, -r, -t, -t, -r, -t, -t
            )
        }
        PlaceKind::Memorial => {
            // A five-pointed star.
            let mut d = String::new();
            for i in 0..10 {
                let radius = if i % 2 == 0 { r * 1.15 } else { r * 0.5 };
                let angle = std::f64::consts::PI * (i as f64) / 5.0 - std::f64::consts::FRAC_PI_2;
                d.push(if i == 0 { 'M' } else { 'L' });
                d.push_str(&format!(
                    "{:.2} {:.2}",
                    radius * angle.cos(),
                    radius * angle.sin()
                ));
            }
            d.push('Z');
            d
        }
        PlaceKind::Port => format!("M{} {}H{r}L0 {r}Z", -r, -r * 0.7),
    }
}

/// The offline map: country outlines from Natural Earth, the places as markers by kind (an
/// approximate place with a dashed ring), labels that never collide, and the return route.
/// Zooms and pans with the wheel, buttons, keys, drags and pinches. Selecting a marker opens
/// the place at `/map?place=ID`.
#[component]
pub fn PlaceMap(loaded: SharedLoaded, selected: Memo<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let outlines = LocalResource::new(move || fetch_outlines(links.asset("map/outlines.json")));

    let projection = Projection::fit_width(REGION, MAP_WIDTH);
    let base = (projection.width(), projection.height());
    let corners = move |b: Bounds| {
        (
            projection.project(b.west, b.north),
            projection.project(b.east, b.south),
        )
    };
    let frame = NodeRef::<Div>::new();
    let size = use_element_size(frame);
    // The screen's height / width, once the frame has a size.
    let aspect = Memo::new(move |_| {
        let (w, h) = (size.width.get(), size.height.get());
        (w > 0.0 && h > 0.0).then(|| h / w)
    });
    let (k_min, k_max) = corners(KAZAKHSTAN);
    let view = RwSignal::new(MapView::showing(base, 0.5, k_min, k_max));
    // Screen pixels per SVG unit.
    let scale = Memo::new(move |_| {
        let (_, _, w, _) = view.get().view_box();
        size.width.get().max(1.0) / w
    });

    let places: Vec<(Place, (f64, f64))> = loaded
        .exhibit
        .places
        .entries
        .iter()
        .filter_map(|p| {
            p.coordinates
                .map(|c| (p.clone(), projection.project(c.lon, c.lat)))
        })
        .collect();
    let point_of = {
        let places = places.clone();
        move |id: &str| places.iter().find(|(p, _)| p.id == id).map(|(_, at)| *at)
    };
    // The first view shows Kazakhstan, or the place a link opened; later, a resize keeps the
    // view and a newly chosen place comes into view, close enough to see its surroundings.
    Effect::new(move |previous: Option<(Option<f64>, Option<String>)>| {
        let (aspect, chosen) = (aspect.get(), selected.get());
        let Some(ratio) = aspect else {
            return (aspect, chosen);
        };
        let target = chosen.as_deref().and_then(&point_of);
        match previous {
            Some((Some(was), ref was_chosen)) => {
                if was != ratio {
                    view.update(|v| *v = v.with_aspect(ratio));
                }
                if *was_chosen != chosen {
                    if let Some(at) = target {
                        view.update(|v| *v = v.centred_on(at, PLACE_ZOOM));
                    }
                }
            }
            _ => {
                let first = MapView::showing(base, ratio, k_min, k_max);
                view.set(target.map_or(first, |at| first.centred_on(at, PLACE_ZOOM)));
            }
        }
        (aspect, chosen)
    });

    let open = {
        let go = use_navigate_in_place();
        move |id: &str| go(&format!("/map?place={id}"))
    };

    // Keyboard: + and − zoom around the middle, arrows move by a fifth of the view.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let v = view.get_untracked();
        let (x, y, w, h) = v.view_box();
        let middle = (x + w / 2.0, y + h / 2.0);
        let next = match ev.key().as_str() {
            "+" | "=" => v.zoomed(ZOOM_STEP, middle),
            "-" | "_" => v.zoomed(1.0 / ZOOM_STEP, middle),
            "ArrowRight" => v.panned(w * 0.2, 0.0),
            "ArrowLeft" => v.panned(-w * 0.2, 0.0),
            "ArrowDown" => v.panned(0.0, h * 0.2),
            "ArrowUp" => v.panned(0.0, -h * 0.2),
            _ => return,
        };
        ev.prevent_default();
        ev.stop_propagation();
        view.set(next);
    };
    // SVG coordinates of a client point.
    let to_map = move |x: f64, y: f64| -> (f64, f64) {
        let Some(el) = frame.get_untracked() else {
            return (0.0, 0.0);
        };
        let rect = el.get_bounding_client_rect();
        let (vx, vy, w, _) = view.get_untracked().view_box();
        let s = rect.width().max(1.0) / w;
        (vx + (x - rect.left()) / s, vy + (y - rect.top()) / s)
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        ev.prevent_default();
        let unit = if ev.delta_mode() == 1 { 16.0 } else { 1.0 };
        let at = to_map(ev.client_x() as f64, ev.client_y() as f64);
        view.update(|v| *v = v.zoomed((-ev.delta_y() * unit * 0.002).exp(), at));
    };
    let pointers = PointerGestures::new();
    let on_pointer_move = move |ev: web_sys::PointerEvent| {
        let Some(change) = pointers.moved(&ev) else {
            return;
        };
        // Read the view (`to_map`, `scale`) before writing it.
        let next = match change {
            GestureChange::Pan { dx, dy } => {
                let s = scale.get_untracked();
                view.get_untracked().panned(-dx / s, -dy / s)
            }
            GestureChange::Pinch { factor, at } => {
                let anchor = to_map(at.0, at.1);
                view.get_untracked().zoomed(factor, anchor)
            }
        };
        view.set(next);
    };
    // A drag that ends on a marker is not a click on it.
    let dragged = move || pointers.dragged();

    // Where each marker is drawn (SVG units): crowded markers are set apart on screen.
    let drawn_at = {
        let places = places.clone();
        Memo::new(move |_| {
            let (vx, vy, _, _) = view.get().view_box();
            let s = scale.get();
            let screen: Vec<(f64, f64)> = places
                .iter()
                .map(|(_, (x, y))| ((x - vx) * s, (y - vy) * s))
                .collect();
            let spread = spread_markers(&screen, MARKER + 1.0);
            // Each marker's touch target: up to 24 px around it, but never into a neighbour's.
            spread
                .iter()
                .map(|&(x, y)| {
                    let nearest = spread
                        .iter()
                        .map(|&(ox, oy)| ((ox - x).powi(2) + (oy - y).powi(2)).sqrt())
                        .filter(|d| *d > 0.01)
                        .fold(f64::MAX, f64::min);
                    let hit = (nearest / 2.0).clamp(MARKER + 1.0, 24.0);
                    (vx + x / s, vy + y / s, hit / s)
                })
                .collect::<Vec<_>>()
        })
    };

    // Country names first (they stay put), then place labels in order of importance.
    let layout = {
        let places = places.clone();
        Memo::new(move |_| {
            let v = view.get();
            let s = scale.get();
            let lang = lang.get();
            let chosen = selected.get();
            let (vx, vy, w, h) = v.view_box();
            let frame_rect = Rect {
                x: 0.0,
                y: 0.0,
                w: w * s,
                h: h * s,
            };
            let screen = |(x, y): (f64, f64)| ((x - vx) * s, (y - vy) * s);
            let countries: Vec<(String, Rect)> = outlines
                .get()
                .and_then(|r| r.ok())
                .map(|o| {
                    o.labels
                        .iter()
                        .map(|l| {
                            let (x, y) = screen(projection.project(l.lon, l.lat));
                            let text = l.name.text(lang).to_string();
                            // Spaced capitals run wider than ordinary text.
                            let width = label_width(&text, COUNTRY_FONT) * 1.3;
                            (
                                text,
                                Rect {
                                    x: x - width / 2.0,
                                    y: y - 12.0,
                                    w: width,
                                    h: 24.0,
                                },
                            )
                        })
                        .filter(|(_, r)| {
                            r.x >= 0.0
                                && r.y >= 0.0
                                && r.x + r.w <= frame_rect.w
                                && r.y + r.h <= frame_rect.h
                        })
                        .fold(Vec::<(String, Rect)>::new(), |mut kept, (text, r)| {
                            // Neighbouring countries' names may meet when zoomed out: the first stays.
                            if !kept.iter().any(|(_, k)| k.overlaps(&r)) {
                                kept.push((text, r));
                            }
                            kept
                        })
                })
                .unwrap_or_default();
            let mut order: Vec<usize> = (0..places.len()).collect();
            order.sort_by_key(|i| {
                let p = &places[*i].0;
                (
                    chosen.as_deref() != Some(p.id.as_str()),
                    label_priority(p.kind),
                )
            });
            let drawn = drawn_at.get();
            let requests: Vec<LabelRequest> = order
                .iter()
                .map(|i| {
                    let place = &places[*i].0;
                    LabelRequest {
                        at: screen((drawn[*i].0, drawn[*i].1)),
                        radius: MARKER,
                        size: (label_width(place.name.text(lang), LABEL_FONT), LABEL_HEIGHT),
                    }
                })
                .collect();
            let obstacles: Vec<Rect> = countries.iter().map(|(_, r)| *r).collect();
            let placed = place_labels(&requests, &obstacles, frame_rect);
            let mut labels = vec![None; places.len()];
            for (slot, rect) in order.into_iter().zip(placed) {
                labels[slot] = rect;
            }
            (countries, labels)
        })
    };

    let outline_paths = move || {
        outlines.get().map(|result| match result {
            Ok(o) => o
                .countries
                .iter()
                .map(|c| {
                    let class = if c.id == KAZAKHSTAN_ID {
                        "country home"
                    } else {
                        "country"
                    };
                    view! { <path class=class d=projection.path(&c.rings)/> }
                })
                .collect_view()
                .into_any(),
            Err(_) => ().into_any(),
        })
    };
    let outline_failed = move || {
        outlines.get().is_some_and(|r| r.is_err()).then(|| {
            view! { <p class="map-note" role="status">{t!(i18n, map.outline_missing)}</p> }
        })
    };

    // Karaganda to Nakhodka by rail, then by sea to Maizuru: drawn only if all three exist.
    let route = ["karaganda", "nakhodka", "maizuru"]
        .iter()
        .map(|id| places.iter().find(|(p, _)| p.id == *id).map(|(_, at)| *at))
        .collect::<Option<Vec<_>>>()
        .map(|points| {
            let d = points
                .iter()
                .enumerate()
                .map(|(i, (x, y))| format!("{}{x:.1} {y:.1}", if i == 0 { 'M' } else { 'L' }))
                .collect::<String>();
            view! {
                <path class="route" d=d style=move || format!("stroke-width:{:.3}", 2.0 / scale.get())>
                    <title>{move || t_string!(i18n, map.route)}</title>
                </path>
            }
        });

    let markers = places
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, (place, (x, y)))| {
            let kind = place.kind;
            let id = place.id.clone();
            let ring = place
                .coordinates
                .and_then(|c| uncertainty_km(c.precision))
                .map(|km| projection.km(km));
            let is_selected = {
                let id = id.clone();
                move || selected.get().as_deref() == Some(id.as_str())
            };
            let name = place.name.clone();
            let label_name = place.name.clone();
            let label = move || {
                let rect = layout.with(|(_, labels)| labels[index]);
                let (vx, vy, _, _) = view.get().view_box();
                let s = scale.get();
                rect.map(|r| {
                    let text = label_name.text(lang.get()).to_string();
                    view! {
                        <text class="place-label" aria-hidden="true"
                            x=format!("{:.2}", vx + (r.x + 3.0) / s)
                            y=format!("{:.2}", vy + (r.y + r.h - 6.0) / s)
                            style=format!("font-size:{:.3}px;stroke-width:{:.3}px", LABEL_FONT / s, 3.0 / s)>
                            {text}
                        </text>
                    }
                })
            };
            let open = open.clone();
            let open_key = open.clone();
            let click_id = id.clone();
            let key_id = id.clone();
            let selected_for_class = is_selected.clone();
            view! {
                <g
                    class=move || format!("marker kind-{}{}", kind.key(), if selected_for_class() { " selected" } else { "" })
                    role="link"
                    tabindex="0"
                    data-place=id.clone()
                    aria-current=move || is_selected().then_some("true")
                    aria-label=move || format!("{}, {}", name.text(lang.get()), place_kind_label(i18n, kind))
                    on:click=move |_| {
                        if !dragged() {
                            open(&click_id);
                        }
                    }
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            open_key(&key_id);
                        }
                    }
                >
                    {ring.map(|r| view! { <circle class="uncertainty-ring" cx=x cy=y r=r style=move || format!("stroke-width:{:.3}", 1.5 / scale.get())/> })}
                    // A marker set apart from a crowd keeps a thin line to its true position.
                    {move || {
                        let (dx, dy, _) = drawn_at.with(|d| d[index]);
                        ((dx - x).abs() + (dy - y).abs() > 0.01).then(|| view! {
                            <line class="leader" x1=x y1=y x2=dx y2=dy style=format!("stroke-width:{:.3}", 1.0 / scale.get())/>
                        })
                    }}
                    // A finger-sized target around the small mark.
                    <circle
                        class="hit-area"
                        cx=move || format!("{:.2}", drawn_at.with(|d| d[index].0))
                        cy=move || format!("{:.2}", drawn_at.with(|d| d[index].1))
                        r=move || format!("{:.3}", drawn_at.with(|d| d[index].2))
                    />
                    <path
                        class="marker-shape"
                        d=marker_shape(kind, MARKER)
                        transform=move || {
                            let (dx, dy, _) = drawn_at.with(|d| d[index]);
                            format!("translate({dx:.2} {dy:.2}) scale({:.4})", 1.0 / scale.get())
                        }
                    />
                </g>
                {label}
            }
        })
        .collect_view();

    let country_labels = move || {
        let (vx, vy, _, _) = view.get().view_box();
        let s = scale.get();
        layout.with(|(countries, _)| {
            countries
                .iter()
                .map(|(text, r)| {
                    view! {
                        <text class="country-label" aria-hidden="true" text-anchor="middle"
                            x=format!("{:.2}", vx + (r.x + r.w / 2.0) / s)
                            y=format!("{:.2}", vy + (r.y + 17.0) / s)
                            style=format!("font-size:{:.3}px", COUNTRY_FONT / s)>
                            {text.clone()}
                        </text>
                    }
                })
                .collect_view()
        })
    };

    let view_box = move || {
        let (x, y, w, h) = view.get().view_box();
        format!("{x:.2} {y:.2} {w:.2} {h:.2}")
    };
    let show = move |bounds: Bounds| {
        let (min, max) = corners(bounds);
        move |_| view.update(|v| *v = MapView::showing(base, v.aspect, min, max))
    };
    let step = move |factor: f64| {
        move |_| {
            view.update(|v| {
                let (x, y, w, h) = v.view_box();
                *v = v.zoomed(factor, (x + w / 2.0, y + h / 2.0));
            })
        }
    };
    let (r_min, r_max) = corners(Bounds {
        west: 66.0,
        south: 33.0,
        east: 140.0,
        north: 53.0,
    });

    view! {
        <div class="map-controls" role="toolbar" aria-label=move || t_string!(i18n, map.map_label) aria-controls="map-frame">
            <button type="button" class="button" disabled=move || !view.with(MapView::can_zoom_out) on:click=step(1.0 / ZOOM_STEP)>
                <span aria-hidden="true">"− "</span>{t!(i18n, map.zoom_out)}
            </button>
            <button type="button" class="button" disabled=move || !view.with(MapView::can_zoom_in) on:click=step(ZOOM_STEP)>
                <span aria-hidden="true">"+ "</span>{t!(i18n, map.zoom_in)}
            </button>
            <button type="button" class="button" on:click=show(KAZAKHSTAN)>{t!(i18n, map.show_kazakhstan)}</button>
            <button type="button" class="button" on:click=move |_| view.update(|v| *v = MapView::showing(base, v.aspect, r_min, r_max))>
                {t!(i18n, map.show_route)}
            </button>
        </div>
        <div
            id="map-frame"
            class="map-frame"
            node_ref=frame
            tabindex="0"
            role="region"
            aria-label=move || t_string!(i18n, map.map_label)
            aria-describedby="map-help"
            data-gestures=""
            on:keydown=on_key
            on:wheel=on_wheel
            on:pointerdown=move |ev| pointers.down(&ev)
            on:pointermove=on_pointer_move
            on:pointerup=move |ev| pointers.up(&ev)
            on:pointercancel=move |ev| pointers.up(&ev)
        >
            <svg class="map-svg" viewBox=view_box preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">
                <rect class="sea" x="0" y="0" width=base.0 height=base.1/>
                <g class="countries" style=move || format!("stroke-width:{:.3}", 1.0 / scale.get())>{outline_paths}</g>
                <g class="country-labels">{country_labels}</g>
                {route}
                <g class="markers">{markers}</g>
            </svg>
        </div>
        {outline_failed}
        <p id="map-help" class="tl-help">{t!(i18n, map.help)}</p>
        <p class="map-note">
            <span class="route-key" aria-hidden="true"></span>{t!(i18n, map.route)}
            " · "
            {t!(i18n, map.outline_source)}
        </p>
    }
}
