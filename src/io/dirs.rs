//! Where plans live by default, and finding the plans already there.

use std::path::{Path, PathBuf};

/// The name of the app's subfolder in the user's documents.
pub const PLANS_SUBFOLDER: &str = "Social Franchise Planner";

/// The default folder for plans: `Documents/Social Franchise Planner`, or the home folder's
/// subfolder when there is no documents folder, or the current folder as a last resort.
pub fn default_plans_dir() -> PathBuf {
    let user_dirs = directories::UserDirs::new();
    let base = user_dirs
        .as_ref()
        .and_then(|dirs| dirs.document_dir().map(Path::to_path_buf))
        .filter(|p| p.is_absolute())
        .or_else(|| {
            user_dirs
                .as_ref()
                .map(|dirs| dirs.home_dir().to_path_buf())
                .filter(|p| p.is_absolute())
        })
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."));
    base.join(PLANS_SUBFOLDER)
}

/// The app's own data folder (autosaves, imported models), e.g.
/// `~/.local/share/social-franchise-planner`; a hidden folder in the plans folder when the
/// system has no home folder.
pub fn app_data_dir() -> PathBuf {
    directories::ProjectDirs::from("pl", "", crate::APP_ID)
        .map(|dirs| dirs.data_dir().to_path_buf())
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| default_plans_dir().join(".data"))
}

/// A plan file found in a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundPlan {
    /// Full path of the file.
    pub path: PathBuf,
    /// The file name, for display.
    pub file_name: String,
}

/// The `.json` files directly in `dir`, sorted by name; empty when the folder is missing.
pub fn list_plans(dir: &Path) -> Vec<FoundPlan> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut plans: Vec<FoundPlan> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "json"))
        .filter_map(|path| {
            let file_name = path.file_name()?.to_string_lossy().into_owned();
            (!file_name.starts_with('.')).then_some(FoundPlan { path, file_name })
        })
        .collect();
    plans.sort_by(|a, b| a.file_name.cmp(&b.file_name));
    plans
}

/// A file name for a plan: its name with characters unsafe in file names replaced.
pub fn suggested_file_name(plan_name: &str) -> String {
    let cleaned: String = plan_name
        .trim()
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim_matches('.').trim();
    if cleaned.is_empty() {
        "plan.json".to_owned()
    } else {
        format!("{cleaned}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::{default_plans_dir, list_plans, suggested_file_name};

    #[test]
    fn default_folder_ends_with_app_subfolder() {
        assert!(default_plans_dir().ends_with(super::PLANS_SUBFOLDER));
    }

    #[test]
    fn lists_only_visible_json_files_sorted() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.json", "a.json", ".hidden.json", "notes.txt"] {
            std::fs::write(dir.path().join(name), "{}").unwrap();
        }
        std::fs::create_dir(dir.path().join("folder.json")).unwrap();
        let names: Vec<_> = list_plans(dir.path())
            .into_iter()
            .map(|p| p.file_name)
            .collect();
        assert_eq!(names, ["a.json", "b.json"]);
        assert!(list_plans(&dir.path().join("missing")).is_empty());
    }

    #[test]
    fn file_names_are_made_safe() {
        assert_eq!(suggested_file_name("Żłobek w Łodzi"), "Żłobek w Łodzi.json");
        assert_eq!(suggested_file_name("a/b:c"), "a_b_c.json");
        assert_eq!(suggested_file_name("  "), "plan.json");
        assert_eq!(suggested_file_name(".."), "plan.json");
    }
}
