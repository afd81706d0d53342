//! Names for the data's fixed kinds (event categories, gallery and place kinds) in the
//! visitor's language. Every component and page takes its labels from here.

use crate::i18n::*;
use exhibit_model::search::HitKind;
use exhibit_model::{EventCategory, GalleryKind, PlaceKind};

pub fn category_label(i18n: I18nContext<Locale>, category: EventCategory) -> &'static str {
    match category {
        EventCategory::War => t_string!(i18n, category.war),
        EventCategory::Captivity => t_string!(i18n, category.captivity),
        EventCategory::Labour => t_string!(i18n, category.labour),
        EventCategory::Repatriation => t_string!(i18n, category.repatriation),
        EventCategory::Remembrance => t_string!(i18n, category.remembrance),
        EventCategory::Research => t_string!(i18n, category.research),
    }
}

pub fn kind_label(i18n: I18nContext<Locale>, kind: GalleryKind) -> &'static str {
    match kind {
        GalleryKind::Memorial => t_string!(i18n, gallery_kind.memorial),
        GalleryKind::Cemetery => t_string!(i18n, gallery_kind.cemetery),
        GalleryKind::Building => t_string!(i18n, gallery_kind.building),
        GalleryKind::Site => t_string!(i18n, gallery_kind.site),
        GalleryKind::Person => t_string!(i18n, gallery_kind.person),
    }
}

pub fn place_kind_label(i18n: I18nContext<Locale>, kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Camp => t_string!(i18n, place_kind.camp),
        PlaceKind::City => t_string!(i18n, place_kind.city),
        PlaceKind::Workplace => t_string!(i18n, place_kind.workplace),
        PlaceKind::Building => t_string!(i18n, place_kind.building),
        PlaceKind::Cemetery => t_string!(i18n, place_kind.cemetery),
        PlaceKind::Memorial => t_string!(i18n, place_kind.memorial),
        PlaceKind::Port => t_string!(i18n, place_kind.port),
    }
}

/// The heading of a group of search results.
pub fn hit_kind_label(i18n: I18nContext<Locale>, kind: HitKind) -> &'static str {
    match kind {
        HitKind::Event => t_string!(i18n, search.kind_event),
        HitKind::Place => t_string!(i18n, search.kind_place),
        HitKind::Person => t_string!(i18n, search.kind_person),
        HitKind::Gallery => t_string!(i18n, search.kind_gallery),
        HitKind::Figure => t_string!(i18n, search.kind_figure),
        HitKind::Conflict => t_string!(i18n, search.kind_conflict),
        HitKind::Source => t_string!(i18n, search.kind_source),
        HitKind::Era => t_string!(i18n, search.kind_era),
    }
}
