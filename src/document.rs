//! The open plan, its file, whether it has unsaved changes, and whether someone else changed
//! its file since it was opened.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::io::loader::{LoadWarning, load};
use crate::io::plan_file::{
    MAX_PLAN_BYTES, PlanFileError, content_fingerprint, load_plan, read_bounded,
};
use crate::io::save::{SaveOptions, save_plan_with_options};
use crate::model::catalogue::Catalogue;
use crate::model::plan::Plan;

/// The plan being edited, with the file it belongs to.
#[derive(Clone, Debug)]
pub struct Document {
    /// The plan as edited.
    pub plan: Plan,
    /// The file the plan was opened from or last saved to.
    path: Option<PathBuf>,
    /// The plan as it was last opened or saved, to tell whether there are unsaved changes.
    baseline: Plan,
    /// Fingerprint of the file's bytes when last read or written by us.
    disk_fingerprint: Option<u64>,
    /// The schema version the file had when opened, if older than the current one.
    upgraded_from: Option<u32>,
    /// What the loader noticed when the plan was opened.
    warnings: Vec<LoadWarning>,
}

impl Document {
    /// A fresh, unsaved plan.
    pub fn new(now: DateTime<Utc>) -> Self {
        let plan = Plan::new("", now);
        Self {
            baseline: plan.clone(),
            plan,
            path: None,
            disk_fingerprint: None,
            upgraded_from: None,
            warnings: Vec::new(),
        }
    }

    /// Opens the plan at `path` through the one loader (upgrade completed with `catalogue`).
    /// An upgraded plan counts as unsaved until it is saved in the current format.
    pub fn open(path: &Path, catalogue: &Catalogue) -> Result<Self, PlanFileError> {
        let loaded = load(path, catalogue)?;
        let upgraded_from = loaded.upgraded_from();
        Ok(Self {
            baseline: loaded.plan.clone(),
            plan: loaded.plan,
            path: Some(path.to_path_buf()),
            disk_fingerprint: Some(loaded.fingerprint),
            upgraded_from,
            warnings: loaded.warnings,
        })
    }

    /// What the loader noticed when the plan was opened (for example an unknown model).
    pub fn warnings(&self) -> &[LoadWarning] {
        &self.warnings
    }

    /// A plan recovered from an autosave: it belongs to `original` (when it had a file) and
    /// counts as unsaved.
    pub fn recovered(plan: Plan, original: Option<&Path>, catalogue: &Catalogue) -> Self {
        if let Some(mut doc) = original.and_then(|path| Self::open(path, catalogue).ok()) {
            doc.plan = plan;
            return doc;
        }
        let mut baseline = plan.clone();
        baseline.name.clear();
        baseline.checklist.clear();
        Self {
            plan,
            // The file is gone (or unreadable): saving recreates it where it was.
            path: original.map(Path::to_path_buf),
            baseline,
            disk_fingerprint: None,
            upgraded_from: None,
            warnings: Vec::new(),
        }
    }

    /// The file the plan belongs to, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The older schema version the file was upgraded from when opened, if any.
    pub fn upgraded_from(&self) -> Option<u32> {
        self.upgraded_from
    }

    /// True when the plan differs from what was last opened or saved.
    pub fn is_dirty(&self) -> bool {
        self.upgraded_from.is_some() || self.plan != self.baseline
    }

    /// True when the plan's file now holds something other than what we last read or wrote
    /// (for example, a colleague saved it on a shared drive). A missing file is not a change.
    pub fn changed_on_disk(&self) -> bool {
        let (Some(path), Some(known)) = (&self.path, self.disk_fingerprint) else {
            return false;
        };
        match read_bounded(path, MAX_PLAN_BYTES) {
            Ok(bytes) => content_fingerprint(&bytes) != known,
            Err(PlanFileError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => false,
            Err(_) => true,
        }
    }

    /// Saves the plan to `path` atomically (keeping the previous version as a backup) and
    /// makes it the plan's file. On failure the plan, its file and its unsaved state are left
    /// as they were. A read-only file is refused ([`PlanFileError::ReadOnly`]); see
    /// [`Document::save_to_with`].
    pub fn save_to(&mut self, path: &Path, now: DateTime<Utc>) -> Result<(), PlanFileError> {
        self.save_to_with(path, now, false, false)
    }

    /// Like [`Document::save_to`]. Saving over the plan's own file is refused when someone
    /// else changed it since it was read ([`PlanFileError::ChangedOnDisk`]) unless
    /// `replace_changed`; `force` replaces a read-only file too (both after the user agreed).
    pub fn save_to_with(
        &mut self,
        path: &Path,
        now: DateTime<Utc>,
        replace_changed: bool,
        force: bool,
    ) -> Result<(), PlanFileError> {
        let mut to_save = self.plan.clone();
        to_save.modified = now;
        if let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent)?;
        }
        let own_file = self.path.as_deref() == Some(path);
        let options = SaveOptions {
            expected: if own_file && !replace_changed {
                self.disk_fingerprint
            } else {
                None
            },
            force,
        };
        let written = save_plan_with_options(path, &to_save, &options)?;
        self.plan = to_save;
        self.baseline = self.plan.clone();
        self.path = Some(path.to_path_buf());
        self.disk_fingerprint = Some(written);
        self.upgraded_from = None;
        Ok(())
    }

    /// Re-reads the plan's file, for checks that the file holds what was saved.
    pub fn reload_from_disk(&self) -> Option<Result<Plan, PlanFileError>> {
        self.path.as_deref().map(load_plan)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::Document;

    fn t(day: u32) -> chrono::DateTime<chrono::Utc> {
        chrono::Utc
            .with_ymd_and_hms(2026, 11, day, 8, 0, 0)
            .unwrap()
    }

    #[test]
    fn edits_make_the_document_dirty_and_saving_cleans_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("plan.json");
        let mut doc = Document::new(t(1));
        assert!(!doc.is_dirty());
        doc.plan.name = "Żłobek".to_owned();
        assert!(doc.is_dirty());
        doc.save_to(&path, t(2)).unwrap();
        assert!(!doc.is_dirty());
        assert_eq!(doc.plan.modified, t(2));
        assert_eq!(doc.path(), Some(path.as_path()));
        let reopened =
            Document::open(&path, &crate::model::catalogue::Catalogue::built_in()).unwrap();
        assert_eq!(reopened.plan, doc.plan);
        assert_eq!(doc.reload_from_disk().unwrap().unwrap(), doc.plan);
    }

    #[test]
    fn failed_save_keeps_unsaved_state() {
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::new(t(1));
        doc.plan.name = "Plan".to_owned();
        assert!(doc.save_to(dir.path(), t(1)).is_err());
        assert!(doc.is_dirty());
        assert_eq!(doc.path(), None);
    }

    #[test]
    fn saving_again_keeps_a_backup_of_the_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        let mut doc = Document::new(t(1));
        doc.plan.name = "Pierwsza wersja".to_owned();
        doc.save_to(&path, t(1)).unwrap();
        doc.plan.name = "Druga wersja".to_owned();
        doc.save_to(&path, t(2)).unwrap();
        let backup = crate::io::plan_file::backup_path(&path);
        assert!(
            std::fs::read_to_string(backup)
                .unwrap()
                .contains("Pierwsza wersja")
        );
        assert!(
            std::fs::read_to_string(&path)
                .unwrap()
                .contains("Druga wersja")
        );
    }

    #[test]
    fn changes_by_someone_else_are_noticed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        let mut doc = Document::new(t(1));
        doc.plan.name = "Plan".to_owned();
        doc.save_to(&path, t(1)).unwrap();
        assert!(!doc.changed_on_disk());
        let mut other =
            Document::open(&path, &crate::model::catalogue::Catalogue::built_in()).unwrap();
        other.plan.name = "Zmieniony przez kolegę".to_owned();
        other.save_to(&path, t(2)).unwrap();
        assert!(doc.changed_on_disk());
        std::fs::remove_file(&path).unwrap();
        assert!(!doc.changed_on_disk());
    }

    #[test]
    fn recovered_plan_counts_as_unsaved() {
        let mut plan = crate::model::plan::Plan::new("Odzyskany", t(1));
        plan.profile.place = "Kalisz".to_owned();
        let doc = Document::recovered(
            plan.clone(),
            None,
            &crate::model::catalogue::Catalogue::built_in(),
        );
        assert!(doc.is_dirty());
        assert_eq!(doc.plan, plan);
        assert_eq!(doc.path(), None);
    }
}
