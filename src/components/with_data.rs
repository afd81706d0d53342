use crate::components::DataProblems;
use crate::data::{use_exhibit_data, SharedLoaded};
use crate::i18n::*;
use exhibit_model::DatasetFile;
use leptos::prelude::*;

/// Renders a page part once the datasets are loaded. Problems in the files it `needs`
/// are shown above it; problems in other files do not concern this page.
#[component]
pub fn WithData<F, V>(needs: &'static [DatasetFile], render: F) -> impl IntoView
where
    F: Fn(SharedLoaded) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let i18n = use_i18n();
    let data = use_exhibit_data();
    move || match data.get() {
        None => view! {
            <p class="loading" role="status">
                {t!(i18n, loading)}
            </p>
        }
        .into_any(),
        Some(loaded) => view! {
            <DataProblems loaded=loaded.clone() files=needs/>
            {render(loaded)}
        }
        .into_any(),
    }
}
