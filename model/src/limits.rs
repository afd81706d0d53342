//! How long a text may be, which invisible characters it may not hold, and how a
//! hostile value is shown in a message without flooding or reordering the terminal.
//!
//! Lengths are counted in characters (Unicode scalar values), not bytes, so the limits
//! mean the same in Latin, Cyrillic and Japanese. They are far above anything the
//! exhibit needs and only catch pasted documents, runaway exports and hostile data
//! (docs/DATA.md, “Limits”).

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
