//! Drags and pinches on the timeline and the map, from raw pointer positions: one finger
//! (or the mouse) pans once it has moved a few pixels; two fingers pinch. The components
//! feed pointer events in and apply the changes to their views.

use std::collections::HashMap;

/// A pointer that moves less than this is a tap or click, not a drag.
pub const DRAG_THRESHOLD: f64 = 6.0;

/// What a pointer movement asks of the view.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum GestureChange {
    /// Move the content by this many pixels (it follows the finger).
    Pan { dx: f64, dy: f64 },
    /// Magnify by `factor` around the point between the fingers (client pixels).
    Pinch { factor: f64, at: (f64, f64) },
}

/// The pointers that are down and how far this gesture has travelled.
#[derive(Debug, Default, Clone)]
pub struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    travelled: f64,
}

impl Gesture {
    /// A pointer touches down; the first one starts a new gesture.
    pub fn down(&mut self, id: i32, at: (f64, f64)) {
        if self.pointers.is_empty() {
            self.travelled = 0.0;
        }
        self.pointers.insert(id, at);
    }

    /// A pointer moves; pointers that are not down (a hovering mouse) are ignored.
    pub fn moved(&mut self, id: i32, now: (f64, f64)) -> Option<GestureChange> {
        let before = *self.pointers.get(&id)?;
        let other = self
            .pointers
            .iter()
            .find(|(k, _)| **k != id)
            .map(|(_, p)| *p);
        self.pointers.insert(id, now);
        match other {
            None => {
                let (dx, dy) = (now.0 - before.0, now.1 - before.1);
                self.travelled += dx.abs() + dy.abs();
                (self.travelled > DRAG_THRESHOLD).then_some(GestureChange::Pan { dx, dy })
            }
            Some(other) => {
                let gap = |a: (f64, f64)| {
                    ((a.0 - other.0).powi(2) + (a.1 - other.1).powi(2))
                        .sqrt()
                        .max(1.0)
                };
                // Any pinch counts as a drag.
                self.travelled = self.travelled.max(DRAG_THRESHOLD) + 1.0;
                Some(GestureChange::Pinch {
                    factor: gap(now) / gap(before),
                    at: ((now.0 + other.0) / 2.0, (now.1 + other.1) / 2.0),
                })
            }
        }
    }

    /// A pointer lifts or is cancelled.
    pub fn up(&mut self, id: i32) {
        self.pointers.remove(&id);
    }

    /// Whether this gesture was a drag or a pinch: the click that ends it selects nothing.
    pub fn dragged(&self) -> bool {
        self.travelled > DRAG_THRESHOLD
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_movement_is_a_click_a_larger_one_a_drag() {
        let mut g = Gesture::default();
        g.down(1, (100.0, 100.0));
        assert_eq!(g.moved(1, (102.0, 101.0)), None);
        assert!(!g.dragged());
        assert_eq!(
            g.moved(1, (110.0, 101.0)),
            Some(GestureChange::Pan { dx: 8.0, dy: 0.0 })
        );
        assert!(g.dragged());
        g.up(1);
        // The next gesture starts afresh.
        g.down(1, (0.0, 0.0));
        assert!(!g.dragged());
    }

    #[test]
    fn a_hovering_mouse_does_nothing() {
        let mut g = Gesture::default();
        assert_eq!(g.moved(1, (50.0, 50.0)), None);
    }

    #[test]
    fn two_fingers_pinch_around_their_middle() {
        let mut g = Gesture::default();
        g.down(1, (100.0, 200.0));
        g.down(2, (200.0, 200.0));
        // The second finger moves out: the gap grows from 100 to 200 pixels.
        assert_eq!(
            g.moved(2, (300.0, 200.0)),
            Some(GestureChange::Pinch {
                factor: 2.0,
                at: (200.0, 200.0)
            })
        );
        assert!(g.dragged(), "a pinch never ends in a click");
        // One finger lifts: the other one pans.
        g.up(2);
        assert_eq!(
            g.moved(1, (90.0, 200.0)),
            Some(GestureChange::Pan { dx: -10.0, dy: 0.0 })
        );
    }
}
