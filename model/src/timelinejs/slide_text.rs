//! The title and summary of a slide as plain text, with the slide's media (URL, caption,
//! credit) kept as the summary's last paragraph, since an event has no media of its own.

use super::html::to_plain_text;
use super::Slide;

/// One line of plain text, for titles.
pub fn one_line(html: &str) -> String {
    to_plain_text(html)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_words(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max {
        return line;
    }
    let cut: String = line.chars().take(max).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a))
}

/// Title and summary of a slide, with media kept as a last paragraph of the summary.
pub fn texts(slide: &Slide, notes: &mut Vec<String>) -> Result<(String, String), String> {
    let mut title = one_line(&slide.headline);
    let mut summary = to_plain_text(&slide.text);
    if title.is_empty() && summary.is_empty() {
        return Err(format!(
            "{}: there is neither a headline nor a text\n    fix: write at least a headline",
            slide.at
        ));
    }
    if title.is_empty() {
        title = first_words(&summary, 80);
        notes.push(format!(
            "{}: no headline; the title is the start of the text — write a short one",
            slide.at
        ));
    }
    if summary.is_empty() {
        summary = title.clone();
        notes.push(format!(
            "{}: no text; the summary repeats the headline — write a few sentences",
            slide.at
        ));
    }
    let url = slide.media_url.trim();
    if !url.is_empty() {
        if url.starts_with("https://") || url.starts_with("http://") {
            let mut media = format!("Media: {url}");
            let caption = one_line(&slide.media_caption);
            let credit = one_line(&slide.media_credit);
            if !caption.is_empty() {
                media.push_str(&format!(" — {caption}"));
            }
            if !credit.is_empty() {
                media.push_str(&format!(" (credit: {credit})"));
            }
            summary.push_str(&format!("\n\n{media}"));
        } else {
            notes.push(format!(
                "{}: the media “{url}” is not a web address and was left out",
                slide.at
            ));
        }
    }
    Ok((title, summary))
}
