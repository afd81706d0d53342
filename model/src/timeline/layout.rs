//! Lanes and clusters: where each event sits at one zoom level so that labels never overlap.

use super::{Domain, Item, View, ZOOM_STEP};

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

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

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
}
