use crate::pages::kind_glyph;
use crate::routing::{use_lang, use_links};
use exhibit_model::{GalleryKind, Image};
use leptos::prelude::*;

/// A gallery item's photograph, lazy-loaded with its size set so nothing shifts; without a
/// photograph, or when the file is missing or broken, the item's emblem takes its place.
#[component]
pub fn GalleryPicture(image: Option<Image>, kind: GalleryKind) -> impl IntoView {
    let lang = use_lang();
    let links = use_links();
    let failed = RwSignal::new(false);
    let emblem =
        move || view! { <div class="card-emblem" aria-hidden="true">{kind_glyph(kind)}</div> };
    match image {
        None => emblem().into_any(),
        Some(image) => {
            let src = links.asset(&image.src);
            let alt = StoredValue::new(image.alt.clone());
            view! {
                <Show when=move || !failed.get() fallback=emblem>
                    <img
                        class="card-photo"
                        src=src.clone()
                        width=image.width
                        height=image.height
                        alt=move || alt.with_value(|a| a.text(lang.get()).to_string())
                        loading="lazy"
                        decoding="async"
                        on:error=move |_| failed.set(true)
                    />
                </Show>
            }
            .into_any()
        }
    }
}
