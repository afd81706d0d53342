use crate::routing::use_navigate_in_place;
use exhibit_model::paths::query_value;
use exhibit_model::timeline::TimelineFilter;
use exhibit_model::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The timeline's state in the address, shared by the page, its axis, its list and the
/// event panel: the filters (`?category=&place=&person=`) and the chosen view (`view=list`).
#[derive(Clone, Copy)]
pub struct TimelineAddress {
    pub filter: Memo<TimelineFilter>,
    pub list: Memo<bool>,
}

impl TimelineAddress {
    /// The address of the timeline, or of one event on it, keeping filters and view.
    pub fn route(&self, event: Option<&str>) -> Route {
        Route::Timeline {
            event: event.map(str::to_string),
            filter: self.filter.get(),
            list: self.list.get(),
        }
    }
}

/// Reads the timeline's address; `set_filter` goes to the timeline with a new filter,
/// keeping the view and closing any open event (filters apply to the whole timeline).
pub fn use_timeline_filter() -> (TimelineAddress, impl Fn(TimelineFilter) + Clone) {
    let location = use_location();
    let filter = Memo::new(move |_| location.search.with(|q| TimelineFilter::parse(q)));
    let list = Memo::new(move |_| {
        location
            .search
            .with(|q| query_value(q, "view").as_deref() == Some("list"))
    });
    let address = TimelineAddress { filter, list };
    let go = use_navigate_in_place();
    let set_filter = move |next: TimelineFilter| {
        go(&Route::Timeline {
            event: None,
            filter: next,
            list: list.get_untracked(),
        })
    };
    (address, set_filter)
}
