use crate::routing::use_navigate_in_place;
use exhibit_model::gallery::GalleryFilter;
use exhibit_model::Route;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// The gallery's filters as the address gives them (`?kind=&place=&decade=`), and a
/// setter that writes a new filter into the address, so a filtered gallery is a link.
pub fn use_gallery_filter() -> (Memo<GalleryFilter>, impl Fn(GalleryFilter) + Clone) {
    let location = use_location();
    let filter = Memo::new(move |_| location.search.with(|q| GalleryFilter::parse(q)));
    let go = use_navigate_in_place();
    (filter, move |next: GalleryFilter| go(&Route::Gallery(next)))
}
