//! The part of the axis on screen and how it zooms and pans, within the domain's limits.

use crate::date::{civil_from_days, day_number};

/// The stretch of days the axis covers: every event and era, with a little room at each end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Domain {
    pub first: i64,
    pub last: i64,
}

impl Domain {
    /// From the first of January of the earliest year to the end of the latest year.
    pub fn covering(spans: impl IntoIterator<Item = (i64, i64)>) -> Domain {
        let (mut first, mut last) = (i64::MAX, i64::MIN);
        for (a, b) in spans {
            first = first.min(a);
            last = last.max(b);
        }
        if first > last {
            // Nothing to show: a sensible century for this exhibit.
            return Domain {
                first: day_number(1930, 1, 1),
                last: day_number(2030, 12, 31),
            };
        }
        let (y0, _, _) = civil_from_days(first);
        let (y1, _, _) = civil_from_days(last);
        Domain {
            first: day_number(y0, 1, 1),
            last: day_number(y1, 12, 31),
        }
    }

    /// Days covered, counting both ends.
    pub fn days(&self) -> f64 {
        (self.last - self.first + 1) as f64
    }
}

/// The most one day can be magnified: enough to read the days of a month.
pub const MAX_PX_PER_DAY: f64 = 48.0;
/// Each zoom step (button, key or wheel notch) magnifies or shrinks by this factor.
pub const ZOOM_STEP: f64 = 1.6;

/// The part of the axis on screen: its first day, its scale and its length in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub domain: Domain,
    /// The (fractional) day at the start of the visible axis.
    pub start: f64,
    pub px_per_day: f64,
    /// The visible axis length in pixels.
    pub length: f64,
}

impl View {
    /// The whole domain in `length` pixels: the view a visitor first sees.
    pub fn fit(domain: Domain, length: f64) -> View {
        let length = length.max(1.0);
        View {
            domain,
            start: domain.first as f64,
            px_per_day: length / domain.days(),
            length,
        }
    }

    pub fn min_px_per_day(&self) -> f64 {
        self.length / self.domain.days()
    }

    pub fn can_zoom_in(&self) -> bool {
        self.px_per_day < MAX_PX_PER_DAY * 0.999
    }

    pub fn can_zoom_out(&self) -> bool {
        self.px_per_day > self.min_px_per_day() * 1.001
    }

    /// The day under a pixel of the visible axis.
    pub fn day_at(&self, px: f64) -> f64 {
        self.start + px / self.px_per_day
    }

    /// The pixel of the visible axis where a day begins (may be off screen).
    pub fn px_of(&self, day: f64) -> f64 {
        (day - self.start) * self.px_per_day
    }

    /// The first and last visible day.
    pub fn visible_days(&self) -> (f64, f64) {
        (self.start, self.day_at(self.length))
    }

    /// Keeps the view inside the domain.
    fn clamped(mut self) -> View {
        self.px_per_day = self.px_per_day.clamp(
            self.min_px_per_day(),
            MAX_PX_PER_DAY.max(self.min_px_per_day()),
        );
        let span = self.length / self.px_per_day;
        let latest_start = self.domain.last as f64 + 1.0 - span;
        self.start = self.start.clamp(
            self.domain.first as f64,
            latest_start.max(self.domain.first as f64),
        );
        self
    }

    /// Magnifies by `factor` (below 1 shrinks), keeping the day under `anchor_px` in place.
    pub fn zoomed(&self, factor: f64, anchor_px: f64) -> View {
        let anchor_day = self.day_at(anchor_px);
        let mut next = *self;
        next.px_per_day = (self.px_per_day * factor).clamp(
            self.min_px_per_day(),
            MAX_PX_PER_DAY.max(self.min_px_per_day()),
        );
        next.start = anchor_day - anchor_px / next.px_per_day;
        next.clamped()
    }

    /// Moves the view by `px` (positive: later in time).
    pub fn panned(&self, px: f64) -> View {
        let mut next = *self;
        next.start += px / self.px_per_day;
        next.clamped()
    }

    /// The view with its start at the domain's beginning (`Home`) or its end at the domain's end (`End`).
    pub fn at_start(&self) -> View {
        View {
            start: self.domain.first as f64,
            ..*self
        }
        .clamped()
    }

    pub fn at_end(&self) -> View {
        View {
            start: f64::MAX / 4.0,
            ..*self
        }
        .clamped()
    }

    /// The same view for a new axis length (the window was resized or turned).
    pub fn resized(&self, length: f64) -> View {
        if (length - self.length).abs() < 0.5 {
            return *self;
        }
        let was_whole = !self.can_zoom_out();
        let days = self.length / self.px_per_day;
        let mut next = *self;
        next.length = length.max(1.0);
        next.px_per_day = if was_whole {
            next.min_px_per_day()
        } else {
            next.length / days
        };
        next.clamped()
    }

    /// A view in which the days `first..=last` fill most of the axis (for a cluster or a
    /// chosen era), as far as the zoom limits allow.
    pub fn showing(&self, first: i64, last: i64) -> View {
        let days = (last - first + 1) as f64;
        let mut next = *self;
        next.px_per_day = self.length * 0.8 / days;
        next.px_per_day = next.px_per_day.clamp(
            self.min_px_per_day(),
            MAX_PX_PER_DAY.max(self.min_px_per_day()),
        );
        let middle = (first as f64 + last as f64 + 1.0) / 2.0;
        next.start = middle - self.length / next.px_per_day / 2.0;
        next.clamped()
    }

    /// The view moved just enough to bring the days `first..=last` into sight
    /// (zooming out only if they are longer than the view).
    pub fn revealing(&self, first: i64, last: i64) -> View {
        let (from, to) = self.visible_days();
        if first as f64 >= from && (last + 1) as f64 <= to {
            return *self;
        }
        let days = (last - first + 1) as f64;
        let mut next = *self;
        if days > self.length / self.px_per_day {
            return self.showing(first, last);
        }
        let middle = (first as f64 + last as f64 + 1.0) / 2.0;
        next.start = middle - self.length / self.px_per_day / 2.0;
        next.clamped()
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

    #[test]
    fn the_domain_covers_whole_years() {
        let domain = Domain::covering([
            (day("1945-08-23"), day("1945-08-23")),
            (day("1939"), day("1939")),
        ]);
        assert_eq!(domain.first, day("1939-01-01"));
        assert_eq!(domain.last, day("1945-12-31"));
        assert_eq!(Domain::covering([]).first, day("1930-01-01"));
    }

    fn domain() -> Domain {
        Domain {
            first: day("1939-01-01"),
            last: day("2024-12-31"),
        }
    }

    #[test]
    fn the_first_view_shows_everything_and_cannot_zoom_out() {
        let view = View::fit(domain(), 1000.0);
        assert_eq!(view.visible_days().0, domain().first as f64);
        assert!((view.visible_days().1 - (domain().last + 1) as f64).abs() < 1e-6);
        assert!(!view.can_zoom_out() && view.can_zoom_in());
        assert_eq!(view.zoomed(1.0 / ZOOM_STEP, 500.0), view);
        assert_eq!(view.panned(300.0), view);
    }

    #[test]
    fn zooming_keeps_the_day_under_the_pointer() {
        let view = View::fit(domain(), 1000.0);
        let anchor = view.px_of(day("1950-01-01") as f64);
        let zoomed = view.zoomed(ZOOM_STEP, anchor);
        assert!((zoomed.px_per_day / view.px_per_day - ZOOM_STEP).abs() < 1e-9);
        assert!((zoomed.day_at(anchor) - day("1950-01-01") as f64).abs() < 1e-6);
        // Far enough in, a step is limited by the maximum magnification.
        let mut deep = zoomed;
        for _ in 0..40 {
            deep = deep.zoomed(ZOOM_STEP, 500.0);
        }
        assert_eq!(deep.px_per_day, MAX_PX_PER_DAY);
        assert!(!deep.can_zoom_in());
    }

    #[test]
    fn panning_stops_at_both_ends() {
        let view = View::fit(domain(), 1000.0).zoomed(4.0, 0.0);
        assert_eq!(view.start, domain().first as f64);
        let later = view.panned(250.0);
        assert!((later.start - view.start - 250.0 / view.px_per_day).abs() < 1e-9);
        let end = view.panned(1e9);
        assert!((end.visible_days().1 - (domain().last + 1) as f64).abs() < 1e-6);
        assert_eq!(end, view.at_end());
        assert_eq!(end.panned(-1e9), view.at_start());
    }

    #[test]
    fn showing_and_revealing_a_span() {
        let view = View::fit(domain(), 1000.0);
        let kengir = (day("1954-05-16"), day("1954-06-26"));
        let shown = view.showing(kengir.0, kengir.1);
        let (from, to) = shown.visible_days();
        assert!(from < kengir.0 as f64 && to > (kengir.1 + 1) as f64);
        assert!((to - from) < 60.0, "about 42 days fill 80 % of the view");
        // Already in view: nothing moves.
        assert_eq!(view.revealing(kengir.0, kengir.1), view);
        // Out of view: the zoom stays, the view moves to it.
        let zoomed = view.zoomed(20.0, 0.0);
        let moved = zoomed.revealing(kengir.0, kengir.1);
        assert_eq!(moved.px_per_day, zoomed.px_per_day);
        let (from, to) = moved.visible_days();
        assert!(from <= kengir.0 as f64 && to >= kengir.1 as f64);
    }

    #[test]
    fn resizing_keeps_the_whole_view_whole() {
        let view = View::fit(domain(), 1000.0);
        let turned = view.resized(600.0);
        assert_eq!(turned, View::fit(domain(), 600.0));
        let zoomed = view.zoomed(8.0, 500.0);
        let narrower = zoomed.resized(500.0);
        let days = |v: View| v.visible_days().1 - v.visible_days().0;
        assert!((days(narrower) - days(zoomed)).abs() < 1e-6);
    }
}
