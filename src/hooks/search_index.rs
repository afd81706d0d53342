use crate::data::use_exhibit_data;
use crate::timing::measured;
use exhibit_model::search::SearchIndex;
use leptos::prelude::*;
use std::sync::Arc;

/// The search index, shared; equal only to itself, so a memo holding it never re-runs its
/// readers for an index that did not change.
#[derive(Clone)]
pub struct SharedIndex(pub Arc<SearchIndex>);

impl PartialEq for SharedIndex {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The search index of the loaded exhibit, built the first time a search needs it (a memo is
/// lazy) and again only when the data changes. `None` while the data loads.
pub fn provide_search_index() {
    let data = use_exhibit_data();
    let index = Memo::new(move |_| {
        data.get().map(|loaded| {
            let index = measured("search-index", || SearchIndex::build(&loaded.exhibit));
            SharedIndex(Arc::new(index))
        })
    });
    provide_context(index);
}

pub fn use_search_index() -> Memo<Option<SharedIndex>> {
    expect_context::<Memo<Option<SharedIndex>>>()
}
