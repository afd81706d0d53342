//! Kiosk mode for a museum's unattended touchscreen: turned on by the address (`?kiosk`,
//! `?kiosk&idle=SECONDS`) and remembered for the browser session, so the exhibit's own
//! links need not carry it. `?kiosk=off` turns it off.

use exhibit_model::paths::{kiosk_from_query, KioskRequest};

const STORAGE_KEY: &str = "exhibit-kiosk-idle";

/// Seconds of inactivity before the attract screen, when kiosk mode is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Kiosk {
    pub idle_seconds: Option<u32>,
}

impl Kiosk {
    pub fn enabled(&self) -> bool {
        self.idle_seconds.is_some()
    }
}

/// Reads kiosk mode from the address, or else from the session, and remembers the choice.
pub fn detect_kiosk() -> Kiosk {
    let Some(window) = web_sys::window() else {
        return Kiosk { idle_seconds: None };
    };
    let storage = window.session_storage().ok().flatten();
    let search = window.location().search().unwrap_or_default();
    let idle_seconds = match kiosk_from_query(&search) {
        Some(KioskRequest::On { idle_seconds }) => {
            if let Some(s) = &storage {
                let _ = s.set_item(STORAGE_KEY, &idle_seconds.to_string());
            }
            Some(idle_seconds)
        }
        Some(KioskRequest::Off) => {
            if let Some(s) = &storage {
                let _ = s.remove_item(STORAGE_KEY);
            }
            None
        }
        None => storage
            .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
            .and_then(|v| v.parse().ok()),
    };
    Kiosk { idle_seconds }
}
