//! Numbers and figures written out for a visitor in each language.

use crate::lang::Lang;
use crate::types::{Figure, Qualifier};

/// Digits grouped in thousands: `575,000` in English and Japanese,
/// `575 000` (narrow no-break space) in Russian and Kazakh.
pub fn format_number(value: f64, lang: Lang) -> String {
    let separator = match lang {
        Lang::En | Lang::Ja => ",",
        Lang::Ru | Lang::Kk => "\u{202F}",
    };
    let decimal = match lang {
        Lang::En | Lang::Ja => ".",
        Lang::Ru | Lang::Kk => ",",
    };
    let rounded = (value * 10.0).round() / 10.0;
    let whole = rounded.trunc().abs() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push_str(separator);
        }
        grouped.push(ch);
    }
    let tenth = ((rounded.abs() - whole as f64) * 10.0).round() as u64;
    if tenth > 0 {
        grouped = format!("{grouped}{decimal}{tenth}");
    }
    if value < 0.0 {
        grouped = format!("−{grouped}");
    }
    grouped
}

/// A percentage to one decimal: `50.6%` in English and Japanese, `50,6 %` in Russian and Kazakh.
pub fn format_percent(value: f64, lang: Lang) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let number = format_number(rounded, lang);
    match lang {
        Lang::En | Lang::Ja => format!("{number}%"),
        Lang::Ru | Lang::Kk => format!("{number}\u{00A0}%"),
    }
}

/// A decade by its first year: `1950s`, `1950-е`, `1950-жылдар`, `1950年代`.
pub fn format_decade(first_year: i32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{first_year}s"),
        Lang::Ru => format!("{first_year}-е"),
        Lang::Kk => format!("{first_year}-жылдар"),
        Lang::Ja => format!("{first_year}年代"),
    }
}

/// The Kazakh ablative ending for a number as it is read aloud
/// (600 000 → "алты жүз мың" → "-нан"), by vowel harmony and the last sound.
pub fn kazakh_ablative(n: u64) -> &'static str {
    if n == 0 {
        return "-ден"; // нөл
    }
    if n % 1_000_000 == 0 {
        return "-нан"; // миллион
    }
    if n % 1000 == 0 {
        return "-нан"; // мың
    }
    if n % 100 == 0 {
        return "-ден"; // жүз
    }
    let units = n % 10;
    if units == 0 {
        return match (n / 10) % 10 {
            1 => "-нан", // он
            2 => "-дан", // жиырма
            3 => "-дан", // отыз
            4 => "-тан", // қырық
            5 => "-ден", // елу
            6 => "-тан", // алпыс
            7 => "-тен", // жетпіс
            8 => "-нен", // сексен
            _ => "-нан", // тоқсан
        };
    }
    match units {
        1 => "-ден", // бір
        2 => "-ден", // екі
        3 => "-тен", // үш
        4 => "-тен", // төрт
        5 => "-тен", // бес
        6 => "-дан", // алты
        7 => "-ден", // жеті
        8 => "-ден", // сегіз
        _ => "-дан", // тоғыз
    }
}

/// A figure's value with its qualifier and unit: "about 575,000 people",
/// "более 600 000 человек", "600 000-нан астам адам", "約575,000人".
pub fn format_quantity(figure: &Figure, lang: Lang) -> String {
    let mut number = format_number(figure.value, lang);
    if let Some(max) = figure.value_max {
        number = format!("{number}–{}", format_number(max, lang));
    }
    let unit = figure.unit.text(lang);
    match lang {
        Lang::En => match figure.qualifier {
            Qualifier::Exact => format!("{number} {unit}"),
            Qualifier::About => format!("about {number} {unit}"),
            Qualifier::MoreThan => format!("more than {number} {unit}"),
            Qualifier::AtLeast => format!("at least {number} {unit}"),
            Qualifier::UpTo => format!("up to {number} {unit}"),
        },
        Lang::Ru => match figure.qualifier {
            Qualifier::Exact => format!("{number} {unit}"),
            Qualifier::About => format!("около {number} {unit}"),
            Qualifier::MoreThan => format!("более {number} {unit}"),
            Qualifier::AtLeast => format!("не менее {number} {unit}"),
            Qualifier::UpTo => format!("до {number} {unit}"),
        },
        Lang::Kk => {
            let last = figure.value_max.unwrap_or(figure.value).round().max(0.0) as u64;
            match figure.qualifier {
                Qualifier::Exact => format!("{number} {unit}"),
                Qualifier::About => format!("шамамен {number} {unit}"),
                Qualifier::MoreThan => format!("{number}{} астам {unit}", kazakh_ablative(last)),
                Qualifier::AtLeast => format!("кемінде {number} {unit}"),
                Qualifier::UpTo => format!("ең көбі {number} {unit}"),
            }
        }
        Lang::Ja => match figure.qualifier {
            Qualifier::Exact => format!("{number}{unit}"),
            Qualifier::About => format!("約{number}{unit}"),
            Qualifier::MoreThan => format!("{number}{unit}超"),
            Qualifier::AtLeast => format!("{number}{unit}以上"),
            Qualifier::UpTo => format!("最大{number}{unit}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::LocalizedText;

    fn figure(value: f64, qualifier: Qualifier) -> Figure {
        Figure {
            id: "f".into(),
            label: LocalizedText::en("x"),
            value,
            value_max: None,
            qualifier,
            unit: LocalizedText {
                en: "people".into(),
                ru: Some("человек".into()),
                kk: Some("адам".into()),
                ja: Some("人".into()),
            },
            scope: LocalizedText::en("x"),
            date: None,
            conflict: None,
            share_of: None,
            citations: vec![],
        }
    }

    #[test]
    fn an_upper_bound_reads_as_one_in_every_language() {
        let f = figure(15000.0, Qualifier::UpTo);
        assert_eq!(format_quantity(&f, Lang::En), "up to 15,000 people");
        assert_eq!(format_quantity(&f, Lang::Ru), "до 15\u{202F}000 человек");
        assert_eq!(format_quantity(&f, Lang::Kk), "ең көбі 15\u{202F}000 адам");
        assert_eq!(format_quantity(&f, Lang::Ja), "最大15,000人");
    }

    #[test]
    fn numbers_are_grouped_per_language() {
        assert_eq!(format_number(575000.0, Lang::En), "575,000");
        assert_eq!(format_number(575000.0, Lang::Ja), "575,000");
        assert_eq!(format_number(575000.0, Lang::Ru), "575\u{202F}000");
        assert_eq!(format_number(575000.0, Lang::Kk), "575\u{202F}000");
        assert_eq!(format_number(15.0, Lang::En), "15");
        assert_eq!(format_number(1234567.0, Lang::En), "1,234,567");
        assert_eq!(format_number(50.6, Lang::En), "50.6");
        assert_eq!(format_number(50.6, Lang::Ru), "50,6");
    }

    #[test]
    fn decades_follow_the_language() {
        assert_eq!(format_decade(1950, Lang::En), "1950s");
        assert_eq!(format_decade(1950, Lang::Ru), "1950-е");
        assert_eq!(format_decade(1950, Lang::Kk), "1950-жылдар");
        assert_eq!(format_decade(1950, Lang::Ja), "1950年代");
    }

    #[test]
    fn percentages_follow_the_language() {
        assert_eq!(format_percent(50.637, Lang::En), "50.6%");
        assert_eq!(format_percent(50.637, Lang::Ru), "50,6\u{00A0}%");
        assert_eq!(format_percent(49.363, Lang::Ja), "49.4%");
        assert_eq!(format_percent(100.0, Lang::Kk), "100\u{00A0}%");
    }

    #[test]
    fn qualifiers_read_naturally() {
        assert_eq!(
            format_quantity(&figure(575000.0, Qualifier::About), Lang::En),
            "about 575,000 people"
        );
        assert_eq!(
            format_quantity(&figure(600000.0, Qualifier::MoreThan), Lang::Ru),
            "более 600\u{202F}000 человек"
        );
        assert_eq!(
            format_quantity(&figure(600000.0, Qualifier::MoreThan), Lang::Kk),
            "600\u{202F}000-нан астам адам"
        );
        assert_eq!(
            format_quantity(&figure(55000.0, Qualifier::About), Lang::Ja),
            "約55,000人"
        );
        assert_eq!(
            format_quantity(&figure(32000.0, Qualifier::MoreThan), Lang::Ja),
            "32,000人超"
        );
        let mut range = figure(560000.0, Qualifier::Exact);
        range.value_max = Some(760000.0);
        assert_eq!(format_quantity(&range, Lang::En), "560,000–760,000 people");
    }

    #[test]
    fn kazakh_ablative_follows_the_spoken_number() {
        assert_eq!(kazakh_ablative(600_000), "-нан"); // мың
        assert_eq!(kazakh_ablative(1_000_000), "-нан"); // миллион
        assert_eq!(kazakh_ablative(300), "-ден"); // жүз
        assert_eq!(kazakh_ablative(40), "-тан"); // қырық
        assert_eq!(kazakh_ablative(15), "-тен"); // бес
        assert_eq!(kazakh_ablative(26), "-дан"); // алты
    }
}
