//! Fetches the datasets from `public/data/` at run time, so curators can edit them
//! without rebuilding, and validates them with the same code as `cargo check-data`.

use exhibit_model::{DatasetFile, Exhibit, Loaded};
use futures::future::join_all;
use gloo_net::http::Request;
use leptos::prelude::*;
use std::collections::HashMap;
use std::sync::Arc;
use web_sys::RequestCache;

pub type SharedLoaded = Arc<Loaded>;

/// The loaded exhibit, shared by every page. `None` while loading.
#[derive(Clone, Copy)]
pub struct ExhibitData(pub LocalResource<SharedLoaded>);

pub fn provide_exhibit_data(data_url: impl Fn(&str) -> String + 'static) {
    let resource = LocalResource::new(move || {
        let urls: Vec<(DatasetFile, String)> = DatasetFile::ALL
            .into_iter()
            .map(|file| (file, data_url(file.file_name())))
            .collect();
        async move { Arc::new(load_all(urls).await) }
    });
    provide_context(ExhibitData(resource));
}

pub fn use_exhibit_data() -> LocalResource<SharedLoaded> {
    expect_context::<ExhibitData>().0
}

/// The map's country outlines, fetched only by the map page.
pub async fn fetch_outlines(url: String) -> Result<exhibit_model::map::Outlines, String> {
    let text = fetch_text(&url).await?;
    serde_json::from_str(&text).map_err(|e| format!("{url}: {e}"))
}

async fn fetch_text(url: &str) -> Result<String, String> {
    // "no-cache" revalidates with the server, so a curator's edit shows on the next reload.
    let response = Request::get(url)
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| format!("network error ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "the server answered HTTP {} for {url}",
            response.status()
        ));
    }
    let content_type = response.headers().get("content-type").unwrap_or_default();
    if content_type.contains("text/html") {
        // Static hosts with an SPA fallback answer a missing file with the app's own page.
        return Err(format!(
            "the server sent a web page instead of JSON for {url}; the file is probably missing"
        ));
    }
    // Bytes, not text: copying them into wasm and checking the UTF-8 there is several
    // times faster than converting a JavaScript string, which matters for large files.
    let bytes = response
        .binary()
        .await
        .map_err(|e| format!("could not read the response ({e})"))?;
    String::from_utf8(bytes).map_err(|e| format!("the file is not UTF-8 text ({e})"))
}

async fn load_all(urls: Vec<(DatasetFile, String)>) -> Loaded {
    let fetched = join_all(
        urls.into_iter()
            .map(|(file, url)| async move { (file, fetch_text(&url).await) }),
    )
    .await;
    let mut texts: HashMap<DatasetFile, Result<String, String>> = fetched.into_iter().collect();
    Exhibit::load(|file| {
        texts
            .remove(&file)
            .unwrap_or_else(|| Err("not requested".into()))
    })
}
