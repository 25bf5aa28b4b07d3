//! The open plan, its file, whether it has unsaved changes, whether someone else changed
//! its file since it was opened, and what each frame changed. Every way to change the plan
//! goes through [`Document::plan_mut`] or [`Document::replace_plan`], which bump an edit
//! generation; a frame that did not ask for the plan mutably compares nothing.

mod history;

pub use history::History;

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
    /// The plan as edited; changed only through [`Document::plan_mut`] and
    /// [`Document::replace_plan`], so that no edit passes the generation by.
    plan: Plan,
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
    /// The plan as the last frame left it, to tell whether this frame changed it.
    last_seen: Plan,
    /// Whether the plan had unsaved changes at the end of the last frame.
    unsaved: bool,
    /// Bumped whenever the plan may have changed (mutable access, replacement, save).
    generation: u64,
    /// The generation `last_seen` was taken at.
    seen_generation: u64,
}

/// What a frame changed, from [`Document::after_frame`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Changes {
    /// The plan differs from the one the previous frame left.
    pub changed: bool,
    /// The plan has unsaved changes.
    pub unsaved: bool,
}

impl Document {
    /// A fresh, unsaved plan.
    pub fn new(now: DateTime<Utc>) -> Self {
        let plan = Plan::new("", now);
        Self::with_baseline(plan.clone(), plan, None)
    }

    /// A document for `plan` whose saved state is `baseline`, with no file read yet.
    fn with_baseline(plan: Plan, baseline: Plan, path: Option<PathBuf>) -> Self {
        Self {
            last_seen: plan.clone(),
            plan,
            path,
            baseline,
            disk_fingerprint: None,
            upgraded_from: None,
            warnings: Vec::new(),
            unsaved: false,
            generation: 0,
            seen_generation: 0,
        }
    }

    /// Opens the plan at `path` through the one loader (upgrade completed with `catalogue`).
    /// An upgraded plan counts as unsaved until it is saved in the current format.
    pub fn open(path: &Path, catalogue: &Catalogue) -> Result<Self, PlanFileError> {
        let loaded = load(path, catalogue)?;
        let upgraded_from = loaded.upgraded_from();
        let mut doc =
            Self::with_baseline(loaded.plan.clone(), loaded.plan, Some(path.to_path_buf()));
        doc.disk_fingerprint = Some(loaded.fingerprint);
        doc.upgraded_from = upgraded_from;
        doc.warnings = loaded.warnings;
        doc.unsaved = upgraded_from.is_some();
        Ok(doc)
    }

    /// What the loader noticed when the plan was opened (for example an unknown model).
    pub fn warnings(&self) -> &[LoadWarning] {
        &self.warnings
    }

    /// A plan recovered from an autosave: it belongs to `original` (when it had a file) and
    /// counts as unsaved.
    pub fn recovered(plan: Plan, original: Option<&Path>, catalogue: &Catalogue) -> Self {
        if let Some(mut doc) = original.and_then(|path| Self::open(path, catalogue).ok()) {
            doc.replace_plan(plan);
            doc.seen_as_is();
            return doc;
        }
        let mut baseline = plan.clone();
        baseline.name.clear();
        baseline.checklist.clear();
        // The file is gone (or unreadable): saving recreates it where it was.
        let mut doc = Self::with_baseline(plan, baseline, original.map(Path::to_path_buf));
        doc.seen_as_is();
        doc
    }

    /// The plan, for reading.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The plan, for editing: bumps the edit generation, so the end of the frame compares
    /// the plan with the one the last frame left. Ask for it only where the plan may change.
    pub fn plan_mut(&mut self) -> &mut Plan {
        self.generation = self.generation.wrapping_add(1);
        &mut self.plan
    }

    /// Replaces the plan (undo, redo, a recovered copy), bumping the edit generation.
    pub fn replace_plan(&mut self, plan: Plan) {
        *self.plan_mut() = plan;
    }

    /// Takes the plan as it is now as what the last frame left (no change to report).
    fn seen_as_is(&mut self) {
        self.last_seen = self.plan.clone();
        self.seen_generation = self.generation;
        self.unsaved = self.is_dirty();
    }

    /// Called once at the end of every frame. When the edit generation has not moved since
    /// the last call, nothing could have changed the plan and nothing is compared. Otherwise
    /// the plan is compared with the one the previous frame left and, when it changed, with
    /// the saved one (for the unsaved mark). Undo, autosave and the unsaved mark read the
    /// answer instead of comparing plans themselves.
    pub fn after_frame(&mut self) -> Changes {
        let changed = self.generation != self.seen_generation && self.plan != self.last_seen;
        self.seen_generation = self.generation;
        if changed {
            self.last_seen = self.plan.clone();
            self.unsaved = self.is_dirty();
        }
        Changes {
            changed,
            unsaved: self.unsaved,
        }
    }

    /// Whether the plan had unsaved changes at the end of the last frame (or when it was
    /// opened or saved): for drawing the unsaved mark without comparing plans. Decisions
    /// use [`Document::is_dirty`].
    pub fn unsaved_mark(&self) -> bool {
        self.unsaved
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
        self.replace_plan(to_save);
        self.baseline = self.plan.clone();
        self.path = Some(path.to_path_buf());
        self.disk_fingerprint = Some(written);
        self.upgraded_from = None;
        // The saved plan carries a new time stamp, which the next frame sees as a change
        // (as before: the undo history takes it as a step).
        self.unsaved = false;
        Ok(())
    }

    /// Re-reads the plan's file, for checks that the file holds what was saved.
    pub fn reload_from_disk(&self) -> Option<Result<Plan, PlanFileError>> {
        self.path.as_deref().map(load_plan)
    }
}

#[cfg(test)]
mod tests;
