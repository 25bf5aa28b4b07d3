//! Saving and opening plan files from the window: where to save, replacing a file someone
//! else changed or a read-only one (after the user agreed), and the messages afterwards.

use std::path::{Path, PathBuf};

use super::PlannerApp;
use crate::command::Command;
use crate::dialogs::{Modal, SaveAsDialog};
use crate::document::Document;
use crate::i18n::tr;
use crate::io::plan_file::PlanFileError;
use crate::model::wizard::Step;
use crate::prefs::PlanMemory;

/// What a save may replace, as the user agreed.
#[derive(Clone, Copy, Debug)]
pub(super) enum Replace {
    /// Only the file as it was read (the usual save).
    Unchanged,
    /// Also a file someone else changed since it was read.
    Changed,
    /// Also a read-only file (and a changed one).
    ReadOnly,
}

impl PlannerApp {
    /// Asks the native dialog for a plan and opens it. When it gives none because the system
    /// has no dialog, the window's own list and path field say so (and the Open dialog
    /// shows them when they are not on screen).
    pub(super) fn browse_open(&mut self) {
        let dir = &self.services.plans_dir;
        if let Some(path) = self.services.dialogs.pick_plan_to_open(dir) {
            self.modal = None;
            self.open_path(&path);
        } else if !self.services.dialogs.available() {
            self.file_dialog_missing = true;
            if self.modal.is_none() && self.step != Step::Start {
                self.refresh_found_plans();
                self.modal = Some(Modal::Open {
                    path_text: String::new(),
                });
            }
        }
    }

    /// Asks the native dialog where to save and puts the answer in the Save As dialog.
    pub(super) fn browse_save(&mut self) {
        let suggested = crate::io::dirs::suggested_file_name(&self.doc.plan().name);
        let picked = self
            .services
            .dialogs
            .pick_plan_to_save(&self.services.plans_dir, &suggested);
        if let (Some(path), Some(Modal::SaveAs(dialog))) = (&picked, &mut self.modal) {
            dialog.path_text = path.display().to_string();
        }
        if picked.is_none() && !self.services.dialogs.available() {
            self.file_dialog_missing = true;
        }
    }

    /// Saves to the plan's file, or asks where when it has none; `then` runs after saving.
    pub(super) fn save_plan(&mut self, ctx: &egui::Context, then: Option<Box<Command>>) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => self.save_to(ctx, &path, then),
            None => self.ask_save_path(then),
        }
    }

    /// Shows the Save As dialog with the plan's file, or a name in the plans folder.
    pub(super) fn ask_save_path(&mut self, then: Option<Box<Command>>) {
        let path_text = self
            .doc
            .path()
            .map_or_else(|| self.default_save_path(), Path::to_path_buf)
            .display()
            .to_string();
        self.modal = Some(Modal::SaveAs(SaveAsDialog::new(path_text, then)));
    }

    /// Saves to `path`, first asking if the plan's own file was changed by someone else.
    pub(super) fn save_to(&mut self, ctx: &egui::Context, path: &Path, then: Option<Box<Command>>) {
        let path = crate::io::dialogs::with_json_extension(PathBuf::from(path));
        if self.doc.path() == Some(path.as_path()) && self.doc.changed_on_disk() {
            self.modal = Some(Modal::DiskChanged { path, then });
            return;
        }
        self.write_plan(ctx, &path, then, Replace::Unchanged);
    }

    /// Writes the plan to `path`; on success runs `then`, on refusal asks, on failure says why.
    pub(super) fn write_plan(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        then: Option<Box<Command>>,
        replace: Replace,
    ) {
        let s = tr(self.prefs.lang);
        let previous = self.doc.path().map(Path::to_path_buf);
        let now = self.services.clock.now();
        let result = match replace {
            Replace::Unchanged => self.doc.save_to(path, now),
            Replace::Changed => self.doc.save_to_with(path, now, true, false),
            Replace::ReadOnly => self.doc.save_to_with(path, now, true, true),
        };
        match result {
            Ok(()) => {
                log::info!("Saved the plan to {path:?}");
                self.modal = None;
                self.toasts.info((s.saved)(&path.display().to_string()));
                self.autosave.store.remove(previous.as_deref());
                self.autosave.store.remove(Some(path));
                self.autosave.reset();
                self.prefs.remember(path);
                let summary = self.plan_summary(Some(self.step));
                self.prefs.remember_plan(path, summary);
                self.refresh_found_plans();
                if let Some(then) = then {
                    self.proceed(ctx, *then);
                }
            }
            Err(PlanFileError::ReadOnly) => {
                let path = path.to_path_buf();
                self.modal = Some(Modal::ReadOnly { path, then });
            }
            Err(PlanFileError::ChangedOnDisk) => {
                let path = path.to_path_buf();
                self.modal = Some(Modal::DiskChanged { path, then });
            }
            Err(err) => {
                log::error!("Saving the plan to {path:?} failed: {err}");
                let reason = err.reason(s.lang);
                let message = (s.save_failed)(&reason, &path.display().to_string());
                self.modal = Some(Modal::Error(message));
            }
        }
    }

    /// What the window remembers about the plan being edited; `step` is kept from before
    /// when `None`.
    fn plan_summary(&self, step: Option<Step>) -> PlanMemory {
        let plan = self.doc.plan();
        PlanMemory {
            name: plan.name.trim().to_owned(),
            place: plan.profile.place.trim().to_owned(),
            model_id: plan.model_id.clone(),
            saved: Some(plan.modified),
            step,
        }
    }

    /// The step a reopened plan lands on: where the user left off, when the wizard's rules
    /// still allow it, else the review.
    fn resume_step(&self, path: &Path) -> Step {
        self.prefs
            .plan_memory(path)
            .and_then(|memory| memory.step)
            .filter(|step| {
                *step != Step::Start && crate::ui::nav::reachable(*step, self.doc.plan())
            })
            .unwrap_or(Step::Review)
    }

    /// Opens the plan at `path` (on failure an error says why and nothing changes).
    pub(super) fn open_path(&mut self, path: &Path) {
        let s = tr(self.prefs.lang);
        match Document::open(path, &self.catalogue) {
            Ok(doc) => {
                log::info!("Opened the plan {path:?}");
                self.replace_document(doc);
                self.prefs.remember(path);
                self.prefs.remember_plan(path, self.plan_summary(None));
                self.step = self.resume_step(path);
                self.refresh_recent();
                self.toasts.info((s.opened)(&path.display().to_string()));
                if let Some(version) = self.doc.upgraded_from() {
                    self.toasts.info((s.upgraded)(version));
                }
                for warning in self.doc.warnings() {
                    let crate::io::loader::LoadWarning::UnknownModel(id) = warning;
                    self.toasts.warning((s.unknown_model)(id));
                }
            }
            Err(err) => {
                log::error!("Opening the plan {path:?} failed: {err}");
                let reason = err.reason(s.lang);
                let message = (s.open_failed)(&reason, &path.display().to_string());
                self.modal = Some(Modal::Error(message));
            }
        }
    }
}
