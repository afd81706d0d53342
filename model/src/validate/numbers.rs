//! Numbers that parse but cannot be true: a figure above any real count, a percentage
//! outside 0–100, a share of a whole that is zero, a part larger than its whole, a
//! photograph a million pixels wide. Each would otherwise reach the pages as an
//! infinite, `NaN` or absurd number.

use crate::exhibit::Exhibit;
use crate::limits::{shown, shown_number, FIGURE_VALUE_MAX, IMAGE_SIDE_MAX};
use crate::problem::{DatasetFile, Problem};

fn figure_problem(id: &str, line: usize, field: &str, message: String, fix: &str) -> Problem {
    Problem::new(DatasetFile::Figures, message, fix)
        .entry(shown(id, 80))
        .field(field)
        .at(line, None)
}

/// Problems with figure values, ranges and shares, and with image sizes.
pub fn number_problems(ex: &Exhibit) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (f, line) in ex.figures.iter() {
        // A negative or non-finite value is already reported by the general check.
        if f.value.is_finite() && f.value > FIGURE_VALUE_MAX {
            problems.push(figure_problem(
                &f.id,
                line,
                "value",
                format!(
                    "{:e} is larger than any count the exhibit can show (the limit is {FIGURE_VALUE_MAX:e})",
                    f.value
                ),
                "write the number as the source gives it, in plain digits (575000); check for extra zeros or an exponent",
            ));
        }
        if let Some(max) = f.value_max {
            if !max.is_finite() || max > FIGURE_VALUE_MAX {
                problems.push(figure_problem(
                    &f.id,
                    line,
                    "value_max",
                    format!(
                        "{max:e} is larger than any count the exhibit can show (the limit is {FIGURE_VALUE_MAX:e})"
                    ),
                    "write the upper bound as the source gives it, in plain digits",
                ));
            }
        }
        let Some(share) = &f.share_of else { continue };
        if let Some(stated) = share.stated_percent {
            if !(0.0..=100.0).contains(&stated) {
                problems.push(figure_problem(
                    &f.id,
                    line,
                    "share_of.stated_percent",
                    format!(
                        "{} is not a percentage between 0 and 100",
                        shown_number(stated)
                    ),
                    "write the percentage the source states, e.g. 50.6 for 50.6 %",
                ));
            }
        }
        if share.figure == f.id {
            problems.push(figure_problem(
                &f.id,
                line,
                "share_of.figure",
                "the figure is declared a share of itself".into(),
                "name the figure of the whole this one is a part of",
            ));
            continue;
        }
        let Some(whole) = ex.figures.entries.iter().find(|w| w.id == share.figure) else {
            continue; // a dangling reference, reported by the general check
        };
        // A negative or huge whole is reported on the whole itself.
        if whole.value == 0.0 {
            problems.push(figure_problem(
                &f.id,
                line,
                "share_of.figure",
                format!(
                    "the whole, figure “{}”, has the value 0: a share of it cannot be computed (it would divide by zero)",
                    shown(&whole.id, 80)
                ),
                "point share_of at a figure with a value above zero, or remove share_of",
            ));
        } else if whole.value > 0.0 && f.value > whole.value && f.value <= FIGURE_VALUE_MAX {
            problems.push(figure_problem(
                &f.id,
                line,
                "share_of.figure",
                format!(
                    "the part ({}) is larger than the whole, figure “{}” ({}): the share would be above 100 %",
                    shown_number(f.value),
                    shown(&whole.id, 80),
                    shown_number(whole.value)
                ),
                "check both numbers against the sources; a part cannot exceed its whole",
            ));
        }
    }
    for (g, line) in ex.gallery.iter() {
        let Some(img) = &g.image else { continue };
        if img.width > IMAGE_SIDE_MAX || img.height > IMAGE_SIDE_MAX {
            problems.push(
                Problem::new(
                    DatasetFile::Gallery,
                    format!(
                        "the image is said to be {} × {} pixels; the limit is {IMAGE_SIDE_MAX} on each side",
                        img.width, img.height
                    ),
                    "write the image's real size in pixels, and scale a larger photograph down before publishing it",
                )
                .entry(shown(&g.id, 80))
                .field("image.width")
                .at(line, None),
            );
        }
    }
    problems
}

/// A share is computed from the two cited numbers; it must agree with what the source states.
pub fn share_problems(ex: &Exhibit) -> Vec<Problem> {
    let mut problems = Vec::new();
    for share in crate::share::shares(&ex.figures.entries) {
        // A value above the limit is reported on its own (numbers.rs).
        let in_range = |v: f64| v <= crate::limits::FIGURE_VALUE_MAX;
        // So is a stated percentage outside 0–100.
        let stated_in_range = (0.0..=100.0).contains(&share.stated_percent.unwrap_or_default());
        if !share.agrees()
            && in_range(share.part.value)
            && in_range(share.whole.value)
            && stated_in_range
        {
            let line = ex
                .figures
                .iter()
                .find(|(f, _)| f.id == share.part.id)
                .map_or(0, |(_, l)| l);
            let stated = share.stated_percent.unwrap_or_default();
            problems.push(
                Problem::new(
                    DatasetFile::Figures,
                    format!(
                        "{} of {} is {:.2} %, but the source states {stated} %",
                        share.part.value, share.whole.value, share.percent
                    ),
                    "check both numbers and the stated percentage against the source; if the source itself is inconsistent, say so in the scope and remove stated_percent",
                )
                .entry(share.part.id.as_str())
                .field("share_of.stated_percent")
                .at(line, None),
            );
        }
    }
    problems
}
