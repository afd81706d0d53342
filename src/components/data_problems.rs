use crate::data::SharedLoaded;
use crate::i18n::*;
use exhibit_model::DatasetFile;
use leptos::prelude::*;

/// A clear, specific panel listing what is wrong with the data files a page needs:
/// file and line, entry, field, what is wrong and how to fix it.
#[component]
pub fn DataProblems(loaded: SharedLoaded, files: &'static [DatasetFile]) -> impl IntoView {
    let i18n = use_i18n();
    let problems: Vec<_> = loaded.problems_in(files).cloned().collect();
    if problems.is_empty() {
        return ().into_any();
    }
    let items = problems
        .into_iter()
        .map(|p| {
            let entry = p
                .entry
                .as_ref()
                .map(|e| format!(" · {} “{e}”", p.file.entry_noun()))
                .unwrap_or_default();
            let field = p
                .field
                .as_ref()
                .map(|f| format!(" · {f}"))
                .unwrap_or_default();
            view! {
                <li class="data-problem">
                    <p class="data-problem-where">
                        <code>{p.location()}</code>
                        {entry}
                        {field}
                    </p>
                    // Validator messages are written in English.
                    <p class="data-problem-message" lang="en">{p.message.clone()}</p>
                    <p class="data-problem-fix">
                        <strong>{t!(i18n, data.fix)} ": "</strong>
                        <span lang="en">{p.fix.clone()}</span>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="data-problems" role="alert" aria-labelledby="data-problems-title">
            <h2 id="data-problems-title">{t!(i18n, data.problem_title)}</h2>
            <p>{t!(i18n, data.problem_intro)}</p>
            <ul>{items}</ul>
            <p class="data-problems-hint">{t!(i18n, data.curator_hint)}</p>
        </section>
    }
    .into_any()
}
