//! Shares: a figure that is part of another, computed from the two numbers and checked
//! against the percentage the source states. Read by the statistics page and the validator.

use crate::types::Figure;

/// A share computed from two cited figures, next to the share the source states.
#[derive(Debug, Clone, PartialEq)]
pub struct Share<'a> {
    pub part: &'a Figure,
    pub whole: &'a Figure,
    pub percent: f64,
    pub stated_percent: Option<f64>,
}

impl Share<'_> {
    /// Whether the computed share rounds to what the source states (to its last digit).
    pub fn agrees(&self) -> bool {
        match self.stated_percent {
            None => true,
            Some(stated) => (self.percent - stated).abs() <= 0.05 + 1e-9,
        }
    }
}

/// Every share the datasets declare (`share_of` on a figure), computed from the numbers.
pub fn shares(figures: &[Figure]) -> Vec<Share<'_>> {
    figures
        .iter()
        .filter_map(|part| {
            let rel = part.share_of.as_ref()?;
            let whole = figures.iter().find(|f| f.id == rel.figure)?;
            (whole.value > 0.0).then(|| Share {
                part,
                whole,
                percent: part.value / whole.value * 100.0,
                stated_percent: rel.stated_percent,
            })
        })
        .collect()
}
