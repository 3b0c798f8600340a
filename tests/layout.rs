//! The code's shape, as a newcomer relies on it: no import cycle between the crate's
//! top-level modules, each module file says what it is for, one component per file named
//! after it, and no `mod.rs`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const SRC: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src");

/// Every `.rs` file under src/, as (path relative to src/, text).
fn sources() -> Vec<(PathBuf, String)> {
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        let mut entries: Vec<_> = fs::read_dir(dir)
            .expect("src/ is readable")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let text = fs::read_to_string(&path).expect("a source file is readable");
                let relative = path.strip_prefix(SRC).expect("under src/").to_path_buf();
                out.push((relative, text));
            }
        }
    }
    let mut out = Vec::new();
    walk(Path::new(SRC), &mut out);
    out
}

/// The top-level module a file belongs to (`shared` for src/shared/app.rs), or `None` for
/// the crate's roots (lib.rs, main.rs, src/bin/).
fn top_module(path: &Path) -> Option<String> {
    let first = path.components().next()?.as_os_str().to_str()?.to_string();
    match first.as_str() {
        "lib.rs" | "main.rs" | "bin" => None,
        _ => Some(first.trim_end_matches(".rs").to_string()),
    }
}

/// The top-level modules a file's text names through `crate::` (in `use` lines and paths).
fn named_modules(text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            let after = &rest[at + "crate::".len()..];
            // `crate::{a, b::c}` names several.
            let names: Vec<&str> = if let Some(group) = after.strip_prefix('{') {
                let group = group.split('}').next().unwrap_or("");
                group
                    .split(',')
                    .map(|item| item.trim().split("::").next().unwrap_or(""))
                    .collect()
            } else {
                vec![after
                    .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")]
            };
            for name in names {
                if modules.contains(name) {
                    named.insert(name.to_string());
                }
            }
            rest = after;
        }
    }
    named
}

/// The dependency graph between top-level modules.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let files = sources();
    let modules: BTreeSet<String> = files
        .iter()
        .filter_map(|(path, _)| top_module(path))
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in &files {
        let Some(module) = top_module(path) else {
            continue;
        };
        let entry = graph.entry(module.clone()).or_default();
        for named in named_modules(text, &modules) {
            if named != module {
                entry.insert(named);
            }
        }
    }
    graph
}

/// A cycle in `graph`, as the modules around it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|seen| seen == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_import_cycle_between_top_level_modules() {
    let graph = graph();
    assert!(graph.len() > 10, "the modules were found: {graph:?}");
    if let Some(cycle) = find_cycle(&graph) {
        panic!(
            "import cycle between top-level modules: {}",
            cycle.join(" → ")
        );
    }
}

#[test]
fn the_cycle_finder_finds_a_cycle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    graph.entry("a".into()).or_default().insert("b".into());
    graph.entry("b".into()).or_default().insert("c".into());
    graph.entry("c".into()).or_default().insert("a".into());
    assert_eq!(
        find_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    graph.get_mut("c").expect("c").clear();
    assert_eq!(find_cycle(&graph), None);
}

#[test]
fn pure_modules_do_not_name_the_browser_side() {
    // The modules that build natively (and are tested there) never reach for the
    // browser's: those exist only in the wasm.
    let browser_side = [
        "browser", "cycle", "explorer", "find", "present", "shared", "state",
    ];
    let graph = graph();
    for (module, named) in &graph {
        if browser_side.contains(&module.as_str()) {
            continue;
        }
        for other in named {
            assert!(
                !browser_side.contains(&other.as_str()),
                "the pure module `{module}` names the browser-side `{other}`"
            );
        }
    }
}

#[test]
fn every_module_says_what_it_is_for_and_none_is_a_mod_rs() {
    for (path, text) in sources() {
        assert!(
            path.file_name().is_some_and(|name| name != "mod.rs"),
            "{}: modules are `foo.rs` beside `foo/`, not `foo/mod.rs`",
            path.display()
        );
        assert!(
            text.trim_start().starts_with("//!"),
            "{} does not start with a `//!` line saying what it is for",
            path.display()
        );
    }
}

#[test]
fn one_component_per_file_named_after_it() {
    for (path, text) in sources() {
        let components: Vec<&str> = text
            .split("#[component]")
            .skip(1)
            .filter_map(|after| {
                let signature = after.split("fn ").nth(1)?;
                signature.split(['(', '<']).next()
            })
            .collect();
        if components.is_empty() {
            continue;
        }
        assert_eq!(components.len(), 1, "{}: {components:?}", path.display());
        let snake: String = components[0]
            .chars()
            .enumerate()
            .flat_map(|(i, c)| {
                let lower = c.to_ascii_lowercase();
                if c.is_ascii_uppercase() && i > 0 {
                    vec!['_', lower]
                } else {
                    vec![lower]
                }
            })
            .collect();
        let stem = path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or("");
        assert_eq!(
            stem,
            snake,
            "{}: the component is {}",
            path.display(),
            components[0]
        );
    }
}
