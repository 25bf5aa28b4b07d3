//! How a path typed into a field becomes a file path, by the rules of Windows or of Linux and
//! macOS. Pure functions over text, so the Windows rules are tested on every platform.

use std::path::{Path, PathBuf};

/// Whose path rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathRules {
    /// `C:\…`, `\\server\share\…`, `\\?\…`; `\` and `/` both separate folders.
    Windows,
    /// Linux and macOS: only `/` separates folders; `\` is an ordinary character.
    Unix,
}

impl PathRules {
    /// The rules of the system the app was built for.
    pub const NATIVE: Self = if cfg!(windows) {
        Self::Windows
    } else {
        Self::Unix
    };

    fn is_separator(self, c: char) -> bool {
        c == '/' || (self == Self::Windows && c == '\\')
    }
}

/// How a typed path is anchored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathKind {
    /// A full path: `/home/…`, `C:\…`, a UNC share `\\serwer\plany\…`, or `\\?\…`.
    Absolute,
    /// Relative to the current folder of one drive (`C:plan.json`) or to the root of the
    /// current drive (`\plan.json`): Windows only, and kept as typed.
    DriveRelative,
    /// Relative to a folder: `plan.json`, `plany\plan.json`.
    Relative,
}

/// Classifies `path` by `rules`.
pub fn path_kind(path: &str, rules: PathRules) -> PathKind {
    match rules {
        PathRules::Unix if path.starts_with('/') => PathKind::Absolute,
        PathRules::Unix => PathKind::Relative,
        PathRules::Windows => {
            let mut chars = path.chars();
            let (first, second, third) = (chars.next(), chars.next(), chars.next());
            let is_sep = |c: Option<char>| c.is_some_and(|c| rules.is_separator(c));
            let has_drive = first.is_some_and(|c| c.is_ascii_alphabetic()) && second == Some(':');
            if (has_drive && is_sep(third)) || (is_sep(first) && is_sep(second)) {
                PathKind::Absolute // C:\…, \\server\share\…, \\?\…, \\.\…
            } else if has_drive || is_sep(first) {
                PathKind::DriveRelative
            } else {
                PathKind::Relative
            }
        }
    }
}

/// The text of a typed path, cleaned: surrounding spaces go, and so do the quotes that
/// Explorer's "Copy as path" (and many terminals) put around a path. `None` when empty.
pub fn clean_typed_path(text: &str) -> Option<&str> {
    let text = text.trim();
    let unquoted = ['"', '\'']
        .into_iter()
        .find_map(|q| text.strip_prefix(q).and_then(|t| t.strip_suffix(q)))
        .map_or(text, str::trim);
    (!unquoted.is_empty()).then_some(unquoted)
}

/// The last part of `path` (the file name), by `rules`; on Windows without the trailing dots
/// and spaces, which Windows itself drops from file names.
pub fn file_name_part(path: &str, rules: PathRules) -> &str {
    let after_drive = match rules {
        PathRules::Windows if path_kind(path, rules) == PathKind::DriveRelative => path
            .strip_prefix(|c: char| c.is_ascii_alphabetic())
            .and_then(|p| p.strip_prefix(':'))
            .unwrap_or(path),
        _ => path,
    };
    let name = after_drive
        .rsplit(|c| rules.is_separator(c))
        .next()
        .unwrap_or(after_drive);
    match rules {
        PathRules::Windows => name.trim_end_matches(['.', ' ']),
        PathRules::Unix => name,
    }
}

/// True when the file name of `path` has an extension (`plan.json`, `plan.v2`), by the same
/// rule as [`Path::extension`]: a dot that does not start the name.
pub fn has_extension(path: &str, rules: PathRules) -> bool {
    file_name_part(path, rules)
        .char_indices()
        .any(|(at, c)| c == '.' && at > 0)
}

/// A typed path for opening a plan: cleaned, and a relative path taken from `base` (the plans
/// folder) rather than from wherever the app happened to be started.
pub fn typed_open_path(text: &str, base: &Path) -> Option<PathBuf> {
    resolve(clean_typed_path(text)?, base, PathRules::NATIVE)
}

/// A typed path for saving a plan: as [`typed_open_path`], plus `.json` when the name has no
/// extension.
pub fn typed_save_path(text: &str, base: &Path) -> Option<PathBuf> {
    typed_open_path(text, base).map(super::with_json_extension)
}

fn resolve(text: &str, base: &Path, rules: PathRules) -> Option<PathBuf> {
    if file_name_part(text, rules).is_empty() {
        return None; // a folder, not a file
    }
    Some(match path_kind(text, rules) {
        PathKind::Relative => base.join(text),
        PathKind::Absolute | PathKind::DriveRelative => PathBuf::from(text),
    })
}

#[cfg(test)]
#[path = "path_rules_tests.rs"]
mod tests;
