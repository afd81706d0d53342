//! TimelineJS texts are HTML; the exhibit's texts are plain. Tags are dropped and their text
//! kept (a link keeps its words, never its address), line and paragraph breaks are kept, entities
//! are decoded, and the content of `<script>`, `<style>` and the like is dropped entirely — so no
//! script, event attribute (`onerror=`) or `javascript:` address can survive.

/// Elements whose content is never text for a reader.
const DROPPED: [&str; 8] = [
    "script", "style", "iframe", "object", "embed", "noscript", "template", "svg",
];
/// Elements that start a new paragraph.
const BLOCKS: [&str; 17] = [
    "p",
    "div",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "table",
    "tr",
    "section",
    "article",
    "figure",
    "hr",
];

const LINE: char = '\u{1}';
const PARAGRAPH: char = '\u{2}';

/// Plain text of a piece of TimelineJS HTML.
pub fn to_plain_text(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&mut out, &rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let next = rest[1..].chars().next();
        if !next.is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!' || c == '?') {
            push_text(&mut out, "<");
            rest = &rest[1..];
            continue;
        }
        let end = tag_end(rest);
        let tag = &rest[1..end.saturating_sub(1).max(1)];
        rest = &rest[end..];
        let closing = tag.starts_with('/');
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !closing && DROPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            rest = skip_element(rest, &name);
        } else if name == "br" {
            out.push(LINE);
        } else if name == "li" && !closing {
            out.push(LINE);
            out.push_str("• ");
        } else if BLOCKS.contains(&name.as_str()) {
            out.push(PARAGRAPH);
        }
    }
    push_text(&mut out, rest);
    tidy(&out)
}

/// The byte just after the `>` that ends the tag at the start of `text` (quotes respected).
fn tag_end(text: &str) -> usize {
    let mut quote = None;
    for (i, c) in text.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    text.len()
}

/// Skips to just after `</name>`, or to the end when it is never closed.
fn skip_element<'a>(text: &'a str, name: &str) -> &'a str {
    let lower = text.to_ascii_lowercase();
    match lower.find(&format!("</{name}")) {
        Some(i) => &text[i + tag_end(&text[i..])..],
        None => "",
    }
}

/// Text between tags: entities decoded, whitespace collapsed as a browser does.
fn push_text(out: &mut String, text: &str) {
    let decoded = decode_entities(text);
    for c in decoded.chars() {
        if c.is_whitespace() && c != '\u{a0}' {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else if c == '\u{a0}' {
            out.push(' ');
        } else if !c.is_control() {
            out.push(c);
        }
    }
}

fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let decoded = rest.find(';').filter(|semi| *semi <= 10).and_then(|semi| {
            let name = &rest[1..semi];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                "mdash" => Some('—'),
                "ndash" => Some('–'),
                "hellip" => Some('…'),
                "laquo" => Some('«'),
                "raquo" => Some('»'),
                "lsquo" => Some('‘'),
                "rsquo" => Some('’'),
                "ldquo" => Some('“'),
                "rdquo" => Some('”'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            };
            c.map(|c| (c, semi))
        });
        match decoded {
            Some((c, semi)) => {
                out.push(c);
                rest = &rest[semi + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Turns the break markers into line breaks: at most one blank line, no spaces at line ends.
fn tidy(marked: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    for paragraph in marked.split(PARAGRAPH) {
        let lines: Vec<&str> = paragraph
            .split(LINE)
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            paragraphs.push(lines.join("\n"));
        }
    }
    paragraphs.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_words_and_breaks_drops_markup() {
        assert_eq!(
            to_plain_text(
                "<p>First <b>bold</b>&nbsp;&amp; <a href=\"x\">link</a>.</p><p>Second<br>line</p>"
            ),
            "First bold & link.\n\nSecond\nline"
        );
        assert_eq!(
            to_plain_text("a < b &gt; c &#1071; &#x4e2d; &bogus;"),
            "a < b > c Я 中 &bogus;"
        );
        assert_eq!(
            to_plain_text("<ul><li>one</li><li>two</li></ul>"),
            "• one\n• two"
        );
    }

    #[test]
    fn scripts_and_handlers_do_not_survive() {
        let text = to_plain_text(
            "Hi<script>alert('x')</script><img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(2)\" onclick='y'>there</a><STYLE>p{}</STYLE><!-- <script>z</script> -->",
        );
        assert_eq!(text, "Hithere");
        assert_eq!(to_plain_text("a<script>never closed"), "a");
    }
}
