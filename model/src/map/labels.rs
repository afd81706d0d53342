//! Crowded markers set apart, and labels placed so that none overlaps a marker or another label.

/// A rectangle in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w
            && other.x < self.x + self.w
            && self.y < other.y + other.h
            && other.y < self.y + self.h
    }

    fn inside(&self, frame: &Rect) -> bool {
        self.x >= frame.x
            && self.y >= frame.y
            && self.x + self.w <= frame.x + frame.w
            && self.y + self.h <= frame.y + frame.h
    }
}

/// Screen positions for markers of radius `r` so that none covers another: markers closer
/// than a marker's width are gathered into groups, and each group is set out on a small ring
/// around its centre (the map draws a thin line back to each true position). Positions that
/// do not crowd are returned unchanged.
pub fn spread_markers(points: &[(f64, f64)], r: f64) -> Vec<(f64, f64)> {
    let spacing = 2.0 * r + 2.0;
    // Groups by single linkage: a marker joins every group it comes too close to.
    let mut group: Vec<usize> = (0..points.len()).collect();
    fn root(group: &mut [usize], mut i: usize) -> usize {
        while group[i] != i {
            group[i] = group[group[i]];
            i = group[i];
        }
        i
    }
    for i in 0..points.len() {
        for j in i + 1..points.len() {
            let (a, b) = (points[i], points[j]);
            if ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt() < spacing {
                let (ri, rj) = (root(&mut group, i), root(&mut group, j));
                group[ri.max(rj)] = ri.min(rj);
            }
        }
    }
    let mut spread = points.to_vec();
    for leader in 0..points.len() {
        let members: Vec<usize> = (0..points.len())
            .filter(|i| root(&mut group, *i) == leader)
            .collect();
        let n = members.len();
        if n < 2 {
            continue;
        }
        let centre = (
            members.iter().map(|i| points[*i].0).sum::<f64>() / n as f64,
            members.iter().map(|i| points[*i].1).sum::<f64>() / n as f64,
        );
        // Neighbours on the ring are `spacing` apart.
        let ring = spacing / (2.0 * (std::f64::consts::PI / n as f64).sin());
        for (k, i) in members.into_iter().enumerate() {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
            spread[i] = (centre.0 + ring * angle.cos(), centre.1 + ring * angle.sin());
        }
    }
    spread
}

/// A marker to label: its centre and radius and its label's size, all in screen pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelRequest {
    pub at: (f64, f64),
    pub radius: f64,
    pub size: (f64, f64),
}

/// The width a label will need, estimated from its characters: CJK characters are about a
/// font size wide, others about 0.58 of it. Generous, so that real text fits.
pub fn label_width(text: &str, font_px: f64) -> f64 {
    text.chars()
        .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.58 })
        .sum::<f64>()
        * font_px
        + 6.0
}

/// Places labels in the order given (the most important first): each takes the first of
/// right, left, above and below that stays inside `frame` and overlaps no marker, no fixed
/// `obstacle` (such as a country's name) and no label placed before it; a label with no free
/// position is left out (its marker keeps its name for screen readers and in the panel).
/// Returns each label's rectangle, or `None`.
pub fn place_labels(
    requests: &[LabelRequest],
    obstacles: &[Rect],
    frame: Rect,
) -> Vec<Option<Rect>> {
    const GAP: f64 = 3.0;
    let markers: Vec<Rect> = requests
        .iter()
        .map(|r| Rect {
            x: r.at.0 - r.radius,
            y: r.at.1 - r.radius,
            w: r.radius * 2.0,
            h: r.radius * 2.0,
        })
        .collect();
    let mut placed: Vec<Rect> = obstacles.to_vec();
    requests
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (x, y) = r.at;
            let (w, h) = r.size;
            let d = r.radius + GAP;
            let candidates = [
                Rect {
                    x: x + d,
                    y: y - h / 2.0,
                    w,
                    h,
                },
                Rect {
                    x: x - d - w,
                    y: y - h / 2.0,
                    w,
                    h,
                },
                Rect {
                    x: x - w / 2.0,
                    y: y - d - h,
                    w,
                    h,
                },
                Rect {
                    x: x - w / 2.0,
                    y: y + d,
                    w,
                    h,
                },
            ];
            let free = candidates.into_iter().find(|c| {
                c.inside(&frame)
                    && !placed.iter().any(|p| p.overlaps(c))
                    && !markers
                        .iter()
                        .enumerate()
                        .any(|(j, m)| j != i && m.overlaps(c))
            });
            if let Some(rect) = free {
                placed.push(rect);
            }
            free
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_go_right_then_left_then_above_then_below() {
        let frame = Rect {
            x: 0.0,
            y: 0.0,
            w: 400.0,
            h: 300.0,
        };
        let label = |x: f64, y: f64| LabelRequest {
            at: (x, y),
            radius: 6.0,
            size: (80.0, 16.0),
        };
        // Two markers 8 px apart, one above the other: the first label goes right, the
        // second would overlap it there, so it goes left.
        let placed = place_labels(&[label(100.0, 100.0), label(100.0, 108.0)], &[], frame);
        let a = placed[0].unwrap();
        let b = placed[1].unwrap();
        assert!(a.x > 100.0, "first label to the right");
        assert!(b.x + b.w < 100.0, "second label to the left: {b:?}");
        assert!(!a.overlaps(&b));
        // At the right edge, the label goes left.
        let edge = place_labels(&[label(390.0, 150.0)], &[], frame)[0].unwrap();
        // A country's name in the way pushes the label to the other side.
        let country = Rect {
            x: 110.0,
            y: 50.0,
            w: 100.0,
            h: 20.0,
        };
        let beside = place_labels(&[label(100.0, 60.0)], &[country], frame)[0].unwrap();
        assert!(beside.x + beside.w < 100.0);
        assert!(edge.x + edge.w <= 390.0);
    }

    #[test]
    fn labels_never_overlap_each_other_or_markers_however_crowded() {
        let frame = Rect {
            x: 0.0,
            y: 0.0,
            w: 300.0,
            h: 200.0,
        };
        // A deterministic crowd of 60 markers, some on top of each other.
        let mut seed = 7u64;
        let mut next = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as f64 / (1u64 << 31) as f64
        };
        let requests: Vec<LabelRequest> = (0..60)
            .map(|_| LabelRequest {
                at: (next() * 300.0, next() * 200.0),
                radius: 5.0,
                size: (40.0 + next() * 60.0, 15.0),
            })
            .collect();
        let country = Rect {
            x: 120.0,
            y: 90.0,
            w: 80.0,
            h: 20.0,
        };
        let placed = place_labels(&requests, &[country], frame);
        let shown: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert!(!shown.is_empty() && shown.len() < requests.len());
        for (i, a) in shown.iter().enumerate() {
            assert!(a.inside(&frame));
            assert!(!a.overlaps(&country));
            for b in &shown[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
        }
        for (i, label) in placed.iter().enumerate() {
            let Some(label) = label else { continue };
            for (j, r) in requests.iter().enumerate() {
                let marker = Rect {
                    x: r.at.0 - r.radius,
                    y: r.at.1 - r.radius,
                    w: 2.0 * r.radius,
                    h: 2.0 * r.radius,
                };
                assert!(
                    i == j || !label.overlaps(&marker),
                    "label {i} covers marker {j}"
                );
            }
        }
    }

    #[test]
    fn crowded_markers_spread_out_and_lone_ones_stay() {
        let r = 7.0;
        // Almaty: the city, two buildings and a trail within a few pixels; Astana far away.
        let points = [
            (100.0, 100.0),
            (102.0, 101.0),
            (101.0, 97.0),
            (104.0, 103.0),
            (300.0, 50.0),
        ];
        let spread = spread_markers(&points, r);
        assert_eq!(spread[4], points[4], "a lone marker stays where it is");
        for i in 0..4 {
            for j in i + 1..4 {
                let d = ((spread[i].0 - spread[j].0).powi(2) + (spread[i].1 - spread[j].1).powi(2))
                    .sqrt();
                assert!(d >= 2.0 * r, "markers {i} and {j} still overlap: {d}");
            }
            // Each stays near where it belongs.
            let moved =
                ((spread[i].0 - points[i].0).powi(2) + (spread[i].1 - points[i].1).powi(2)).sqrt();
            assert!(moved < 6.0 * r, "{moved}");
        }
        // Zoomed in far enough, nothing crowds and nothing moves.
        let apart = [(0.0, 0.0), (40.0, 0.0)];
        assert_eq!(spread_markers(&apart, r), apart.to_vec());
    }

    #[test]
    fn label_widths_allow_for_wide_scripts() {
        assert!(label_width("カラガンダ", 14.0) > label_width("Karaganda", 14.0) * 0.9);
        assert!(label_width("Караганда", 14.0) > 60.0);
    }
}
