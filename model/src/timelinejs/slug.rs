//! Readable ids from headlines: lowercase Latin letters, digits and hyphens, as the datasets
//! want (`1946-05-first-transport-to-karaganda`). Cyrillic is transliterated and Latin accents
//! and macrons are dropped; text with no Latin or Cyrillic letters (Japanese) gives an empty
//! slug, and the caller falls back to another name.

/// The longest slug part of an id, so that ids stay short enough to read and link.
pub const MAX_SLUG: usize = 60;

fn latin(c: char) -> Option<&'static str> {
    Some(match c {
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'ё' | 'э' => "e",
        'ж' => "zh",
        'з' => "z",
        'и' | 'й' | 'і' => "i",
        'к' | 'қ' => "k",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' | 'һ' => "kh",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        'ә' => "a",
        'ъ' | 'ь' => "",
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => "a",
        'ç' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' => "i",
        'ñ' => "n",
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'š' => "s",
        'ž' => "z",
        'ß' => "ss",
        _ => return None,
    })
}

/// A slug of `text`, at most `MAX_SLUG` characters, cut at a hyphen where possible.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if let Some(l) = latin(c) {
            out.push_str(l);
        } else if c == '\'' || c == '’' {
            // "Stalin's" → "stalins"
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out = out.trim_matches('-').to_string();
    if out.len() > MAX_SLUG {
        let cut = out[..MAX_SLUG].rfind('-').filter(|i| *i >= MAX_SLUG / 2);
        out.truncate(cut.unwrap_or(MAX_SLUG));
        out = out.trim_end_matches('-').to_string();
    }
    out
}

/// A short stable name for text that has no slug: 8 hex digits of its FNV-1a hash.
pub fn short_hash(text: &str) -> String {
    let hash = text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    format!("{hash:08x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_in_any_script() {
        assert_eq!(
            slug("First transport to Karaganda!"),
            "first-transport-to-karaganda"
        );
        assert_eq!(
            slug("Первый эшелон в Караганду"),
            "pervyi-eshelon-v-karagandu"
        );
        assert_eq!(slug("Қарағанды"), "karagandy");
        assert_eq!(slug("Tōkyō & Maizuru"), "tokyo-maizuru");
        assert_eq!(slug("抑留"), "");
        let long = slug(&"word ".repeat(30));
        assert!(long.len() <= MAX_SLUG && !long.ends_with('-'));
        assert_eq!(short_hash("抑留"), short_hash("抑留"));
        assert_ne!(short_hash("抑留"), short_hash("引揚げ"));
    }
}
