//! Small events and views shared by the timeline's tests.

use super::{Domain, Item, LaneSpec};
use crate::date::DateSpec;
use crate::lang::LocalizedText;
use crate::types::{Event, EventCategory};

pub fn event(id: &str, date: &str, category: EventCategory, places: &[&str]) -> Event {
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

pub fn day(text: &str) -> i64 {
    DateSpec::parse(text).unwrap().span().0
}

pub const SPEC: LaneSpec = LaneSpec {
    label: 100.0,
    cluster: 40.0,
    lanes: 2,
};

pub fn domain() -> Domain {
    Domain {
        first: day("1939-01-01"),
        last: day("2024-12-31"),
    }
}

pub fn items(dates: &[&str]) -> Vec<Item> {
    dates
        .iter()
        .enumerate()
        .map(|(i, d)| Item::new(i, &DateSpec::parse(d).unwrap()))
        .collect()
}
