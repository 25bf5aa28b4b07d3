//! Crash recovery: the plan being edited is written to an autosave file in the app's data
//! folder a few seconds after the last edit, and offered back on the next start if it is
//! newer than the plan's own file.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::plan_file::{
    MAX_PLAN_BYTES, PlanFileError, fingerprint, parse_plan_versioned, plan_to_json, read_bounded,
};
use super::save::write_atomically;
use crate::model::plan::Plan;

/// The `format` marker of autosave files.
const AUTOSAVE_FORMAT: &str = "social-franchise-autosave";

/// What an autosave file holds: the plan and where it belongs.
#[derive(Debug, Serialize, Deserialize)]
struct Record {
    format: String,
    /// The plan's own file, if it had one.
    original: Option<PathBuf>,
    /// When the autosave was written.
    saved_at: DateTime<Utc>,
    /// The plan, exactly as a plan file would hold it.
    plan: serde_json::Value,
}

/// An autosave worth offering back to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recoverable {
    /// The autosave file.
    pub autosave: PathBuf,
    /// The plan's own file, if it had one.
    pub original: Option<PathBuf>,
    /// When the autosave was written.
    pub saved_at: DateTime<Utc>,
    /// The plan it holds (migrated; [`crate::document::Document::recovered`] completes the
    /// upgrade with the catalogue, like the loader).
    pub plan: Plan,
    /// The schema version the autosave was written with.
    pub from_version: u32,
}

/// The folder holding autosave files.
#[derive(Clone, Debug)]
pub struct AutosaveStore {
    dir: PathBuf,
}

impl AutosaveStore {
    /// A store in `dir` (created on first write).
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The autosave file for a plan whose own file is `original` (or none yet).
    pub fn slot(&self, original: Option<&Path>) -> PathBuf {
        let name = match original {
            Some(path) => format!(
                "plan-{:016x}.json",
                fingerprint(path.as_os_str().as_encoded_bytes())
            ),
            None => "unsaved.json".to_owned(),
        };
        self.dir.join(name)
    }

    /// Writes the autosave of `plan`.
    pub fn write(
        &self,
        original: Option<&Path>,
        plan: &Plan,
        now: DateTime<Utc>,
    ) -> Result<(), PlanFileError> {
        std::fs::create_dir_all(&self.dir)?;
        let plan_json: serde_json::Value = serde_json::from_str(&plan_to_json(plan)?)
            .map_err(|err| PlanFileError::Invalid(err.to_string()))?;
        let record = Record {
            format: AUTOSAVE_FORMAT.to_owned(),
            original: original.map(Path::to_path_buf),
            saved_at: now,
            plan: plan_json,
        };
        let json = serde_json::to_vec_pretty(&record)
            .map_err(|err| PlanFileError::Invalid(err.to_string()))?;
        write_atomically(&self.slot(original), &json)
    }

    /// Deletes the autosave of the plan whose own file is `original`, if any.
    pub fn remove(&self, original: Option<&Path>) {
        let slot = self.slot(original);
        if slot.exists()
            && let Err(err) = std::fs::remove_file(&slot)
        {
            log::warn!("Could not delete the autosave {slot:?}: {err}");
        }
    }

    /// Deletes one autosave file.
    pub fn discard(&self, recoverable: &Recoverable) {
        if let Err(err) = std::fs::remove_file(&recoverable.autosave) {
            log::warn!(
                "Could not delete the autosave {:?}: {err}",
                recoverable.autosave
            );
        }
    }

    /// Autosaves newer than their plan's file (or of plans never saved), newest first.
    /// Stale, unreadable or foreign files in the folder are left alone and not offered.
    pub fn recoverable(&self) -> Vec<Recoverable> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<Recoverable> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .filter_map(|path| read_record(&path).ok())
            .filter(is_newer_than_original)
            .collect();
        found.sort_by_key(|f| std::cmp::Reverse(f.saved_at));
        found
    }
}

fn read_record(path: &Path) -> Result<Recoverable, PlanFileError> {
    let bytes = read_bounded(path, MAX_PLAN_BYTES)?;
    let record: Record =
        serde_json::from_slice(&bytes).map_err(|err| PlanFileError::NotJson(err.to_string()))?;
    if record.format != AUTOSAVE_FORMAT {
        return Err(PlanFileError::WrongFormat);
    }
    let plan_bytes =
        serde_json::to_vec(&record.plan).map_err(|err| PlanFileError::Invalid(err.to_string()))?;
    let (plan, from_version) = parse_plan_versioned(&plan_bytes)?;
    Ok(Recoverable {
        autosave: path.to_path_buf(),
        original: record.original,
        saved_at: record.saved_at,
        plan,
        from_version,
    })
}

fn is_newer_than_original(found: &Recoverable) -> bool {
    let Some(original) = &found.original else {
        return true;
    };
    let Ok(modified) = std::fs::metadata(original).and_then(|m| m.modified()) else {
        // The plan's file is gone: the autosave is all that is left.
        return true;
    };
    DateTime::<Utc>::from(modified) < found.saved_at
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::AutosaveStore;
    use crate::model::plan::Plan;

    fn plan(name: &str) -> Plan {
        Plan::new(
            name,
            chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        )
    }

    #[test]
    fn unsaved_plan_is_recoverable_until_removed() {
        let dir = tempfile::tempdir().unwrap();
        let store = AutosaveStore::new(dir.path().join("autosave"));
        assert!(store.recoverable().is_empty());
        store
            .write(None, &plan("Łódź"), chrono::Utc::now())
            .unwrap();
        let found = store.recoverable();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].plan.name, "Łódź");
        assert_eq!(found[0].original, None);
        store.remove(None);
        assert!(store.recoverable().is_empty());
    }

    #[test]
    fn autosave_older_than_the_plan_file_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let store = AutosaveStore::new(dir.path().join("autosave"));
        let original = dir.path().join("plan.json");
        std::fs::write(&original, "{}").unwrap();
        let long_ago = chrono::Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap();
        store
            .write(Some(&original), &plan("stary"), long_ago)
            .unwrap();
        assert!(store.recoverable().is_empty());
        let later = chrono::Utc::now() + chrono::Duration::seconds(60);
        store.write(Some(&original), &plan("nowy"), later).unwrap();
        let found = store.recoverable();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].plan.name, "nowy");
        assert_eq!(found[0].original.as_deref(), Some(original.as_path()));
    }

    #[test]
    fn foreign_files_in_the_folder_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("junk.json"), "not json").unwrap();
        std::fs::write(dir.path().join("other.json"), "{\"format\": \"x\"}").unwrap();
        assert!(
            AutosaveStore::new(dir.path().to_path_buf())
                .recoverable()
                .is_empty()
        );
    }
}
