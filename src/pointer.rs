//! Pointer events turned into drags and pinches (`exhibit_model::gesture`), for the two
//! surfaces with their own gestures: the timeline's axis and the map.

use exhibit_model::gesture::{Gesture, GestureChange};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The gesture under way on one surface; `Copy`, so every handler can hold it.
#[derive(Clone, Copy)]
pub struct PointerGestures(StoredValue<Gesture>);

fn client(ev: &web_sys::PointerEvent) -> (f64, f64) {
    (ev.client_x() as f64, ev.client_y() as f64)
}

impl PointerGestures {
    pub fn new() -> Self {
        PointerGestures(StoredValue::new(Gesture::default()))
    }

    /// `pointerdown`: a finger, a pen or the main mouse button joins the gesture.
    pub fn down(&self, ev: &web_sys::PointerEvent) {
        if ev.pointer_type() == "mouse" && ev.button() != 0 {
            return;
        }
        self.0.update_value(|g| g.down(ev.pointer_id(), client(ev)));
    }

    /// `pointermove`: what the movement asks of the view, if anything. Once it does, the
    /// surface keeps the pointer, so a finger that slides off still drives the gesture.
    pub fn moved(&self, ev: &web_sys::PointerEvent) -> Option<GestureChange> {
        let mut change = None;
        self.0
            .update_value(|g| change = g.moved(ev.pointer_id(), client(ev)));
        if change.is_some() {
            if let Some(surface) = ev
                .current_target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            {
                let _ = surface.set_pointer_capture(ev.pointer_id());
            }
        }
        change
    }

    /// `pointerup` and `pointercancel`.
    pub fn up(&self, ev: &web_sys::PointerEvent) {
        self.0.update_value(|g| g.up(ev.pointer_id()));
    }

    /// Whether the gesture was a drag or pinch: the click that ends it selects nothing.
    pub fn dragged(&self) -> bool {
        self.0.with_value(Gesture::dragged)
    }
}

impl Default for PointerGestures {
    fn default() -> Self {
        Self::new()
    }
}
