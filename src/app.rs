//! The app root: translation and meta contexts, the router under the site's base path,
//! the page shell and the routes.

use crate::components::{EmbedBar, KioskMode, ScrollToHash, SiteFooter, SiteHeader, SkipLink};
use crate::data::provide_exhibit_data;
use crate::embed::detect_embed;
use crate::hooks::provide_search_index;
use crate::i18n::*;
use crate::kiosk::detect_kiosk;
use crate::pages::*;
use crate::routing::{detect_base, provide_links, provide_page_links};
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let base = detect_base();
    view! {
        // The language comes from the URL, never from a cookie: a shared link opens as sent.
        <I18nContextProvider enable_cookie=false>
            <Router base=base.clone()>
                <Shell base=base/>
            </Router>
        </I18nContextProvider>
    }
}

/// Everything inside the router: links, data, the language and the routes.
#[component]
fn Shell(base: String) -> impl IntoView {
    let links = provide_links(base);
    let kiosk = detect_kiosk();
    provide_context(kiosk);
    // An embedded view (`?embed`) has no site header or footer, only a link out of the frame.
    let embed = detect_embed();
    if embed {
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("embed");
        }
    }
    provide_exhibit_data(move |file| links.asset(&format!("data/{file}")));
    provide_search_index();
    let i18n = use_i18n();
    i18n.set_locale(locale_of(links.lang.get_untracked()));
    Effect::new(move |_| i18n.set_locale(locale_of(links.lang.get())));
    view! {
        <SkipLink/>
        {if embed { view! { <EmbedBar/> }.into_any() } else { view! { <SiteHeader/> }.into_any() }}
        <main id="main" tabindex="-1">
            <Routes fallback=page(NotFound)>
                <Route path=path!("/") view=page(Home)/>
                // The timeline stays mounted while events open beside it.
                <ParentRoute path=path!("/timeline") view=page(Timeline)>
                    <Route path=path!("") view=|| ()/>
                    <Route path=path!(":id") view=page(EventPage)/>
                </ParentRoute>
                <Route path=path!("/gallery") view=page(Gallery)/>
                <Route path=path!("/gallery/:id") view=page(GalleryItemPage)/>
                <Route path=path!("/statistics") view=page(Statistics)/>
                <Route path=path!("/map") view=page(Map)/>
                <Route path=path!("/sources") view=page(Sources)/>
                <Route path=path!("/about") view=page(About)/>
                <Route path=path!("/search") view=page(Search)/>
            </Routes>
        </main>
        {(!embed).then(|| view! { <SiteFooter/> })}
        <ScrollToHash/>
        {kiosk.enabled().then(|| view! { <KioskMode kiosk=kiosk/> })}
    }
}

/// A route's page with its own `Links`, disposed with the page (see `provide_page_links`).
fn page<V: IntoView + 'static>(view: fn() -> V) -> impl Fn() -> V + Send + Clone + 'static {
    move || {
        provide_page_links();
        view()
    }
}
