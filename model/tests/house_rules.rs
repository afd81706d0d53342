//! The code's house rules, checked on its sources (docs/ARCHITECTURE.md): modules import
//! only downwards (no import cycles, no component importing a page), no source file is over
//! 400 lines, and no internal link is written by hand.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files_under(dir: &Path, ext: &str, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if !matches!(
                path.file_name().and_then(|n| n.to_str()),
                Some("node_modules" | "target" | "fixtures")
            ) {
                files_under(&path, ext, found);
            }
        } else if path.extension().and_then(|e| e.to_str()) == Some(ext) {
            found.push(path);
        }
    }
}

/// A crate's modules: the module path of each file (`timeline::filter`), its text
/// without the test module, and what each `mod.rs` re-exports (`pub use x::{A, B}`).
struct Crate {
    modules: BTreeMap<String, String>,
    reexports: BTreeMap<String, String>,
}

fn module_path(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .filter(|p| p != "mod" && p != "lib" && p != "main")
        .collect();
    parts.join("::")
}

fn read_crate(src: &Path) -> Crate {
    let mut files = Vec::new();
    files_under(src, "rs", &mut files);
    let mut modules = BTreeMap::new();
    let mut reexports = BTreeMap::new();
    for file in files.iter().filter(|f| !f.starts_with(src.join("bin"))) {
        let text = std::fs::read_to_string(file).unwrap();
        // The test module comes last in a file; its imports are not the module's.
        let code = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap()
            .to_string();
        let module = module_path(src, file);
        for line in code.lines().filter(|l| l.starts_with("pub use ")) {
            let spec = line.trim_start_matches("pub use ").trim_end_matches(';');
            let Some((child, items)) = spec.split_once("::") else {
                continue;
            };
            if child == "crate" || child.contains(' ') {
                continue;
            }
            let child_path = join(&module, child);
            for item in items.trim_matches(|c| c == '{' || c == '}').split(',') {
                let item = item.trim();
                if !item.is_empty() {
                    reexports.insert(join(&module, item), child_path.clone());
                }
            }
        }
        modules.insert(module, code);
    }
    Crate { modules, reexports }
}

fn join(module: &str, item: &str) -> String {
    if module.is_empty() {
        item.to_string()
    } else {
        format!("{module}::{item}")
    }
}

impl Crate {
    /// The module a path names: itself, the module that defines a re-exported item, or the
    /// nearest enclosing module.
    fn resolve(&self, path: &str) -> Option<String> {
        let mut path = path.to_string();
        loop {
            if let Some(target) = self.reexports.get(&path) {
                return Some(target.clone());
            }
            if self.modules.contains_key(&path) {
                return Some(path);
            }
            path = path.rsplit_once("::")?.0.to_string();
        }
    }

    /// Each module and the modules it imports (`crate::…` and `super::…` paths).
    fn imports(&self) -> BTreeMap<String, BTreeSet<String>> {
        let mut graph = BTreeMap::new();
        for (module, code) in &self.modules {
            let mut targets = BTreeSet::new();
            let parent = module.rsplit_once("::").map_or("", |(p, _)| p).to_string();
            for (prefix, base) in [("crate::", String::new()), ("super::", parent)] {
                for (at, _) in code.match_indices(prefix) {
                    if code[..at].ends_with("::") || code[..at].ends_with("super") {
                        continue;
                    }
                    let rest = &code[at + prefix.len()..];
                    let end = rest
                        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                        .unwrap_or(rest.len());
                    let path = rest[..end].trim_end_matches(':');
                    let mut names = vec![path.to_string()];
                    // `use crate::a::{B, c::D}` names each item in the braces.
                    if rest[end..].starts_with('{') {
                        let group = &rest[end + 1..rest[end..].find('}').map_or(end, |e| end + e)];
                        names = group
                            .split(',')
                            .map(|n| n.trim().split(" as ").next().unwrap().trim())
                            .filter(|n| !n.is_empty() && *n != "self")
                            .map(|n| join(path, n))
                            .collect();
                    }
                    for name in names {
                        if let Some(target) = self.resolve(&join(&base, &name)) {
                            if &target != module && !target.is_empty() {
                                targets.insert(target);
                            }
                        }
                    }
                }
            }
            graph.insert(module.clone(), targets);
        }
        graph
    }
}

/// A cycle in the graph, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        done: &mut BTreeSet<String>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if !done.insert(node.to_string()) {
            return None;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, done, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut done, &mut Vec::new()))
}

#[test]
fn neither_crate_has_an_import_cycle() {
    for src in ["model/src", "src"] {
        let krate = read_crate(&root().join(src));
        let graph = krate.imports();
        assert!(graph.len() > 10, "{src}: read {} modules", graph.len());
        if let Some(cycle) = find_cycle(&graph) {
            panic!("{src}: import cycle {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(str::to_string).collect()))
    .collect();
    assert_eq!(find_cycle(&graph).unwrap().len(), 4);
}

#[test]
fn layers_import_only_downwards() {
    let krate = read_crate(&root().join("src"));
    let graph = krate.imports();
    // Each layer may import those after it in this list, never those before it.
    let layers = ["app", "pages", "components", "hooks", "labels"];
    let layer = |m: &str| {
        layers
            .iter()
            .position(|l| m == *l || m.starts_with(&format!("{l}::")))
    };
    for (module, targets) in &graph {
        let Some(own) = layer(module) else { continue };
        for target in targets {
            if let Some(theirs) = layer(target) {
                assert!(theirs >= own, "{module} imports {target}, a layer above it");
            }
        }
    }
    // Pages never import one another: what two pages share is a component or a hook.
    for (module, targets) in graph.iter().filter(|(m, _)| m.starts_with("pages::")) {
        for target in targets.iter().filter(|t| t.starts_with("pages::")) {
            panic!("{module} imports the page {target}");
        }
    }
    // The model knows nothing of the app.
    for code in read_crate(&root().join("model/src")).modules.values() {
        assert!(!code.contains("leptos") && !code.contains("web_sys"));
    }
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut files = Vec::new();
    for (dir, ext) in [
        ("src", "rs"),
        ("model/src", "rs"),
        ("model/tests", "rs"),
        ("tests", "rs"),
        ("tests", "mjs"),
        ("scripts", "mjs"),
    ] {
        files_under(&root().join(dir), ext, &mut files);
    }
    assert!(files.len() > 50, "read {} files", files.len());
    for file in files {
        let lines = std::fs::read_to_string(&file).unwrap().lines().count();
        assert!(lines <= MAX_LINES, "{} has {lines} lines", file.display());
    }
}

#[test]
fn internal_links_come_from_routes() {
    let mut files = Vec::new();
    files_under(&root().join("src"), "rs", &mut files);
    for file in files {
        let code = std::fs::read_to_string(&file).unwrap();
        for pattern in ["format!(\"/", "href=\"/", "href(\"/"] {
            assert!(
                !code.contains(pattern),
                "{} writes a link by hand ({pattern}…): use exhibit_model::Route",
                file.display()
            );
        }
    }
}

#[test]
fn the_data_guide_and_the_shipped_data_name_every_dataset() {
    let guide = std::fs::read_to_string(root().join("docs/DATA.md")).unwrap();
    for file in exhibit_model::DatasetFile::ALL {
        let name = file.file_name();
        assert!(
            guide.contains(&format!("\n## {name}")),
            "docs/DATA.md has no section “## {name}”"
        );
        assert!(
            root().join("public/data").join(name).exists(),
            "public/data/{name} is missing"
        );
    }
}
