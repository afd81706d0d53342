//! How long a text may be, which invisible characters it may not hold, and how a
//! hostile value is shown in a message without flooding or reordering the terminal.
//!
//! Lengths are counted in characters (Unicode scalar values), not bytes, so the limits
//! mean the same in Latin, Cyrillic and Japanese. They are far above anything the
//! exhibit needs and only catch pasted documents, runaway exports and hostile data
//! (docs/DATA.md, “Limits”).

use crate::exhibit::Exhibit;
use crate::lang::LocalizedText;
use crate::problem::{DatasetFile, Problem};
use crate::types::Citation;

/// Titles, names, labels, units, roles, authors, publishers, credits, licences, locators.
pub const NAME_MAX: usize = 300;
/// Summaries, captions, descriptions, scopes, explanations, notes, uncertainty notes, alt text.
pub const SUMMARY_MAX: usize = 5_000;
/// The long text of a gallery item.
pub const LONG_TEXT_MAX: usize = 20_000;
/// A web address or an image path.
pub const ADDRESS_MAX: usize = 2_000;
/// The largest figure value: above any count the exhibit shows, and below 2^53, so every
/// whole number up to it is exact and a share of two of them is always a finite number.
pub const FIGURE_VALUE_MAX: f64 = 1e15;
/// The largest width or height of a photograph, in pixels.
pub const IMAGE_SIDE_MAX: u32 = 20_000;

/// The number of characters of a text, as the limits count them.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069):
/// invisible, and able to display a text in another order than it is stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The direction marks U+200E, U+200F and U+061C: harmless in prose, but not in an address.
pub fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// Characters that take no room and that a reader cannot see: controls (except line
/// breaks and tabs, which are checked where they matter), bidi controls and marks,
/// zero-width characters and the byte-order mark.
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        || is_bidi_control(c)
        || is_direction_mark(c)
        || matches!(
            c,
            '\u{00AD}'
                | '\u{180E}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2028}'..='\u{2029}'
                | '\u{2060}'..='\u{2064}'
                | '\u{FEFF}'
                | '\u{FFF9}'..='\u{FFFB}'
        )
}

/// The Unicode name of the characters the checks report, for the message.
pub fn char_name(c: char) -> &'static str {
    match c {
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{061C}' => "ARABIC LETTER MARK",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{FEFF}' => "BYTE ORDER MARK",
        '\t' => "TAB",
        '\n' => "LINE FEED",
        '\r' => "CARRIAGE RETURN",
        ' ' => "SPACE",
        '\u{00A0}' => "NO-BREAK SPACE",
        c if c.is_control() => "control character",
        c if c.is_whitespace() => "space character",
        _ => "character",
    }
}

/// `U+202E RIGHT-TO-LEFT OVERRIDE`, or `“<” (U+003C)` for a visible character.
pub fn describe_char(c: char) -> String {
    if is_invisible(c) || c.is_whitespace() {
        format!("U+{:04X} {}", c as u32, char_name(c))
    } else {
        format!("“{c}” (U+{:04X})", c as u32)
    }
}

/// A value as a message may quote it: invisible characters written as `\u{202E}`, line
/// breaks as `\n`, and at most `max_chars` characters, with `…` when cut.
pub fn shown(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == max_chars {
            out.push('…');
            break;
        }
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_invisible(c) => out.push_str(&format!("\\u{{{:04X}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// A number as a message shows it: `575000`, but `1e308` rather than 309 digits.
pub fn shown_number(x: f64) -> String {
    if x != 0.0 && (x.abs() >= 1e15 || x.abs() < 1e-6) {
        format!("{x:e}")
    } else {
        format!("{x}")
    }
}

/// A message from the parser, with every quoted value shortened to 60 characters and
/// invisible characters made visible, so that a megabyte-long value is not printed whole.
pub fn shorten_message(message: &str) -> String {
    const QUOTED_MAX: usize = 60;
    const MESSAGE_MAX: usize = 1_000;
    let mut out = String::new();
    let mut rest = message;
    while let Some(i) = rest.find(['`', '“', '"']) {
        let open = rest[i..].chars().next().unwrap_or('"');
        let close = if open == '“' { '”' } else { open };
        out.push_str(&shown(&rest[..i + open.len_utf8()], usize::MAX));
        rest = &rest[i + open.len_utf8()..];
        let end = rest.find(close).unwrap_or(rest.len());
        out.push_str(&shown(&rest[..end], QUOTED_MAX));
        rest = &rest[end..];
        if let Some(after) = rest.strip_prefix(close) {
            out.push(close);
            rest = after;
        }
    }
    out.push_str(&shown(rest, usize::MAX));
    if out.chars().count() > MESSAGE_MAX {
        out = out.chars().take(MESSAGE_MAX).collect();
        out.push('…');
    }
    out
}

/// Collects the text problems of one entry.
struct TextCheck<'a> {
    file: DatasetFile,
    id: &'a str,
    line: usize,
    problems: &'a mut Vec<Problem>,
}

impl TextCheck<'_> {
    fn report(&mut self, field: &str, message: String, fix: String) {
        self.problems.push(
            Problem::new(self.file, message, fix)
                .entry(shown(self.id, 80))
                .field(field)
                .at(self.line, None),
        );
    }

    fn plain(&mut self, field: &str, text: &str, max: usize) {
        let length = char_count(text);
        if length > max {
            self.report(
                field,
                format!("“{field}” is {length} characters long; the limit is {max}"),
                format!(
                    "shorten it to at most {max} characters (the limits are in docs/DATA.md, “Limits”)"
                ),
            );
        }
        if let Some((at, c)) = text.chars().enumerate().find(|(_, c)| is_bidi_control(*c)) {
            self.report(
                field,
                format!(
                    "“{field}” contains the invisible direction control {} at character {}: it can show the text in another order than it is written",
                    describe_char(c),
                    at + 1
                ),
                "delete the character (it often comes with text pasted from a word processor); the exhibit sets the direction of its texts itself".into(),
            );
        }
        let control = text
            .chars()
            .enumerate()
            .find(|(_, c)| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
        if let Some((at, c)) = control {
            self.report(
                field,
                format!(
                    "“{field}” contains the invisible {} at character {}",
                    describe_char(c),
                    at + 1
                ),
                "delete the character; texts may hold line breaks but no other control characters"
                    .into(),
            );
        }
    }

    fn optional(&mut self, field: &str, text: &Option<String>, max: usize) {
        if let Some(text) = text {
            self.plain(field, text, max);
        }
    }

    fn localized(&mut self, field: &str, text: &LocalizedText, max: usize) {
        self.plain(&format!("{field}.en"), &text.en, max);
        for (code, translation) in [("ru", &text.ru), ("kk", &text.kk), ("ja", &text.ja)] {
            self.optional(&format!("{field}.{code}"), translation, max);
        }
    }

    fn optional_localized(&mut self, field: &str, text: &Option<LocalizedText>, max: usize) {
        if let Some(text) = text {
            self.localized(field, text, max);
        }
    }

    fn citations(&mut self, citations: &[Citation]) {
        for (i, c) in citations.iter().enumerate() {
            self.optional(&format!("citations[{i}].locator"), &c.locator, NAME_MAX);
        }
    }
}

/// Every text field that is too long or holds bidi or control characters. Addresses are
/// checked by [`crate::address`], ids and dates by their own rules.
pub fn text_problems(ex: &Exhibit) -> Vec<Problem> {
    let mut problems = Vec::new();
    macro_rules! each {
        ($file:expr, $dataset:expr, |$c:ident, $e:ident| $body:block) => {
            for ($e, line) in $dataset.iter() {
                let mut $c = TextCheck {
                    file: $file,
                    id: &$e.id,
                    line,
                    problems: &mut problems,
                };
                $body
            }
        };
    }
    each!(DatasetFile::Sources, ex.sources, |c, s| {
        c.plain("title", &s.title, NAME_MAX);
        c.optional_localized("title_translated", &s.title_translated, NAME_MAX);
        c.optional("author", &s.author, NAME_MAX);
        c.optional("publisher", &s.publisher, NAME_MAX);
        c.optional_localized("note", &s.note, SUMMARY_MAX);
    });
    each!(DatasetFile::Places, ex.places, |c, p| {
        c.localized("name", &p.name, NAME_MAX);
        c.localized("description", &p.description, SUMMARY_MAX);
        c.optional_localized("uncertainty", &p.uncertainty, SUMMARY_MAX);
        c.citations(&p.citations);
    });
    each!(DatasetFile::People, ex.people, |c, p| {
        c.localized("name", &p.name, NAME_MAX);
        c.localized("role", &p.role, NAME_MAX);
        c.optional_localized("uncertainty", &p.uncertainty, SUMMARY_MAX);
        c.citations(&p.citations);
    });
    each!(DatasetFile::Events, ex.events, |c, e| {
        c.localized("title", &e.title, NAME_MAX);
        c.localized("summary", &e.summary, SUMMARY_MAX);
        c.optional_localized("uncertainty", &e.uncertainty, SUMMARY_MAX);
        c.citations(&e.citations);
    });
    each!(DatasetFile::Eras, ex.eras, |c, e| {
        c.localized("title", &e.title, NAME_MAX);
        c.citations(&e.citations);
    });
    each!(DatasetFile::Figures, ex.figures, |c, f| {
        c.localized("label", &f.label, NAME_MAX);
        c.localized("unit", &f.unit, NAME_MAX);
        c.localized("scope", &f.scope, SUMMARY_MAX);
        c.citations(&f.citations);
    });
    each!(DatasetFile::Conflicts, ex.conflicts, |c, k| {
        c.localized("title", &k.title, NAME_MAX);
        c.localized("explanation", &k.explanation, SUMMARY_MAX);
        c.citations(&k.citations);
    });
    each!(DatasetFile::Gallery, ex.gallery, |c, g| {
        c.localized("title", &g.title, NAME_MAX);
        c.localized("caption", &g.caption, SUMMARY_MAX);
        c.localized("text", &g.text, LONG_TEXT_MAX);
        if let Some(img) = &g.image {
            c.localized("image.alt", &img.alt, SUMMARY_MAX);
            c.plain("image.credit", &img.credit, NAME_MAX);
            c.plain("image.licence", &img.licence, NAME_MAX);
        }
        c.citations(&g.citations);
    });
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_values_are_short_and_visible() {
        assert_eq!(shown("abc", 2), "ab…");
        assert_eq!(shown("a\u{202E}b\n", 10), "a\\u{202E}b\\n");
        let long = "x".repeat(10_000);
        let message = shorten_message(&format!("invalid type: string \"{long}\", expected f64"));
        assert!(message.len() < 200, "{message}");
        assert!(message.ends_with("\", expected f64"), "{message}");
        assert_eq!(shown_number(575000.0), "575000");
        assert_eq!(shown_number(-1e308), "-1e308");
        assert_eq!(shown_number(0.0), "0");
        assert_eq!(
            shorten_message("unknown variant `x`, expected `a`"),
            "unknown variant `x`, expected `a`"
        );
    }
}
