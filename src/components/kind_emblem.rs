use exhibit_model::GalleryKind;
use leptos::prelude::*;

/// A restrained line emblem for each kind, drawn instead of a missing photograph.
#[component]
pub fn KindEmblem(kind: GalleryKind) -> impl IntoView {
    let path = match kind {
        // A stele on a plinth.
        GalleryKind::Memorial => "M40 14 L52 22 L52 70 L28 70 L28 22 Z M20 70 L60 70 L60 78 L20 78 Z",
        // Three grave markers on the steppe line.
        GalleryKind::Cemetery => "M8 74 L72 74 M18 74 L18 56 M12 62 L24 62 M40 74 L40 50 M34 57 L46 57 M62 74 L62 58 M56 64 L68 64",
        // A façade with an arch.
        GalleryKind::Building => "M14 76 L14 30 L40 16 L66 30 L66 76 Z M32 76 L32 56 A8 8 0 0 1 48 56 L48 76 M22 40 L30 40 M50 40 L58 40",
        // A watchtower and wire.
        GalleryKind::Site => "M20 76 L26 30 L38 30 L44 76 M22 30 L32 20 L42 30 M44 48 L74 48 M44 60 L74 60 M54 44 L54 76 M66 44 L66 76",
        // A head and shoulders.
        GalleryKind::Person => "M40 20 A12 12 0 1 1 40 44 A12 12 0 1 1 40 20 M16 76 C16 58 28 50 40 50 C52 50 64 58 64 76",
    };
    view! {
        <svg viewBox="0 0 80 90" width="80" height="90" focusable="false">
            <path d=path fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
