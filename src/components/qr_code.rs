use leptos::prelude::*;
use qrcodegen::{QrCode as Matrix, QrCodeEcc};

/// The quiet zone around a code, in modules, as the standard asks.
const QUIET: i32 = 4;

/// A QR code's dark modules as one SVG path, with its side in modules (quiet zone
/// included); `None` for a text too long for any QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    let code = Matrix::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if code.get_module(x, y) {
                // A run of dark modules on one row is one rectangle.
                let start = x;
                while x < size && code.get_module(x, y) {
                    x += 1;
                }
                path.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    Some((size + 2 * QUIET, path))
}

/// A QR code of `text`, drawn in the browser as a crisp SVG (dark on white, quiet zone
/// included; sized by CSS), with `label` as its accessible name.
#[component]
pub fn QrCode(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let code = Memo::new(move |_| text.with(|t| qr_path(t)));
    move || {
        code.get().map(|(side, path)| {
            view! {
                <svg class="qr-code" viewBox=format!("0 0 {side} {side}") role="img"
                    aria-label=move || label.get() data-qr=move || text.get()
                    shape-rendering="crispEdges">
                    <rect width=side height=side fill="#fff"/>
                    <path d=path fill="#000"/>
                </svg>
            }
        })
    }
}
