//! The exhibit's four languages and text that is written in them.

use serde::{Deserialize, Serialize};

/// A language the exhibit is written in. English is required everywhere;
/// the others fall back to English where a translation is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ru,
    Kk,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Ru, Lang::Kk, Lang::Ja];

    /// The BCP 47 code, as used in `<html lang>` and in `?lang=` links.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
            Lang::Ja => "ja",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language's own name, for the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Kk => "Қазақша",
            Lang::Ja => "日本語",
        }
    }
}

/// Text in up to four languages. `en` is required and is the fallback.
/// Unknown language keys are rejected, so a typo such as `"jp"` is reported.
/// Only an object is accepted: a list such as `["Karaganda"]` is reported, not read as English.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct LocalizedText {
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kk: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ja: Option<String>,
}

crate::strict::object_only!(
    LocalizedText,
    r#"an object with language keys such as {"en": "…", "ru": "…"}"#
);

/// A piece of text picked for a language, and whether it is the English fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub is_fallback: bool,
}

impl LocalizedText {
    pub fn en(text: &str) -> Self {
        LocalizedText {
            en: text.to_string(),
            ..Default::default()
        }
    }

    /// The translation for `lang`, or English (marked as a fallback) when it is missing or blank.
    /// The text as written for `lang`, with no fallback.
    pub fn written(&self, lang: Lang) -> Option<&String> {
        match lang {
            Lang::En => Some(&self.en),
            Lang::Ru => self.ru.as_ref(),
            Lang::Kk => self.kk.as_ref(),
            Lang::Ja => self.ja.as_ref(),
        }
    }

    pub fn get(&self, lang: Lang) -> Localized<'_> {
        match self.written(lang) {
            Some(text) if !text.trim().is_empty() => Localized {
                text,
                is_fallback: false,
            },
            _ => Localized {
                text: &self.en,
                is_fallback: lang != Lang::En,
            },
        }
    }

    /// Shorthand for the text alone.
    pub fn text(&self, lang: Lang) -> &str {
        self.get(lang).text
    }

    pub fn has(&self, lang: Lang) -> bool {
        !self.get(lang).is_fallback
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_and_says_so() {
        let t = LocalizedText {
            en: "Karaganda".into(),
            ru: Some("Караганда".into()),
            kk: Some("  ".into()),
            ja: None,
        };
        assert_eq!(
            t.get(Lang::Ru),
            Localized {
                text: "Караганда",
                is_fallback: false
            }
        );
        assert_eq!(
            t.get(Lang::Kk),
            Localized {
                text: "Karaganda",
                is_fallback: true
            }
        );
        assert_eq!(
            t.get(Lang::Ja),
            Localized {
                text: "Karaganda",
                is_fallback: true
            }
        );
        assert_eq!(
            t.get(Lang::En),
            Localized {
                text: "Karaganda",
                is_fallback: false
            }
        );
    }

    #[test]
    fn language_codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("jp"), None);
    }
}
