//! Prerendered pages: at build time, every route of the exhibit is written as a real HTML
//! file (`timeline/index.html`, `timeline/<event>/index.html`, …) with its own title,
//! description, canonical address and Open Graph tags, and the page's main content in
//! English in the `#boot` element, so a phone (or a crawler, or a browser without
//! JavaScript) shows real text before the wasm arrives. The app removes `#boot` when it
//! starts. Run by `model/src/bin/prerender.rs` from trunk's post-build hook.

pub mod html;
mod pages;

use crate::exhibit::Exhibit;
use crate::route::Route;
use crate::Lang;

/// One prerendered page.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The folder of its `index.html` in the build, `""` for the home page.
    pub dir: String,
    /// Its address under the base path, in English.
    pub href: String,
    pub title: String,
    pub og_title: String,
    pub site_name: String,
    pub description: String,
    pub og_type: &'static str,
    /// An image path under the base (`/sub/images/x.jpg`), for Open Graph.
    pub image: Option<String>,
    /// The content of `#boot`.
    pub body: String,
}

/// The interface's English strings (`locales/en.json`), looked up by dotted key.
pub struct Ui(serde_json::Value);

impl Ui {
    pub fn from_json(text: &str) -> Result<Ui, String> {
        serde_json::from_str(text)
            .map(Ui)
            .map_err(|e| format!("locales/en.json: {e}"))
    }

    /// The string at `key` (`"timeline.heading"`); the key itself when missing, so a
    /// renamed key shows in the output rather than failing the build.
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        key.split('.')
            .try_fold(&self.0, |value, part| value.get(part))
            .and_then(|value| value.as_str())
            .unwrap_or(key)
    }
}

/// What every page shares: the strings, the exhibit and the base path.
pub struct Site<'a> {
    pub ui: &'a Ui,
    pub exhibit: &'a Exhibit,
    pub base: &'a str,
}

impl Site<'_> {
    pub fn href(&self, route: &Route) -> String {
        route.href(self.base, Lang::En)
    }

    /// `name` titles the page as the app does ("Timeline — Far from Home").
    fn document(&self, route: &Route, name: &str, description: &str, body: String) -> Document {
        let href = self.href(route);
        let site_name = self.ui.get("site.title").to_string();
        let dir = href[self.base.len()..]
            .split(['?', '#'])
            .next()
            .unwrap_or("")
            .trim_matches('/')
            .to_string();
        Document {
            dir,
            href,
            title: format!("{name} — {site_name}"),
            og_title: name.to_string(),
            site_name,
            description: html::shorten(description, 200),
            og_type: "website",
            image: None,
            body: pages::frame(self, &body),
        }
    }
}

/// Every page to write: the sections, one per event and one per gallery item.
pub fn documents(site: &Site) -> Vec<Document> {
    let ui = site.ui;
    let ex = site.exhibit;
    let mut docs = vec![
        site.document(
            &Route::Home,
            ui.get("nav.home"),
            ui.get("home.lead"),
            pages::home(site),
        ),
        site.document(
            &Route::timeline(),
            ui.get("nav.timeline"),
            ui.get("timeline.intro"),
            pages::timeline(site),
        ),
        site.document(
            &Route::Gallery(Default::default()),
            ui.get("nav.gallery"),
            ui.get("gallery.intro"),
            pages::gallery(site),
        ),
        site.document(
            &Route::Statistics(None),
            ui.get("nav.statistics"),
            ui.get("statistics.intro"),
            pages::statistics(site),
        ),
        site.document(
            &Route::Map(None),
            ui.get("nav.map"),
            ui.get("map.intro"),
            pages::map(site),
        ),
        site.document(
            &Route::Sources(None),
            ui.get("nav.sources"),
            ui.get("sources.intro"),
            pages::sources(site),
        ),
        site.document(
            &Route::About,
            ui.get("nav.about"),
            ui.get("about.scope"),
            pages::about(site),
        ),
        site.document(
            &Route::Search(String::new()),
            ui.get("search.heading"),
            ui.get("search.intro"),
            pages::search(site),
        ),
    ];
    for event in ex.events_chronological() {
        let mut doc = site.document(
            &Route::event(&event.id),
            event.title.text(Lang::En),
            event.summary.text(Lang::En),
            pages::event(site, event),
        );
        doc.og_type = "article";
        docs.push(doc);
    }
    for item in &ex.gallery.entries {
        let mut doc = site.document(
            &Route::gallery_item(&item.id),
            item.title.text(Lang::En),
            item.caption.text(Lang::En),
            pages::gallery_item(site, item),
        );
        doc.og_type = "article";
        doc.image = item
            .image
            .as_ref()
            .and_then(|image| crate::address::image_src(&image.src))
            .map(|src| format!("{}/{src}", site.base));
        docs.push(doc);
    }
    docs
}

/// The page for an unknown address (`404.html`), which says so before the app starts.
pub fn not_found(site: &Site) -> Document {
    let heading = site.ui.get("not_found.heading");
    let mut doc = site.document(
        &Route::Home,
        heading,
        site.ui.get("not_found.text"),
        pages::not_found(site),
    );
    doc.dir = String::new();
    doc.href = String::new();
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_found_by_key_and_a_missing_key_shows_itself() {
        let ui = Ui::from_json(r#"{"a": {"b": "B"}}"#).unwrap();
        assert_eq!(ui.get("a.b"), "B");
        assert_eq!(ui.get("a.c"), "a.c");
    }
}
