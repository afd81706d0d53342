//! Which events a visitor asked for, kept in the address so a filtered view can be shared.

use super::Item;
use crate::types::{Event, EventCategory};

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

    /// The filter from a whole query string (with or without `?`).
    pub fn parse(query: &str) -> Self {
        let value = |key| crate::paths::query_value(query, key);
        Self::from_query(
            value("category").as_deref(),
            value("place").as_deref(),
            value("person").as_deref(),
        )
    }

    /// The same filter with one address parameter set (an empty value clears it).
    pub fn with_param(&self, key: &str, value: &str) -> Self {
        let value = (!value.is_empty()).then_some(value);
        Self::parse(&crate::paths::set_query_param(&self.to_query(), key, value))
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

#[cfg(test)]
mod tests {
    use super::super::fixtures::*;
    use super::*;

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
}
