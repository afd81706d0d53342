use crate::components::{clipped, KindEmblem};
use crate::i18n::*;
use crate::routing::{use_lang, use_links};
use exhibit_model::address::image_src;
use exhibit_model::{GalleryKind, Image};
use leptos::html::Dialog;
use leptos::prelude::*;

/// A gallery item's photograph, lazy-loaded with its size set so nothing shifts; without a
/// photograph, or when the file is missing or broken, the item's emblem takes its place.
/// With `enlargeable` (the item's own page) the photograph opens in a modal `<dialog>`:
/// Escape or Close shuts it and the browser returns the focus to the photograph.
#[component]
pub fn GalleryPicture(
    image: Option<Image>,
    kind: GalleryKind,
    #[prop(optional)] enlargeable: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = use_lang();
    let links = use_links();
    let failed = RwSignal::new(false);
    let dialog = NodeRef::<Dialog>::new();
    let emblem =
        move || view! { <div class="card-emblem" aria-hidden="true"><KindEmblem kind=kind/></div> };
    // Only a path inside the site to a picture becomes a `src`; anything else in the data
    // (`javascript:`, `data:`, another site, `"><img …`) shows the emblem instead.
    let image = image.and_then(|image| {
        let src = image_src(&image.src)?.to_string();
        Some((image, src))
    });
    match image {
        None => emblem().into_any(),
        Some((image, src)) => {
            let src = links.asset(&src);
            let alt = StoredValue::new(image.alt.clone());
            let alt_text = move || alt.with_value(|a| a.text(lang.get()).to_string());
            let (width, height) = (image.width, image.height);
            let photo = {
                let src = src.clone();
                move || {
                    view! {
                        <img
                            class="card-photo"
                            src=src.clone()
                            width=width
                            height=height
                            alt=alt_text
                            loading="lazy"
                            decoding="async"
                            on:error=move |_| failed.set(true)
                        />
                    }
                }
            };
            if !enlargeable {
                return view! { <Show when=move || !failed.get() fallback=emblem>{photo.clone()}</Show> }
                    .into_any();
            }
            let credit = format!("{} · {}", clipped(&image.credit), clipped(&image.licence));
            view! {
                <Show when=move || !failed.get() fallback=emblem>
                    <button type="button" class="photo-enlarge"
                        aria-label=move || t_string!(i18n, gallery.enlarge)
                        on:click=move |_| {
                            if let Some(d) = dialog.get() {
                                let _ = d.show_modal();
                            }
                        }>
                        {photo.clone()}
                    </button>
                </Show>
                <dialog class="photo-dialog" node_ref=dialog aria-label=alt_text
                    // A click on the backdrop (the dialog itself, outside its content) closes it.
                    on:click=move |ev| {
                        if let (Some(d), Some(target)) = (dialog.get(), ev.target()) {
                            if target == ****d {
                                d.close();
                            }
                        }
                    }>
                    <img src=src.clone() width=width height=height alt=alt_text/>
                    <p class="photo-dialog-credit">{t!(i18n, gallery.photo_credit)} ": " {credit.clone()}</p>
                    <form method="dialog">
                        <button type="submit" class="button" autofocus>{t!(i18n, gallery.close)}</button>
                    </form>
                </dialog>
            }
            .into_any()
        }
    }
}
