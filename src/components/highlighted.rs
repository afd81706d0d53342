use leptos::prelude::*;
use std::ops::Range;

/// Text with some of its parts marked: the words a search matched. `ranges` are byte
/// ranges into `text`, sorted, not overlapping, on character boundaries.
#[component]
pub fn Highlighted(text: String, ranges: Vec<Range<usize>>) -> impl IntoView {
    let mut parts = Vec::new();
    let mut at = 0;
    for range in ranges {
        // Ranges from the model are valid; a bad one is skipped rather than panicking.
        if range.start < at || text.get(range.clone()).is_none() {
            continue;
        }
        parts.push((text[at..range.start].to_string(), false));
        parts.push((text[range.clone()].to_string(), true));
        at = range.end;
    }
    parts.push((text[at..].to_string(), false));
    parts
        .into_iter()
        .filter(|(part, _)| !part.is_empty())
        .map(|(part, marked)| {
            if marked {
                view! { <mark>{part}</mark> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
