use crate::pointer::PointerGestures;
use exhibit_model::gesture::GestureChange;
use leptos::html::Div;
use leptos::prelude::*;

/// The surface's size on screen, in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Frame {
    pub width: f64,
    pub height: f64,
}

/// How a view answers the gestures of a zoom-and-pan surface (the timeline's axis, the
/// map). Points and distances are CSS pixels from the surface's top-left corner.
pub trait ZoomPan: Copy + Send + Sync + 'static {
    type View: Clone + Send + Sync + 'static;
    /// Zooms by `factor` (above 1 magnifies), keeping the point `at` in place.
    fn zoom(&self, view: &Self::View, factor: f64, at: (f64, f64), frame: Frame) -> Self::View;
    /// Moves what is shown by `dx`, `dy` pixels (a drag moves it by minus the finger's travel).
    fn pan(&self, view: &Self::View, dx: f64, dy: f64, frame: Frame) -> Self::View;
    /// The view after a key press, or `None` when the key is not the surface's.
    fn key(&self, view: &Self::View, key: &str, frame: Frame) -> Option<Self::View>;
}

/// The event handlers of one surface, `Copy` so every closure can hold them.
#[derive(Clone, Copy)]
pub struct ZoomPanHandlers<Z: ZoomPan> {
    rules: Z,
    view: RwSignal<Z::View>,
    surface: NodeRef<Div>,
    pointers: PointerGestures,
}

/// One zoom-and-pan surface over `view`: the wheel and trackpad, keys, drags and pinches.
/// Attach the handlers to the element in `surface`.
pub fn use_zoom_pan<Z: ZoomPan>(
    surface: NodeRef<Div>,
    view: RwSignal<Z::View>,
    rules: Z,
) -> ZoomPanHandlers<Z> {
    ZoomPanHandlers {
        rules,
        view,
        surface,
        pointers: PointerGestures::new(),
    }
}

impl<Z: ZoomPan> ZoomPanHandlers<Z> {
    /// The surface's corner on screen and its size.
    fn frame(&self) -> ((f64, f64), Frame) {
        self.surface.get_untracked().map_or(
            (
                (0.0, 0.0),
                Frame {
                    width: 1.0,
                    height: 1.0,
                },
            ),
            |el| {
                let rect = el.get_bounding_client_rect();
                (
                    (rect.left(), rect.top()),
                    Frame {
                        width: rect.width().max(1.0),
                        height: rect.height().max(1.0),
                    },
                )
            },
        )
    }

    /// `keydown`: true when the key moved the view. The surface owns those keys: the page
    /// must not scroll and the pager must not turn.
    pub fn key(&self, ev: &web_sys::KeyboardEvent) -> bool {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return false;
        }
        let (_, frame) = self.frame();
        let next = self
            .view
            .with_untracked(|v| self.rules.key(v, &ev.key(), frame));
        match next {
            Some(next) => {
                ev.prevent_default();
                ev.stop_propagation();
                self.view.set(next);
                true
            }
            None => false,
        }
    }

    /// `wheel`: a mostly sideways scroll pans; an upright scroll or a trackpad pinch
    /// (which arrives with ctrlKey) zooms around the pointer.
    pub fn wheel(&self, ev: &web_sys::WheelEvent) {
        ev.prevent_default();
        let (corner, frame) = self.frame();
        let unit = match ev.delta_mode() {
            1 => 16.0,
            2 => frame.width,
            _ => 1.0,
        };
        let (dx, dy) = (ev.delta_x() * unit, ev.delta_y() * unit);
        let at = (
            ev.client_x() as f64 - corner.0,
            ev.client_y() as f64 - corner.1,
        );
        let next = self.view.with_untracked(|v| {
            if dx.abs() > dy.abs() && !ev.ctrl_key() {
                self.rules.pan(v, dx, 0.0, frame)
            } else {
                self.rules.zoom(v, (-dy * 0.002).exp(), at, frame)
            }
        });
        self.view.set(next);
    }

    pub fn pointer_down(&self, ev: &web_sys::PointerEvent) {
        self.pointers.down(ev);
    }

    /// `pointermove`: one finger or the mouse drags, two fingers pinch.
    pub fn pointer_move(&self, ev: &web_sys::PointerEvent) {
        let Some(change) = self.pointers.moved(ev) else {
            return;
        };
        // Read the view and the frame before writing the view.
        let (corner, frame) = self.frame();
        let next = self.view.with_untracked(|v| match change {
            GestureChange::Pan { dx, dy } => self.rules.pan(v, -dx, -dy, frame),
            GestureChange::Pinch { factor, at } => {
                self.rules
                    .zoom(v, factor, (at.0 - corner.0, at.1 - corner.1), frame)
            }
        });
        self.view.set(next);
    }

    /// `pointerup` and `pointercancel`.
    pub fn pointer_up(&self, ev: &web_sys::PointerEvent) {
        self.pointers.up(ev);
    }

    /// Whether the gesture was a drag or pinch: the click that ends it selects nothing.
    pub fn dragged(&self) -> bool {
        self.pointers.dragged()
    }
}
