//! The timeline's geometry: where each event sits on the axis at a zoom level, which lane
//! it takes so that labels never overlap, which events and ticks are in view, and how the
//! view zooms and pans. Pixels here are measured along the axis, whichever way it runs
//! (left to right on wide screens, top to bottom on phones), so one layout serves both.

mod filter;
#[cfg(test)]
mod fixtures;
mod layout;
mod ticks;
mod view;

pub use filter::{timeline_path, timeline_query, TimelineFilter};
pub use layout::{view_placing, Cluster, LaneSpec, Layout, Placed};
pub use ticks::{format_day, tick_label, tick_unit, ticks, Tick, TickUnit};
pub use view::{Domain, View, MAX_PX_PER_DAY, ZOOM_STEP};

use crate::date::{DateSpec, Precision};

/// How a date is drawn, so that its uncertainty stays visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Known to the day: a dot.
    Day,
    /// Known only to the month or the year: a soft bar over the whole month or year.
    Vague,
    /// A period from one date to another: a solid bar.
    Range,
}

/// One event on the axis: its first and last possible day (inclusive) and how to draw it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    /// The event's position in the dataset.
    pub event: usize,
    pub first: i64,
    pub last: i64,
    pub mark: Mark,
    /// Written with `~` in the dataset: drawn with a dashed outline and "c.".
    pub approximate: bool,
}

impl Item {
    pub fn new(event: usize, date: &DateSpec) -> Item {
        let (first, last) = date.span();
        let mark = if date.is_range() {
            Mark::Range
        } else if date.precision() == Precision::Day {
            Mark::Day
        } else {
            Mark::Vague
        };
        Item {
            event,
            first,
            last,
            mark,
            approximate: date.approximate,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;
    use crate::date::{civil_from_days, day_number};

    #[test]
    fn day_numbers_round_trip() {
        for n in [-20_000, -1, 0, 59, 60, 365, 11_000, 30_000] {
            let (y, m, d) = civil_from_days(n);
            assert_eq!(day_number(y, m, d), n, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(day("1945-08-23")), (1945, 8, 23));
    }

    #[test]
    fn uncertain_dates_span_their_whole_precision() {
        let exact = Item::new(0, &DateSpec::parse("1945-08-23").unwrap());
        assert_eq!((exact.mark, exact.last - exact.first), (Mark::Day, 0));
        let month = Item::new(0, &DateSpec::parse("1950-05").unwrap());
        assert_eq!(
            (month.mark, month.last - month.first + 1),
            (Mark::Vague, 31)
        );
        let year = Item::new(0, &DateSpec::parse("1948").unwrap());
        assert_eq!((year.mark, year.last - year.first + 1), (Mark::Vague, 366));
        let range = Item::new(0, &DateSpec::parse("~1945/1949").unwrap());
        assert_eq!(range.mark, Mark::Range);
        assert!(range.approximate);
        assert_eq!(range.first, day("1945-01-01"));
        assert_eq!(range.last, day("1949-12-31"));
    }
}
