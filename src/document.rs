//! The open plan, its file and whether it has unsaved changes.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::io::plan_file::{PlanFileError, load_plan, save_plan};
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
}

impl Document {
    /// A fresh, unsaved plan.
    pub fn new(now: DateTime<Utc>) -> Self {
        let plan = Plan::new("", now);
        Self {
            baseline: plan.clone(),
            plan,
            path: None,
        }
    }

    /// Opens the plan at `path`.
    pub fn open(path: &Path) -> Result<Self, PlanFileError> {
        let plan = load_plan(path)?;
        Ok(Self {
            baseline: plan.clone(),
            plan,
            path: Some(path.to_path_buf()),
        })
    }

    /// The file the plan belongs to, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// True when the plan differs from what was last opened or saved.
    pub fn is_dirty(&self) -> bool {
        self.plan != self.baseline
    }

    /// Saves the plan to `path` atomically and makes it the plan's file. On failure the plan,
    /// its file and its unsaved state are left as they were.
    pub fn save_to(&mut self, path: &Path, now: DateTime<Utc>) -> Result<(), PlanFileError> {
        let mut to_save = self.plan.clone();
        to_save.modified = now;
        if let Some(parent) = path.parent()
            && !parent.as_os_str().is_empty()
        {
            std::fs::create_dir_all(parent)?;
        }
        save_plan(path, &to_save)?;
        self.plan = to_save;
        self.baseline = self.plan.clone();
        self.path = Some(path.to_path_buf());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::Document;

    #[test]
    fn edits_make_the_document_dirty_and_saving_cleans_it() {
        let t0 = chrono::Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, 0).unwrap();
        let t1 = chrono::Utc.with_ymd_and_hms(2026, 11, 2, 8, 0, 0).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("plan.json");
        let mut doc = Document::new(t0);
        assert!(!doc.is_dirty());
        doc.plan.name = "Żłobek".to_owned();
        assert!(doc.is_dirty());
        doc.save_to(&path, t1).unwrap();
        assert!(!doc.is_dirty());
        assert_eq!(doc.plan.modified, t1);
        assert_eq!(doc.path(), Some(path.as_path()));
        let reopened = Document::open(&path).unwrap();
        assert_eq!(reopened.plan, doc.plan);
    }

    #[test]
    fn failed_save_keeps_unsaved_state() {
        let t0 = chrono::Utc.with_ymd_and_hms(2026, 11, 1, 8, 0, 0).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let mut doc = Document::new(t0);
        doc.plan.name = "Plan".to_owned();
        assert!(doc.save_to(dir.path(), t0).is_err());
        assert!(doc.is_dirty());
        assert_eq!(doc.path(), None);
    }
}
