//! Every address of the exhibit as a type. Links are written from a `Route` (`href`, with
//! the base path and the language) and addresses are read back into one (`parse`), so a
//! renamed path or parameter is changed in one place and a host test round-trips them all.

use crate::gallery::GalleryFilter;
use crate::lang::Lang;
use crate::paths::{self, query_value};
use crate::problem::DatasetFile;
use crate::search::HitKind;
use crate::timeline::TimelineFilter;

/// Where on the statistics page a link points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatisticsAnchor {
    Figure(String),
    Conflict(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The timeline with its filters and, when `list`, the list view; `event` opens its panel.
    Timeline {
        event: Option<String>,
        filter: TimelineFilter,
        list: bool,
    },
    Gallery(GalleryFilter),
    GalleryItem(String),
    Statistics(Option<StatisticsAnchor>),
    /// The map, with one place's panel open.
    Map(Option<String>),
    /// The sources, scrolled to one of them.
    Sources(Option<String>),
    About,
    /// Search results for a query (empty: suggestions).
    Search(String),
}

/// The pages, each with the datasets it reads: a page shows the problems of exactly
/// these files, and works whatever is wrong with the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Timeline,
    Gallery,
    GalleryItem,
    Statistics,
    Map,
    Sources,
    About,
    Search,
}

impl Page {
    pub const ALL: [Page; 9] = [
        Page::Home,
        Page::Timeline,
        Page::Gallery,
        Page::GalleryItem,
        Page::Statistics,
        Page::Map,
        Page::Sources,
        Page::About,
        Page::Search,
    ];

    /// The datasets the page reads. Each list names every file whose entries the page's
    /// components show (the statistics page's milestone chart reads events, say).
    pub fn needs(self) -> &'static [DatasetFile] {
        use DatasetFile::*;
        match self {
            Page::Home => &[Figures, Conflicts, Sources],
            Page::Timeline => &[Events, Eras, Places, People, Sources],
            Page::Gallery | Page::GalleryItem => &[Gallery, Places, Events, People, Sources],
            Page::Statistics => &[Figures, Conflicts, Events, Sources],
            Page::Map => &[Places, Sources],
            Page::Sources => &[Sources],
            Page::About => &[],
            // Results come from every dataset.
            Page::Search => &DatasetFile::ALL,
        }
    }
}

impl Route {
    /// The whole timeline, unfiltered.
    pub fn timeline() -> Route {
        Route::Timeline {
            event: None,
            filter: TimelineFilter::default(),
            list: false,
        }
    }

    pub fn event(id: &str) -> Route {
        Route::Timeline {
            event: Some(id.to_string()),
            filter: TimelineFilter::default(),
            list: false,
        }
    }

    /// The timeline filtered to one person's events.
    pub fn person(id: &str) -> Route {
        Route::Timeline {
            event: None,
            filter: TimelineFilter {
                person: Some(id.to_string()),
                ..TimelineFilter::default()
            },
            list: false,
        }
    }

    /// The timeline filtered to the events at one place.
    pub fn events_at(place: &str) -> Route {
        Route::Timeline {
            event: None,
            filter: TimelineFilter {
                place: Some(place.to_string()),
                ..TimelineFilter::default()
            },
            list: false,
        }
    }

    pub fn gallery_item(id: &str) -> Route {
        Route::GalleryItem(id.to_string())
    }

    pub fn place(id: &str) -> Route {
        Route::Map(Some(id.to_string()))
    }

    pub fn source(id: &str) -> Route {
        Route::Sources(Some(id.to_string()))
    }

    pub fn figure(id: &str) -> Route {
        Route::Statistics(Some(StatisticsAnchor::Figure(id.to_string())))
    }

    pub fn conflict(id: &str) -> Route {
        Route::Statistics(Some(StatisticsAnchor::Conflict(id.to_string())))
    }

    /// Where a search hit is shown: an event in the timeline's panel, a place on the map, a
    /// person's events, a figure or disagreement on the statistics page, a source in the
    /// list, a period on the timeline.
    pub fn of_hit(kind: HitKind, id: &str) -> Route {
        match kind {
            HitKind::Event => Route::event(id),
            HitKind::Place => Route::place(id),
            HitKind::Person => Route::person(id),
            HitKind::Gallery => Route::gallery_item(id),
            HitKind::Figure => Route::figure(id),
            HitKind::Conflict => Route::conflict(id),
            HitKind::Source => Route::source(id),
            HitKind::Era => Route::timeline(),
        }
    }

    /// The page this route shows.
    pub fn page(&self) -> Page {
        match self {
            Route::Home => Page::Home,
            Route::Timeline { .. } => Page::Timeline,
            Route::Gallery(_) => Page::Gallery,
            Route::GalleryItem(_) => Page::GalleryItem,
            Route::Statistics(_) => Page::Statistics,
            Route::Map(_) => Page::Map,
            Route::Sources(_) => Page::Sources,
            Route::About => Page::About,
            Route::Search(_) => Page::Search,
        }
    }

    /// The app path with its query and fragment, without base or language:
    /// `/timeline/gko?category=war`, `/statistics#figure-x`.
    pub fn path(&self) -> String {
        let with_query = |path: String, query: String| {
            if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            }
        };
        match self {
            Route::Home => "/".into(),
            Route::Timeline {
                event,
                filter,
                list,
            } => {
                let path = match event {
                    Some(id) => format!("/timeline/{id}"),
                    None => "/timeline".into(),
                };
                let query =
                    paths::set_query_param(&filter.to_query(), "view", list.then_some("list"));
                with_query(path, query)
            }
            Route::Gallery(filter) => with_query("/gallery".into(), filter.to_query()),
            Route::GalleryItem(id) => format!("/gallery/{id}"),
            Route::Statistics(None) => "/statistics".into(),
            Route::Statistics(Some(StatisticsAnchor::Figure(id))) => {
                format!("/statistics#figure-{id}")
            }
            Route::Statistics(Some(StatisticsAnchor::Conflict(id))) => {
                format!("/statistics#conflict-{id}")
            }
            Route::Map(None) => "/map".into(),
            Route::Map(Some(place)) => format!("/map?place={place}"),
            Route::Sources(None) => "/sources".into(),
            Route::Sources(Some(id)) => format!("/sources#source-{id}"),
            Route::About => "/about".into(),
            Route::Search(q) if q.is_empty() => "/search".into(),
            Route::Search(q) => format!("/search?q={}", paths::encode_query_value(q)),
        }
    }

    /// The link to this route under `base` (`""` or `/some/path`), in `lang`.
    pub fn href(&self, base: &str, lang: Lang) -> String {
        paths::href(base, &self.path(), lang)
    }

    /// Reads an address back: the path (with the base already removed or not), the query
    /// without `?` and the fragment without `#`. `None` for an address that is no page.
    pub fn parse(base: &str, pathname: &str, query: &str, fragment: &str) -> Option<Route> {
        let path = pathname.strip_prefix(base).unwrap_or(pathname);
        let path = path.trim_end_matches('/');
        let param = |key: &str| query_value(query, key);
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let (section, item) = (segments.next(), segments.next());
        if segments.next().is_some() {
            return None;
        }
        let route = match (section, item) {
            (None, _) => Route::Home,
            (Some("timeline"), event) => Route::Timeline {
                event: event.map(str::to_string),
                filter: TimelineFilter::parse(query),
                list: param("view").as_deref() == Some("list"),
            },
            (Some("gallery"), None) => Route::Gallery(GalleryFilter::parse(query)),
            (Some("gallery"), Some(id)) => Route::GalleryItem(id.to_string()),
            (Some("statistics"), None) => {
                Route::Statistics(if let Some(id) = fragment.strip_prefix("figure-") {
                    Some(StatisticsAnchor::Figure(id.to_string()))
                } else {
                    fragment
                        .strip_prefix("conflict-")
                        .map(|id| StatisticsAnchor::Conflict(id.to_string()))
                })
            }
            (Some("map"), None) => Route::Map(param("place").filter(|p| !p.is_empty())),
            (Some("sources"), None) => {
                Route::Sources(fragment.strip_prefix("source-").map(str::to_string))
            }
            (Some("about"), None) => Route::About,
            (Some("search"), None) => Route::Search(
                param("q")
                    .map(|q| paths::decode_query_value(&q))
                    .unwrap_or_default(),
            ),
            _ => return None,
        };
        Some(route)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{EventCategory, GalleryKind};

    fn every_route() -> Vec<Route> {
        vec![
            Route::Home,
            Route::Timeline {
                event: None,
                filter: TimelineFilter::default(),
                list: false,
            },
            Route::Timeline {
                event: Some("gko".into()),
                filter: TimelineFilter {
                    categories: vec![EventCategory::War, EventCategory::Labour],
                    place: Some("spassk".into()),
                    person: Some("ahiko".into()),
                },
                list: true,
            },
            Route::event("gko"),
            Route::person("ahiko"),
            Route::events_at("karaganda"),
            Route::Gallery(GalleryFilter::default()),
            Route::Gallery(GalleryFilter {
                kind: Some(GalleryKind::Memorial),
                place: Some("almaty".into()),
                decade: Some(1950),
            }),
            Route::gallery_item("kengir"),
            Route::Statistics(None),
            Route::figure("total"),
            Route::conflict("total"),
            Route::Map(None),
            Route::place("spassk"),
            Route::Sources(None),
            Route::source("seed"),
            Route::About,
            Route::Search(String::new()),
            Route::Search("Спасск зираты".into()),
            Route::Search("スパスク 99 & a+b".into()),
        ]
    }

    /// Splits an href the way a browser does: path, query, fragment.
    fn split(href: &str) -> (String, String, String) {
        let (rest, fragment) = href.split_once('#').unwrap_or((href, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        (path.into(), query.into(), fragment.into())
    }

    #[test]
    fn every_route_round_trips_under_any_base_and_language() {
        for base in ["", "/memorial/exhibit"] {
            for lang in Lang::ALL {
                for route in every_route() {
                    let href = route.href(base, lang);
                    assert!(href.starts_with(base), "{href}");
                    let (path, query, fragment) = split(&href);
                    assert_eq!(
                        Route::parse(base, &path, &query, &fragment),
                        Some(route.clone()),
                        "{href}"
                    );
                    assert_eq!(query_value(&query, "lang").is_some(), lang != Lang::En);
                }
            }
        }
    }

    #[test]
    fn links_are_written_as_before() {
        assert_eq!(Route::event("gko").href("", Lang::En), "/timeline/gko");
        assert_eq!(
            Route::person("ahiko").href("", Lang::Ru),
            "/timeline?person=ahiko&lang=ru"
        );
        assert_eq!(
            Route::place("spassk").href("/sub", Lang::En),
            "/sub/map?place=spassk"
        );
        assert_eq!(
            Route::figure("f").href("", Lang::Ja),
            "/statistics?lang=ja#figure-f"
        );
        assert_eq!(Route::source("s").href("", Lang::En), "/sources#source-s");
        assert_eq!(Route::Home.href("/sub", Lang::Kk), "/sub/?lang=kk");
    }

    #[test]
    fn unknown_addresses_are_no_route() {
        assert_eq!(Route::parse("", "/nowhere", "", ""), None);
        assert_eq!(Route::parse("", "/gallery/a/b", "", ""), None);
        assert_eq!(Route::parse("", "/about/x", "", ""), None);
        assert_eq!(Route::parse("/sub", "/sub/", "", ""), Some(Route::Home));
    }

    #[test]
    fn every_dataset_is_shown_on_some_page() {
        for file in DatasetFile::ALL {
            assert!(
                Page::ALL.iter().any(|p| p.needs().contains(&file)),
                "{file:?} is read by no page"
            );
        }
    }

    #[test]
    fn the_statistics_page_needs_the_events_its_milestones_read() {
        assert!(Page::Statistics.needs().contains(&DatasetFile::Events));
        assert!(Page::About.needs().is_empty());
        for page in Page::ALL {
            assert!(
                page == Page::About || page.needs().contains(&DatasetFile::Sources),
                "{page:?}: every page with facts shows their sources"
            );
        }
    }
}
