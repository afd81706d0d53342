//! Filtering the memorial gallery by kind, place and decade, as the URL asks.

use crate::types::{GalleryItem, GalleryKind};

/// The gallery's filters; `None` means "all". Read from and written to the URL query
/// (`?kind=memorial&place=almaty&decade=1950`), so a filtered view can be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GalleryFilter {
    pub kind: Option<GalleryKind>,
    pub place: Option<String>,
    /// The first year of a decade, e.g. 1950 for the 1950s.
    pub decade: Option<i32>,
}

impl GalleryFilter {
    /// The filter from query values; unknown values are ignored rather than showing nothing.
    pub fn from_query(kind: Option<&str>, place: Option<&str>, decade: Option<&str>) -> Self {
        let kind = kind.and_then(|k| {
            [
                GalleryKind::Memorial,
                GalleryKind::Cemetery,
                GalleryKind::Building,
                GalleryKind::Site,
                GalleryKind::Person,
            ]
            .into_iter()
            .find(|g| g.key() == k)
        });
        let decade = decade
            .and_then(|d| d.parse::<i32>().ok())
            .filter(|d| d % 10 == 0);
        GalleryFilter {
            kind,
            place: place.filter(|p| !p.is_empty()).map(str::to_string),
            decade,
        }
    }

    /// The filter from a whole query string (with or without `?`).
    pub fn parse(query: &str) -> Self {
        let value = |key| crate::paths::query_value(query, key);
        Self::from_query(
            value("kind").as_deref(),
            value("place").as_deref(),
            value("decade").as_deref(),
        )
    }

    /// The same filter with one address parameter set (an empty value clears it).
    pub fn with_param(&self, key: &str, value: &str) -> Self {
        let value = (!value.is_empty()).then_some(value);
        Self::parse(&crate::paths::set_query_param(&self.to_query(), key, value))
    }

    /// Whether an item's date range touches the decade.
    fn in_decade(item: &GalleryItem, decade: i32) -> bool {
        match item.date {
            Some(date) => {
                let first = date.start.year;
                let last = date.end.unwrap_or(date.start).year;
                first <= decade + 9 && last >= decade
            }
            None => false,
        }
    }

    pub fn matches(&self, item: &GalleryItem) -> bool {
        self.kind.is_none_or(|k| item.kind == k)
            && self
                .place
                .as_ref()
                .is_none_or(|p| item.place.as_deref() == Some(p.as_str()))
            && self.decade.is_none_or(|d| Self::in_decade(item, d))
    }

    /// The filter as a query string without `?` (empty when nothing is filtered).
    pub fn to_query(&self) -> String {
        let decade = self.decade.map(|d| d.to_string());
        let query = crate::paths::set_query_param("", "kind", self.kind.map(GalleryKind::key));
        let query = crate::paths::set_query_param(&query, "place", self.place.as_deref());
        crate::paths::set_query_param(&query, "decade", decade.as_deref())
    }

    pub fn apply<'a>(&self, items: &'a [GalleryItem]) -> Vec<&'a GalleryItem> {
        items.iter().filter(|i| self.matches(i)).collect()
    }
}

/// The decades the items' dates touch, in order, for the period filter.
pub fn decades(items: &[GalleryItem]) -> Vec<i32> {
    let mut found: Vec<i32> = items
        .iter()
        .filter_map(|i| i.date)
        .flat_map(|d| {
            let first = d.start.year / 10 * 10;
            let last = d.end.unwrap_or(d.start).year / 10 * 10;
            (first..=last).step_by(10)
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::DateSpec;
    use crate::lang::LocalizedText;

    fn item(id: &str, kind: GalleryKind, place: Option<&str>, date: Option<&str>) -> GalleryItem {
        GalleryItem {
            id: id.into(),
            kind,
            title: LocalizedText::en(id),
            caption: LocalizedText::en(id),
            text: LocalizedText::en(id),
            place: place.map(str::to_string),
            date: date.map(|d| DateSpec::parse(d).unwrap()),
            events: vec![],
            people: vec![],
            image: None,
            citations: vec![],
        }
    }

    fn items() -> Vec<GalleryItem> {
        vec![
            item(
                "kengir",
                GalleryKind::Memorial,
                Some("kengir"),
                Some("2024-05-31"),
            ),
            item("house", GalleryKind::Building, Some("almaty"), Some("1950")),
            item(
                "academy",
                GalleryKind::Building,
                Some("almaty"),
                Some("1948/1957"),
            ),
            item("camp", GalleryKind::Site, Some("spassk"), Some("1941/1956")),
            item("undated", GalleryKind::Cemetery, None, None),
        ]
    }

    fn ids(found: Vec<&GalleryItem>) -> Vec<&str> {
        found.into_iter().map(|i| i.id.as_str()).collect()
    }

    #[test]
    fn filters_combine() {
        let items = items();
        assert_eq!(GalleryFilter::default().apply(&items).len(), 5);
        let buildings = GalleryFilter::from_query(Some("building"), None, None);
        assert_eq!(ids(buildings.apply(&items)), ["house", "academy"]);
        let fifties = GalleryFilter::from_query(None, None, Some("1950"));
        assert_eq!(ids(fifties.apply(&items)), ["house", "academy", "camp"]);
        let both = GalleryFilter::from_query(Some("building"), Some("almaty"), Some("1940"));
        assert_eq!(ids(both.apply(&items)), ["academy"]);
        let nowhere = GalleryFilter::from_query(None, Some("maizuru"), None);
        assert!(nowhere.apply(&items).is_empty());
    }

    #[test]
    fn unknown_query_values_are_ignored() {
        assert_eq!(
            GalleryFilter::from_query(Some("statue"), Some(""), Some("1955")),
            GalleryFilter::default()
        );
    }

    #[test]
    fn decades_cover_every_dated_item() {
        assert_eq!(decades(&items()), [1940, 1950, 2020]);
    }
}
