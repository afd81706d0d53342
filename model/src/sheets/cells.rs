//! What goes in one cell: lists of ids, citations and numbers, written so a person can read
//! and edit them in a spreadsheet, and read back exactly.
//!
//! - A list of ids: `karaganda; spassk-camp-99` (a `;` or a line break between ids).
//! - Citations: `source-id @ locator; other-source` — the source id, then ` @ ` and the page or
//!   section where there is one. Citations are separated by `;` or a line break. A `;` or `\`
//!   inside a locator is written `\;` or `\\`.
//! - A number: digits, with a point for decimals: `575000`, `50.6`.

use serde_json::{json, Number, Value};

/// A list of ids as one cell.
pub fn list_to_cell(items: &[Value]) -> String {
    items
        .iter()
        .map(|v| v.as_str().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("; ")
}

/// A cell as a list of ids; blanks between separators are ignored.
pub fn cell_to_list(cell: &str) -> Vec<Value> {
    cell.split([';', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_string()))
        .collect()
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\").replace(';', "\\;")
}

/// Citations (`[{"source": …, "locator": …}]`) as one cell.
pub fn citations_to_cell(citations: &[Value]) -> String {
    citations
        .iter()
        .map(|c| {
            let source = c["source"].as_str().unwrap_or_default();
            match c.get("locator").and_then(Value::as_str) {
                Some(locator) => format!("{source} @ {}", escape(locator)),
                None => source.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A cell as citations; `Err` says what is wrong with the cell.
pub fn cell_to_citations(cell: &str) -> Result<Vec<Value>, String> {
    // Split on unescaped separators, unescaping as we go; the first unescaped `@` of each part
    // ends the source id.
    let mut parts: Vec<(String, Option<String>)> = Vec::new();
    let (mut source, mut locator): (String, Option<String>) = (String::new(), None);
    let mut chars = cell.chars();
    let mut finish = |source: &mut String, locator: &mut Option<String>| {
        let taken = (std::mem::take(source), locator.take());
        if !taken.0.trim().is_empty() || taken.1.is_some() {
            parts.push(taken);
        }
    };
    while let Some(c) = chars.next() {
        match c {
            ';' | '\n' => finish(&mut source, &mut locator),
            '@' if locator.is_none() => locator = Some(String::new()),
            _ => {
                let c = if c == '\\' {
                    chars.next().unwrap_or('\\')
                } else {
                    c
                };
                locator.as_mut().unwrap_or(&mut source).push(c);
            }
        }
    }
    finish(&mut source, &mut locator);
    let mut citations = Vec::new();
    for (source, locator) in parts {
        let source = source.trim();
        if source.is_empty() {
            return Err(format!(
                "a citation has no source id before “@ {}”",
                locator.unwrap_or_default().trim()
            ));
        }
        if source.contains(char::is_whitespace) {
            return Err(format!(
                "“{source}” is not one source id: separate citations with “;” and a locator with “@”"
            ));
        }
        match locator.as_deref().map(str::trim).filter(|l| !l.is_empty()) {
            Some(locator) => citations.push(json!({"source": source, "locator": locator})),
            None => citations.push(json!({ "source": source })),
        }
    }
    Ok(citations)
}

/// A number cell.
pub fn number_to_cell(number: &Number) -> String {
    number.to_string()
}

/// A cell as a number; `Err` says what is wrong.
pub fn cell_to_number(cell: &str) -> Result<Number, String> {
    let text = cell.trim();
    let valid = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-');
    let number = if !valid {
        None
    } else if let Ok(n) = text.parse::<u64>() {
        Some(Number::from(n))
    } else if let Ok(n) = text.parse::<i64>() {
        Some(Number::from(n))
    } else {
        text.parse::<f64>().ok().and_then(Number::from_f64)
    };
    number.ok_or_else(|| format!("“{cell}” is not a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_read_back_with_their_locators() {
        let citations = vec![
            json!({"source": "a", "locator": "p. 12; n. 3 \\ b"}),
            json!({"source": "b"}),
            json!({"source": "c", "locator": "mail@host"}),
        ];
        let cell = citations_to_cell(&citations);
        assert_eq!(cell, "a @ p. 12\\; n. 3 \\\\ b; b; c @ mail@host");
        assert_eq!(cell_to_citations(&cell).unwrap(), citations);
        assert_eq!(
            cell_to_citations("a @ p. 1\nb").unwrap(),
            vec![
                json!({"source": "a", "locator": "p. 1"}),
                json!({"source": "b"})
            ]
        );
        assert!(cell_to_citations("@ p. 3")
            .unwrap_err()
            .contains("no source id"));
        assert!(cell_to_citations("a p. 3")
            .unwrap_err()
            .contains("not one source id"));
        assert!(cell_to_citations(" ; ").unwrap().is_empty());
    }

    #[test]
    fn numbers_are_digits_with_a_point() {
        assert_eq!(cell_to_number("575000").unwrap().to_string(), "575000");
        assert_eq!(cell_to_number("50.6").unwrap().to_string(), "50.6");
        assert!(cell_to_number("50,6").is_err());
        assert!(cell_to_number("about 5").is_err());
    }

    #[test]
    fn lists_split_on_semicolons_and_lines() {
        let list = cell_to_list("a; b\nc;;");
        assert_eq!(list_to_cell(&list), "a; b; c");
    }
}
