//! Historical dates with an explicit precision: a day, a month or a year,
//! possibly approximate, possibly a range. Written in the datasets as text:
//! `1945-08-23`, `1945-08`, `1945`, `~1953`, `1946/1948`, `1954-05-16/1954-06-26`.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The earliest and latest years a dataset may name; anything outside is a typo.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1800..=2100;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Day,
    Month,
    Year,
}

/// A calendar date known to the day, the month or only the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// A date as a source gives it: one partial date or a range, exact or approximate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DateSpec {
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    pub approximate: bool,
}

pub use crate::calendar::{civil_from_days, day_number, days_in_month};

/// A month's short name for axis labels: "Aug", "авг", "там", "8月".
pub fn month_short(month: u8, lang: Lang) -> String {
    let index = (month.clamp(1, 12) - 1) as usize;
    match lang {
        Lang::En => MONTHS_EN[index].chars().take(3).collect(),
        Lang::Ru => MONTHS_RU[index].chars().take(3).collect(),
        Lang::Kk => MONTHS_KK[index].chars().take(3).collect(),
        Lang::Ja => format!("{month}月"),
    }
}

impl PartialDate {
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day this date can mean.
    pub fn first_day(&self) -> i64 {
        day_number(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date can mean.
    pub fn last_day(&self) -> i64 {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        day_number(self.year, month, day)
    }

    fn parse(text: &str) -> Result<PartialDate, String> {
        let parts: Vec<&str> = text.split('-').collect();
        if parts.is_empty() || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
            return Err(format!(
                "“{text}” is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
            ));
        }
        let number = |part: &str, what: &str, width: usize| -> Result<u32, String> {
            if part.len() != width || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("“{text}”: the {what} must be {width} digits"));
            }
            Ok(part.parse().unwrap_or(0))
        };
        let year = number(parts[0], "year", 4)? as i32;
        if !YEAR_RANGE.contains(&year) {
            return Err(format!(
                "“{text}”: the year {year} is outside {}–{}",
                YEAR_RANGE.start(),
                YEAR_RANGE.end()
            ));
        }
        let month = match parts.get(1) {
            Some(m) => {
                let m = number(m, "month", 2)?;
                if !(1..=12).contains(&m) {
                    return Err(format!("“{text}”: there is no month {m}"));
                }
                Some(m as u8)
            }
            None => None,
        };
        let day = match (parts.get(2), month) {
            (Some(d), Some(m)) => {
                let d = number(d, "day", 2)?;
                let last = days_in_month(year, m) as u32;
                if d == 0 || d > last {
                    return Err(format!(
                        "“{text}”: day {d} does not exist ({year}-{m:02} has {last} days)"
                    ));
                }
                Some(d as u8)
            }
            _ => None,
        };
        Ok(PartialDate { year, month, day })
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl DateSpec {
    pub fn parse(text: &str) -> Result<DateSpec, String> {
        let trimmed = text.trim();
        let (approximate, rest) = match trimmed.strip_prefix('~') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, trimmed),
        };
        if rest.is_empty() {
            return Err("the date is empty; write YYYY, YYYY-MM or YYYY-MM-DD".into());
        }
        let (start, end) = match rest.split_once('/') {
            Some((a, b)) => (
                PartialDate::parse(a.trim())?,
                Some(PartialDate::parse(b.trim())?),
            ),
            None => (PartialDate::parse(rest)?, None),
        };
        if let Some(end) = end {
            if end.last_day() < start.first_day() {
                return Err(format!(
                    "“{text}”: the range ends ({end}) before it starts ({start})"
                ));
            }
        }
        Ok(DateSpec {
            start,
            end,
            approximate,
        })
    }

    pub fn precision(&self) -> Precision {
        self.start.precision()
    }

    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }

    /// First and last day the date can mean, for sorting and drawing uncertainty.
    pub fn span(&self) -> (i64, i64) {
        let last = self.end.unwrap_or(self.start).last_day();
        (self.start.first_day(), last)
    }

    pub fn year(&self) -> i32 {
        self.start.year
    }

    /// The date written out for a visitor in `lang`.
    pub fn format(&self, lang: Lang) -> String {
        let mut text = format_partial(&self.start, lang);
        if let Some(end) = &self.end {
            let separator = if lang == Lang::Ja { "〜" } else { " – " };
            text = format!("{text}{separator}{}", format_partial(end, lang));
        }
        if self.approximate {
            text = match lang {
                Lang::En => format!("c. {text}"),
                Lang::Ru => format!("ок. {text}"),
                Lang::Kk => format!("шамамен {text}"),
                Lang::Ja => format!("{text}頃"),
            };
        }
        text
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
// Russian needs the genitive after a day number and the nominative alone.
const MONTHS_RU_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

fn format_partial(date: &PartialDate, lang: Lang) -> String {
    let y = date.year;
    match (lang, date.month, date.day) {
        (Lang::Ja, Some(m), Some(d)) => format!("{y}年{m}月{d}日"),
        (Lang::Ja, Some(m), None) => format!("{y}年{m}月"),
        (Lang::Ja, None, _) => format!("{y}年"),
        (Lang::En, Some(m), Some(d)) => format!("{d} {} {y}", MONTHS_EN[m as usize - 1]),
        (Lang::En, Some(m), None) => format!("{} {y}", MONTHS_EN[m as usize - 1]),
        (Lang::Ru, Some(m), Some(d)) => format!("{d} {} {y}", MONTHS_RU_GENITIVE[m as usize - 1]),
        (Lang::Ru, Some(m), None) => format!("{} {y}", MONTHS_RU[m as usize - 1]),
        (Lang::Kk, Some(m), Some(d)) => format!("{y} ж. {d} {}", MONTHS_KK[m as usize - 1]),
        (Lang::Kk, Some(m), None) => format!("{y} ж. {}", MONTHS_KK[m as usize - 1]),
        (Lang::Kk, None, _) => format!("{y} ж."),
        (_, None, _) => format!("{y}"),
    }
}

impl TryFrom<String> for DateSpec {
    type Error = String;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        DateSpec::parse(&text)
    }
}

impl From<DateSpec> for String {
    fn from(date: DateSpec) -> String {
        date.to_string()
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.approximate {
            f.write_str("~")?;
        }
        write!(f, "{}", self.start)?;
        if let Some(end) = self.end {
            write!(f, "/{end}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        let day = DateSpec::parse("1945-08-23").unwrap();
        assert_eq!(day.precision(), Precision::Day);
        assert_eq!(
            DateSpec::parse("1945-08").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            DateSpec::parse("1945").unwrap().precision(),
            Precision::Year
        );
        let approx = DateSpec::parse("~1953").unwrap();
        assert!(approx.approximate);
        let range = DateSpec::parse("1954-05-16/1954-06-26").unwrap();
        assert!(range.is_range());
    }

    #[test]
    fn rejects_impossible_dates() {
        assert!(DateSpec::parse("1945-02-30")
            .unwrap_err()
            .contains("day 30 does not exist"));
        assert!(DateSpec::parse("1945-13")
            .unwrap_err()
            .contains("no month 13"));
        assert!(DateSpec::parse("19456").unwrap_err().contains("4 digits"));
        assert!(DateSpec::parse("1700").unwrap_err().contains("outside"));
        assert!(DateSpec::parse("1948/1946").unwrap_err().contains("ends"));
        assert!(DateSpec::parse("").is_err());
        assert!(DateSpec::parse("23.08.1945").is_err());
        // 1948 was a leap year, 1949 was not.
        assert!(DateSpec::parse("1948-02-29").is_ok());
        assert!(DateSpec::parse("1949-02-29").is_err());
    }

    #[test]
    fn span_covers_the_whole_uncertain_period() {
        let (a, b) = DateSpec::parse("1945").unwrap().span();
        assert_eq!(b - a, 364);
        let (a, b) = DateSpec::parse("1948-02").unwrap().span();
        assert_eq!(b - a, 28);
        let (a, b) = DateSpec::parse("1945-08-23").unwrap().span();
        assert_eq!(a, b);
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(1945, 8, 23), -8897);
    }

    #[test]
    fn round_trips_through_text() {
        for text in [
            "1945-08-23",
            "~1953",
            "1946/1948",
            "~1953/1956",
            "1954-05-16/1954-06-26",
        ] {
            assert_eq!(DateSpec::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn formats_for_each_language() {
        let d = DateSpec::parse("1945-08-23").unwrap();
        assert_eq!(d.format(Lang::En), "23 August 1945");
        assert_eq!(d.format(Lang::Ru), "23 августа 1945");
        assert_eq!(d.format(Lang::Kk), "1945 ж. 23 тамыз");
        assert_eq!(d.format(Lang::Ja), "1945年8月23日");
        let r = DateSpec::parse("~1946/1948").unwrap();
        assert_eq!(r.format(Lang::En), "c. 1946 – 1948");
        assert_eq!(r.format(Lang::Ja), "1946年〜1948年頃");
        assert_eq!(
            DateSpec::parse("1956-12").unwrap().format(Lang::Ru),
            "декабрь 1956"
        );
    }
}
