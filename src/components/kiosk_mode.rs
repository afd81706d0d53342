use crate::clipboard::current_address;
use crate::components::{AttractScreen, QrCode};
use crate::data::use_exhibit_data;
use crate::i18n::*;
use crate::kiosk::Kiosk;
use crate::routing::use_links;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use leptos_use::use_idle;
use wasm_bindgen::JsCast;

/// Everything kiosk mode adds to the page: the `kiosk` class (larger targets, no text
/// selection or page zoom), no context menu, external links shown as a QR code and their
/// address instead of leaving the exhibit, "Continue on your phone" with a QR code of the
/// current page, and after the idle time the attract screen, whose first touch starts
/// again at Home in the default language (closing any QR code).
#[component]
pub fn KioskMode(kiosk: Kiosk) -> impl IntoView {
    let i18n = use_i18n();
    let links = use_links();
    let navigate = use_navigate();
    let data = use_exhibit_data();
    let idle_ms = u64::from(kiosk.idle_seconds.unwrap_or(120)) * 1000;
    let document = web_sys::window().and_then(|w| w.document());
    if let Some(root) = document.as_ref().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("kiosk");
    }
    let menu = window_event_listener(ev::contextmenu, |ev| ev.prevent_default());

    // A link out of the exhibit shows its QR code and address; the visitor stays.
    let outside = RwSignal::new(None::<String>);
    // "Continue on your phone": the current page's address as a QR code.
    let phone = RwSignal::new(None::<String>);
    let clicks = window_event_listener(ev::click, move |ev| {
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(anchor) = anchor else { return };
        let here = web_sys::window().and_then(|w| w.location().origin().ok());
        if here.is_some_and(|origin| anchor.origin() != origin) {
            ev.prevent_default();
            phone.set(None);
            outside.set(Some(anchor.href()));
        }
    });
    on_cleanup(move || {
        menu.remove();
        clicks.remove();
    });

    let idle = use_idle(idle_ms).idle;
    let attract = RwSignal::new(false);
    Effect::new(move |_| {
        if idle.get() {
            outside.set(None);
            phone.set(None);
            attract.set(true);
        }
    });
    // The first touch after the attract screen: Home, in the default language, from the top.
    let wake = Callback::new(move |_| {
        attract.set(false);
        navigate(
            &format!("{}/", links.base()),
            NavigateOptions {
                resolve: false,
                ..Default::default()
            },
        );
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    });

    let qr_label = move || t_string!(i18n, share.qr).to_string();
    view! {
        {move || outside.get().map(|address| view! {
            <div class="kiosk-notice kiosk-qr" role="alertdialog" aria-labelledby="kiosk-notice-title" aria-describedby="kiosk-notice-address">
                <p id="kiosk-notice-title"><strong>{t!(i18n, kiosk.external_title)}</strong></p>
                <p>{t!(i18n, share.scan_hint)}</p>
                <QrCode text=address.clone() label=Signal::derive(qr_label)/>
                <p id="kiosk-notice-address" class="kiosk-address">{address}</p>
                <button type="button" class="button" on:click=move |_| outside.set(None)>{t!(i18n, kiosk.close)}</button>
            </div>
        })}
        {move || phone.get().map(|address| view! {
            <div class="kiosk-notice kiosk-qr kiosk-phone" role="alertdialog" aria-labelledby="kiosk-phone-title" aria-describedby="kiosk-phone-address">
                <p id="kiosk-phone-title"><strong>{t!(i18n, share.phone)}</strong></p>
                <p>{t!(i18n, share.phone_hint)}</p>
                <QrCode text=address.clone() label=Signal::derive(qr_label)/>
                <p id="kiosk-phone-address" class="kiosk-address">{address}</p>
                <button type="button" class="button" on:click=move |_| phone.set(None)>{t!(i18n, kiosk.close)}</button>
            </div>
        })}
        <button type="button" class="button kiosk-phone-button"
            aria-expanded=move || phone.with(Option::is_some).to_string()
            on:click=move |_| {
                outside.set(None);
                phone.set(Some(current_address()));
            }>
            {t!(i18n, share.phone)}
        </button>
        {move || {
            let loaded = data.get();
            (attract.get()).then(|| loaded.map(|loaded| view! { <AttractScreen loaded=loaded on_wake=wake/> }))
        }}
    }
}
