//! Every address in the datasets (a source's `url`, an image's `src`) checked by `address`.

use crate::address::*;
use crate::exhibit::Exhibit;
use crate::limits::shown;
use crate::problem::{DatasetFile, Problem};

/// Every address in the datasets that [`external_url`] or [`image_path`] refuses, with file,
/// entry, field and fix.
pub fn address_problems(ex: &Exhibit) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report =
        |file: DatasetFile, id: &str, line: usize, field: &str, raw: &str, err: AddressError| {
            problems.push(
                Problem::new(
                    file,
                    format!("“{}” is not an allowed address: {err}", shown(raw, 120)),
                    err.fix(),
                )
                .entry(shown(id, 80))
                .field(field)
                .at(line, None),
            );
        };
    for (s, line) in ex.sources.iter() {
        if let Some(url) = &s.url {
            if let Err(err) = external_url(url) {
                report(DatasetFile::Sources, &s.id, line, "url", url, err);
            }
        }
    }
    for (g, line) in ex.gallery.iter() {
        if let Some(img) = &g.image {
            if let Err(err) = image_path(&img.src) {
                report(
                    DatasetFile::Gallery,
                    &g.id,
                    line,
                    "image.src",
                    &img.src,
                    err,
                );
            }
        }
    }
    problems
}
