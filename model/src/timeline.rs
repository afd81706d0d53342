//! The timeline's geometry: where each event sits on the axis at a zoom level, which lane
//! it takes so that labels never overlap, which events and ticks are in view, and how the
//! view zooms and pans. Pixels here are measured along the axis, whichever way it runs
//! (left to right on wide screens, top to bottom on phones), so one layout serves both.

use crate::date::{civil_from_days, day_number, month_short, DateSpec, Precision};
use crate::lang::Lang;
use crate::types::{Event, EventCategory};

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

/// The events a visitor asked for: categories (none chosen means all), a place and a person.
/// Kept in the URL (`?category=war,labour&place=spassk&person=ahiko`) so a view can be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TimelineFilter {
    pub categories: Vec<EventCategory>,
    pub place: Option<String>,
    pub person: Option<String>,
}

impl TimelineFilter {
    /// The filter from query values; unknown categories are ignored rather than hiding everything.
    pub fn from_query(category: Option<&str>, place: Option<&str>, person: Option<&str>) -> Self {
        let categories = EventCategory::ALL
            .into_iter()
            .filter(|c| category.is_some_and(|q| q.split(',').any(|k| k == c.key())))
            .collect();
        let some = |v: Option<&str>| v.filter(|v| !v.is_empty()).map(str::to_string);
        TimelineFilter {
            categories,
            place: some(place),
            person: some(person),
        }
    }

    /// The `category` query value, or `None` when all categories are shown.
    pub fn category_query(&self) -> Option<String> {
        (!self.categories.is_empty()).then(|| {
            self.categories
                .iter()
                .map(|c| c.key())
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    /// The same filter with one category switched on or off.
    pub fn toggled(&self, category: EventCategory) -> TimelineFilter {
        let mut next = self.clone();
        if let Some(i) = next.categories.iter().position(|c| *c == category) {
            next.categories.remove(i);
        } else {
            next.categories.push(category);
            next.categories.sort();
        }
        next
    }

    /// The filter as a query string without `?` (empty when nothing is filtered).
    pub fn to_query(&self) -> String {
        let mut query = String::new();
        query = crate::paths::set_query_param(&query, "category", self.category_query().as_deref());
        query = crate::paths::set_query_param(&query, "place", self.place.as_deref());
        crate::paths::set_query_param(&query, "person", self.person.as_deref())
    }

    pub fn is_empty(&self) -> bool {
        self.categories.is_empty() && self.place.is_none() && self.person.is_none()
    }

    pub fn matches(&self, event: &Event) -> bool {
        (self.categories.is_empty() || self.categories.contains(&event.category))
            && self.place.as_ref().is_none_or(|p| event.places.contains(p))
            && self
                .person
                .as_ref()
                .is_none_or(|p| event.people.contains(p))
    }

    /// The events before and after `id` among those the filter shows, in time order: the
    /// event panel's previous and next.
    pub fn neighbours<'a>(
        &self,
        events: &'a [Event],
        id: &str,
    ) -> (Option<&'a Event>, Option<&'a Event>) {
        let items = self.items(events);
        let Some(at) = items.iter().position(|i| events[i.event].id == id) else {
            return (None, None);
        };
        let event = |j: usize| items.get(j).map(|i| &events[i.event]);
        (at.checked_sub(1).and_then(event), event(at + 1))
    }

    /// The matching events as axis items, in time order (ties keep the dataset's order).
    pub fn items(&self, events: &[Event]) -> Vec<Item> {
        let mut items: Vec<Item> = events
            .iter()
            .enumerate()
            .filter(|(_, e)| self.matches(e))
            .map(|(i, e)| Item::new(i, &e.date))
            .collect();
        items.sort_by_key(|item| (item.first, item.last, item.event));
        items
    }
}

/// The query a timeline link keeps: the filters and, when chosen, the list view.
pub fn timeline_query(filter: &TimelineFilter, as_list: bool) -> String {
    crate::paths::set_query_param(&filter.to_query(), "view", as_list.then_some("list"))
}

/// The app path of the timeline (`id` `None`) or of one event on it, with the kept query.
pub fn timeline_path(id: Option<&str>, query: &str) -> String {
    let path = match id {
        Some(id) => format!("/timeline/{id}"),
        None => "/timeline".to_string(),
    };
    if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    }
}

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

/// How much room a label needs and how many lanes the axis has, in pixels along the axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LaneSpec {
    /// The room an event's label takes along the axis (its width on a horizontal axis,
    /// its height on a vertical one).
    pub label: f64,
    /// The room a cluster's "+N" badge takes along the axis.
    pub cluster: f64,
    /// Lanes for single events; what does not fit joins a cluster in the row after them.
    pub lanes: usize,
}

/// An event given a lane. Pixels count from the domain's first day at the layout's scale.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    /// Index into the items the layout was made from.
    pub item: usize,
    pub lane: usize,
    /// Where the date (dot or bar) begins and ends.
    pub start: f64,
    pub end: f64,
    /// Where the room taken by the label ends.
    pub reach: f64,
}

/// Events that did not fit in any lane at this zoom, shown as one badge.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// Indices into the items.
    pub items: Vec<usize>,
    pub first: i64,
    pub last: i64,
    pub start: f64,
    pub reach: f64,
}

/// Lanes and clusters for every item at one zoom level. Panning reuses it; only zooming,
/// filtering or resizing lays out again.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub domain: Domain,
    pub px_per_day: f64,
    pub placed: Vec<Placed>,
    pub clusters: Vec<Cluster>,
}

impl Layout {
    /// First-fit lane assignment in time order: an event takes the first lane that is free
    /// where it starts; when every lane is taken it joins the cluster that is open there,
    /// or starts one. `items` must be in time order. O(items × lanes).
    pub fn new(items: &[Item], domain: Domain, px_per_day: f64, spec: LaneSpec) -> Layout {
        const GAP: f64 = 4.0;
        let mut lane_free_from = vec![f64::NEG_INFINITY; spec.lanes];
        let mut placed = Vec::with_capacity(items.len());
        let mut clusters: Vec<Cluster> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let start = (item.first - domain.first) as f64 * px_per_day;
            let end = (item.last + 1 - domain.first) as f64 * px_per_day;
            let reach = end.max(start + spec.label);
            if let Some(lane) = lane_free_from.iter().position(|free| *free <= start) {
                lane_free_from[lane] = reach + GAP;
                placed.push(Placed {
                    item: index,
                    lane,
                    start,
                    end,
                    reach,
                });
                continue;
            }
            match clusters.last_mut() {
                Some(open) if open.reach + GAP > start => {
                    open.items.push(index);
                    open.last = open.last.max(item.last);
                }
                _ => clusters.push(Cluster {
                    items: vec![index],
                    first: item.first,
                    last: item.last,
                    start,
                    reach: start + spec.cluster,
                }),
            }
        }
        Layout {
            domain,
            px_per_day,
            placed,
            clusters,
        }
    }

    /// The pixel (from the domain's start) where the view begins.
    fn offset(&self, view: &View) -> f64 {
        (view.start - self.domain.first as f64) * self.px_per_day
    }

    /// The placed events that show at least partly in the view.
    pub fn visible<'a>(&'a self, view: &View) -> impl Iterator<Item = &'a Placed> + 'a {
        let from = self.offset(view);
        let to = from + view.length;
        self.placed
            .iter()
            .filter(move |p| p.reach >= from && p.start <= to)
    }

    /// The clusters that show at least partly in the view.
    pub fn visible_clusters<'a>(&'a self, view: &View) -> impl Iterator<Item = &'a Cluster> + 'a {
        let from = self.offset(view);
        let to = from + view.length;
        self.clusters
            .iter()
            .filter(move |c| c.reach >= from && c.start <= to)
    }

    /// The lane and cluster of an item, if it is placed in a lane.
    pub fn lane_of(&self, item: usize) -> Option<usize> {
        self.placed.iter().find(|p| p.item == item).map(|p| p.lane)
    }
}

/// The view zoomed in around an item, step by step, until the item has a lane of its own
/// rather than hiding in a cluster (or the zoom limit is reached); used when an event is
/// opened by a link, so that it can be seen on the axis.
pub fn view_placing(view: &View, items: &[Item], index: usize, spec: LaneSpec) -> View {
    let Some(item) = items.get(index) else {
        return *view;
    };
    let mut next = view.revealing(item.first, item.last);
    for _ in 0..40 {
        let layout = Layout::new(items, next.domain, next.px_per_day, spec);
        if layout.placed.iter().any(|p| p.item == index) || !next.can_zoom_in() {
            break;
        }
        let at = next.px_of(item.first as f64);
        next = next.zoomed(ZOOM_STEP, at).revealing(item.first, item.last);
    }
    next
}

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
    use super::*;
    use crate::lang::LocalizedText;

    fn event(id: &str, date: &str, category: EventCategory, places: &[&str]) -> Event {
        Event {
            id: id.into(),
            date: DateSpec::parse(date).unwrap(),
            category,
            title: LocalizedText::en(id),
            summary: LocalizedText::en(id),
            places: places.iter().map(|p| p.to_string()).collect(),
            people: vec![],
            figures: vec![],
            uncertainty: None,
            citations: vec![],
        }
    }

    fn day(text: &str) -> i64 {
        DateSpec::parse(text).unwrap().span().0
    }

    const SPEC: LaneSpec = LaneSpec {
        label: 100.0,
        cluster: 40.0,
        lanes: 2,
    };

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

    #[test]
    fn filters_combine_and_come_from_the_url() {
        let events = vec![
            event("a", "1945-08-23", EventCategory::Captivity, &["karaganda"]),
            event("b", "1941", EventCategory::War, &[]),
            event("c", "1950", EventCategory::Labour, &["almaty"]),
            event("d", "1946/1948", EventCategory::Labour, &["karaganda"]),
        ];
        let ids = |f: &TimelineFilter| -> Vec<&str> {
            f.items(&events)
                .iter()
                .map(|i| events[i.event].id.as_str())
                .collect()
        };
        assert_eq!(ids(&TimelineFilter::default()), ["b", "a", "d", "c"]);
        let labour = TimelineFilter::from_query(Some("labour,nonsense"), None, None);
        assert_eq!(labour.categories, [EventCategory::Labour]);
        assert_eq!(ids(&labour), ["d", "c"]);
        let both = TimelineFilter::from_query(Some("labour"), Some("karaganda"), None);
        assert_eq!(ids(&both), ["d"]);
        let two = labour.toggled(EventCategory::Captivity);
        assert_eq!(two.category_query().as_deref(), Some("captivity,labour"));
        assert_eq!(ids(&two), ["a", "d", "c"]);
        assert!(two
            .toggled(EventCategory::Captivity)
            .toggled(EventCategory::Labour)
            .is_empty());
        assert_eq!(
            TimelineFilter::from_query(Some(""), Some(""), None),
            TimelineFilter::default()
        );
        // The filter goes back into the address, with the list view when chosen.
        assert_eq!(both.to_query(), "category=labour&place=karaganda");
        assert_eq!(TimelineFilter::default().to_query(), "");
        assert_eq!(
            timeline_path(Some("a"), &timeline_query(&both, true)),
            "/timeline/a?category=labour&place=karaganda&view=list"
        );
        assert_eq!(
            timeline_path(None, &timeline_query(&TimelineFilter::default(), false)),
            "/timeline"
        );
        // Previous and next step only through the events the filter shows.
        fn id(e: Option<&Event>) -> Option<&str> {
            e.map(|e| e.id.as_str())
        }
        let (prev, next) = labour.neighbours(&events, "d");
        assert_eq!((id(prev), id(next)), (None, Some("c")));
        let (prev, next) = TimelineFilter::default().neighbours(&events, "d");
        assert_eq!((id(prev), id(next)), (Some("a"), Some("c")));
        assert_eq!(
            labour.neighbours(&events, "a"),
            (None, None),
            "filtered out"
        );
    }

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

    fn items(dates: &[&str]) -> Vec<Item> {
        dates
            .iter()
            .enumerate()
            .map(|(i, d)| Item::new(i, &DateSpec::parse(d).unwrap()))
            .collect()
    }

    #[test]
    fn overlapping_labels_take_separate_lanes_and_overflow_clusters() {
        // One day per pixel: labels are 100 days long.
        let domain = Domain {
            first: day("1945-01-01"),
            last: day("1946-12-31"),
        };
        let items = items(&[
            "1945-01-01",
            "1945-01-11",
            "1945-01-21",
            "1945-01-31",
            "1945-06-01",
        ]);
        let layout = Layout::new(&items, domain, 1.0, SPEC);
        let lanes: Vec<(usize, usize)> = layout.placed.iter().map(|p| (p.item, p.lane)).collect();
        assert_eq!(lanes, [(0, 0), (1, 1), (4, 0)]);
        assert_eq!(layout.clusters.len(), 1);
        assert_eq!(layout.clusters[0].items, [2, 3]);
        assert_eq!(layout.clusters[0].first, day("1945-01-21"));
        // Ten times closer, nothing overlaps any more.
        let close = Layout::new(&items, domain, 12.0, SPEC);
        assert!(close.clusters.is_empty());
        assert!(close.placed.iter().all(|p| p.lane == 0));
        // No two events in one lane ever overlap, at any zoom.
        for ppd in [0.05, 0.3, 1.0, 3.0, 12.0] {
            let layout = Layout::new(&items, domain, ppd, SPEC);
            for a in &layout.placed {
                for b in &layout.placed {
                    if a.item < b.item && a.lane == b.lane {
                        assert!(a.reach < b.start, "{a:?} overlaps {b:?} at {ppd}");
                    }
                }
            }
            let shown =
                layout.placed.len() + layout.clusters.iter().map(|c| c.items.len()).sum::<usize>();
            assert_eq!(shown, items.len(), "every item is shown once at {ppd}");
        }
    }

    #[test]
    fn an_opened_event_is_zoomed_out_of_its_cluster() {
        let domain = Domain {
            first: day("1939-01-01"),
            last: day("2024-12-31"),
        };
        let dates: Vec<String> = (0..30)
            .map(|i| format!("1945-{:02}-01", i % 12 + 1))
            .collect();
        let mut dates: Vec<&str> = dates.iter().map(String::as_str).collect();
        dates.sort();
        let items = items(&dates);
        let view = View::fit(domain, 800.0);
        let wanted = 25;
        let before = Layout::new(&items, domain, view.px_per_day, SPEC);
        assert!(
            !before.placed.iter().any(|p| p.item == wanted),
            "clustered at first"
        );
        let after = view_placing(&view, &items, wanted, SPEC);
        let layout = Layout::new(&items, domain, after.px_per_day, SPEC);
        assert!(layout.placed.iter().any(|p| p.item == wanted));
        let (from, to) = after.visible_days();
        assert!(items[wanted].first as f64 >= from && (items[wanted].first as f64) < to);
        // Out-of-range indices leave the view alone.
        assert_eq!(view_placing(&view, &items, 99, SPEC), view);
    }

    #[test]
    fn a_range_holds_its_lane_for_its_whole_length() {
        let domain = Domain {
            first: day("1945-01-01"),
            last: day("1950-12-31"),
        };
        let items = items(&["1945/1949", "1946-03-01", "1948-03-01"]);
        let layout = Layout::new(&items, domain, 1.0, SPEC);
        assert_eq!(layout.placed[0].lane, 0);
        assert!(
            (layout.placed[0].end - 1826.0).abs() < 1e-9,
            "five years, 1948 a leap year"
        );
        assert_eq!(layout.placed[1].lane, 1);
        assert_eq!(layout.placed[2].lane, 1);
    }

    #[test]
    fn only_what_is_in_view_is_visible() {
        let domain = Domain {
            first: day("1945-01-01"),
            last: day("1954-12-31"),
        };
        let dates: Vec<String> = (1945..=1954).map(|y| format!("{y}-06-01")).collect();
        let dates: Vec<&str> = dates.iter().map(String::as_str).collect();
        let items = items(&dates);
        let view = View::fit(domain, 3653.0)
            .zoomed(3.0, 0.0)
            .panned(365.0 * 3.0 * 2.0);
        let layout = Layout::new(&items, domain, view.px_per_day, SPEC);
        let (from, to) = view.visible_days();
        let visible: Vec<usize> = layout.visible(&view).map(|p| p.item).collect();
        assert!(!visible.is_empty());
        for (i, item) in items.iter().enumerate() {
            let label_days = SPEC.label / view.px_per_day;
            let on_screen =
                (item.first as f64) <= to && (item.last as f64 + 1.0 + label_days) >= from;
            assert_eq!(visible.contains(&i), on_screen, "item {i}");
        }
    }

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
