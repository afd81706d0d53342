use crate::components::{MapControls, MapMarker};
use crate::data::{fetch_outlines, SharedLoaded};
use crate::hooks::{use_zoom_pan, Frame, ZoomPan};
use crate::i18n::*;
use crate::routing::{use_lang, use_links, use_navigate_in_place};
use exhibit_model::map::{
    scene, MapView, Projection, ScenePlace, COUNTRY_FONT, KAZAKHSTAN, KAZAKHSTAN_ID, REGION,
    ZOOM_STEP,
};
use exhibit_model::{Place, Route};
use leptos::html::Div;
use leptos::prelude::*;
use leptos_use::use_element_size;

/// The map is drawn this many SVG units wide; everything else follows from the projection.
const MAP_WIDTH: f64 = 1000.0;
/// Zoom used when a place is opened from a link.
const PLACE_ZOOM: f64 = 5.0;

/// How the map answers gestures: pixels become SVG units at the current zoom.
#[derive(Clone, Copy)]
struct MapGestures;

fn svg_per_px(v: &MapView, frame: Frame) -> f64 {
    v.view_box().2 / frame.width
}

impl ZoomPan for MapGestures {
    type View = MapView;
    fn zoom(&self, v: &MapView, factor: f64, at: (f64, f64), frame: Frame) -> MapView {
        let (x, y, _, _) = v.view_box();
        let s = svg_per_px(v, frame);
        v.zoomed(factor, (x + at.0 * s, y + at.1 * s))
    }
    fn pan(&self, v: &MapView, dx: f64, dy: f64, frame: Frame) -> MapView {
        let s = svg_per_px(v, frame);
        v.panned(dx * s, dy * s)
    }
    /// + and − zoom around the middle, arrows move by a fifth of the view.
    fn key(&self, v: &MapView, key: &str, _: Frame) -> Option<MapView> {
        let (x, y, w, h) = v.view_box();
        let middle = (x + w / 2.0, y + h / 2.0);
        Some(match key {
            "+" | "=" => v.zoomed(ZOOM_STEP, middle),
            "-" | "_" => v.zoomed(1.0 / ZOOM_STEP, middle),
            "ArrowRight" => v.panned(w * 0.2, 0.0),
            "ArrowLeft" => v.panned(-w * 0.2, 0.0),
            "ArrowDown" => v.panned(0.0, h * 0.2),
            "ArrowUp" => v.panned(0.0, -h * 0.2),
            _ => return None,
        })
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
    let (k_min, k_max) = (
        projection.project(KAZAKHSTAN.west, KAZAKHSTAN.north),
        projection.project(KAZAKHSTAN.east, KAZAKHSTAN.south),
    );
    let frame = NodeRef::<Div>::new();
    let size = use_element_size(frame);
    // The screen's height / width, once the frame has a size.
    let aspect = Memo::new(move |_| {
        let (w, h) = (size.width.get(), size.height.get());
        (w > 0.0 && h > 0.0).then(|| h / w)
    });
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

    let gestures = use_zoom_pan(frame, view, MapGestures);
    let open = {
        let go = use_navigate_in_place();
        Callback::new(move |id: String| go(&Route::place(&id)))
    };

    // Markers set apart, country names and labels at this view (`exhibit_model::map::scene`).
    let scene = {
        let places = places.clone();
        Memo::new(move |_| {
            let lang = lang.get();
            let chosen = selected.get();
            let scene_places: Vec<ScenePlace> = places
                .iter()
                .map(|(p, at)| ScenePlace {
                    at: *at,
                    kind: p.kind,
                    name: p.name.text(lang).to_string(),
                    chosen: chosen.as_deref() == Some(p.id.as_str()),
                })
                .collect();
            let countries = outlines
                .get()
                .and_then(|r| r.ok())
                .map(|o| {
                    o.labels
                        .iter()
                        .map(|l| {
                            (
                                l.name.text(lang).to_string(),
                                projection.project(l.lon, l.lat),
                            )
                        })
                        .collect()
                })
                .unwrap_or_default();
            scene(view.get().view_box(), scale.get(), &scene_places, countries)
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
        .into_iter()
        .enumerate()
        .map(|(index, (place, at))| {
            view! {
                <MapMarker place=place at=at index=index projection=projection
                    scene=scene view=view scale=scale selected=selected open=open
                    dragged=Callback::new(move |()| gestures.dragged())/>
            }
        })
        .collect_view();

    let country_names = move || {
        let (vx, vy, _, _) = view.get().view_box();
        let s = scale.get();
        scene.with(|scene| {
            scene
                .countries
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

    view! {
        <MapControls view=view projection=projection/>
        <div
            id="map-frame"
            class="map-frame"
            node_ref=frame
            tabindex="0"
            role="region"
            aria-label=move || t_string!(i18n, map.map_label)
            aria-describedby="map-help"
            data-gestures=""
            on:keydown=move |ev| {
                gestures.key(&ev);
            }
            on:wheel=move |ev| gestures.wheel(&ev)
            on:pointerdown=move |ev| gestures.pointer_down(&ev)
            on:pointermove=move |ev| gestures.pointer_move(&ev)
            on:pointerup=move |ev| gestures.pointer_up(&ev)
            on:pointercancel=move |ev| gestures.pointer_up(&ev)
        >
            <svg class="map-svg" viewBox=view_box preserveAspectRatio="xMidYMid meet" xmlns="http://www.w3.org/2000/svg">
                <rect class="sea" x="0" y="0" width=base.0 height=base.1/>
                <g class="countries" style=move || format!("stroke-width:{:.3}", 1.0 / scale.get())>{outline_paths}</g>
                <g class="country-labels">{country_names}</g>
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
