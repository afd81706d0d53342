use crate::components::LanguageSwitch;
use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::paths::is_current_section;
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
            ("/", t_string!(i18n, nav.home)),
            ("/timeline", t_string!(i18n, nav.timeline)),
            ("/gallery", t_string!(i18n, nav.gallery)),
            ("/statistics", t_string!(i18n, nav.statistics)),
            ("/map", t_string!(i18n, nav.map)),
            ("/sources", t_string!(i18n, nav.sources)),
            ("/about", t_string!(i18n, nav.about)),
        ]
    };
    let nav_items = move || {
        sections()
            .into_iter()
            .map(|(section, label)| {
                let current = move || {
                    let base = links.base();
                    location
                        .pathname
                        .with(|p| is_current_section(&base, p, section))
                        .then_some("page")
                };
                view! {
                    <li>
                        <a href=links.href(section) aria-current=current>
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
                    <a class="site-title" href=move || links.href("/")>
                        {t!(i18n, site.title)}
                    </a>
                    <p class="site-subtitle">{t!(i18n, site.subtitle)}</p>
                </div>
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
