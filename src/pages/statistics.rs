use crate::components::{
    Citations, CiteBox, CompositionChart, ConflictVariants, EmbedBox, LocalText, MilestoneChart,
    PageTitle, RangeChart, ShareBar, WithData,
};
use crate::data::SharedLoaded;
use crate::embed::detect_embed;
use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::format::format_quantity;
use exhibit_model::share::shares;
use exhibit_model::stats::{figures_csv, figures_json};
use exhibit_model::{Page, Route};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The figures: disputed ones with all their variants, then the rest in a table.
#[component]
pub fn Statistics() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    // Embedded with `#conflict-ID`: that chart alone.
    let location = use_location();
    let embed = detect_embed();
    let only = Memo::new(move |_| {
        let hash = location.hash.get();
        embed
            .then(|| hash.strip_prefix("#conflict-").map(str::to_string))
            .flatten()
    });
    let rest_hidden = move || only.with(Option::is_some);
    let content = move |loaded: SharedLoaded| {
        let conflicts = loaded
            .exhibit
            .conflicts
            .entries
            .iter()
            .cloned()
            .map(|conflict| {
                let heading_id = format!("conflict-{}-title", conflict.id);
                let labelled_by = heading_id.clone();
                let id = conflict.id.clone();
                let hidden = move || only.with(|o| o.as_ref().is_some_and(|o| o != &id));
                let route = Route::conflict(&conflict.id);
                view! {
                    <section class="conflict" id=format!("conflict-{}", conflict.id) aria-labelledby=labelled_by tabindex="-1" hidden=hidden>
                        <h3 id=heading_id><LocalText text=conflict.title.clone()/></h3>
                        <div class="entry-tools">
                            <CiteBox id=format!("conflict-{}", conflict.id) title=conflict.title.clone() route=route.clone()/>
                            <EmbedBox entry=(route, conflict.title.clone())/>
                        </div>
                        <ConflictVariants loaded=loaded.clone() conflict=conflict.clone()/>
                        <RangeChart loaded=loaded.clone() conflict=conflict.clone()/>
                        <p class="why-differ">
                            <strong>{t!(i18n, statistics.why_differ)} ": "</strong>
                            <LocalText text=conflict.explanation.clone()/>
                        </p>
                    </section>
                }
            })
            .collect_view();
        let rows = loaded
            .exhibit
            .figures
            .entries
            .iter()
            .filter(|f| f.conflict.is_none())
            .cloned()
            .map(|figure| {
                let quantity = figure.clone();
                view! {
                    <tr id=format!("figure-{}", figure.id)>
                        <th scope="row"><LocalText text=figure.label.clone()/></th>
                        <td class="number">{move || format_quantity(&quantity, lang.get())}</td>
                        <td><LocalText text=figure.scope.clone()/></td>
                        <td>
                            <Citations loaded=loaded.clone() citations=figure.citations.clone()/>
                            <CiteBox id=format!("figure-{}", figure.id) title=figure.label.clone() route=Route::figure(&figure.id)/>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let share_charts = shares(&loaded.exhibit.figures.entries)
            .into_iter()
            .map(|share| {
                view! {
                    <CompositionChart
                        part=share.part.clone()
                        whole=share.whole.clone()
                        percent=share.percent
                        stated_percent=share.stated_percent
                    />
                }
            })
            .collect_view();
        let csv_data = loaded.clone();
        let csv_href = move || {
            let csv = figures_csv(&csv_data.exhibit, lang.get());
            format!(
                "data:text/csv;charset=utf-8,{}",
                js_sys::encode_uri_component(&csv)
            )
        };
        let json_href = format!(
            "data:application/json;charset=utf-8,{}",
            js_sys::encode_uri_component(&figures_json(&loaded.exhibit))
        );
        view! {
            <section aria-labelledby="conflicts-title">
                <h2 id="conflicts-title">{t!(i18n, statistics.conflicts)}</h2>
                {conflicts}
            </section>
            <section aria-labelledby="other-figures-title" hidden=rest_hidden>
                <h2 id="other-figures-title">{t!(i18n, statistics.other_figures)}</h2>
                <div class="table-scroll">
                    <table class="figures-table">
                        <thead>
                            <tr>
                                <th scope="col">{t!(i18n, statistics.figure)}</th>
                                <th scope="col">{t!(i18n, statistics.value)}</th>
                                <th scope="col">{t!(i18n, statistics.scope)}</th>
                                <th scope="col">{t!(i18n, statistics.source)}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </section>
            <section aria-labelledby="shares-title" hidden=rest_hidden>
                <h2 id="shares-title">{t!(i18n, statistics.shares)}</h2>
                {share_charts}
            </section>
            <section aria-labelledby="milestones-title" hidden=rest_hidden>
                <h2 id="milestones-title" class="sr-only">{t!(i18n, statistics.milestones)}</h2>
                <MilestoneChart loaded=loaded.clone()/>
            </section>
            <section class="export" aria-labelledby="export-title" hidden=rest_hidden>
                <h2 id="export-title">{t!(i18n, statistics.export)}</h2>
                <p>{t!(i18n, statistics.export_intro)}</p>
                <p class="export-links">
                    <a class="button" href=csv_href download="figures.csv">{t!(i18n, statistics.export_csv)}</a>
                    <a class="button" href=json_href download="figures.json">{t!(i18n, statistics.export_json)}</a>
                </p>
            </section>
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.statistics).to_string()/>
        <article class="page statistics">
            <h1>{t!(i18n, statistics.heading)}</h1>
            <p class="intro">{t!(i18n, statistics.intro)}</p>
            <ShareBar/>
            <WithData needs=Page::Statistics.needs() render=content/>
        </article>
    }
}
