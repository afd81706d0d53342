use crate::i18n::*;
use leptos::prelude::*;

/// The keyboard's layouts: Latin, Cyrillic with the Kazakh letters, and hiragana (the search
/// folds katakana to hiragana, so either finds both).
const LAYOUTS: [(&str, &[&str]); 3] = [
    ("ABC", &["qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890"]),
    (
        "АБВ",
        &[
            "йцукенгшщзхъ",
            "фывапролджэё",
            "ячсмитьбю",
            "әғқңөұүһі",
            "1234567890",
        ],
    ),
    (
        "かな",
        &[
            "あいうえおかきくけこ",
            "さしすせそたちつてと",
            "なにぬねのはひふへほ",
            "まみむめもやゆよらり",
            "るれろわをんがぎぐげ",
            "ござじずぜぞだでどば",
            "びぶべぼぱぴぷぺぽー",
            "ゃゅょっ",
        ],
    ),
];

/// What a key does to the query.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyPress {
    Text(String),
    Backspace,
    Clear,
}

/// Large keys for a touchscreen without a keyboard (kiosk mode): three scripts, space,
/// delete and clear. Each press is handed to `on_press`.
#[component]
pub fn OnScreenKeyboard(on_press: Callback<KeyPress>) -> impl IntoView {
    let i18n = use_i18n();
    let layout = RwSignal::new(0usize);
    let rows = move || {
        LAYOUTS[layout.get()]
            .1
            .iter()
            .map(|row| {
                let keys = row
                    .chars()
                    .map(|c| {
                        view! {
                            <button type="button" class="osk-key" on:click=move |_| on_press.run(KeyPress::Text(c.to_string()))>
                                {c.to_string()}
                            </button>
                        }
                    })
                    .collect_view();
                view! { <div class="osk-row">{keys}</div> }
            })
            .collect_view()
    };
    let layout_switch = LAYOUTS
        .iter()
        .enumerate()
        .map(|(i, (name, _))| {
            view! {
                <button type="button" class="osk-key osk-layout" aria-pressed=move || if layout.get() == i { "true" } else { "false" }
                    on:click=move |_| layout.set(i)>
                    {*name}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="on-screen-keyboard" role="group" aria-label=move || t_string!(i18n, search.keyboard)>
            <div class="osk-row osk-layouts">{layout_switch}</div>
            {rows}
            <div class="osk-row">
                <button type="button" class="osk-key osk-wide" on:click=move |_| on_press.run(KeyPress::Text(" ".into()))>
                    {t!(i18n, search.space)}
                </button>
                <button type="button" class="osk-key" aria-label=move || t_string!(i18n, search.backspace)
                    on:click=move |_| on_press.run(KeyPress::Backspace)>
                    "⌫"
                </button>
                <button type="button" class="osk-key" on:click=move |_| on_press.run(KeyPress::Clear)>
                    {t!(i18n, search.clear)}
                </button>
            </div>
        </div>
    }
}
