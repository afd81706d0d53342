//! The map's zoomed and panned view, kept inside the map and matched to the frame's shape.

/// The visible part of the map: its centre in SVG units, a zoom (1 shows the map's whole
/// width) and the screen's aspect (height / width), which the view box always matches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    pub center: (f64, f64),
    pub zoom: f64,
    /// The size of the whole map in SVG units.
    pub base: (f64, f64),
    pub aspect: f64,
}

pub const MAX_ZOOM: f64 = 24.0;

impl MapView {
    /// The view in which a box of the map (SVG units) fits the screen, as far as the zoom
    /// limits allow.
    pub fn showing(base: (f64, f64), aspect: f64, min: (f64, f64), max: (f64, f64)) -> MapView {
        let (w, h) = ((max.0 - min.0).max(1.0), (max.1 - min.1).max(1.0));
        let zoom = (base.0 / w).min(base.0 * aspect / h);
        MapView {
            center: ((min.0 + max.0) / 2.0, (min.1 + max.1) / 2.0),
            zoom,
            base,
            aspect,
        }
        .clamped()
    }

    /// The least zoom at which the view stays inside the map: a tall screen must zoom in
    /// until the map's height fills it.
    pub fn min_zoom(&self) -> f64 {
        (self.base.0 * self.aspect / self.base.1).max(1.0)
    }

    pub fn can_zoom_in(&self) -> bool {
        self.zoom < MAX_ZOOM * 0.999
    }

    pub fn can_zoom_out(&self) -> bool {
        self.zoom > self.min_zoom() * 1.001
    }

    /// The `viewBox` of the SVG: x, y, width and height in SVG units.
    pub fn view_box(&self) -> (f64, f64, f64, f64) {
        let w = self.base.0 / self.zoom;
        let h = w * self.aspect;
        (self.center.0 - w / 2.0, self.center.1 - h / 2.0, w, h)
    }

    /// Keeps the zoom within its limits and the view inside the map.
    fn clamped(mut self) -> MapView {
        self.zoom = self
            .zoom
            .clamp(self.min_zoom(), MAX_ZOOM.max(self.min_zoom()));
        let (_, _, w, h) = self.view_box();
        let clamp = |c: f64, size: f64, base: f64| {
            if size >= base {
                base / 2.0
            } else {
                c.clamp(size / 2.0, base - size / 2.0)
            }
        };
        self.center = (
            clamp(self.center.0, w, self.base.0),
            clamp(self.center.1, h, self.base.1),
        );
        self
    }

    /// The same view for a screen of another shape (the window was resized or turned).
    pub fn with_aspect(&self, aspect: f64) -> MapView {
        MapView {
            aspect: aspect.max(0.05),
            ..*self
        }
        .clamped()
    }

    /// Zooms by `factor`, keeping the point `anchor` (SVG units) where it is on screen.
    pub fn zoomed(&self, factor: f64, anchor: (f64, f64)) -> MapView {
        let mut next = MapView {
            zoom: self.zoom * factor,
            ..*self
        };
        next.zoom = next
            .zoom
            .clamp(self.min_zoom(), MAX_ZOOM.max(self.min_zoom()));
        let ratio = self.zoom / next.zoom;
        next.center = (
            anchor.0 + (self.center.0 - anchor.0) * ratio,
            anchor.1 + (self.center.1 - anchor.1) * ratio,
        );
        next.clamped()
    }

    /// Moves the view by a distance in SVG units.
    pub fn panned(&self, dx: f64, dy: f64) -> MapView {
        MapView {
            center: (self.center.0 + dx, self.center.1 + dy),
            ..*self
        }
        .clamped()
    }

    /// The view centred on a point, zoomed in to at least `zoom`.
    pub fn centred_on(&self, point: (f64, f64), zoom: f64) -> MapView {
        MapView {
            center: point,
            zoom: self.zoom.max(zoom),
            ..*self
        }
        .clamped()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    #[test]
    fn the_view_zooms_around_a_point_and_never_leaves_the_map() {
        let base = (1000.0, 500.0);
        let whole = MapView::showing(base, 0.5, (0.0, 0.0), base);
        assert_eq!(whole.view_box(), (0.0, 0.0, 1000.0, 500.0));
        assert!(!whole.can_zoom_out() && whole.can_zoom_in());
        assert_eq!(
            whole.panned(300.0, 300.0),
            whole,
            "nothing to pan at the least zoom"
        );
        let anchor = (800.0, 100.0);
        let zoomed = whole.zoomed(4.0, anchor);
        let (x, y, w, h) = zoomed.view_box();
        assert_eq!((w, h), (250.0, 125.0));
        // The anchor keeps its place on screen: 80 % across, 20 % down.
        assert!(close((anchor.0 - x) / w, 0.8) && close((anchor.1 - y) / h, 0.2));
        let far = zoomed.panned(10_000.0, 10_000.0);
        let (x, y, w, h) = far.view_box();
        assert!(close(x + w, 1000.0) && close(y + h, 500.0));
        assert_eq!(zoomed.zoomed(1000.0, anchor).zoom, MAX_ZOOM);
        assert_eq!(zoomed.zoomed(0.001, anchor), whole);
        let spot = whole.centred_on((500.0, 250.0), 6.0);
        assert_eq!((spot.center, spot.zoom), ((500.0, 250.0), 6.0));
    }

    #[test]
    fn showing_a_box_fits_it() {
        let base = (1000.0, 500.0);
        let view = MapView::showing(base, 0.5, (100.0, 100.0), (300.0, 150.0));
        let (x, y, w, h) = view.view_box();
        assert!(x <= 100.0 && y <= 100.0 && x + w >= 300.0 && y + h >= 150.0);
        assert!(close(view.zoom, 5.0));
    }

    #[test]
    fn a_tall_screen_zooms_in_until_the_map_fills_it() {
        let base = (1000.0, 400.0);
        // A phone: the screen is 1.5 times as tall as wide.
        let phone = MapView::showing(base, 1.5, (0.0, 0.0), base);
        assert!(close(phone.zoom, 3.75));
        let (x, y, w, h) = phone.view_box();
        assert!(close(h, 400.0) && close(w, 266.666_666_666_666_7));
        assert!(x >= 0.0 && y >= 0.0 && x + w <= 1000.0);
        // Turning the phone to landscape lets it zoom out again.
        let turned = phone.with_aspect(0.4);
        assert!(turned.can_zoom_out());
        assert!(close(turned.zoomed(0.01, (500.0, 200.0)).zoom, 1.0));
    }
}
