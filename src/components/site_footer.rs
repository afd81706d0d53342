use crate::i18n::*;
use crate::routing::use_links;
use exhibit_model::Route;
use leptos::prelude::*;

#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    view! {
        <footer class="site-footer">
            <p>{t!(i18n, site.credit)}</p>
            <p>
                {t!(i18n, site.data_note)} " "
                <a href=move || links.to(&Route::Sources(None))>{t!(i18n, nav.sources)}</a>
                " · "
                <a href=move || links.to(&Route::About)>{t!(i18n, nav.about)}</a>
            </p>
        </footer>
    }
}
