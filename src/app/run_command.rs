//! Applying commands and dialog answers: the one place where the app's state changes
//! in response to the user's requests.

use std::path::{Path, PathBuf};

use super::PlannerApp;
use crate::command::Command;
use crate::document::Document;
use crate::i18n::tr;
use crate::io::plan_file::PlanFileError;
use crate::model::wizard::{Step, can_advance};
use crate::ui::modals::{Modal, ModalAction, Pending};

/// What a save may replace, as the user agreed.
#[derive(Clone, Copy, Debug)]
enum Replace {
    /// Only the file as it was read (the usual save).
    Unchanged,
    /// Also a file someone else changed since it was read.
    Changed,
    /// Also a read-only file (and a changed one).
    ReadOnly,
}

impl PlannerApp {
    /// Applies one command.
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.guard_unsaved(ctx, Pending::New),
            Command::Open => self.guard_unsaved(ctx, Pending::OpenDialog),
            Command::BrowseOpen => self.guard_unsaved(ctx, Pending::BrowseOpen),
            Command::OpenPath(path) | Command::OpenRecent(path) => {
                self.guard_unsaved(ctx, Pending::OpenPath(path));
            }
            Command::Close => self.guard_unsaved(ctx, Pending::Close),
            Command::Quit => self.guard_unsaved(ctx, Pending::Quit),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.ask_save_path(None),
            Command::SaveTo(path) => self.save_to(ctx, &path, None),
            Command::Export => self.open_export_dialog(),
            Command::Undo => {
                if let Some(state) = self.undoer.undo(&self.doc.plan) {
                    self.doc.plan = state.clone();
                }
            }
            Command::Redo => {
                if let Some(state) = self.undoer.redo(&self.doc.plan) {
                    self.doc.plan = state.clone();
                }
            }
            Command::ClearRecent => self.prefs.recent.clear(),
            Command::ZoomIn => self.change_look(ctx, |look| look.zoom = look.zoomed(1.0)),
            Command::ZoomOut => self.change_look(ctx, |look| look.zoom = look.zoomed(-1.0)),
            Command::ZoomReset => self.change_look(ctx, |look| look.zoom = 1.0),
            Command::SetTheme(choice) => self.change_look(ctx, |look| look.theme = choice),
            Command::ToggleHighContrast => {
                self.change_look(ctx, |look| look.high_contrast = !look.high_contrast);
            }
            Command::ToggleGlossary => self.prefs.show_glossary = !self.prefs.show_glossary,
            Command::Next => {
                if can_advance(self.step, &self.doc.plan)
                    && let Some(next) = self.step.next()
                {
                    self.go_to(next);
                }
            }
            Command::Back => {
                if let Some(prev) = self.step.prev() {
                    self.go_to(prev);
                }
            }
            Command::GoTo(step) => self.go_to(step),
            Command::SetLang(lang) => self.prefs.lang = lang,
            Command::ChooseModel(_) | Command::SetKind(_) => self.request_template_change(command),
            Command::ImportModel => self.import_model(),
            Command::ShowChecklistItem(id) => {
                self.checklist_view.show_item(&id);
                self.go_to(Step::Checklist);
            }
        }
    }

    /// Applies the answer given in a dialog.
    pub(super) fn apply_modal_action(&mut self, ctx: &egui::Context, action: ModalAction) {
        match action {
            ModalAction::Close => self.modal = None,
            ModalAction::SaveThen(then) => {
                self.modal = None;
                self.save(ctx, Some(then));
            }
            ModalAction::Discard(then) => {
                self.modal = None;
                self.autosave.store.remove(self.doc.path());
                self.run_pending(ctx, then);
            }
            ModalAction::BrowseSave => self.browse_save(),
            ModalAction::SaveTo(path, then) => self.save_to(ctx, &path, then),
            ModalAction::Overwrite(path, then) => {
                self.write_plan(ctx, &path, then, Replace::Changed);
            }
            ModalAction::ReplaceReadOnly(path, then) => {
                self.write_plan(ctx, &path, then, Replace::ReadOnly);
            }
            ModalAction::Confirm(command) => {
                self.modal = None;
                self.apply_template_change(*command);
            }
            ModalAction::SaveAsInstead(then) => self.ask_save_path(then),
            ModalAction::BrowseOpen => self.browse_open(),
            ModalAction::OpenPath(path) => {
                self.modal = None;
                self.open_path(&path);
            }
            ModalAction::Restore(found) => {
                self.modal = None;
                let mut plan = found.plan.clone();
                let model = plan
                    .model_id
                    .as_deref()
                    .and_then(|id| self.catalogue.get(id));
                plan.complete_upgrade(found.from_version, model);
                let doc = Document::recovered(plan, found.original.as_deref(), &self.catalogue);
                self.replace_document(doc);
                self.autosave.store.discard(&found);
                self.step = Step::Review;
            }
            ModalAction::DiscardAutosave(found) => {
                self.modal = None;
                self.autosave.store.discard(&found);
            }
            ModalAction::Export(dialog) => self.run_export(&dialog),
            ModalAction::BrowseExport => self.browse_export(),
        }
    }

    /// Asks the native dialog for a plan and opens it; nothing happens when it gives none
    /// (cancelled, or no dialog on this system: the folder list and typed path remain).
    fn browse_open(&mut self) {
        let dir = &self.services.plans_dir;
        if let Some(path) = self.services.dialogs.pick_plan_to_open(dir) {
            self.modal = None;
            self.open_path(&path);
        }
    }

    fn change_look(
        &mut self,
        ctx: &egui::Context,
        change: impl FnOnce(&mut crate::ui::theme::Look),
    ) {
        change(&mut self.prefs.look);
        crate::ui::theme::apply(ctx, self.prefs.look);
    }

    fn browse_save(&mut self) {
        let suggested = crate::io::dirs::suggested_file_name(&self.doc.plan.name);
        let picked = self
            .services
            .dialogs
            .pick_plan_to_save(&self.services.plans_dir, &suggested);
        if let (Some(path), Some(Modal::SaveAs { path_text, .. })) = (picked, &mut self.modal) {
            *path_text = path.display().to_string();
        }
    }

    fn go_to(&mut self, step: Step) {
        if step == Step::Start {
            self.refresh_found_plans();
        }
        self.step = step;
    }

    /// Runs `pending` now, or first asks what to do with unsaved changes.
    fn guard_unsaved(&mut self, ctx: &egui::Context, pending: Pending) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(pending));
        } else {
            self.run_pending(ctx, pending);
        }
    }

    fn run_pending(&mut self, ctx: &egui::Context, pending: Pending) {
        match pending {
            Pending::New => {
                self.replace_document(Document::new(self.services.clock.now()));
                self.step = Step::Profile;
            }
            Pending::OpenDialog => {
                self.refresh_found_plans();
                self.modal = Some(Modal::Open {
                    path_text: String::new(),
                });
            }
            Pending::OpenPath(path) => self.open_path(&path),
            Pending::BrowseOpen => self.browse_open(),
            Pending::Close => {
                self.replace_document(Document::new(self.services.clock.now()));
                self.go_to(Step::Start);
            }
            Pending::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn save(&mut self, ctx: &egui::Context, then: Option<Pending>) {
        match self.doc.path().map(Path::to_path_buf) {
            Some(path) => self.save_to(ctx, &path, then),
            None => self.ask_save_path(then),
        }
    }

    fn ask_save_path(&mut self, then: Option<Pending>) {
        let path_text = self
            .doc
            .path()
            .map_or_else(|| self.default_save_path(), Path::to_path_buf)
            .display()
            .to_string();
        self.modal = Some(Modal::SaveAs { path_text, then });
    }

    /// Saves to `path`, first asking if the plan's own file was changed by someone else.
    fn save_to(&mut self, ctx: &egui::Context, path: &Path, then: Option<Pending>) {
        let path = crate::io::dialogs::with_json_extension(PathBuf::from(path));
        if self.doc.path() == Some(path.as_path()) && self.doc.changed_on_disk() {
            self.modal = Some(Modal::DiskChanged { path, then });
            return;
        }
        self.write_plan(ctx, &path, then, Replace::Unchanged);
    }

    fn write_plan(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        then: Option<Pending>,
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
                self.autosave.reset(&self.doc.plan);
                self.prefs.remember(path);
                self.refresh_found_plans();
                if let Some(then) = then {
                    self.run_pending(ctx, then);
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

    fn open_path(&mut self, path: &Path) {
        let s = tr(self.prefs.lang);
        match Document::open(path, &self.catalogue) {
            Ok(doc) => {
                log::info!("Opened the plan {path:?}");
                self.replace_document(doc);
                self.step = Step::Review;
                self.prefs.remember(path);
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

    /// Turns a window close request into the unsaved-changes question when needed.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Pending::Quit));
        } else {
            // A clean close never leaves a recovery offer behind.
            self.autosave.store.remove(self.doc.path());
            self.allow_close = true;
        }
    }

    /// Chooses model `id`; decisions on elements the new model shares are kept, and a
    /// warning names the ones that went.
    pub(super) fn choose_model(&mut self, id: &str) {
        let Some(model) = self.catalogue.get(id) else {
            return;
        };
        let old = self.doc.plan.model_id.clone();
        self.doc.plan.choose_model(model);
        let lost = self.doc.plan.franchise.retain_for(model);
        // A choice is a single step: undo should take it back as a whole.
        self.undoer.add_undo(&self.doc.plan);
        if lost.is_empty() {
            return;
        }
        let lang = self.prefs.lang;
        let old = old.as_deref().and_then(|id| self.catalogue.get(id));
        let names: Vec<&str> = lost
            .iter()
            .map(|id| {
                old.and_then(|m| m.elements.iter().find(|e| &e.id == id))
                    .map_or(id.as_str(), |e| e.name.get(lang))
            })
            .collect();
        let t = crate::i18n::planning::franchise::texts(lang);
        self.toasts
            .warning((t.decisions_dropped)(&names.join("; ")));
    }
}
