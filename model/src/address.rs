//! Which addresses the exhibit may put in a link or an image: the app calls these before
//! rendering any `href` or `src` that comes from the datasets, and the data check reports
//! every address they refuse.
//!
//! Two forms are allowed, nothing else:
//! - an absolute `https:` or `http:` address on another site, e.g.
//!   `https://example.org/a/b?c=d#e` (the scheme in any case; no user name or password;
//!   a host name with at least one dot; an optional port);
//! - a path inside the site, relative to its base, e.g. `images/kengir.jpg`: segments of
//!   Latin letters, digits, `-`, `_` and `.`, separated by single slashes, with no scheme,
//!   no leading slash, no `//host`, no `.`/`..` segment and no segment starting with a dot.
//!
//! Refused everywhere: surrounding spaces, control characters, tabs and line breaks
//! (browsers drop them, so `java\tscript:` would run as `javascript:`), bidirectional
//! controls and marks, zero-width characters, any whitespace, `"` `<` `>` `\` `` ` `` `{`
//! `}` `|` `^`, a `%` not followed by two hex digits, and anything over
//! [`ADDRESS_MAX`](crate::limits::ADDRESS_MAX) characters. Every other scheme (`javascript:`,
//! `data:`, `vbscript:`, `file:`, …) is refused.

use crate::limits::{char_count, describe_char, is_invisible, shown, ADDRESS_MAX};
use std::fmt;

/// An address that is safe to render, as [`link_target`] accepted it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// An absolute `https:`/`http:` address on another site. Render it as a link that
    /// opens outside the exhibit (`rel="noopener noreferrer"`).
    External(String),
    /// A path inside the site, relative to the site's base (`images/x.jpg`): prefix the
    /// base, never the current page's path.
    Site(String),
}

impl LinkTarget {
    /// The address as it may be written into `href` or `src`.
    pub fn as_str(&self) -> &str {
        match self {
            LinkTarget::External(url) | LinkTarget::Site(url) => url,
        }
    }

    pub fn is_external(&self) -> bool {
        matches!(self, LinkTarget::External(_))
    }
}

/// Why an address was refused; `Display` says it in a sentence, [`AddressError::fix`]
/// says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddressError {
    Empty,
    TooLong {
        length: usize,
    },
    /// Space or an invisible character before or after the address.
    SurroundingSpace {
        c: char,
    },
    /// A character that is never allowed in an address (controls, bidi, spaces, quotes…),
    /// at 1-based character position `at`.
    ForbiddenChar {
        c: char,
        at: usize,
    },
    /// A scheme other than `https:`/`http:`, e.g. `javascript`, `data`, `file`.
    Scheme {
        scheme: String,
    },
    /// A web address was expected, but this has no scheme.
    NotAbsolute,
    /// `//host/…`: the scheme is missing, and the browser would pick one.
    ProtocolRelative,
    /// `https:` not followed by `//`.
    NoSlashes,
    /// `user:password@host`.
    Credentials,
    /// The host name is missing or malformed.
    BadHost {
        host: String,
    },
    BadPort {
        port: String,
    },
    /// `%` not followed by two hexadecimal digits.
    BadPercent {
        at: usize,
    },
    /// A site path was expected, but this has a scheme or `:`.
    NotRelative,
    /// A site path starting with `/`: it would leave the site's base.
    RootPath,
    /// A `.`, `..` or empty segment, or one starting with a dot.
    BadSegment {
        segment: String,
    },
    /// A character outside the file-name characters of a site path.
    PathChar {
        c: char,
        at: usize,
    },
    /// An image path whose file is not a photograph format the exhibit shows.
    NotAnImage,
}

impl fmt::Display for AddressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AddressError::Empty => write!(f, "the address is empty"),
            AddressError::TooLong { length } => write!(
                f,
                "the address is {length} characters long; the limit is {ADDRESS_MAX}"
            ),
            AddressError::SurroundingSpace { c } => {
                write!(f, "the address starts or ends with {}", describe_char(*c))
            }
            AddressError::ForbiddenChar { c, at } => write!(
                f,
                "the address contains {} at character {at}, which is never allowed in an address",
                describe_char(*c)
            ),
            AddressError::Scheme { scheme } => write!(
                f,
                "“{}:” addresses are not allowed; only https: and http: are",
                shown(scheme, 30)
            ),
            AddressError::NotAbsolute => {
                write!(f, "this is not a full web address (it has no https://)")
            }
            AddressError::ProtocolRelative => {
                write!(f, "the address starts with // and has no https:")
            }
            AddressError::NoSlashes => write!(f, "https: or http: must be followed by //"),
            AddressError::Credentials => {
                write!(f, "the address contains a user name or password (before @)")
            }
            AddressError::BadHost { host } => {
                write!(f, "“{}” is not a host name", shown(host, 80))
            }
            AddressError::BadPort { port } => write!(f, "“{}” is not a port", shown(port, 20)),
            AddressError::BadPercent { at } => write!(
                f,
                "the % at character {at} is not followed by two hexadecimal digits"
            ),
            AddressError::NotRelative => write!(
                f,
                "a path inside the site was expected, but this has a scheme or a colon"
            ),
            AddressError::RootPath => write!(f, "the path starts with /"),
            AddressError::BadSegment { segment } => {
                write!(f, "the path has the segment “{}”", shown(segment, 40))
            }
            AddressError::PathChar { c, at } => write!(
                f,
                "the path contains {} at character {at}",
                describe_char(*c)
            ),
            AddressError::NotAnImage => write!(
                f,
                "the file is not a .jpg, .jpeg, .png, .webp, .avif, .gif or .svg picture"
            ),
        }
    }
}

impl AddressError {
    /// What a curator should do about it.
    pub fn fix(&self) -> &'static str {
        match self {
            AddressError::Empty => "write the address, or remove the field",
            AddressError::TooLong { .. } => {
                "link to a shorter address for the same page (drop tracking parameters)"
            }
            AddressError::SurroundingSpace { .. } | AddressError::ForbiddenChar { .. } => {
                "retype the address by hand: it must hold no spaces, tabs, line breaks or invisible characters; write a space as %20 and \" < > as %22 %3C %3E"
            }
            AddressError::Scheme { .. }
            | AddressError::NotAbsolute
            | AddressError::ProtocolRelative
            | AddressError::NoSlashes => {
                "write the full address as the browser shows it, starting with https://"
            }
            AddressError::Credentials => "remove the user name and password: link to the public page",
            AddressError::BadHost { .. } | AddressError::BadPort { .. } => {
                "copy the address from the browser's address bar, e.g. https://example.org/page"
            }
            AddressError::BadPercent { .. } => "write a literal % as %25",
            AddressError::NotRelative
            | AddressError::RootPath
            | AddressError::BadSegment { .. }
            | AddressError::PathChar { .. } => {
                "put the file in public/images/ under a name of Latin letters, digits, - and _ and write e.g. “images/kengir-memorial.jpg”"
            }
            AddressError::NotAnImage => {
                "save the photograph as JPEG, PNG, WebP, AVIF or GIF and name the file accordingly"
            }
        }
    }
}

/// ASCII characters that have no business unescaped in an address.
fn is_unsafe_ascii(c: char) -> bool {
    matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')
}

/// The checks shared by both forms: length, surrounding and forbidden characters, `%`.
fn common_checks(raw: &str) -> Result<(), AddressError> {
    if raw.is_empty() {
        return Err(AddressError::Empty);
    }
    let length = char_count(raw);
    if length > ADDRESS_MAX {
        return Err(AddressError::TooLong { length });
    }
    let first = raw.chars().next().unwrap_or(' ');
    let last = raw.chars().next_back().unwrap_or(' ');
    for c in [first, last] {
        if c.is_whitespace() || is_invisible(c) || c.is_control() {
            return Err(AddressError::SurroundingSpace { c });
        }
    }
    let chars: Vec<char> = raw.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() || c.is_control() || is_invisible(c) || is_unsafe_ascii(c) {
            return Err(AddressError::ForbiddenChar { c, at: i + 1 });
        }
        if c == '%'
            && !(chars.get(i + 1).is_some_and(char::is_ascii_hexdigit)
                && chars.get(i + 2).is_some_and(char::is_ascii_hexdigit))
        {
            return Err(AddressError::BadPercent { at: i + 1 });
        }
    }
    Ok(())
}

/// The scheme of an address, if it starts with one (`letters, digits, + - .` then `:`
/// before any `/`, `?` or `#`).
fn scheme_of(raw: &str) -> Option<&str> {
    let end = raw.find([':', '/', '?', '#'])?;
    let scheme = &raw[..end];
    (raw[end..].starts_with(':')
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then_some(scheme)
}

fn check_host(host: &str) -> Result<(), AddressError> {
    let bad = || AddressError::BadHost {
        host: host.to_string(),
    };
    let labels: Vec<&str> = host.split('.').collect();
    if host.is_empty() || char_count(host) > 253 || labels.len() < 2 {
        return Err(bad());
    }
    for label in labels {
        if label.is_empty()
            || label.starts_with('-')
            || label.ends_with('-')
            || !label.chars().all(|c| c.is_alphanumeric() || c == '-')
        {
            return Err(bad());
        }
    }
    Ok(())
}

/// An absolute `https:`/`http:` address on another site, or why it is refused.
pub fn external_url(raw: &str) -> Result<&str, AddressError> {
    common_checks(raw)?;
    if raw.starts_with("//") {
        return Err(AddressError::ProtocolRelative);
    }
    let scheme = scheme_of(raw).ok_or(AddressError::NotAbsolute)?;
    if !(scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("http")) {
        return Err(AddressError::Scheme {
            scheme: scheme.to_string(),
        });
    }
    let rest = raw[scheme.len() + 1..]
        .strip_prefix("//")
        .ok_or(AddressError::NoSlashes)?;
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    if authority.contains('@') {
        return Err(AddressError::Credentials);
    }
    let (host, port) = match authority.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (authority, None),
    };
    check_host(host)?;
    if let Some(port) = port {
        let valid = !port.is_empty()
            && port.len() <= 5
            && port.bytes().all(|b| b.is_ascii_digit())
            && port.parse::<u32>().is_ok_and(|p| (1..=65_535).contains(&p));
        if !valid {
            return Err(AddressError::BadPort {
                port: port.to_string(),
            });
        }
    }
    Ok(raw)
}

/// A path inside the site, relative to its base (`images/kengir.jpg`), or why it is refused.
pub fn site_path(raw: &str) -> Result<&str, AddressError> {
    common_checks(raw)?;
    if raw.starts_with("//") {
        return Err(AddressError::ProtocolRelative);
    }
    if raw.starts_with('/') {
        return Err(AddressError::RootPath);
    }
    if raw.contains(':') {
        return Err(AddressError::NotRelative);
    }
    if let Some((i, c)) = raw
        .chars()
        .enumerate()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')))
    {
        return Err(AddressError::PathChar { c, at: i + 1 });
    }
    if let Some(segment) = raw.split('/').find(|s| s.is_empty() || s.starts_with('.')) {
        return Err(AddressError::BadSegment {
            segment: segment.to_string(),
        });
    }
    Ok(raw)
}

/// The file extensions of the picture formats the exhibit shows. SVG is among them for
/// the drawings made for the exhibit: the app shows pictures only in `<img>`, where an
/// SVG's scripts never run, and never links to the file itself.
pub const IMAGE_EXTENSIONS: [&str; 7] = ["jpg", "jpeg", "png", "webp", "avif", "gif", "svg"];

/// A site path to a photograph (`images/kengir.jpg`), or why it is refused.
pub fn image_path(raw: &str) -> Result<&str, AddressError> {
    let path = site_path(raw)?;
    let extension = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match extension {
        Some(e) if IMAGE_EXTENSIONS.contains(&e.as_str()) => Ok(path),
        _ => Err(AddressError::NotAnImage),
    }
}

/// What the app calls before rendering any `href` from the datasets: the address if it
/// is an allowed external address or site path, `None` for everything else.
pub fn link_target(raw: &str) -> Option<LinkTarget> {
    match external_url(raw) {
        Ok(url) => Some(LinkTarget::External(url.to_string())),
        Err(AddressError::NotAbsolute) => site_path(raw)
            .ok()
            .map(|path| LinkTarget::Site(path.to_string())),
        Err(_) => None,
    }
}

/// What the app calls before rendering any `src` of a dataset image: the path if it is a
/// site path to a photograph, `None` otherwise (images from other sites are refused too:
/// the exhibit must work offline).
pub fn image_src(raw: &str) -> Option<&str> {
    image_path(raw).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_allowed_forms() {
        assert_eq!(
            link_target("https://example.org/a?b=c#d"),
            Some(LinkTarget::External("https://example.org/a?b=c#d".into()))
        );
        assert_eq!(
            link_target("images/a.jpg"),
            Some(LinkTarget::Site("images/a.jpg".into()))
        );
        assert_eq!(link_target("javascript:alert(1)"), None);
        assert_eq!(image_src("images/a.JPG"), Some("images/a.JPG"));
        assert_eq!(image_src("images/a.svg"), Some("images/a.svg"));
        assert_eq!(image_src("images/a.html"), None);
    }
}
