//! What the map draws for places: a marker shape per kind, the order in which labels claim
//! space, finger-sized touch targets that never reach into a neighbour's, and the country
//! names that fit in the frame.

use super::labels::{label_width, Rect};
use crate::types::PlaceKind;

/// The order in which labels claim space: camps first, then the other sites of the story.
pub fn label_priority(kind: PlaceKind) -> u8 {
    match kind {
        PlaceKind::Camp => 0,
        PlaceKind::City => 1,
        PlaceKind::Memorial | PlaceKind::Cemetery => 2,
        PlaceKind::Port => 3,
        PlaceKind::Workplace | PlaceKind::Building => 4,
    }
}

/// A marker's outline as an SVG path, centred on (0, 0) with radius `r`: a different shape
/// for each kind, so that kinds differ by more than colour.
pub fn marker_shape(kind: PlaceKind, r: f64) -> String {
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

/// Each marker's touch radius in screen pixels: up to 24 px around it, but never into a
/// neighbour's, and never smaller than the mark itself.
pub fn touch_radii(points: &[(f64, f64)], marker: f64) -> Vec<f64> {
    points
        .iter()
        .map(|&(x, y)| {
            let nearest = points
                .iter()
                .map(|&(ox, oy)| ((ox - x).powi(2) + (oy - y).powi(2)).sqrt())
                .filter(|d| *d > 0.01)
                .fold(f64::MAX, f64::min);
            (nearest / 2.0).clamp(marker + 1.0, 24.0)
        })
        .collect()
}

/// Country names centred on their points (screen pixels), in spaced capitals of `font`
/// px: those wholly inside `frame`, and of neighbours that would meet, the first.
pub fn country_labels(
    names: Vec<(String, (f64, f64))>,
    font: f64,
    frame: Rect,
) -> Vec<(String, Rect)> {
    let mut kept: Vec<(String, Rect)> = Vec::new();
    for (text, (x, y)) in names {
        // Spaced capitals run wider than ordinary text.
        let width = label_width(&text, font) * 1.3;
        let r = Rect {
            x: x - width / 2.0,
            y: y - 12.0,
            w: width,
            h: 24.0,
        };
        let inside = r.x >= 0.0 && r.y >= 0.0 && r.x + r.w <= frame.w && r.y + r.h <= frame.h;
        if inside && !kept.iter().any(|(_, k)| k.overlaps(&r)) {
            kept.push((text, r));
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_closed_shape() {
        let kinds = [
            PlaceKind::Camp,
            PlaceKind::City,
            PlaceKind::Workplace,
            PlaceKind::Building,
            PlaceKind::Cemetery,
            PlaceKind::Memorial,
            PlaceKind::Port,
        ];
        let shapes: std::collections::HashSet<String> =
            kinds.iter().map(|k| marker_shape(*k, 7.0)).collect();
        assert_eq!(shapes.len(), kinds.len());
        assert!(shapes
            .iter()
            .all(|d| d.starts_with('M') && d.ends_with('Z')));
        assert!(label_priority(PlaceKind::Camp) < label_priority(PlaceKind::Building));
    }

    #[test]
    fn touch_targets_stop_halfway_to_a_neighbour() {
        let radii = touch_radii(&[(0.0, 0.0), (20.0, 0.0), (500.0, 500.0)], 7.0);
        assert_eq!(radii, [10.0, 10.0, 24.0]);
        // Crowded marks still get at least their own size.
        assert_eq!(touch_radii(&[(0.0, 0.0), (2.0, 0.0)], 7.0), [8.0, 8.0]);
    }

    #[test]
    fn country_names_stay_inside_and_apart() {
        let frame = Rect {
            x: 0.0,
            y: 0.0,
            w: 400.0,
            h: 300.0,
        };
        let names = vec![
            ("KAZAKHSTAN".to_string(), (200.0, 150.0)),
            ("CHINA".to_string(), (205.0, 152.0)),
            ("MONGOLIA".to_string(), (395.0, 150.0)),
        ];
        let kept = country_labels(names, 15.0, frame);
        let texts: Vec<&str> = kept.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["KAZAKHSTAN"]);
    }
}
