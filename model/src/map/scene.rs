//! What the map shows at one view, in screen pixels: each marker's drawn position (crowded
//! ones set apart) and touch radius, the country names that fit, and a label for every
//! place that has room for one, the chosen place and camps first.

use super::labels::{label_width, place_labels, spread_markers, LabelRequest, Rect};
use super::markers::{country_labels, label_priority, touch_radii};
use crate::types::PlaceKind;

/// Screen sizes in CSS pixels, whatever the zoom.
pub const MARKER: f64 = 7.0;
pub const LABEL_FONT: f64 = 13.0;
pub const LABEL_HEIGHT: f64 = 21.0;
pub const COUNTRY_FONT: f64 = 15.0;
/// Each zoom step (button or key) magnifies or shrinks by this factor.
pub const ZOOM_STEP: f64 = 1.5;

/// One place as the scene needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenePlace {
    /// Position in SVG units.
    pub at: (f64, f64),
    pub kind: PlaceKind,
    /// The name in the visitor's language.
    pub name: String,
    pub chosen: bool,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct MapScene {
    /// Each place's drawn position and touch radius, in SVG units.
    pub markers: Vec<(f64, f64, f64)>,
    /// Country names and where they go, in screen pixels.
    pub countries: Vec<(String, Rect)>,
    /// Each place's label, in screen pixels, where there is room.
    pub labels: Vec<Option<Rect>>,
}

/// The scene for the view box `(x, y, w, h)` (SVG units) drawn at `scale` screen pixels
/// per SVG unit; `countries` are names at their points in SVG units.
pub fn scene(
    view_box: (f64, f64, f64, f64),
    scale: f64,
    places: &[ScenePlace],
    countries: Vec<(String, (f64, f64))>,
) -> MapScene {
    let (vx, vy, w, h) = view_box;
    let screen = |(x, y): (f64, f64)| ((x - vx) * scale, (y - vy) * scale);
    let spread = spread_markers(
        &places.iter().map(|p| screen(p.at)).collect::<Vec<_>>(),
        MARKER + 1.0,
    );
    let radii = touch_radii(&spread, MARKER);
    let frame = Rect {
        x: 0.0,
        y: 0.0,
        w: w * scale,
        h: h * scale,
    };
    let countries = country_labels(
        countries
            .into_iter()
            .map(|(n, at)| (n, screen(at)))
            .collect(),
        COUNTRY_FONT,
        frame,
    );
    // Country names first (they stay put), then place labels in order of importance.
    let mut order: Vec<usize> = (0..places.len()).collect();
    order.sort_by_key(|i| (!places[*i].chosen, label_priority(places[*i].kind)));
    let requests: Vec<LabelRequest> = order
        .iter()
        .map(|i| LabelRequest {
            at: spread[*i],
            radius: MARKER,
            size: (label_width(&places[*i].name, LABEL_FONT), LABEL_HEIGHT),
        })
        .collect();
    let obstacles: Vec<Rect> = countries.iter().map(|(_, r)| *r).collect();
    let mut labels = vec![None; places.len()];
    for (slot, rect) in order
        .into_iter()
        .zip(place_labels(&requests, &obstacles, frame))
    {
        labels[slot] = rect;
    }
    MapScene {
        markers: spread
            .iter()
            .zip(radii)
            .map(|(&(x, y), r)| (vx + x / scale, vy + y / scale, r / scale))
            .collect(),
        countries,
        labels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(at: (f64, f64), kind: PlaceKind, name: &str, chosen: bool) -> ScenePlace {
        ScenePlace {
            at,
            kind,
            name: name.into(),
            chosen,
        }
    }

    #[test]
    fn the_chosen_place_gets_its_label_first_and_crowds_are_set_apart() {
        // Two places on the same point, seen at 2 px per SVG unit.
        let places = [
            place((100.0, 100.0), PlaceKind::Camp, "Spassk", false),
            place((100.0, 100.0), PlaceKind::Building, "Theatre", true),
        ];
        let scene = scene((0.0, 0.0, 200.0, 150.0), 2.0, &places, vec![]);
        let (a, b) = (scene.markers[0], scene.markers[1]);
        assert!(
            (a.0 - b.0).abs() + (a.1 - b.1).abs() > 1.0,
            "set apart: {a:?} {b:?}"
        );
        assert!(scene.labels[1].is_some(), "the chosen place is labelled");
        assert!(scene.countries.is_empty());
    }

    #[test]
    fn markers_keep_their_place_in_svg_units_whatever_the_scale() {
        let places = [place((50.0, 40.0), PlaceKind::City, "Almaty", false)];
        for scale in [0.5, 1.0, 4.0] {
            let scene = scene((10.0, 10.0, 100.0, 80.0), scale, &places, vec![]);
            let (x, y, r) = scene.markers[0];
            assert!((x - 50.0).abs() < 1e-9 && (y - 40.0).abs() < 1e-9);
            assert!(
                (r * scale - 24.0).abs() < 1e-9,
                "a lone marker's target is 24 px"
            );
        }
    }
}
