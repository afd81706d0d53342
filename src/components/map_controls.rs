use crate::i18n::*;
use exhibit_model::map::{Bounds, MapView, Projection, KAZAKHSTAN, ZOOM_STEP};
use leptos::prelude::*;

/// The whole journey home, from Central Asia to Japan.
const ROUTE_BOUNDS: Bounds = Bounds {
    west: 66.0,
    south: 33.0,
    east: 140.0,
    north: 53.0,
};

/// The map's buttons: zoom out and in, show Kazakhstan, show the way home.
#[component]
pub fn MapControls(view: RwSignal<MapView>, projection: Projection) -> impl IntoView {
    let i18n = use_i18n();
    let base = (projection.width(), projection.height());
    let show = move |b: Bounds| {
        let (min, max) = (
            projection.project(b.west, b.north),
            projection.project(b.east, b.south),
        );
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
    view! {
        <div class="map-controls" role="toolbar" aria-label=move || t_string!(i18n, map.map_label) aria-controls="map-frame">
            <button type="button" class="button" disabled=move || !view.with(MapView::can_zoom_out) on:click=step(1.0 / ZOOM_STEP)>
                <span aria-hidden="true">"− "</span>{t!(i18n, map.zoom_out)}
            </button>
            <button type="button" class="button" disabled=move || !view.with(MapView::can_zoom_in) on:click=step(ZOOM_STEP)>
                <span aria-hidden="true">"+ "</span>{t!(i18n, map.zoom_in)}
            </button>
            <button type="button" class="button" on:click=show(KAZAKHSTAN)>{t!(i18n, map.show_kazakhstan)}</button>
            <button type="button" class="button" on:click=show(ROUTE_BOUNDS)>{t!(i18n, map.show_route)}</button>
        </div>
    }
}
