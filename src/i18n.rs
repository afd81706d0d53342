//! Interface strings, generated at build time from `locales/*.json` by leptos_i18n.
include!(concat!(env!("OUT_DIR"), "/i18n/mod.rs"));

pub use i18n::*;
pub use leptos_i18n::I18nContext;

use exhibit_model::Lang;

/// The leptos_i18n locale for one of the model's languages.
pub fn locale_of(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Ru => Locale::ru,
        Lang::Kk => Locale::kk,
        Lang::Ja => Locale::ja,
    }
}
