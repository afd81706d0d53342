use crate::components::{clipped, LocalText, PageTitle, WithData};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::routing::{use_lang, use_links};
use exhibit_model::address::{link_target, LinkTarget};
use exhibit_model::{DatasetFile, Reliability};
use exhibit_model::{Page, Route};
use leptos::prelude::*;

fn reliability_label(i18n: I18nContext<Locale>, r: Reliability) -> &'static str {
    match r {
        Reliability::Archival => t_string!(i18n, reliability.archival),
        Reliability::Scholarly => t_string!(i18n, reliability.scholarly),
        Reliability::Official => t_string!(i18n, reliability.official),
        Reliability::Press => t_string!(i18n, reliability.press),
        Reliability::Secondary => t_string!(i18n, reliability.secondary),
        Reliability::Weak => t_string!(i18n, reliability.weak),
    }
}

/// Where an entry that cites a source is shown, and its title.
fn back_link(
    loaded: &SharedLoaded,
    file: DatasetFile,
    id: &str,
) -> (Route, exhibit_model::LocalizedText) {
    let ex = &loaded.exhibit;
    let fallback = || exhibit_model::LocalizedText::en(id);
    match file {
        DatasetFile::Events => (
            Route::event(id),
            ex.event(id)
                .map(|e| e.title.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::Gallery => (
            Route::gallery_item(id),
            ex.gallery_item(id)
                .map(|g| g.title.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::Places => (
            Route::place(id),
            ex.place(id)
                .map(|p| p.name.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::Eras => (
            Route::timeline(),
            ex.eras
                .entries
                .iter()
                .find(|e| e.id == id)
                .map(|e| e.title.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::Conflicts => (
            Route::conflict(id),
            ex.conflict(id)
                .map(|c| c.title.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::Figures => (
            Route::figure(id),
            ex.figures
                .entries
                .iter()
                .find(|f| f.id == id)
                .map(|f| f.label.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::People => (
            Route::person(id),
            ex.person(id)
                .map(|p| p.name.clone())
                .unwrap_or_else(fallback),
        ),
        DatasetFile::Sources => (Route::source(id), fallback()),
    }
}

/// A source's address: a link only if the model allows it (`https:`/`http:` or a path inside
/// the site); anything else (`javascript:`, `data:`, a bidi trick…) is shown as plain text.
fn source_address(url: String) -> impl IntoView {
    let links = use_links();
    let text = view! { <span class="data-text">{clipped(&url)}</span> };
    match link_target(&url) {
        Some(LinkTarget::External(href)) => view! {
            <p class="source-url"><a href=href rel="noopener noreferrer">{text}</a></p>
        }
        .into_any(),
        Some(LinkTarget::Site(path)) => view! {
            <p class="source-url"><a href=links.asset(&path)>{text}</a></p>
        }
        .into_any(),
        None => view! { <p class="source-url source-url-refused">{text}</p> }.into_any(),
    }
}

/// The bibliography: each source with its reliability and the facts that cite it.
#[component]
pub fn Sources() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let list = move |loaded: SharedLoaded| {
        let items = loaded
            .exhibit
            .sources
            .entries
            .iter()
            .cloned()
            .map(|source| {
                let citing: Vec<_> = loaded
                    .exhibit
                    .citing(&source.id)
                    .into_iter()
                    .map(|(file, id)| {
                        let (href, title) = back_link(&loaded, file, id);
                        view! { <li><a href=move || links.to(&href)><LocalText text=title/></a></li> }
                    })
                    .collect();
                let reliability = source.reliability;
                let date = source.date;
                view! {
                    <li class="source-item" id=format!("source-{}", source.id) tabindex="-1">
                        <h2 class="source-title">
                            {match &source.title_translated {
                                Some(t) => view! { <LocalText text=t.clone()/> }.into_any(),
                                None => view! { <cite lang=source.language.clone()>{clipped(&source.title)}</cite> }.into_any(),
                            }}
                        </h2>
                        {source.title_translated.is_some().then(|| view! {
                            <p class="source-original">
                                {t!(i18n, sources.original_title)} ": "
                                <cite lang=source.language.clone()>{clipped(&source.title)}</cite>
                            </p>
                        })}
                        <p class="source-meta">
                            {source.author.as_deref().map(|a| view! { <span>{clipped(a)}</span> " · " })}
                            {source.publisher.as_deref().map(|p| view! { <span>{clipped(p)}</span> " · " })}
                            {date.map(|d| view! { <time datetime=d.to_string()>{move || d.format(lang.get())}</time> " · " })}
                            <span class=format!("badge reliability-{}", reliability.key())>
                                {t!(i18n, sources.reliability)} ": " {move || reliability_label(i18n, reliability)}
                            </span>
                        </p>
                        {source.url.clone().map(source_address)}
                        {source.note.clone().map(|n| view! { <p class="source-note"><LocalText text=n/></p> })}
                        <details class="cited-by">
                            <summary>{t!(i18n, sources.cited_by)} " (" {citing.len()} ")"</summary>
                            <ul>{citing}</ul>
                        </details>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="source-list">{items}</ol> }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.sources).to_string()/>
        <article class="page sources">
            <h1>{t!(i18n, sources.heading)}</h1>
            <p class="intro">{t!(i18n, sources.intro)}</p>
            <WithData needs=Page::Sources.needs() render=list/>
        </article>
    }
}
