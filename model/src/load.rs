//! Loading the exhibit: each file parsed, then every file checked against the others.

use crate::exhibit::Exhibit;
use crate::parse::parse_dataset;
use crate::problem::{DatasetFile, Problem};
use crate::validate::validate;

/// The exhibit as loaded, and everything that is wrong with it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Loaded {
    pub exhibit: Exhibit,
    pub problems: Vec<Problem>,
}

impl Loaded {
    /// The problems of the given files, for a page that needs only those.
    pub fn problems_in<'a>(
        &'a self,
        files: &'a [DatasetFile],
    ) -> impl Iterator<Item = &'a Problem> + 'a {
        self.problems
            .iter()
            .filter(move |p| files.contains(&p.file))
    }
}

impl Exhibit {
    /// Builds the exhibit from each file's text; `Err` is why the file could not be read
    /// (missing file, network failure). Every problem found is returned, in file order.
    pub fn load(mut text_of: impl FnMut(DatasetFile) -> Result<String, String>) -> Loaded {
        let mut exhibit = Exhibit::default();
        let mut problems = Vec::new();
        for file in DatasetFile::ALL {
            let text = match text_of(file) {
                Ok(text) => text,
                Err(why) => {
                    problems.push(Problem::new(
                        file,
                        format!("the file could not be read: {why}"),
                        format!(
                            "make sure public/data/{} exists and is published with the site",
                            file.file_name()
                        ),
                    ));
                    continue;
                }
            };
            macro_rules! read {
                ($field:ident) => {{
                    let (dataset, found) = parse_dataset(file, &text);
                    exhibit.$field = dataset;
                    problems.extend(found);
                }};
            }
            match file {
                DatasetFile::Sources => read!(sources),
                DatasetFile::Places => read!(places),
                DatasetFile::People => read!(people),
                DatasetFile::Events => read!(events),
                DatasetFile::Eras => read!(eras),
                DatasetFile::Figures => read!(figures),
                DatasetFile::Conflicts => read!(conflicts),
                DatasetFile::Gallery => read!(gallery),
            }
        }
        problems.extend(validate(&exhibit));
        problems.sort_by_key(|p| (p.file, p.line.unwrap_or(0)));
        Loaded { exhibit, problems }
    }
}
