//! User-timing measures (`performance.measure`) around work a benchmark wants to see, such as
//! building the search index and answering a query; `scripts/bench-search.mjs` reads them.

/// Runs `work` and records how long it took as the measure `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        // Keep the browser's buffer small on a kiosk that runs for days: the start mark goes
        // at once, and the measures once there are more than a benchmark reads.
        p.clear_marks_with_mark_name(&start);
        if p.get_entries_by_name(name).length() > 500 {
            p.clear_measures_with_measure_name(name);
        }
    }
    result
}
