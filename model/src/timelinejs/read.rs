//! Reading a TimelineJS 3 timeline: its JSON format, or the CSV of its Google Sheets template.
//! Both become the same `Timeline` of raw slides; nothing is interpreted here yet.

use super::{Slide, Timeline, TlDate};
use crate::sheets::read_table;
use serde_json::Value;

/// A JSON value as text: TimelineJS accepts `"1946"` and `1946` alike.
fn text(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn json_date(value: Option<&Value>) -> Option<TlDate> {
    let date = value.filter(|v| v.is_object())?;
    Some(TlDate {
        year: text(date.get("year")),
        month: text(date.get("month")),
        day: text(date.get("day")),
    })
}

fn json_slide(value: &Value, at: String) -> Slide {
    let media = value.get("media");
    let part = |outer: Option<&Value>, key| text(outer.and_then(|o| o.get(key)));
    Slide {
        at,
        start: json_date(value.get("start_date")),
        end: json_date(value.get("end_date")),
        headline: part(value.get("text"), "headline"),
        text: part(value.get("text"), "text"),
        media_url: part(media, "url"),
        media_credit: part(media, "credit"),
        media_caption: part(media, "caption"),
        group: text(value.get("group")),
        unique_id: text(value.get("unique_id")),
    }
}

/// A timeline in TimelineJS's JSON format.
pub fn read_json(source: &str) -> Result<Timeline, String> {
    let value: Value = serde_json::from_str(source).map_err(|e| {
        format!("the file is not valid JSON: {e}; fix: check the commas, quotes and brackets there")
    })?;
    if value.get("events").and_then(Value::as_array).is_none() {
        return Err(
            "this is not a TimelineJS timeline: there is no “events” list at the top; fix: export the timeline's JSON (an object with “title”, “events” and “eras”)".into(),
        );
    }
    let list = |key: &str, noun: &str| -> Vec<Slide> {
        value
            .get(key)
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .enumerate()
                    .map(|(i, v)| json_slide(v, format!("{noun} {} ({key}[{i}])", i + 1)))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ok(Timeline {
        title: value
            .get("title")
            .filter(|t| t.is_object())
            .map(|t| json_slide(t, "the title slide".into())),
        events: list("events", "event"),
        eras: list("eras", "era"),
    })
}

/// The columns of the Google Sheets template, in its order.
pub const CSV_COLUMNS: [&str; 18] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
];

fn normal(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A timeline as the CSV of the Google Sheets template; rows of type `title` and `era` are the
/// title slide and eras, every other row an event.
pub fn read_csv(bytes: &[u8]) -> Result<Timeline, String> {
    let table = read_table(bytes)?;
    let index: Vec<Option<usize>> = CSV_COLUMNS
        .iter()
        .map(|c| table.header.iter().position(|h| normal(h) == normal(c)))
        .collect();
    let missing: Vec<&str> = ["Year", "Headline"]
        .into_iter()
        .filter(|c| index[CSV_COLUMNS.iter().position(|x| x == c).unwrap_or(0)].is_none())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "row 1: the column(s) {} are missing, so this is not the TimelineJS template; fix: export the sheet of the TimelineJS Google Sheets template as CSV, with its header row ({})",
            missing.join(", "),
            CSV_COLUMNS.join(", ")
        ));
    }
    let mut timeline = Timeline::default();
    for (row, cells) in &table.rows {
        let cell = |name: &str| {
            let i = CSV_COLUMNS.iter().position(|c| *c == name).unwrap_or(0);
            index[i]
                .and_then(|i| cells.get(i))
                .map(|c| c.trim().to_string())
                .unwrap_or_default()
        };
        let date = |y, m, d| {
            let date = TlDate {
                year: cell(y),
                month: cell(m),
                day: cell(d),
            };
            (!(date.year.is_empty() && date.month.is_empty() && date.day.is_empty()))
                .then_some(date)
        };
        let kind = cell("Type").to_lowercase();
        let noun = match kind.as_str() {
            "title" => "the title slide",
            "era" => "era",
            _ => "event",
        };
        let slide = Slide {
            at: format!("{noun} (row {row})"),
            start: date("Year", "Month", "Day"),
            end: date("End Year", "End Month", "End Day"),
            headline: cell("Headline"),
            text: cell("Text"),
            media_url: cell("Media"),
            media_credit: cell("Media Credit"),
            media_caption: cell("Media Caption"),
            group: cell("Group"),
            unique_id: String::new(),
        };
        match kind.as_str() {
            "title" => timeline.title = Some(slide),
            "era" => timeline.eras.push(slide),
            _ => timeline.events.push(slide),
        }
    }
    Ok(timeline)
}
