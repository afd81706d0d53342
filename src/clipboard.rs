//! The browser's clipboard and share sheet, where it has them, and the address of the page
//! as it may be passed on. Feature-detected: an insecure page or an old browser has
//! neither, and the callers then fall back to selecting the text.

use exhibit_model::cite::public_address;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn navigator() -> Option<JsValue> {
    web_sys::window().map(|w| JsValue::from(w.navigator()))
}

/// Calls `object.method(args…)` when the method exists; `None` when it does not.
fn call(object: &JsValue, method: &str, args: &[JsValue]) -> Option<Result<JsValue, JsValue>> {
    let function = js_sys::Reflect::get(object, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let args: js_sys::Array = args.iter().collect();
    Some(function.apply(object, &args))
}

async fn settle(result: Option<Result<JsValue, JsValue>>) -> bool {
    match result {
        Some(Ok(promise)) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        _ => false,
    }
}

/// Writes text to the clipboard; `false` when the browser has no clipboard or refuses.
pub async fn copy_text(text: String) -> bool {
    let Some(clipboard) = navigator()
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
    else {
        return false;
    };
    settle(call(&clipboard, "writeText", &[text.into()])).await
}

/// Whether the browser has a share sheet (the Web Share API, mostly on phones).
pub fn can_share() -> bool {
    navigator().is_some_and(|n| js_sys::Reflect::has(&n, &"share".into()).unwrap_or(false))
}

/// Opens the share sheet with a title and a URL; `false` if it failed or was cancelled.
pub async fn share(title: String, url: String) -> bool {
    let Some(navigator) = navigator() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
    let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
    settle(call(&navigator, "share", &[data.into()])).await
}

/// The current page's full address as others may receive it (language, filters and place
/// kept; kiosk and embed parameters dropped).
pub fn current_address() -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    public_address(&href)
}

/// The page's title (`document.title`).
pub fn document_title() -> String {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.title())
        .unwrap_or_default()
}

/// Today's date in the visitor's time zone: year, month, day.
pub fn today() -> (i32, u8, u8) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as i32,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}

/// The site's origin (`https://example.org`).
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
