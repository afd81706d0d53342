//! The datasets' entry types, exactly as curators write them in `public/data/*.json`.
//! Unknown fields are rejected so that a misspelt field name is reported, not ignored.

use crate::date::DateSpec;
use crate::lang::LocalizedText;
use crate::strict::object_only;
use serde::{Deserialize, Serialize};

/// Where a fact comes from: a source id from `sources.json` and, where known,
/// a page or other locator inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Citation {
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
}
object_only!(
    Citation,
    r#"an object such as {"source": "source-id", "locator": "p. 12"}"#
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventCategory {
    War,
    Captivity,
    Labour,
    Repatriation,
    Remembrance,
    Research,
}

impl EventCategory {
    pub const ALL: [EventCategory; 6] = [
        EventCategory::War,
        EventCategory::Captivity,
        EventCategory::Labour,
        EventCategory::Repatriation,
        EventCategory::Remembrance,
        EventCategory::Research,
    ];
    pub fn key(self) -> &'static str {
        match self {
            EventCategory::War => "war",
            EventCategory::Captivity => "captivity",
            EventCategory::Labour => "labour",
            EventCategory::Repatriation => "repatriation",
            EventCategory::Remembrance => "remembrance",
            EventCategory::Research => "research",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: DateSpec,
    pub category: EventCategory,
    pub title: LocalizedText,
    pub summary: LocalizedText,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    /// Figures (`figures.json`) this event is the source or occasion of.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<String>,
    /// Set when the date or the fact itself rests on a weak or single source;
    /// the text says what exactly is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<LocalizedText>,
    pub citations: Vec<Citation>,
}
object_only!(Event, r#"an object { } with the event's fields"#);

/// A period of the history drawn as a band behind the timeline (war, captivity and labour,
/// repatriation, silence, opening of the archives, remembrance). The bands are an
/// interpretation, so each one cites the sources its boundaries rest on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Era {
    pub id: String,
    /// A range, e.g. `1945-08/1949`.
    pub date: DateSpec,
    pub title: LocalizedText,
    pub citations: Vec<Citation>,
}
object_only!(Era, r#"an object { } with the era's fields"#);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    Camp,
    City,
    Workplace,
    Building,
    Cemetery,
    Memorial,
    Port,
}

impl PlaceKind {
    pub fn key(self) -> &'static str {
        match self {
            PlaceKind::Camp => "camp",
            PlaceKind::City => "city",
            PlaceKind::Workplace => "workplace",
            PlaceKind::Building => "building",
            PlaceKind::Cemetery => "cemetery",
            PlaceKind::Memorial => "memorial",
            PlaceKind::Port => "port",
        }
    }
}

/// How close a coordinate is to the real site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CoordinatePrecision {
    /// At or very near the site.
    Site,
    /// The centre of the town or city (within about 10 km).
    City,
    /// Estimated from a distance or description in a source.
    Rough,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
    pub precision: CoordinatePrecision,
}
object_only!(
    Coordinates,
    r#"an object such as {"lat": 49.8, "lon": 73.1, "precision": "city"}"#
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Place {
    pub id: String,
    pub name: LocalizedText,
    pub kind: PlaceKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates: Option<Coordinates>,
    pub description: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<LocalizedText>,
    pub citations: Vec<Citation>,
}
object_only!(Place, r#"an object { } with the place's fields"#);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: LocalizedText,
    pub role: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born: Option<DateSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub died: Option<DateSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<LocalizedText>,
    pub citations: Vec<Citation>,
}
object_only!(Person, r#"an object { } with the person's fields"#);

/// How a source states a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    About,
    MoreThan,
    AtLeast,
    /// "Up to": the source gives an upper bound.
    UpTo,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// What is counted, e.g. "Japanese interned in the USSR".
    pub label: LocalizedText,
    pub value: f64,
    /// Upper bound when the source gives a range ("560,000–760,000").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    /// The unit, e.g. "people", "camps".
    pub unit: LocalizedText,
    /// Territory, period and what exactly the source counts.
    pub scope: LocalizedText,
    /// When the figure was stated or what date it refers to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    /// The conflict group this figure is a variant of (`conflicts.json`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
    /// This figure is part of another one; the share is computed, never typed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_of: Option<ShareOf>,
    pub citations: Vec<Citation>,
}
object_only!(Figure, r#"an object { } with the figure's fields"#);

/// `{"figure": "karaganda-pows-all", "stated_percent": 50.6}`: the whole this figure is a
/// part of, and the percentage the source states, which the data check compares.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct ShareOf {
    pub figure: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_percent: Option<f64>,
}
object_only!(
    ShareOf,
    r#"an object such as {"figure": "figure-id", "stated_percent": 50.6}"#
);

/// A question on which sources give different numbers, shown side by side.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Conflict {
    pub id: String,
    pub title: LocalizedText,
    /// A neutral note on why the variants may differ (scope, definitions, dates).
    pub explanation: LocalizedText,
    pub citations: Vec<Citation>,
}
object_only!(
    Conflict,
    r#"an object { } with the conflict group's fields"#
);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GalleryKind {
    Memorial,
    Cemetery,
    Building,
    Site,
    Person,
}

impl GalleryKind {
    pub fn key(self) -> &'static str {
        match self {
            GalleryKind::Memorial => "memorial",
            GalleryKind::Cemetery => "cemetery",
            GalleryKind::Building => "building",
            GalleryKind::Site => "site",
            GalleryKind::Person => "person",
        }
    }
}

/// A photograph a curator has the right to show. Alt text, credit and licence are mandatory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Image {
    /// Path relative to `public/`, e.g. `images/kengir-memorial.jpg`.
    pub src: String,
    pub width: u32,
    pub height: u32,
    pub alt: LocalizedText,
    pub credit: String,
    pub licence: String,
}
object_only!(
    Image,
    r#"an object such as {"src": "images/name.jpg", "width": 1600, "height": 1067, …}"#
);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct GalleryItem {
    pub id: String,
    pub kind: GalleryKind,
    pub title: LocalizedText,
    pub caption: LocalizedText,
    pub text: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    #[serde(default)]
    pub events: Vec<String>,
    #[serde(default)]
    pub people: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
    pub citations: Vec<Citation>,
}
object_only!(
    GalleryItem,
    r#"an object { } with the gallery item's fields"#
);

/// How much weight a source can bear.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Reliability {
    Archival,
    Scholarly,
    Official,
    Press,
    Secondary,
    /// A blog, a forum or a second-hand report: shown with a warning.
    Weak,
}

impl Reliability {
    pub fn key(self) -> &'static str {
        match self {
            Reliability::Archival => "archival",
            Reliability::Scholarly => "scholarly",
            Reliability::Official => "official",
            Reliability::Press => "press",
            Reliability::Secondary => "secondary",
            Reliability::Weak => "weak",
        }
    }
}

impl Source {
    /// A short name for citations: the author, else the publisher, else the title.
    pub fn short_name(&self) -> &str {
        self.author
            .as_deref()
            .or(self.publisher.as_deref())
            .unwrap_or(&self.title)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The title in its original language.
    pub title: String,
    /// The title translated for visitors, where the original is in another language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_translated: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<DateSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// ISO 639-1 code of the source's language, e.g. "ru".
    pub language: String,
    pub reliability: Reliability,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
}
object_only!(Source, r#"an object { } with the source's fields"#);
