//! The English content of each prerendered page: what the app shows, as plain HTML, from
//! the same datasets. Links are written from `Route`s, like the app's.

use super::html::escape;
use super::Site;
use crate::format::format_quantity;
use crate::route::Route;
use crate::types::{Citation, Event, GalleryItem};
use crate::Lang;

const EN: Lang = Lang::En;

fn link(site: &Site, route: &Route, text: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape(&site.href(route)),
        escape(text)
    )
}

fn paragraph(text: &str) -> String {
    format!("<p>{}</p>", escape(text))
}

/// The shell around a page's content: the exhibit's name and its sections, then `main`.
pub fn frame(site: &Site, content: &str) -> String {
    let ui = site.ui;
    let sections = [
        (Route::Home, "nav.home"),
        (Route::timeline(), "nav.timeline"),
        (Route::Gallery(Default::default()), "nav.gallery"),
        (Route::Statistics(None), "nav.statistics"),
        (Route::Map(None), "nav.map"),
        (Route::Sources(None), "nav.sources"),
        (Route::About, "nav.about"),
    ];
    let nav: String = sections
        .iter()
        .map(|(route, key)| format!("<li>{}</li>", link(site, route, ui.get(key))))
        .collect();
    format!(
        "<header class=\"site-header\"><p class=\"site-title\">{}</p><p class=\"site-subtitle\">{}</p>\
         <nav class=\"site-nav\" aria-label=\"{}\"><ul>{nav}</ul></nav></header>\
         <main class=\"page\">{content}<p class=\"loading\">{}</p></main>",
        link(site, &Route::Home, ui.get("site.title")),
        escape(ui.get("site.subtitle")),
        escape(ui.get("nav.label")),
        escape(ui.get("loading")),
    )
}

fn heading(site: &Site, key: &str, intro: Option<&str>) -> String {
    let mut out = format!("<h1>{}</h1>", escape(site.ui.get(key)));
    if let Some(intro) = intro {
        out.push_str(&format!(
            "<p class=\"intro\">{}</p>",
            escape(site.ui.get(intro))
        ));
    }
    out
}

fn citations(site: &Site, citations: &[Citation]) -> String {
    if citations.is_empty() {
        return String::new();
    }
    let items: String = citations
        .iter()
        .map(|citation| {
            let title = site
                .exhibit
                .source(&citation.source)
                .map(|s| s.title.as_str())
                .unwrap_or(citation.source.as_str());
            let locator = citation
                .locator
                .as_deref()
                .map(|l| format!(", {}", escape(l)))
                .unwrap_or_default();
            format!(
                "<li>{}{locator}</li>",
                link(site, &Route::source(&citation.source), title)
            )
        })
        .collect();
    format!(
        "<h2>{}</h2><ul class=\"citations\">{items}</ul>",
        escape(site.ui.get("cited_sources"))
    )
}

pub fn home(site: &Site) -> String {
    let ui = site.ui;
    let sections = [
        (Route::timeline(), "nav.timeline", "home.timeline_blurb"),
        (
            Route::Gallery(Default::default()),
            "nav.gallery",
            "home.gallery_blurb",
        ),
        (
            Route::Statistics(None),
            "nav.statistics",
            "home.statistics_blurb",
        ),
        (Route::Map(None), "nav.map", "home.map_blurb"),
    ];
    let explore: String = sections
        .iter()
        .map(|(route, name, blurb)| {
            format!(
                "<li>{} — {}</li>",
                link(site, route, ui.get(name)),
                escape(ui.get(blurb))
            )
        })
        .collect();
    format!(
        "{}{}{}<h2>{}</h2><ul>{explore}</ul>",
        heading(site, "home.heading", None),
        paragraph(ui.get("home.lead")),
        paragraph(ui.get("home.terms")),
        escape(ui.get("home.explore")),
    )
}

pub fn timeline(site: &Site) -> String {
    let items: String = site
        .exhibit
        .events_chronological()
        .into_iter()
        .map(|event| {
            format!(
                "<li><time datetime=\"{}\">{}</time> {}<br>{}</li>",
                event.date,
                escape(&event.date.format(EN)),
                link(site, &Route::event(&event.id), event.title.text(EN)),
                escape(event.summary.text(EN)),
            )
        })
        .collect();
    format!(
        "{}<ol class=\"event-list\">{items}</ol>",
        heading(site, "timeline.heading", Some("timeline.intro"))
    )
}

pub fn event(site: &Site, event: &Event) -> String {
    let ex = site.exhibit;
    let ui = site.ui;
    let mut out = format!(
        "<p>{}</p><h1>{}</h1><p class=\"detail-meta\"><time datetime=\"{}\">{}</time> · {}</p>{}",
        link(site, &Route::timeline(), ui.get("timeline.heading")),
        escape(event.title.text(EN)),
        event.date,
        escape(&event.date.format(EN)),
        escape(ui.get(&format!("category.{}", event.category.key()))),
        paragraph(event.summary.text(EN)),
    );
    if let Some(uncertainty) = &event.uncertainty {
        out.push_str(&format!(
            "<p class=\"uncertain\"><strong>{}:</strong> {}</p>",
            escape(ui.get("uncertain")),
            escape(uncertainty.text(EN))
        ));
    }
    let places: Vec<String> = event
        .places
        .iter()
        .filter_map(|id| ex.place(id))
        .map(|place| link(site, &Route::place(&place.id), place.name.text(EN)))
        .collect();
    if !places.is_empty() {
        out.push_str(&format!(
            "<p><strong>{}:</strong> {}</p>",
            escape(ui.get("timeline.places")),
            places.join(", ")
        ));
    }
    let people: Vec<String> = event
        .people
        .iter()
        .filter_map(|id| ex.person(id))
        .map(|person| link(site, &Route::person(&person.id), person.name.text(EN)))
        .collect();
    if !people.is_empty() {
        out.push_str(&format!(
            "<p><strong>{}:</strong> {}</p>",
            escape(ui.get("timeline.people")),
            people.join(", ")
        ));
    }
    out + &citations(site, &event.citations)
}

pub fn gallery(site: &Site) -> String {
    let items: String = site
        .exhibit
        .gallery
        .entries
        .iter()
        .map(|item| {
            format!(
                "<li>{}<br>{}</li>",
                link(site, &Route::gallery_item(&item.id), item.title.text(EN)),
                escape(item.caption.text(EN))
            )
        })
        .collect();
    format!(
        "{}<ul class=\"gallery-list\">{items}</ul>",
        heading(site, "gallery.heading", Some("gallery.intro"))
    )
}

pub fn gallery_item(site: &Site, item: &GalleryItem) -> String {
    let ui = site.ui;
    let mut meta = vec![escape(ui.get(&format!("gallery_kind.{}", item.kind.key())))];
    if let Some(date) = item.date {
        meta.push(format!(
            "<time datetime=\"{date}\">{}</time>",
            escape(&date.format(EN))
        ));
    }
    if let Some(place) = item.place.as_deref().and_then(|id| site.exhibit.place(id)) {
        meta.push(link(site, &Route::place(&place.id), place.name.text(EN)));
    }
    format!(
        "<p>{}</p><h1>{}</h1><p class=\"detail-meta\">{}</p>{}{}{}",
        link(
            site,
            &Route::Gallery(Default::default()),
            ui.get("gallery.heading")
        ),
        escape(item.title.text(EN)),
        meta.join(" · "),
        paragraph(item.caption.text(EN)),
        paragraph(item.text.text(EN)),
        citations(site, &item.citations),
    )
}

pub fn statistics(site: &Site) -> String {
    let items: String = site
        .exhibit
        .figures
        .entries
        .iter()
        .map(|figure| {
            format!(
                "<li><strong>{}</strong>: {} ({})</li>",
                escape(figure.label.text(EN)),
                escape(&format_quantity(figure, EN)),
                escape(figure.scope.text(EN)),
            )
        })
        .collect();
    format!(
        "{}<ul class=\"figure-list\">{items}</ul>",
        heading(site, "statistics.heading", Some("statistics.intro"))
    )
}

pub fn map(site: &Site) -> String {
    let items: String = site
        .exhibit
        .places
        .entries
        .iter()
        .map(|place| {
            format!(
                "<li>{} ({})<br>{}</li>",
                link(site, &Route::place(&place.id), place.name.text(EN)),
                escape(site.ui.get(&format!("place_kind.{}", place.kind.key()))),
                escape(place.description.text(EN)),
            )
        })
        .collect();
    format!(
        "{}<ul class=\"place-list\">{items}</ul>",
        heading(site, "map.heading", Some("map.intro"))
    )
}

pub fn sources(site: &Site) -> String {
    let items: String = site
        .exhibit
        .sources
        .entries
        .iter()
        .map(|source| {
            let mut parts = vec![format!("<cite>{}</cite>", escape(&source.title))];
            parts.extend(source.author.as_deref().map(escape));
            parts.extend(source.publisher.as_deref().map(escape));
            parts.extend(source.date.map(|d| escape(&d.format(EN))));
            format!(
                "<li id=\"source-{}\">{}</li>",
                escape(&source.id),
                parts.join(", ")
            )
        })
        .collect();
    format!(
        "{}<ul class=\"source-list\">{items}</ul>",
        heading(site, "sources.heading", Some("sources.intro"))
    )
}

pub fn about(site: &Site) -> String {
    let ui = site.ui;
    let mut out = heading(site, "about.heading", None);
    for part in ["scope", "terms", "figures", "cite", "credits"] {
        out.push_str(&format!(
            "<h2>{}</h2>{}",
            escape(ui.get(&format!("about.{part}_heading"))),
            paragraph(ui.get(&format!("about.{part}")))
        ));
    }
    out
}

/// The search page before the app starts: what it searches; the results need the app.
pub fn search(site: &Site) -> String {
    heading(site, "search.heading", Some("search.intro"))
}

pub fn not_found(site: &Site) -> String {
    let ui = site.ui;
    format!(
        "<h1>{}</h1>{}<p>{}</p>",
        escape(ui.get("not_found.heading")),
        paragraph(ui.get("not_found.text")),
        link(site, &Route::Home, ui.get("not_found.home")),
    )
}
