//! The axis's measures in CSS pixels, shared by its components. Along the axis a label
//! needs `LABEL_*`; across it a lane is `LANE_*` wide. Markers are at least 48 px tall,
//! so that they suit a finger.

use super::{Domain, Item, LaneSpec, Layout, Mark};

pub const LABEL_WIDE: f64 = 210.0;
pub const LANE_WIDE: f64 = 64.0;
pub const LABEL_TALL: f64 = 58.0;
pub const LANE_TALL: f64 = 150.0;
pub const CLUSTER: f64 = 52.0;
pub const ERA_ROW: f64 = 24.0;
pub const TICK_BAND: f64 = 30.0;
pub const TICK_GUTTER: f64 = 58.0;
pub const MIN_TICK_GAP_WIDE: f64 = 64.0;
pub const MIN_TICK_GAP_TALL: f64 = 40.0;

/// One event in view, where the layout put it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown {
    pub event: usize,
    pub lane: usize,
    pub start: f64,
    pub end: f64,
    pub mark: Mark,
    pub approximate: bool,
}

/// The row of each era band: overlapping periods take separate rows (at most three).
pub fn era_rows(eras: &[Item], domain: Domain) -> Vec<usize> {
    // A rough layout is enough to tell which periods overlap.
    let spec = LaneSpec {
        label: 0.0,
        cluster: 0.0,
        lanes: 3,
    };
    let layout = Layout::new(eras, domain, 1.0, spec);
    (0..eras.len())
        .map(|i| layout.lane_of(i).unwrap_or(2))
        .collect()
}

/// The room across the axis the era bands take.
pub fn era_band(rows: &[usize]) -> f64 {
    ERA_ROW * rows.iter().copied().max().map_or(0, |m| m + 1) as f64
}

/// How many lanes fit across an axis of `width` × `height`: a vertical (`tall`) axis
/// has its ticks, eras and cluster badges beside the lanes, a horizontal one below and above.
pub fn lane_spec(tall: bool, width: f64, height: f64, era_band: f64) -> LaneSpec {
    if tall {
        let room = width - TICK_GUTTER - era_band - CLUSTER;
        LaneSpec {
            label: LABEL_TALL,
            cluster: CLUSTER,
            lanes: ((room / LANE_TALL).floor() as usize).clamp(1, 6),
        }
    } else {
        let room = height - era_band - TICK_BAND - CLUSTER;
        LaneSpec {
            label: LABEL_WIDE,
            cluster: CLUSTER,
            lanes: ((room / LANE_WIDE).floor() as usize).clamp(1, 12),
        }
    }
}

/// Where lane `lane` (or, past the last lane, the cluster badges) starts across the axis.
pub fn lane_offset(tall: bool, era_band: f64, lane: f64) -> f64 {
    if tall {
        TICK_GUTTER + era_band + lane * LANE_TALL
    } else {
        era_band + lane * LANE_WIDE
    }
}

/// A marker's CSS position: `at` pixels along the axis, in `lane`, with a bar of `bar`
/// pixels. A long period that began before the view keeps its label in sight (`--shift`).
pub fn marker_style(tall: bool, at: f64, bar: f64, lane: usize, era_band: f64) -> String {
    let label = if tall { LABEL_TALL } else { LABEL_WIDE };
    let shift = (-at).clamp(0.0, (bar - label).max(0.0));
    let across = lane_offset(tall, era_band, lane as f64);
    let (along_prop, across_prop) = if tall {
        ("top", "left")
    } else {
        ("left", "top")
    };
    format!(
        "{along_prop}:{at:.1}px;{across_prop}:{across:.0}px;--bar:{bar:.1}px;--shift:{shift:.1}px"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_fill_the_room_across_the_axis() {
        assert_eq!(lane_spec(false, 1000.0, 500.0, 24.0).lanes, 6);
        assert_eq!(lane_spec(false, 1000.0, 50.0, 24.0).lanes, 1);
        assert_eq!(lane_spec(true, 390.0, 2000.0, 24.0).lanes, 1);
        assert_eq!(lane_spec(true, 1000.0, 2000.0, 0.0).lanes, 5);
    }

    #[test]
    fn a_marker_that_began_before_the_view_keeps_its_label_in_sight() {
        let style = marker_style(false, -100.0, 400.0, 1, 24.0);
        assert_eq!(
            style,
            "left:-100.0px;top:88px;--bar:400.0px;--shift:100.0px"
        );
        let tall = marker_style(true, 10.0, 0.0, 0, 0.0);
        assert_eq!(tall, "top:10.0px;left:58px;--bar:0.0px;--shift:0.0px");
    }

    #[test]
    fn overlapping_eras_take_separate_rows() {
        use crate::date::DateSpec;
        let era = |i, d: &str| Item::new(i, &DateSpec::parse(d).unwrap());
        let eras = [
            era(0, "1945/1956"),
            era(1, "1950/1960"),
            era(2, "1970/1980"),
        ];
        let domain = Domain::covering(eras.iter().map(|e| (e.first, e.last)));
        let rows = era_rows(&eras, domain);
        assert_eq!(rows, [0, 1, 0]);
        assert_eq!(era_band(&rows), 48.0);
        assert_eq!(era_band(&[]), 0.0);
    }
}
