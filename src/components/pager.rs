use crate::components::LocalText;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::{LocalizedText, Route};
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

/// A neighbour in a sequence: its route and its title.
pub type Neighbour = Option<(Route, LocalizedText)>;

/// Whether a key press belongs to a form field rather than to the page.
fn typing_in_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
}

/// Whether a modal dialog (the enlarged photograph) has the page: keys then belong to it.
fn a_dialog_is_open() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
        .is_some()
}

/// Previous and next links between the items of a sequence (events, gallery items).
/// The arrow keys and a horizontal swipe follow them too.
#[component]
pub fn Pager(
    prev: Neighbour,
    next: Neighbour,
    #[prop(into)] prev_label: Signal<String>,
    #[prop(into)] next_label: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let navigate = use_navigate();
    let prev_route = prev.as_ref().map(|(route, _)| route.clone());
    let next_route = next.as_ref().map(|(route, _)| route.clone());
    // The link is written when a key or swipe asks for it, so it has the language the
    // visitor reads now, not the one the pager was drawn in.
    let go = move |route: &Option<Route>| {
        if let Some(route) = route {
            navigate(
                &untrack(|| links.to(route)),
                NavigateOptions {
                    resolve: false,
                    ..Default::default()
                },
            );
        }
    };
    let keys = {
        let (go, prev_route, next_route) = (go.clone(), prev_route.clone(), next_route.clone());
        window_event_listener(ev::keydown, move |ev| {
            if ev.alt_key()
                || ev.ctrl_key()
                || ev.meta_key()
                || ev.shift_key()
                || typing_in_a_field(&ev)
                || a_dialog_is_open()
            {
                return;
            }
            match ev.key().as_str() {
                "ArrowLeft" => go(&prev_route),
                "ArrowRight" => go(&next_route),
                _ => {}
            }
        })
    };
    let touch_start = StoredValue::new(None::<(i32, i32)>);
    let touch_down = window_event_listener(ev::touchstart, move |ev| {
        // A surface with its own gestures (the timeline's axis) keeps its swipes.
        let own_gestures = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("[data-gestures]").ok().flatten())
            .is_some();
        let start = ev.touches().get(0).filter(|_| !own_gestures);
        touch_start.set_value(start.map(|t| (t.client_x(), t.client_y())));
    });
    let touch_up = window_event_listener(ev::touchend, move |ev| {
        let (Some((x0, y0)), Some(t)) = (touch_start.get_value(), ev.changed_touches().get(0))
        else {
            return;
        };
        let (dx, dy) = (t.client_x() - x0, t.client_y() - y0);
        // A clear horizontal swipe: right for the previous item, left for the next.
        if dx.abs() > 70 && dy.abs() < 50 {
            go(if dx > 0 { &prev_route } else { &next_route });
        }
    });
    on_cleanup(move || {
        keys.remove();
        touch_down.remove();
        touch_up.remove();
    });
    let link = move |neighbour: Neighbour, rel: &'static str, label: Signal<String>| {
        neighbour.map(|(route, title)| {
            view! {
                <a class=format!("pager-{rel}") rel=rel href=move || links.to(&route)>
                    <span class="pager-label">{move || label.get()}</span>
                    <LocalText text=title/>
                </a>
            }
        })
    };
    view! {
        <nav class="pager" aria-label=move || t_string!(i18n, pager_label)>
            {link(prev, "prev", prev_label)}
            {link(next, "next", next_label)}
        </nav>
    }
}
