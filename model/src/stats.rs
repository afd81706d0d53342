//! The statistics page's logic: the spread of each conflict group, chart axes,
//! shares computed from cited figures, and the figures as CSV.

use crate::exhibit::Exhibit;
use crate::lang::Lang;
use crate::types::{Figure, Qualifier};

/// One variant of a disputed figure as an interval on a number line.
/// A single number is an interval of zero width; "more than" is open upwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant<'a> {
    pub figure: &'a Figure,
    pub low: f64,
    pub high: f64,
    pub open_above: bool,
}

/// All variants of a conflict group, and the lowest and highest value they name.
#[derive(Debug, Clone, PartialEq)]
pub struct Spread<'a> {
    pub variants: Vec<Variant<'a>>,
    pub min: f64,
    pub max: f64,
}

impl Spread<'_> {
    /// How far apart the variants are, as a share of the lowest (0.10 = 10 %).
    pub fn relative_spread(&self) -> f64 {
        if self.min > 0.0 {
            (self.max - self.min) / self.min
        } else {
            0.0
        }
    }
}

pub fn variant(figure: &Figure) -> Variant<'_> {
    Variant {
        figure,
        low: figure.value,
        high: figure.value_max.unwrap_or(figure.value),
        open_above: matches!(figure.qualifier, Qualifier::MoreThan | Qualifier::AtLeast),
    }
}

/// The spread of one conflict group, in dataset order; `None` when it has no figures.
pub fn spread<'a>(exhibit: &'a Exhibit, conflict: &'a str) -> Option<Spread<'a>> {
    let variants: Vec<Variant<'a>> = exhibit.figures_in_conflict(conflict).map(variant).collect();
    if variants.is_empty() {
        return None;
    }
    let min = variants.iter().map(|v| v.low).fold(f64::INFINITY, f64::min);
    let max = variants
        .iter()
        .map(|v| v.high)
        .fold(f64::NEG_INFINITY, f64::max);
    Some(Spread { variants, min, max })
}

/// A step of 1, 2 or 5 times a power of ten, about `range / target` wide.
pub fn nice_step(range: f64, target: usize) -> f64 {
    if !(range > 0.0) || target == 0 {
        return 1.0;
    }
    let rough = range / target as f64;
    let power = 10f64.powf(rough.log10().floor());
    let fraction = rough / power;
    let nice = if fraction < 1.5 {
        1.0
    } else if fraction < 3.0 {
        2.0
    } else if fraction < 7.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// An axis for values from `min` to `max`: a domain widened to whole steps with some
/// room on both sides, and its ticks. A single value gets an axis around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    pub start: f64,
    pub end: f64,
    pub ticks: Vec<f64>,
}

impl Axis {
    pub fn new(min: f64, max: f64, target_ticks: usize) -> Axis {
        let (min, max) = if max > min {
            (min, max)
        } else {
            let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.1 };
            (min - pad, max + pad)
        };
        let room = (max - min) * 0.15;
        let step = nice_step(max - min + 2.0 * room, target_ticks);
        let start = ((min - room) / step).floor() * step;
        let start = if min >= 0.0 { start.max(0.0) } else { start };
        let end = ((max + room) / step).ceil() * step;
        let count = ((end - start) / step).round() as usize;
        let ticks = (0..=count).map(|i| start + step * i as f64).collect();
        Axis { start, end, ticks }
    }

    /// Position of `value` between `x0` and `x1`.
    pub fn scale(&self, value: f64, x0: f64, x1: f64) -> f64 {
        x0 + (value - self.start) / (self.end - self.start) * (x1 - x0)
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn qualifier_key(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::About => "about",
        Qualifier::MoreThan => "more_than",
        Qualifier::AtLeast => "at_least",
        Qualifier::UpTo => "up_to",
    }
}

/// The figures as CSV (RFC 4180), texts in `lang`, sources by their ids and locators.
pub fn figures_csv(exhibit: &Exhibit, lang: Lang) -> String {
    let mut out =
        String::from("id,label,value,value_max,qualifier,unit,scope,date,conflict,sources\r\n");
    for f in &exhibit.figures.entries {
        let sources: Vec<String> = f
            .citations
            .iter()
            .map(|c| match &c.locator {
                Some(l) => format!("{} ({l})", c.source),
                None => c.source.clone(),
            })
            .collect();
        let row = [
            f.id.clone(),
            f.label.text(lang).to_string(),
            f.value.to_string(),
            f.value_max.map(|v| v.to_string()).unwrap_or_default(),
            qualifier_key(f.qualifier).to_string(),
            f.unit.text(lang).to_string(),
            f.scope.text(lang).to_string(),
            f.date.map(|d| d.to_string()).unwrap_or_default(),
            f.conflict.clone().unwrap_or_default(),
            sources.join("; "),
        ];
        let fields: Vec<String> = row.iter().map(|x| csv_field(x)).collect();
        out.push_str(&fields.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The figures as JSON, exactly as the dataset holds them.
pub fn figures_json(exhibit: &Exhibit) -> String {
    serde_json::to_string_pretty(&exhibit.figures.entries).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::DatasetFile;
    use crate::share::{shares, Share};

    fn exhibit() -> Exhibit {
        let loaded = Exhibit::load(|file| {
            Ok(match file {
                DatasetFile::Sources => r#"[{"id": "s", "title": "T", "language": "en", "reliability": "press"}]"#.into(),
                DatasetFile::Figures => r#"[
  {"id": "a", "label": {"en": "Interned, \"official\""}, "value": 575000, "qualifier": "about", "unit": {"en": "people"}, "scope": {"en": "USSR, 1945"}, "conflict": "c", "citations": [{"source": "s", "locator": "p. 1"}]},
  {"id": "b", "label": {"en": "Interned"}, "value": 600000, "qualifier": "more_than", "unit": {"en": "people"}, "scope": {"en": "USSR"}, "conflict": "c", "citations": [{"source": "s"}]},
  {"id": "r", "label": {"en": "Range"}, "value": 560000, "value_max": 760000, "qualifier": "exact", "unit": {"en": "people"}, "scope": {"en": "USSR"}, "conflict": "c", "citations": [{"source": "s"}]},
  {"id": "all", "label": {"en": "All POWs"}, "value": 31074, "qualifier": "exact", "unit": {"en": "people"}, "scope": {"en": "Karaganda"}, "citations": [{"source": "s"}]},
  {"id": "jp", "label": {"en": "Japanese"}, "value": 15735, "qualifier": "exact", "unit": {"en": "people"}, "scope": {"en": "Karaganda"}, "share_of": {"figure": "all", "stated_percent": 50.6}, "citations": [{"source": "s"}]}
]"#
                .into(),
                DatasetFile::Conflicts => r#"[{"id": "c", "title": {"en": "Total"}, "explanation": {"en": "Scopes differ."}, "citations": [{"source": "s"}]}]"#.into(),
                _ => "[]".into(),
            })
        });
        assert_eq!(loaded.problems, vec![]);
        loaded.exhibit
    }

    #[test]
    fn a_conflict_spreads_from_its_lowest_to_its_highest_variant() {
        let ex = exhibit();
        let s = spread(&ex, "c").unwrap();
        assert_eq!(s.variants.len(), 3);
        assert_eq!((s.min, s.max), (560000.0, 760000.0));
        assert!(s.variants[1].open_above);
        assert_eq!(
            (s.variants[2].low, s.variants[2].high),
            (560000.0, 760000.0)
        );
        assert!((s.relative_spread() - 200000.0 / 560000.0).abs() < 1e-12);
        assert!(spread(&ex, "none").is_none());
    }

    #[test]
    fn axes_use_round_steps_and_leave_room() {
        assert_eq!(nice_step(100.0, 5), 20.0);
        assert_eq!(nice_step(0.7, 7), 0.1);
        assert_eq!(nice_step(260000.0, 5), 50000.0);
        let axis = Axis::new(560000.0, 760000.0, 5);
        assert!(axis.start < 560000.0 && axis.end > 760000.0);
        assert_eq!(axis.ticks.first(), Some(&axis.start));
        assert_eq!(axis.ticks.last(), Some(&axis.end));
        assert!(
            axis.ticks
                .windows(2)
                .all(|w| (w[1] - w[0] - 50000.0).abs() < 1e-6),
            "{:?}",
            axis.ticks
        );
        assert_eq!(axis.scale(axis.start, 0.0, 100.0), 0.0);
        assert_eq!(axis.scale(axis.end, 0.0, 100.0), 100.0);
        // One value alone still gets a usable axis around it.
        let single = Axis::new(15735.0, 15735.0, 4);
        assert!(single.start < 15735.0 && single.end > 15735.0);
        // Counts never get a negative axis.
        assert!(Axis::new(1.0, 3.0, 4).start >= 0.0);
    }

    #[test]
    fn a_share_is_computed_and_checked_against_the_stated_one() {
        let ex = exhibit();
        let shares = shares(&ex.figures.entries);
        assert_eq!(shares.len(), 1);
        let share = &shares[0];
        assert_eq!(share.part.id, "jp");
        assert!((share.percent - 50.637).abs() < 0.001, "{}", share.percent);
        assert!(
            share.agrees(),
            "15,735 / 31,074 rounds to the stated 50.6 %"
        );
        let wrong = Share {
            stated_percent: Some(52.0),
            ..share.clone()
        };
        assert!(!wrong.agrees());
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let csv = figures_csv(&exhibit(), Lang::En);
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(
            lines[0],
            "id,label,value,value_max,qualifier,unit,scope,date,conflict,sources"
        );
        assert_eq!(
            lines[1],
            r#"a,"Interned, ""official""",575000,,about,people,"USSR, 1945",,c,s (p. 1)"#
        );
        assert_eq!(lines[3], "r,Range,560000,760000,exact,people,USSR,,c,s");
        assert_eq!(lines.len(), 7, "header, five rows and the final line break");
        let json: serde_json::Value = serde_json::from_str(&figures_json(&exhibit())).unwrap();
        assert_eq!(json.as_array().unwrap().len(), 5);
    }
}
