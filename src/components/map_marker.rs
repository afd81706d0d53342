use crate::i18n::*;
use crate::labels::place_kind_label;
use crate::routing::use_lang;
use exhibit_model::map::{
    marker_shape, uncertainty_km, MapScene, MapView, Projection, LABEL_FONT, MARKER,
};
use exhibit_model::Place;
use leptos::prelude::*;

/// One place on the map: its mark (a shape per kind), a dashed ring when the position is
/// approximate, a finger-sized target, a thin line to its true position when it was set
/// apart from a crowd, and its label where `MapScene` found room for it.
#[component]
pub fn MapMarker(
    place: Place,
    /// The place's true position in SVG units.
    at: (f64, f64),
    /// Its index in `MapScene`.
    index: usize,
    projection: Projection,
    scene: Memo<MapScene>,
    view: RwSignal<MapView>,
    scale: Memo<f64>,
    selected: Memo<Option<String>>,
    open: Callback<String>,
    /// Whether the pointer gesture that ends in a click was a drag: then it opens nothing.
    dragged: Callback<(), bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let (x, y) = at;
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
    let drawn = move || scene.with(|s| s.markers[index]);
    let name = place.name.clone();
    let label = move || {
        let rect = scene.with(|s| s.labels[index]);
        let (vx, vy, _, _) = view.get().view_box();
        let s = scale.get();
        rect.map(|r| {
            view! {
                <text class="place-label" aria-hidden="true"
                    x=format!("{:.2}", vx + (r.x + 3.0) / s)
                    y=format!("{:.2}", vy + (r.y + r.h - 6.0) / s)
                    style=format!("font-size:{:.3}px;stroke-width:{:.3}px", LABEL_FONT / s, 3.0 / s)>
                    {place.name.text(lang.get()).to_string()}
                </text>
            }
        })
    };
    let (click_id, key_id) = (id.clone(), id.clone());
    let selected_for_class = is_selected.clone();
    view! {
        <g
            class=move || format!("marker kind-{}{}", kind.key(), if selected_for_class() { " selected" } else { "" })
            role="link"
            tabindex="0"
            data-place=id
            aria-current=move || is_selected().then_some("true")
            aria-label=move || format!("{}, {}", name.text(lang.get()), place_kind_label(i18n, kind))
            on:click=move |_| {
                if !dragged.run(()) {
                    open.run(click_id.clone());
                }
            }
            on:keydown=move |ev| {
                if ev.key() == "Enter" || ev.key() == " " {
                    ev.prevent_default();
                    open.run(key_id.clone());
                }
            }
        >
            {ring.map(|r| view! { <circle class="uncertainty-ring" cx=x cy=y r=r style=move || format!("stroke-width:{:.3}", 1.5 / scale.get())/> })}
            {move || {
                let (dx, dy, _) = drawn();
                ((dx - x).abs() + (dy - y).abs() > 0.01).then(|| view! {
                    <line class="leader" x1=x y1=y x2=dx y2=dy style=format!("stroke-width:{:.3}", 1.0 / scale.get())/>
                })
            }}
            <circle
                class="hit-area"
                cx=move || format!("{:.2}", drawn().0)
                cy=move || format!("{:.2}", drawn().1)
                r=move || format!("{:.3}", drawn().2)
            />
            <path
                class="marker-shape"
                d=marker_shape(kind, MARKER)
                transform=move || {
                    let (dx, dy, _) = drawn();
                    format!("translate({dx:.2} {dy:.2}) scale({:.4})", 1.0 / scale.get())
                }
            />
        </g>
        {label}
    }
}
