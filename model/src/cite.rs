//! Citing, sharing and embedding an entry of the exhibit: its permanent address (the
//! site's absolute URL of its `Route`, with the language), ready citations in Chicago,
//! APA and BibTeX, and the address of the current view as others may receive it
//! (without the kiosk's or the embed's own parameters). Plain text, host-tested.

use crate::date::{DateSpec, PartialDate};
use crate::lang::Lang;
use crate::paths::set_query_param;
use crate::route::Route;

/// The exhibit's name as it is cited.
pub const EXHIBIT_NAME: &str = "Far from Home";

/// Parameters that belong to one screen, never to a shared or embedded address.
const LOCAL_PARAMS: [&str; 3] = ["kiosk", "idle", "embed"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CiteStyle {
    Chicago,
    Apa,
    Bibtex,
}

impl CiteStyle {
    pub const ALL: [CiteStyle; 3] = [CiteStyle::Chicago, CiteStyle::Apa, CiteStyle::Bibtex];

    /// The style's own name (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            CiteStyle::Chicago => "Chicago",
            CiteStyle::Apa => "APA",
            CiteStyle::Bibtex => "BibTeX",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            CiteStyle::Chicago => "chicago",
            CiteStyle::Apa => "apa",
            CiteStyle::Bibtex => "bibtex",
        }
    }
}

/// One entry to cite: its id (for the BibTeX key), its title in the visitor's language,
/// its permanent URL and the day it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct CiteEntry<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub url: &'a str,
    /// Year, month and day the visitor accessed the entry.
    pub accessed: (i32, u8, u8),
    pub lang: Lang,
}

/// The permanent, absolute URL of a route: `origin` (`https://example.org`) + base path +
/// the route's path, with `?lang=` unless English.
pub fn permanent_url(origin: &str, base: &str, route: &Route, lang: Lang) -> String {
    format!("{}{}", origin.trim_end_matches('/'), route.href(base, lang))
}

/// An address as it may be shared: the same page, filters, language and place, without
/// the parameters of one screen (`kiosk`, `idle`, `embed`).
pub fn public_address(url: &str) -> String {
    let (rest, fragment) = match url.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (url, None),
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let query = LOCAL_PARAMS
        .iter()
        .fold(query.to_string(), |q, key| set_query_param(&q, key, None));
    let mut out = path.to_string();
    if !query.is_empty() {
        out.push('?');
        out.push_str(&query);
    }
    if let Some(f) = fragment.filter(|f| !f.is_empty()) {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// The address of the embeddable view of `url`: its public address with `embed`.
pub fn embed_address(url: &str) -> String {
    let public = public_address(url);
    let (rest, fragment) = match public.split_once('#') {
        Some((r, f)) => (r.to_string(), format!("#{f}")),
        None => (public.clone(), String::new()),
    };
    let (path, query) = rest.split_once('?').unwrap_or((&rest, ""));
    let query = set_query_param(query, "embed", None);
    let query = if query.is_empty() {
        "embed".to_string()
    } else {
        format!("{query}&embed")
    };
    format!("{path}?{query}{fragment}")
}

/// The `<iframe>` code for an embedded view.
pub fn iframe_code(url: &str, title: &str, width: u32, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" width=\"{width}\" height=\"{height}\" title=\"{}\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>",
        escape_attribute(&embed_address(url)),
        escape_attribute(&format!("{title} — {EXHIBIT_NAME}")),
    )
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A ready citation of the entry in `style`.
pub fn citation(style: CiteStyle, entry: &CiteEntry) -> String {
    let (year, month, day) = entry.accessed;
    let date = DateSpec {
        start: PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        },
        end: None,
        approximate: false,
    }
    .format(entry.lang);
    let (open, close) = match entry.lang {
        Lang::En => ("“", "”"),
        Lang::Ru | Lang::Kk => ("«", "»"),
        Lang::Ja => ("「", "」"),
    };
    let title = entry.title.trim();
    let url = entry.url;
    match style {
        CiteStyle::Chicago => {
            let accessed = match entry.lang {
                Lang::En => format!("Accessed {date}"),
                Lang::Ru => format!("Дата обращения: {date}"),
                Lang::Kk => format!("Қаралған күні: {date}"),
                Lang::Ja => format!("{date}閲覧"),
            };
            let title = if entry.lang == Lang::En {
                format!("{open}{}.{close}", title.trim_end_matches('.'))
            } else {
                format!("{open}{title}{close}.")
            };
            format!("{title} {EXHIBIT_NAME}. {accessed}. {url}.")
        }
        CiteStyle::Apa => {
            let retrieved = match entry.lang {
                Lang::En => format!("Retrieved {date}, from {url}"),
                Lang::Ru => format!("Дата обращения: {date}. {url}"),
                Lang::Kk => format!("Қаралған күні: {date}. {url}"),
                Lang::Ja => format!("{date}取得, {url}"),
            };
            let no_date = match entry.lang {
                Lang::En => "n.d.",
                Lang::Ru => "б. д.",
                Lang::Kk => "к. ж.",
                Lang::Ja => "日付なし",
            };
            format!(
                "{EXHIBIT_NAME}. ({no_date}). {}. {retrieved}",
                title.trim_end_matches('.')
            )
        }
        CiteStyle::Bibtex => {
            let key: String = entry
                .id
                .chars()
                .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
                .collect();
            let iso = format!("{year:04}-{month:02}-{day:02}");
            format!(
                "@misc{{farfromhome:{key},\n  title = {{{}}},\n  howpublished = {{{EXHIBIT_NAME}, digital exhibit}},\n  url = {{{url}}},\n  urldate = {{{iso}}},\n  note = {{Accessed {iso}}},\n  language = {{{}}}\n}}",
                escape_bibtex(title),
                entry.lang.code(),
            )
        }
    }
}

/// LaTeX's special characters in a BibTeX value, escaped (braces would unbalance it).
fn escape_bibtex(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' | '&' | '%' | '$' | '#' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(lang: Lang) -> CiteEntry<'static> {
        CiteEntry {
            id: "gko-resolution-9898",
            title: "GKO Resolution No. 9898",
            url: "https://example.org/exhibit/timeline/gko-resolution-9898",
            accessed: (2026, 12, 2),
            lang,
        }
    }

    #[test]
    fn permanent_urls_are_absolute_with_the_language() {
        let route = Route::event("gko");
        assert_eq!(
            permanent_url("https://example.org", "/exhibit", &route, Lang::En),
            "https://example.org/exhibit/timeline/gko"
        );
        assert_eq!(
            permanent_url("https://example.org/", "", &Route::figure("f"), Lang::Ja),
            "https://example.org/statistics?lang=ja#figure-f"
        );
        assert_eq!(
            permanent_url(
                "http://127.0.0.1:8080",
                "",
                &Route::place("spassk"),
                Lang::Ru
            ),
            "http://127.0.0.1:8080/map?place=spassk&lang=ru"
        );
    }

    #[test]
    fn chicago_apa_and_bibtex_in_english() {
        let e = entry(Lang::En);
        assert_eq!(
            citation(CiteStyle::Chicago, &e),
            "“GKO Resolution No. 9898.” Far from Home. Accessed 2 December 2026. https://example.org/exhibit/timeline/gko-resolution-9898."
                .replace("2 December 2026", &DateSpec::parse("2026-12-02").unwrap().format(Lang::En))
        );
        let apa = citation(CiteStyle::Apa, &e);
        assert!(
            apa.starts_with("Far from Home. (n.d.). GKO Resolution No. 9898. Retrieved "),
            "{apa}"
        );
        assert!(
            apa.ends_with(", from https://example.org/exhibit/timeline/gko-resolution-9898"),
            "{apa}"
        );
        let bib = citation(CiteStyle::Bibtex, &e);
        assert!(
            bib.starts_with("@misc{farfromhome:gko-resolution-9898,\n"),
            "{bib}"
        );
        assert!(
            bib.contains("  title = {GKO Resolution No. 9898},\n"),
            "{bib}"
        );
        assert!(bib.contains("  urldate = {2026-12-02},\n"), "{bib}");
        assert!(bib.contains("url = {https://example.org/exhibit/timeline/gko-resolution-9898}"));
        assert!(bib.ends_with("language = {en}\n}"));
    }

    #[test]
    fn other_languages_quote_and_date_their_own_way() {
        let ru = citation(CiteStyle::Chicago, &entry(Lang::Ru));
        assert!(
            ru.starts_with("«GKO Resolution No. 9898». Far from Home. Дата обращения: "),
            "{ru}"
        );
        assert!(ru.contains("декабря 2026"), "{ru}");
        let ja = citation(CiteStyle::Chicago, &entry(Lang::Ja));
        assert!(
            ja.starts_with("「GKO Resolution No. 9898」. Far from Home. 2026年12月2日閲覧. "),
            "{ja}"
        );
        let kk = citation(CiteStyle::Apa, &entry(Lang::Kk));
        assert!(kk.contains("Қаралған күні: "), "{kk}");
        assert!(citation(CiteStyle::Bibtex, &entry(Lang::Ja)).contains("language = {ja}"));
    }

    #[test]
    fn bibtex_escapes_latex_and_keeps_braces_balanced() {
        let mut e = entry(Lang::En);
        e.title = "50% of {all} & #1_x $ \\";
        e.id = "a b/c";
        let bib = citation(CiteStyle::Bibtex, &e);
        assert!(
            bib.contains("title = {50\\% of \\{all\\} \\& \\#1\\_x \\$ \\textbackslash{}}"),
            "{bib}"
        );
        assert!(bib.starts_with("@misc{farfromhome:a-b-c,"));
        let depth = bib.chars().fold(0i32, |d, c| match c {
            '{' => d + 1,
            '}' => d - 1,
            _ => d,
        });
        // Escaped braces count too; they are paired in the title.
        assert_eq!(depth, 0);
    }

    #[test]
    fn shared_addresses_drop_the_kiosk_and_embed_parameters() {
        assert_eq!(
            public_address("https://x.org/timeline?category=war&kiosk&idle=30&lang=ru"),
            "https://x.org/timeline?category=war&lang=ru"
        );
        assert_eq!(
            public_address("https://x.org/statistics?embed#figure-a"),
            "https://x.org/statistics#figure-a"
        );
        assert_eq!(
            public_address("https://x.org/map?place=a"),
            "https://x.org/map?place=a"
        );
        assert_eq!(
            embed_address("https://x.org/statistics?lang=ja&kiosk#figure-a"),
            "https://x.org/statistics?lang=ja&embed#figure-a"
        );
        assert_eq!(
            embed_address("https://x.org/gallery/k"),
            "https://x.org/gallery/k?embed"
        );
        assert_eq!(
            embed_address("https://x.org/?embed"),
            "https://x.org/?embed"
        );
    }

    #[test]
    fn iframe_code_is_escaped_and_sized() {
        let code = iframe_code(
            "https://x.org/timeline?category=war&lang=ru",
            "A \"quoted\" <title>",
            640,
            480,
        );
        assert_eq!(
            code,
            "<iframe src=\"https://x.org/timeline?category=war&amp;lang=ru&amp;embed\" width=\"640\" height=\"480\" title=\"A &quot;quoted&quot; &lt;title&gt; — Far from Home\" loading=\"lazy\" style=\"border:0;max-width:100%\"></iframe>"
        );
    }
}
