use crate::data::SharedLoaded;
use crate::routing::use_lang;
use exhibit_model::timeline::axis::{ERA_ROW, TICK_GUTTER};
use exhibit_model::timeline::{Item, View};
use leptos::prelude::*;

/// The eras as bands behind the events, each in its row (`timeline::axis::era_rows`).
#[component]
pub fn TimelineEras(
    loaded: SharedLoaded,
    /// The eras as axis items, in time order; `Item::event` is the era's dataset index.
    eras: Vec<Item>,
    rows: Vec<usize>,
    view: RwSignal<View>,
    tall: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let bands = move || {
        let v = view.get();
        let is_tall = tall.get();
        eras.iter()
            .zip(rows.iter())
            .filter_map(|(era_item, row)| {
                let start = v.px_of(era_item.first as f64);
                let end = v.px_of((era_item.last + 1) as f64);
                if end < 0.0 || start > v.length {
                    return None;
                }
                let era = loaded.exhibit.eras.entries[era_item.event].clone();
                let cross = *row as f64 * ERA_ROW;
                // The name stays at the visible start of a band that began earlier.
                let inset = (-start).max(0.0);
                let style = if is_tall {
                    format!(
                        "top:{start:.1}px;height:{:.1}px;left:{:.0}px;padding-top:{inset:.1}px",
                        end - start,
                        TICK_GUTTER + cross
                    )
                } else {
                    format!(
                        "left:{start:.1}px;width:{:.1}px;top:{cross:.0}px;padding-left:calc({inset:.1}px + 0.4rem)",
                        end - start
                    )
                };
                Some(view! {
                    <div class=format!("tl-era era-{}", era.id) style=style>
                        <span>{era.title.text(lang.get()).to_string()}</span>
                    </div>
                })
            })
            .collect_view()
    };
    view! { <div class="tl-eras" aria-hidden="true">{bands}</div> }
}
