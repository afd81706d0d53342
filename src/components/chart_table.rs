use crate::hooks::use_printing;
use crate::i18n::*;
use leptos::prelude::*;

/// A chart's data as a table, behind a "Show the data as a table" toggle: the chart's
/// alternative for screen readers and for anyone who wants the exact numbers. Open on paper,
/// where the chart itself is not printed.
#[component]
pub fn ChartTable(headers: Vec<Signal<String>>, children: Children) -> impl IntoView {
    let i18n = use_i18n();
    let printing = use_printing();
    view! {
        <details class="chart-details" prop:open=move || printing.get()>
            <summary>{t!(i18n, statistics.show_table)}</summary>
            <table class="chart-table">
                <thead>
                    <tr>
                        {headers.into_iter().map(|h| view! { <th scope="col">{move || h.get()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </details>
    }
}
