//! Which of the exhibit's categories a TimelineJS group is: a mapping the curator gives
//! (`--group 'Transports=captivity'`), a category's own name, or a known word in the group's
//! name (English, Russian, Kazakh, Japanese); otherwise the default category, which the import
//! names in a note.

use super::Options;
use crate::types::EventCategory;

/// Words in group names that say which category an event belongs to, tried in this order
/// (captivity before war, so that “Prisoners of war” is captivity).
const GROUP_WORDS: [(EventCategory, &[&str]); 6] = [
    (
        EventCategory::Captivity,
        &[
            "captiv",
            "prison",
            "intern",
            "camp",
            "pow",
            "плен",
            "лагер",
            "тұтқын",
            "抑留",
            "捕虜",
            "収容",
        ],
    ),
    (
        EventCategory::Labour,
        &["labour", "labor", "work", "труд", "работ", "еңбек", "労働"],
    ),
    (
        EventCategory::Repatriation,
        &[
            "repatriat",
            "return",
            "репатри",
            "возвращ",
            "оралу",
            "引揚",
            "帰国",
            "帰還",
        ],
    ),
    (
        EventCategory::Remembrance,
        &[
            "remembr",
            "memor",
            "commemor",
            "памят",
            "мемориал",
            "еске",
            "慰霊",
            "追悼",
            "記念",
        ],
    ),
    (
        EventCategory::Research,
        &[
            "research",
            "archiv",
            "histor",
            "study",
            "исследов",
            "архив",
            "зерттеу",
            "研究",
            "資料",
        ],
    ),
    (
        EventCategory::War,
        &["war", "battle", "front", "войн", "соғыс", "戦"],
    ),
];

/// The category of a group, and whether it was a guess from the default.
pub fn category_of(group: &str, options: &Options) -> (EventCategory, bool) {
    let lower = group.trim().to_lowercase();
    if let Some((_, c)) = options
        .groups
        .iter()
        .find(|(g, _)| g.trim().to_lowercase() == lower)
    {
        return (*c, false);
    }
    if let Some(c) = EventCategory::ALL.into_iter().find(|c| c.key() == lower) {
        return (c, false);
    }
    for (category, words) in GROUP_WORDS {
        if !lower.is_empty() && words.iter().any(|w| lower.contains(w)) {
            return (category, false);
        }
    }
    (options.default_category, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_map_to_categories() {
        let mut options = Options::new("t");
        options
            .groups
            .push(("Transports".into(), EventCategory::Repatriation));
        let category = |g| category_of(g, &options);
        assert_eq!(
            category("Prisoners of war"),
            (EventCategory::Captivity, false)
        );
        assert_eq!(category("WAR"), (EventCategory::War, false));
        assert_eq!(category("Работа на шахтах"), (EventCategory::Labour, false));
        assert_eq!(category("慰霊"), (EventCategory::Remembrance, false));
        assert_eq!(
            category(" transports "),
            (EventCategory::Repatriation, false)
        );
        assert_eq!(category("Miscellany"), (EventCategory::Captivity, true));
        assert_eq!(category(""), (EventCategory::Captivity, true));
    }
}
