//! Shared building blocks of the pages, one component a file.

mod chart_table;
mod citations;
mod composition_chart;
mod conflict_variants;
mod data_problems;
mod gallery_filters;
mod gallery_picture;
mod language_switch;
mod local_text;
mod milestone_chart;
mod page_title;
mod pager;
mod range_chart;
mod scroll_to_hash;
mod site_footer;
mod site_header;
mod skip_link;
mod with_data;

pub use chart_table::ChartTable;
pub use citations::Citations;
pub use composition_chart::CompositionChart;
pub use conflict_variants::ConflictVariants;
pub use data_problems::DataProblems;
pub use gallery_filters::GalleryFilters;
pub use gallery_picture::GalleryPicture;
pub use language_switch::LanguageSwitch;
pub use local_text::LocalText;
pub use milestone_chart::MilestoneChart;
pub use page_title::PageTitle;
pub use pager::{Neighbour, Pager};
pub use range_chart::RangeChart;
pub use scroll_to_hash::ScrollToHash;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use with_data::WithData;
