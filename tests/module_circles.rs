//! No two modules of the app import each other, directly or around a circle: one type's
//! behaviour lives in one place, and the layers (model, i18n, io, export, ui, app) point one
//! way. The test reads `src/` as text: it follows the module tree from `src/lib.rs`, takes
//! every `use` and every `crate::`/`super::` path outside test code, and looks for circles.
//! A file pulled in with `#[path]` counts as part of the module that declares it.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Circles known when this test was written, each as its sorted module names. Remove one
/// when it is broken; never add one.
const KNOWN: &[&[&str]] = &[];

/// A module: its path from the crate root, and the code the test reads.
struct Module {
    /// The module that stands for it in the graph (itself, or the one declaring its `#[path]`).
    node: Vec<String>,
    /// The code with comments, string contents and test items blanked out.
    code: String,
}

/// Blanks comments and the contents of string and character literals with spaces, keeping
/// every other character where it was.
fn blank(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = chars.clone();
    let mut i = 0;
    let wipe = |out: &mut Vec<char>, from: usize, to: usize| {
        for c in out.iter_mut().take(to).skip(from) {
            if *c != '\n' {
                *c = ' ';
            }
        }
    };
    while i < chars.len() {
        let next = chars.get(i + 1).copied();
        match (chars[i], next) {
            ('/', Some('/')) => {
                let end = (i..chars.len())
                    .find(|&j| chars[j] == '\n')
                    .unwrap_or(chars.len());
                wipe(&mut out, i, end);
                i = end;
            }
            ('/', Some('*')) => {
                let mut depth = 0;
                let mut j = i;
                while j < chars.len() {
                    if chars[j] == '/' && chars.get(j + 1) == Some(&'*') {
                        depth += 1;
                        j += 2;
                    } else if chars[j] == '*' && chars.get(j + 1) == Some(&'/') {
                        depth -= 1;
                        j += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        j += 1;
                    }
                }
                wipe(&mut out, i, j);
                i = j;
            }
            ('r', Some('#' | '"')) if i == 0 || !is_ident(chars[i - 1]) => {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                if chars.get(i + 1 + hashes) != Some(&'"') {
                    i += 1;
                    continue;
                }
                let start = i + 2 + hashes;
                let mut j = start;
                while j < chars.len()
                    && !(chars[j] == '"' && chars[j + 1..].iter().take(hashes).all(|c| *c == '#'))
                {
                    j += 1;
                }
                wipe(&mut out, start, j);
                i = j + 1 + hashes;
            }
            ('"', _) => {
                let mut j = i + 1;
                while j < chars.len() && chars[j] != '"' {
                    j += if chars[j] == '\\' { 2 } else { 1 };
                }
                wipe(&mut out, i + 1, j);
                i = j + 1;
            }
            ('\'', Some('\\')) => {
                let end = (i + 2..chars.len())
                    .find(|&j| chars[j] == '\'')
                    .unwrap_or(i + 2);
                wipe(&mut out, i + 1, end);
                i = end + 1;
            }
            ('\'', Some(_)) if chars.get(i + 2) == Some(&'\'') => {
                wipe(&mut out, i + 1, i + 2);
                i += 3;
            }
            _ => i += 1,
        }
    }
    out.into_iter().collect()
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Blanks every item marked `#[cfg(test)]` (a `mod x;` line or a whole block).
fn without_tests(code: &str) -> String {
    let mut out = code.to_owned();
    let mut from = 0;
    while let Some(at) = out[from..].find("#[cfg(test)]").map(|i| i + from) {
        let semi = out[at..].find(';').map(|i| i + at);
        let brace = out[at..].find('{').map(|i| i + at);
        let end = match (semi, brace) {
            (Some(semi), Some(brace)) if semi < brace => semi + 1,
            (_, Some(brace)) => {
                let mut depth = 0;
                let mut end = out.len();
                for (i, c) in out[brace..].char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' => {
                            depth -= 1;
                            if depth == 0 {
                                end = brace + i + 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                end
            }
            (Some(semi), None) => semi + 1,
            (None, None) => out.len(),
        };
        let spaces: String = out[at..end]
            .chars()
            .map(|c| if c == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(at..end, &spaces);
        from = at;
    }
    out
}

/// The `mod name;` declarations of a file: name and `#[path]` value, if any.
fn declarations(raw: &str, code: &str) -> Vec<(String, Option<String>)> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    let mut from = 0;
    while let Some(at) = code[from..].find("mod ").map(|i| i + from) {
        from = at + 4;
        if at > 0 && is_ident(char::from(bytes[at - 1])) {
            continue;
        }
        let rest = &code[at + 4..];
        let name: String = rest.chars().take_while(|c| is_ident(*c)).collect();
        if name.is_empty() || !rest[name.len()..].trim_start().starts_with(';') {
            continue;
        }
        // The attributes right before the declaration (and before any `pub`).
        let before = code[..at].trim_end();
        let before = before
            .strip_suffix(')')
            .and_then(|b| b.rfind("pub(").map(|i| &b[..i]))
            .or_else(|| before.strip_suffix("pub"))
            .unwrap_or(before)
            .trim_end();
        let path = before.ends_with(']').then(|| {
            let start = before.rfind("#[").unwrap_or(0);
            let attribute = &raw[start..before.len()];
            attribute
                .strip_prefix("#[path = \"")
                .and_then(|p| p.split('"').next())
                .map(str::to_owned)
        });
        found.push((name, path.flatten()));
    }
    found
}

/// Reads the module tree below `file` (module `path`) into `modules`.
fn read_tree(
    file: &Path,
    path: Vec<String>,
    node: Vec<String>,
    modules: &mut BTreeMap<Vec<String>, Module>,
) {
    let raw = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file:?}: {e}"));
    let code = without_tests(&blank(&raw));
    let dir = file.parent().unwrap();
    let stem = file.file_stem().unwrap().to_string_lossy();
    let own_dir = if stem == "mod" || stem == "lib" {
        dir.to_path_buf()
    } else {
        dir.join(&*stem)
    };
    for (name, attr) in declarations(&raw, &code) {
        let mut child = path.clone();
        child.push(name.clone());
        if let Some(relative) = attr {
            read_tree(&dir.join(relative), child, node.clone(), modules);
        } else {
            let flat = own_dir.join(format!("{name}.rs"));
            let file = if flat.exists() {
                flat
            } else {
                own_dir.join(&name).join("mod.rs")
            };
            read_tree(&file, child.clone(), child, modules);
        }
    }
    modules.insert(path, Module { node, code });
}

/// Every path a `use` tree names, braces expanded.
fn expand(tree: &str) -> Vec<String> {
    let tree: String = tree.chars().filter(|c| !c.is_whitespace()).collect();
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand(p).into_iter().map(|e| format!("{prefix}{e}")))
        .collect()
}

/// The paths a module's code names: its `use` trees and its inline `crate::`/`super::` paths.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for statement in code.split(';') {
        if let Some(at) = statement.find("use ") {
            let ok = at == 0 || !is_ident(char::from(statement.as_bytes()[at - 1]));
            if ok {
                paths.extend(expand(&statement[at + 4..]));
            }
        }
    }
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if is_ident(chars[i]) && (i == 0 || !is_ident(chars[i - 1]) && chars[i - 1] != ':') {
            let mut j = i;
            while j < chars.len() && (is_ident(chars[j]) || chars[j] == ':') {
                j += 1;
            }
            let word: String = chars[i..j].iter().collect();
            if word.starts_with("crate::") || word.starts_with("super::") {
                paths.push(word);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    paths
}

/// The module a path leads to from module `from`.
fn resolve(
    modules: &BTreeMap<Vec<String>, Module>,
    from: &[String],
    path: &str,
) -> Option<Vec<String>> {
    let path = path.split(" as ").next().unwrap_or(path);
    let mut segments = path.split("::").filter(|s| !s.is_empty()).peekable();
    let mut at: Vec<String> = match *segments.peek()? {
        "crate" => {
            segments.next();
            Vec::new()
        }
        "super" | "self" => {
            let mut at = from.to_vec();
            while let Some(&s) = segments.peek() {
                match s {
                    "super" => {
                        at.pop();
                    }
                    "self" => {}
                    _ => break,
                }
                segments.next();
            }
            at
        }
        _ => return None,
    };
    for segment in segments {
        let mut next = at.clone();
        next.push(segment.to_owned());
        if !modules.contains_key(&next) {
            break;
        }
        at = next;
    }
    Some(at)
}

/// The circles among the app's modules: each as its sorted module names.
fn circles(src: &Path) -> BTreeSet<Vec<String>> {
    let mut modules = BTreeMap::new();
    read_tree(&src.join("lib.rs"), Vec::new(), Vec::new(), &mut modules);
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (path, module) in &modules {
        for named in named_paths(&module.code) {
            let Some(target) = resolve(&modules, path, &named) else {
                continue;
            };
            let to = modules[&target].node.clone();
            if to != module.node && !to.is_empty() {
                edges.entry(module.node.clone()).or_default().insert(to);
            }
        }
    }
    let reach = |start: &Vec<String>| {
        let mut seen = BTreeSet::new();
        let mut stack = vec![start.clone()];
        while let Some(n) = stack.pop() {
            for next in edges.get(&n).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    stack.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<_, _> = edges.keys().map(|n| (n.clone(), reach(n))).collect();
    let mut found = BTreeSet::new();
    for (node, from_node) in &reached {
        let mut circle: Vec<String> = from_node
            .iter()
            .filter(|other| reached.get(*other).is_some_and(|r| r.contains(node)))
            .map(|n| n.join("/"))
            .collect();
        if !circle.is_empty() {
            circle.sort();
            circle.dedup();
            found.insert(circle);
        }
    }
    found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_new_import_circle_and_the_known_ones_are_listed() {
    let found = circles(&src());
    let known: BTreeSet<Vec<String>> = KNOWN
        .iter()
        .map(|c| c.iter().map(|s| (*s).to_owned()).collect())
        .collect();
    let new: Vec<_> = found.difference(&known).collect();
    assert!(new.is_empty(), "new import circles: {new:#?}");
    let gone: Vec<_> = known.difference(&found).collect();
    assert!(
        gone.is_empty(),
        "broken circles, take them off KNOWN: {gone:#?}"
    );
}

#[test]
fn the_model_and_the_checklist_screen_have_no_circle() {
    for circle in circles(&src()) {
        for module in &circle {
            assert!(
                !module.starts_with("model/")
                    && !module.starts_with("ui/checklist")
                    && module != "ui/step_checklist",
                "{circle:?}"
            );
        }
    }
}

#[test]
fn the_reader_sees_a_circle_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
    write(
        "lib.rs",
        "pub mod a;\npub mod b;\npub mod c;\n#[path = \"c_part.rs\"]\nmod d;\n",
    );
    write("a.rs", "use crate::b::{self, Thing};\n// use crate::c;\n");
    write(
        "b.rs",
        "pub fn f() { let url = \"https://x\"; super::a::g(); }\n",
    );
    write(
        "c.rs",
        "#[cfg(test)]\nmod tests { use crate::d; }\nfn h() -> &'static str { \"crate::a\" }\n",
    );
    write("c_part.rs", "use super::c;\n");
    let found = circles(dir.path());
    let expected: BTreeSet<Vec<String>> = [vec!["a".to_owned(), "b".to_owned()]].into();
    assert_eq!(found, expected);
}
