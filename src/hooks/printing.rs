use leptos::ev::Custom;
use leptos::prelude::*;
use leptos_use::use_media_query;

/// Whether the page is being printed: the print media query (also what a test emulates),
/// or the window's `beforeprint` … `afterprint`, which the print dialog fires before it
/// lays the page out. What only paper shows renders on this signal.
pub fn use_printing() -> Signal<bool> {
    let media = use_media_query("print");
    let dialog = RwSignal::new(false);
    let before = window_event_listener(Custom::<web_sys::Event>::new("beforeprint"), move |_| {
        dialog.set(true)
    });
    let after = window_event_listener(Custom::<web_sys::Event>::new("afterprint"), move |_| {
        dialog.set(false)
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    Signal::derive(move || media.get() || dialog.get())
}
