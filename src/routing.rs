//! Where the site lives and which language the visitor reads: both come from the URL,
//! so a deep link or a shared link opens the same page in the same language.

use exhibit_model::{paths, Lang, Route};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// The path the site is served under (`""` at the root, `"/some/path"` below it),
/// read from the `<base href>` that trunk writes from `--public-url`.
pub fn detect_base() -> String {
    let path = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten())
        .and_then(|uri| web_sys::Url::new(&uri).ok())
        .map(|url| url.pathname())
        .unwrap_or_default();
    paths::normalize_base(&path)
}

/// Builds links that keep the base path and the current language.
#[derive(Clone, Copy)]
pub struct Links {
    base: StoredValue<String>,
    pub lang: Memo<Lang>,
}

impl Links {
    /// The link to a route, under the base path and in the current language.
    /// Reactive in the language.
    pub fn to(&self, route: &Route) -> String {
        route.href(&self.base.read_value(), self.lang.get())
    }

    /// The base path itself (`""` at the root).
    pub fn base(&self) -> String {
        self.base.get_value()
    }

    /// The URL of a file under `public/`, e.g. `data/events.json`.
    pub fn asset(&self, path: &str) -> String {
        format!(
            "{}/{}",
            self.base.read_value(),
            path.trim_start_matches('/')
        )
    }
}

/// Provides `Links`; must be called inside the `<Router>`.
pub fn provide_links(base: String) -> Links {
    let query = use_query_map();
    let lang = Memo::new(move |_| query.with(|q| paths::lang_from_query(q.get_str("lang"))));
    let links = Links {
        base: StoredValue::new(base),
        lang,
    };
    provide_context(links);
    links
}

/// Provides a copy of `Links` for one page, whose language memo belongs to the page and is
/// disposed with it. Leptos drops a disposed effect from a signal's subscribers only when the
/// signal next changes, and the shell's language memo changes only when the visitor switches
/// languages: every link, date and text a page drew would otherwise stay subscribed to it,
/// a few kilobytes of wasm memory per navigation on a kiosk that never switches.
pub fn provide_page_links() {
    let shell = use_links();
    let lang = Memo::new(move |_| shell.lang.get());
    provide_context(Links {
        base: shell.base,
        lang,
    });
}

pub fn use_links() -> Links {
    expect_context::<Links>()
}

/// The visitor's language, from `?lang=`.
pub fn use_lang() -> Memo<Lang> {
    use_links().lang
}

/// Goes to a route without scrolling: filters, panels and a map's chosen place change
/// the page in place. The link keeps the base path and the language.
pub fn use_navigate_in_place() -> impl Fn(&Route) + Clone + 'static {
    let links = use_links();
    let navigate = use_navigate();
    move |route: &Route| {
        navigate(
            &untrack(|| links.to(route)),
            NavigateOptions {
                resolve: false,
                scroll: false,
                ..Default::default()
            },
        );
    }
}
