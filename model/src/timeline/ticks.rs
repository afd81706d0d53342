//! The axis ticks, refining from decades to days as the view zooms in.

use super::View;
use crate::date::{civil_from_days, day_number, month_short, DateSpec};
use crate::lang::Lang;

/// The spacing of the axis ticks, from the coarsest to the finest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TickUnit {
    Decade,
    Year,
    Month,
    Day,
}

impl TickUnit {
    /// How much of the minimum gap a label of this unit needs: day numbers are short.
    fn label_share(self) -> f64 {
        if self == TickUnit::Day {
            0.5
        } else {
            1.0
        }
    }

    /// The typical length in days, for choosing a unit.
    fn days(self) -> f64 {
        match self {
            TickUnit::Decade => 3652.5,
            TickUnit::Year => 365.25,
            TickUnit::Month => 30.44,
            TickUnit::Day => 1.0,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    pub day: i64,
    pub year: i32,
    pub month: u8,
    pub day_of_month: u8,
    /// A tick that starts a larger unit (a new decade's first year, January, the 1st),
    /// drawn stronger and labelled with the larger unit.
    pub major: bool,
}

/// The finest unit whose ticks stay at least `min_gap` pixels apart (half that for the
/// short day numbers).
pub fn tick_unit(px_per_day: f64, min_gap: f64) -> TickUnit {
    [TickUnit::Day, TickUnit::Month, TickUnit::Year]
        .into_iter()
        .find(|u| u.days() * px_per_day >= min_gap * u.label_share())
        .unwrap_or(TickUnit::Decade)
}

/// The ticks for the visible days, at the unit the scale allows.
pub fn ticks(view: &View, min_gap: f64) -> (TickUnit, Vec<Tick>) {
    let unit = tick_unit(view.px_per_day, min_gap);
    let (from, to) = view.visible_days();
    let (first, last) = (from.floor() as i64, to.ceil() as i64);
    let (y0, m0, _) = civil_from_days(first);
    let mut ticks = Vec::new();
    let mut push = |year: i32, month: u8, day: u8, major: bool| {
        let n = day_number(year, month, day);
        if n >= first && n <= last {
            ticks.push(Tick {
                day: n,
                year,
                month,
                day_of_month: day,
                major,
            });
        }
        n <= last
    };
    match unit {
        TickUnit::Decade => {
            let mut year = y0.div_euclid(10) * 10;
            while push(year, 1, 1, year % 50 == 0) {
                year += 10;
            }
        }
        TickUnit::Year => {
            let mut year = y0;
            while push(year, 1, 1, year % 10 == 0) {
                year += 1;
            }
        }
        TickUnit::Month => {
            let (mut year, mut month) = (y0, m0);
            while push(year, month, 1, month == 1) {
                month += 1;
                if month > 12 {
                    month = 1;
                    year += 1;
                }
            }
        }
        TickUnit::Day => {
            let mut n = first;
            while n <= last {
                let (year, month, day) = civil_from_days(n);
                push(year, month, day, day == 1);
                n += 1;
            }
        }
    }
    (unit, ticks)
}

/// A day written as precisely as the tick unit shows: a year, a month or a full date.
pub fn format_day(day: f64, unit: TickUnit, lang: Lang) -> String {
    let (year, month, day_of_month) = civil_from_days(day.floor() as i64);
    let date = crate::date::PartialDate {
        year,
        month: (unit >= TickUnit::Month).then_some(month),
        day: (unit == TickUnit::Day).then_some(day_of_month),
    };
    DateSpec {
        start: date,
        end: None,
        approximate: false,
    }
    .format(lang)
}

/// A tick's label: years for decades and years; month names (with the year in January);
/// day numbers (with the month on the 1st).
pub fn tick_label(tick: &Tick, unit: TickUnit, lang: Lang) -> String {
    match unit {
        TickUnit::Decade | TickUnit::Year => tick.year.to_string(),
        TickUnit::Month if tick.major => tick.year.to_string(),
        TickUnit::Month => month_short(tick.month, lang),
        TickUnit::Day if tick.major => match lang {
            Lang::Ja => format!("{}年{}月", tick.year, tick.month),
            _ => format!("{} {}", month_short(tick.month, lang), tick.year),
        },
        TickUnit::Day => tick.day_of_month.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::super::MAX_PX_PER_DAY;
    use super::*;

    #[test]
    fn ticks_refine_from_decades_to_days() {
        let view = View::fit(domain(), 1000.0);
        // 86 years in 1000 px: about 32 px a year, so decades at a 60 px minimum gap.
        let (unit, decade_ticks) = ticks(&view, 60.0);
        assert_eq!(unit, TickUnit::Decade);
        let years: Vec<i32> = decade_ticks.iter().map(|t| t.year).collect();
        assert_eq!(
            years,
            [1940, 1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020]
        );
        assert!(decade_ticks.iter().find(|t| t.year == 1950).unwrap().major);

        let years_view = view.showing(day("1945-01-01"), day("1954-12-31"));
        let (unit, year_ticks) = ticks(&years_view, 60.0);
        assert_eq!(unit, TickUnit::Year);
        assert!(year_ticks.iter().any(|t| t.year == 1950 && t.major));
        assert!(year_ticks
            .iter()
            .all(|t| t.month == 1 && t.day_of_month == 1));

        let months_view = view.showing(day("1945-03-01"), day("1946-02-28"));
        let (unit, month_ticks) = ticks(&months_view, 60.0);
        assert_eq!(unit, TickUnit::Month);
        let jan = month_ticks
            .iter()
            .find(|t| t.year == 1946 && t.month == 1)
            .unwrap();
        assert!(jan.major);
        assert_eq!(tick_label(jan, unit, Lang::En), "1946");
        let aug = month_ticks
            .iter()
            .find(|t| t.year == 1945 && t.month == 8)
            .unwrap();
        assert_eq!(tick_label(aug, unit, Lang::En), "Aug");
        assert_eq!(tick_label(aug, unit, Lang::Ru), "авг");
        assert_eq!(tick_label(aug, unit, Lang::Kk), "там");
        assert_eq!(tick_label(aug, unit, Lang::Ja), "8月");

        assert_eq!(format_day(aug.day as f64, unit, Lang::En), "August 1945");
        assert_eq!(
            format_day(aug.day as f64, TickUnit::Year, Lang::Ja),
            "1945年"
        );
        let days_view = view.showing(day("1945-08-20"), day("1945-09-03"));
        let (unit, day_ticks) = ticks(&days_view, 30.0);
        assert_eq!(unit, TickUnit::Day);
        let sep = day_ticks
            .iter()
            .find(|t| t.month == 9 && t.day_of_month == 1)
            .unwrap();
        assert!(sep.major);
        assert_eq!(tick_label(sep, unit, Lang::En), "Sep 1945");
        let (from, to) = days_view.visible_days();
        assert!(day_ticks
            .iter()
            .all(|t| t.day as f64 >= from.floor() && t.day as f64 <= to.ceil()));
        // Day numbers never come closer than half the minimum gap.
        for pair in day_ticks.windows(2) {
            let gap = days_view.px_of(pair[1].day as f64) - days_view.px_of(pair[0].day as f64);
            assert!(gap >= 15.0, "{gap}");
        }
        assert_eq!(
            tick_unit(MAX_PX_PER_DAY, 64.0),
            TickUnit::Day,
            "days show at full zoom"
        );
    }
}
