use crate::components::{LanguageSwitch, SearchBox};
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::paths::is_current_section;
use exhibit_model::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The exhibit's title, the language switch and the main navigation, which on a phone
/// folds into a Menu button (closed again after each navigation).
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let location = use_location();
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        location.pathname.track();
        menu_open.set(false);
    });
    let sections = move || {
        [
            (Route::Home, t_string!(i18n, nav.home)),
            (Route::timeline(), t_string!(i18n, nav.timeline)),
            (
                Route::Gallery(Default::default()),
                t_string!(i18n, nav.gallery),
            ),
            (Route::Statistics(None), t_string!(i18n, nav.statistics)),
            (Route::Map(None), t_string!(i18n, nav.map)),
            (Route::Sources(None), t_string!(i18n, nav.sources)),
            (Route::About, t_string!(i18n, nav.about)),
        ]
    };
    let nav_items = move || {
        sections()
            .into_iter()
            .map(|(route, label)| {
                let section = route.path();
                let current = move || {
                    let base = links.base();
                    location
                        .pathname
                        .with(|p| is_current_section(&base, p, &section))
                        .then_some("page")
                };
                view! {
                    <li>
                        <a href=links.to(&route) aria-current=current>
                            {label}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <div class="brand">
                    <a class="site-title" href=move || links.to(&Route::Home)>
                        {t!(i18n, site.title)}
                    </a>
                    <p class="site-subtitle">{t!(i18n, site.subtitle)}</p>
                </div>
                <SearchBox/>
                <LanguageSwitch/>
            </div>
            <nav class="site-nav" aria-label=move || t_string!(i18n, nav.label)>
                <button type="button" class="menu-button" aria-controls="site-nav-list"
                    aria-expanded=move || if menu_open.get() { "true" } else { "false" }
                    on:click=move |_| menu_open.update(|open| *open = !*open)>
                    <span class="menu-icon" aria-hidden="true"></span>
                    {t!(i18n, nav.menu)}
                </button>
                <ul id="site-nav-list" class:open=move || menu_open.get()>{nav_items}</ul>
            </nav>
        </header>
    }
}
