//! Links that work under any sub-path and keep the visitor's language.
//! The site may be served from `/` or from `/some/path/`; the language
//! travels in the query (`?lang=ru`) so a shared link opens in the same language.

use crate::lang::Lang;

/// The router base from the page's `<base href>` path: `/some/path/` → `/some/path`, `/` → ``.
pub fn normalize_base(base_path: &str) -> String {
    let trimmed = base_path.trim().trim_end_matches('/');
    if trimmed.is_empty() {
        String::new()
    } else if trimmed.starts_with('/') {
        trimmed.to_string()
    } else {
        format!("/{trimmed}")
    }
}

/// Sets (or, with `None`, removes) one parameter of a query string, keeping the others in order.
/// Takes and returns the query without its leading `?`.
pub fn set_query_param(query: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<String> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .filter(|p| p.split('=').next() != Some(key))
        .map(str::to_string)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{key}={value}"));
    }
    pairs.join("&")
}

/// The value of one query parameter (`None` when absent; empty for `?key`).
pub fn query_value(query: &str, key: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (k == key).then(|| v.to_string())
        })
        .next()
}

/// A query value as written in an address: letters, digits and `-._~` stay, a space becomes
/// `+`, every other byte `%XX`, so Cyrillic, kana and symbols survive any host.
pub fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// The text of a query value: `+` is a space and `%XX` a byte; a broken sequence stays as
/// written, and bytes that are not UTF-8 become U+FFFD.
pub fn decode_query_value(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A link to an app path (`/timeline`, `/gallery/x?kind=memorial`, `/statistics#f`)
/// under `base`, carrying the language unless it is the default, English.
pub fn href(base: &str, path: &str, lang: Lang) -> String {
    let (path, fragment) = match path.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (path, None),
    };
    let (path, query) = path.split_once('?').unwrap_or((path, ""));
    let lang_value = (lang != Lang::En).then(|| lang.code());
    let query = set_query_param(query, "lang", lang_value);
    let path = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    };
    let mut link = format!("{base}{path}");
    if !query.is_empty() {
        link.push('?');
        link.push_str(&query);
    }
    if let Some(fragment) = fragment {
        link.push('#');
        link.push_str(fragment);
    }
    link
}

/// The language named by a `lang` query value; English when absent or unknown.
pub fn lang_from_query(value: Option<&str>) -> Lang {
    value.and_then(Lang::from_code).unwrap_or(Lang::En)
}

/// Whether a navigation link to `section` (e.g. `/timeline`) leads to the page at `pathname`:
/// the home link only on the home page, the others also on their item pages.
pub fn is_current_section(base: &str, pathname: &str, section: &str) -> bool {
    let path = pathname.strip_prefix(base).unwrap_or(pathname);
    let path = if path.is_empty() { "/" } else { path };
    if section == "/" {
        return path == "/";
    }
    path == section || path.starts_with(&format!("{section}/"))
}

/// Kiosk mode as the address asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KioskRequest {
    /// `?kiosk`, or `?kiosk&idle=SECONDS`: return to the attract screen after that long idle.
    On { idle_seconds: u32 },
    /// `?kiosk=off` (or `=0`, `=false`): back to a normal browser page.
    Off,
}

/// The idle time when the address does not give one: two minutes.
pub const KIOSK_DEFAULT_IDLE: u32 = 120;

/// Reads kiosk mode from a query string (with or without its `?`); `None` when the
/// address does not mention it, so the session's earlier choice stands.
pub fn kiosk_from_query(query: &str) -> Option<KioskRequest> {
    let mut kiosk = None;
    let mut idle = None;
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "kiosk" => kiosk = Some(value.to_string()),
            "idle" => idle = value.parse::<u32>().ok().filter(|s| *s > 0),
            _ => {}
        }
    }
    kiosk.map(|value| match value.as_str() {
        "off" | "0" | "false" | "no" => KioskRequest::Off,
        _ => KioskRequest::On {
            idle_seconds: idle.unwrap_or(KIOSK_DEFAULT_IDLE),
        },
    })
}

/// The item id in an item page's path: `/timeline/kengir-uprising` → `kengir-uprising`
/// for the section `/timeline`; `None` on the section's own page or elsewhere.
pub fn item_id(base: &str, pathname: &str, section: &str) -> Option<String> {
    let path = pathname.strip_prefix(base).unwrap_or(pathname);
    let id = path.strip_prefix(section)?.strip_prefix('/')?;
    let id = id.trim_end_matches('/');
    (!id.is_empty() && !id.contains('/')).then(|| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_is_normalized() {
        assert_eq!(normalize_base("/"), "");
        assert_eq!(normalize_base(""), "");
        assert_eq!(normalize_base("/memorial/exhibit/"), "/memorial/exhibit");
        assert_eq!(normalize_base("exhibit"), "/exhibit");
    }

    #[test]
    fn links_keep_base_and_language() {
        assert_eq!(href("", "/", Lang::En), "/");
        assert_eq!(href("", "/timeline", Lang::Ru), "/timeline?lang=ru");
        assert_eq!(
            href("/sub", "/gallery/kengir", Lang::Ja),
            "/sub/gallery/kengir?lang=ja"
        );
        assert_eq!(
            href("/sub", "/timeline?cat=war", Lang::Kk),
            "/sub/timeline?cat=war&lang=kk"
        );
        assert_eq!(
            href("/sub", "/statistics#deaths", Lang::Ru),
            "/sub/statistics?lang=ru#deaths"
        );
        assert_eq!(href("", "/timeline?lang=ru", Lang::En), "/timeline");
        assert_eq!(href("", "about", Lang::En), "/about");
    }

    #[test]
    fn query_values_survive_encoding_in_every_script() {
        for text in [
            "Spassk",
            "Спасск зираты",
            "スパスク",
            "№ 99",
            "a+b&c=d%",
            "Қарағанды",
            "",
        ] {
            let encoded = encode_query_value(text);
            assert!(encoded
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-._~+%".contains(c)));
            assert_eq!(decode_query_value(&encoded), text);
        }
        assert_eq!(encode_query_value("camp 99"), "camp+99");
        assert_eq!(decode_query_value("100%"), "100%");
        assert_eq!(decode_query_value("%E3%82%B9%zz"), "ス%zz");
    }

    #[test]
    fn query_parameters_are_replaced_not_repeated() {
        assert_eq!(
            set_query_param("lang=ru&cat=war", "lang", Some("ja")),
            "cat=war&lang=ja"
        );
        assert_eq!(set_query_param("?lang=ru", "lang", None), "");
        assert_eq!(set_query_param("", "kiosk", Some("1")), "kiosk=1");
    }

    #[test]
    fn current_section_respects_base_and_item_pages() {
        assert!(is_current_section("", "/", "/"));
        assert!(is_current_section("/sub", "/sub", "/"));
        assert!(is_current_section("/sub", "/sub/", "/"));
        assert!(!is_current_section("/sub", "/sub/timeline", "/"));
        assert!(is_current_section("/sub", "/sub/timeline/gko", "/timeline"));
        assert!(!is_current_section("", "/timelines", "/timeline"));
    }

    #[test]
    fn unknown_language_falls_back_to_english() {
        assert_eq!(lang_from_query(Some("kk")), Lang::Kk);
        assert_eq!(lang_from_query(Some("de")), Lang::En);
        assert_eq!(lang_from_query(None), Lang::En);
    }

    #[test]
    fn item_ids_come_from_the_path_under_any_base() {
        assert_eq!(
            item_id("", "/timeline/kengir", "/timeline").as_deref(),
            Some("kengir")
        );
        assert_eq!(
            item_id("/m/e", "/m/e/timeline/kengir/", "/timeline").as_deref(),
            Some("kengir")
        );
        assert_eq!(item_id("", "/timeline", "/timeline"), None);
        assert_eq!(item_id("", "/timeline/", "/timeline"), None);
        assert_eq!(item_id("", "/timelines/x", "/timeline"), None);
        assert_eq!(item_id("", "/gallery/x", "/timeline"), None);
    }

    #[test]
    fn kiosk_mode_comes_from_the_address() {
        assert_eq!(
            kiosk_from_query("?kiosk"),
            Some(KioskRequest::On { idle_seconds: 120 })
        );
        assert_eq!(
            kiosk_from_query("lang=ja&kiosk&idle=45"),
            Some(KioskRequest::On { idle_seconds: 45 })
        );
        assert_eq!(
            kiosk_from_query("?kiosk=1&idle=nonsense"),
            Some(KioskRequest::On { idle_seconds: 120 })
        );
        assert_eq!(kiosk_from_query("?kiosk=off"), Some(KioskRequest::Off));
        assert_eq!(kiosk_from_query("?lang=ru&idle=30"), None);
        assert_eq!(kiosk_from_query(""), None);
    }
}
