//! Writing a prerendered page into the built `index.html`: its title, description,
//! canonical address and Open Graph tags in the head, and its content in the `#boot`
//! element, which the app removes when it starts.

use super::Document;

/// Text made safe inside an element or a quoted attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// At most about `max` characters, cut at a word, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > max / 2 => &cut[..i],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// The byte range of the first element whose start tag matches `is_tag` (a tag name and
/// a test on the start tag's text), up to and including its end tag `</name>`.
fn element(html: &str, name: &str, is_tag: impl Fn(&str) -> bool) -> Option<(usize, usize)> {
    let open = format!("<{name}");
    let mut from = 0;
    while let Some(i) = html[from..].find(&open) {
        let start = from + i;
        let tag_end = start + html[start..].find('>')? + 1;
        if is_tag(&html[start..tag_end]) {
            if name == "meta" || name == "link" {
                return Some((start, tag_end));
            }
            let close = format!("</{name}>");
            let end = tag_end + html[tag_end..].find(&close)? + close.len();
            return Some((start, end));
        }
        from = tag_end;
    }
    None
}

fn has_attribute(tag: &str, name: &str, value: &str) -> bool {
    [
        format!(" {name}={value}"),
        format!(" {name}=\"{value}\""),
        format!(" {name}='{value}'"),
    ]
    .iter()
    .any(|attribute| {
        tag.match_indices(attribute.as_str()).any(|(i, _)| {
            let after = tag[i + attribute.len()..].chars().next();
            matches!(after, Some(' ' | '>' | '/' | '\n' | '\t'))
        })
    })
}

/// The deployment's base path as the app sees it (`""` or `/some/path`), from the
/// `<base href>` that trunk writes for `--public-url`.
pub fn base_path(html: &str) -> String {
    let Some(start) = html.find("<base") else {
        return String::new();
    };
    let tag = &html[start..start + html[start..].find('>').unwrap_or(0)];
    let Some(i) = tag.find("href=") else {
        return String::new();
    };
    let value = tag[i + 5..]
        .trim_start_matches(['"', '\''])
        .split(['"', '\'', ' ', '>'])
        .next()
        .unwrap_or("");
    value.trim_end_matches('/').to_string()
}

/// The built page `template` with `doc` written in. `site` is the address of the site
/// (`https://example.org`) for absolute Open Graph addresses, or `""`.
pub fn fill(template: &str, doc: &Document, site: &str) -> Result<String, String> {
    let mut html = template.to_string();
    let title = element(&html, "title", |_| true).ok_or("no <title> in the page")?;
    let url = format!("{site}{}", doc.href);
    let mut head = format!("<title>{}</title>", escape(&doc.title));
    head.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(&doc.description)
    ));
    // The page for unknown addresses has no address of its own.
    if !doc.href.is_empty() {
        head.push_str(&format!(
            "<link rel=\"canonical\" href=\"{}\">",
            escape(&url)
        ));
    }
    for (property, value) in [
        ("og:type", doc.og_type),
        ("og:site_name", doc.site_name.as_str()),
        ("og:title", doc.og_title.as_str()),
        ("og:description", doc.description.as_str()),
        ("og:url", url.as_str()),
        ("og:locale", "en_GB"),
    ] {
        if property == "og:url" && doc.href.is_empty() {
            continue;
        }
        head.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">",
            escape(value)
        ));
    }
    if let Some(image) = &doc.image {
        head.push_str(&format!(
            "<meta property=\"og:image\" content=\"{}\">",
            escape(&format!("{site}{image}"))
        ));
    }
    // A page prerendered before (the hook run twice) is written afresh.
    while let Some((start, end)) = element(&html, "meta", |t| {
        has_attribute(t, "name", "description") || t.contains("property=\"og:")
    }) {
        html.replace_range(start..end, "");
    }
    while let Some((start, end)) = element(&html, "link", |t| has_attribute(t, "rel", "canonical"))
    {
        html.replace_range(start..end, "");
    }
    let title = element(&html, "title", |_| true).unwrap_or(title);
    html.replace_range(title.0..title.1, &head);
    let boot = element(&html, "div", |t| has_attribute(t, "id", "boot"))
        .ok_or("no <div id=\"boot\"> in the page")?;
    html.replace_range(
        boot.0..boot.1,
        &format!("<div id=\"boot\" class=\"prerendered\">{}</div>", doc.body),
    );
    Ok(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Document {
        Document {
            dir: "timeline".into(),
            href: "/sub/timeline".into(),
            title: "Timeline — Far & Home".into(),
            og_title: "Timeline".into(),
            site_name: "Far from Home".into(),
            description: "A \"quoted\" text".into(),
            og_type: "website",
            image: None,
            body: "<h1>Timeline</h1>".into(),
        }
    }

    #[test]
    fn a_minified_page_is_filled_and_filling_again_gives_the_same_page() {
        let template = "<html><head><meta charset=utf-8><meta name=description content=\"Old\"><title>Old</title><base href=/sub/></head><body><div id=boot class=boot aria-hidden=true><p>Far</p></div><noscript>x</noscript></body></html>";
        assert_eq!(base_path(template), "/sub");
        let once = fill(template, &doc(), "").unwrap();
        assert!(once.contains("<title>Timeline — Far &amp; Home</title>"));
        assert!(once.contains("content=\"A &quot;quoted&quot; text\""));
        assert!(once.contains("<link rel=\"canonical\" href=\"/sub/timeline\">"));
        assert!(once
            .contains("<div id=\"boot\" class=\"prerendered\"><h1>Timeline</h1></div><noscript>"));
        assert!(!once.contains("Old"));
        assert_eq!(fill(&once, &doc(), "").unwrap(), once);
    }

    #[test]
    fn descriptions_are_cut_at_a_word() {
        assert_eq!(shorten("one two  three", 40), "one two three");
        assert_eq!(shorten("alpha beta gamma delta", 12), "alpha beta…");
        assert_eq!(base_path("<base href=\"/\">"), "");
    }
}
