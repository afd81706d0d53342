use exhibit_model::paths::query_value;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The place chosen on the map, from `/map?place=ID`; `None` when no panel is open.
pub fn use_selected_place() -> Memo<Option<String>> {
    let location = use_location();
    Memo::new(move |_| {
        location
            .search
            .with(|q| query_value(q, "place").filter(|p| !p.is_empty()))
    })
}
