use crate::components::{Citations, ConflictVariants, LocalText, PageTitle, WithData};
use crate::data::SharedLoaded;
use crate::i18n::*;
use crate::routing::use_lang;
use exhibit_model::format::format_quantity;
use exhibit_model::DatasetFile;
use leptos::prelude::*;

const NEEDS: &[DatasetFile] = &[
    DatasetFile::Figures,
    DatasetFile::Conflicts,
    DatasetFile::Sources,
];

/// The figures: disputed ones with all their variants, then the rest in a table.
#[component]
pub fn Statistics() -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
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
                view! {
                    <section class="conflict" id=format!("conflict-{}", conflict.id) aria-labelledby=labelled_by tabindex="-1">
                        <h3 id=heading_id><LocalText text=conflict.title.clone()/></h3>
                        <ConflictVariants loaded=loaded.clone() conflict=conflict.clone()/>
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
                        <td><Citations loaded=loaded.clone() citations=figure.citations.clone()/></td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="conflicts-title">
                <h2 id="conflicts-title">{t!(i18n, statistics.conflicts)}</h2>
                {conflicts}
            </section>
            <section aria-labelledby="other-figures-title">
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
        }
    };
    view! {
        <PageTitle text=move || t_string!(i18n, nav.statistics).to_string()/>
        <article class="page statistics">
            <h1>{t!(i18n, statistics.heading)}</h1>
            <p class="intro">{t!(i18n, statistics.intro)}</p>
            <WithData needs=NEEDS render=content/>
        </article>
    }
}
