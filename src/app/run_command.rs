//! Applying commands: the one place where the app's state changes in response to the user's
//! requests, from menus, keys, steps and dialogs alike, once the frame is drawn.

use super::PlannerApp;
use crate::command::Command;
use crate::dialogs::Modal;
use crate::document::Document;
use crate::model::wizard::{Step, can_advance};
use crate::prefs::Look;

impl PlannerApp {
    /// Applies one command.
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New
            | Command::Open
            | Command::BrowseOpen
            | Command::OpenPath(_)
            | Command::Close
            | Command::Quit => self.guard_unsaved(ctx, command),
            Command::OpenRecent(path) => self.guard_unsaved(ctx, Command::OpenPath(path)),
            Command::Proceed(command) => self.proceed(ctx, *command),
            Command::Save => self.save_plan(ctx, None),
            Command::SaveAs => self.ask_save_path(None),
            Command::Export => self.open_export_dialog(),
            Command::Undo => {
                if let Some(state) = self.history.undo(self.doc.plan()) {
                    self.doc.replace_plan(state.clone());
                }
            }
            Command::Redo => {
                if let Some(state) = self.history.redo(self.doc.plan()) {
                    self.doc.replace_plan(state.clone());
                }
            }
            Command::ClearRecent => {
                self.prefs.clear_recent();
                self.refresh_recent();
            }
            Command::ForgetRecent(path) => {
                self.prefs.forget(&path);
                self.refresh_recent();
            }
            Command::ZoomIn => self.change_look(ctx, |look| look.zoom = look.zoomed(1.0)),
            Command::ZoomOut => self.change_look(ctx, |look| look.zoom = look.zoomed(-1.0)),
            Command::ZoomReset => self.change_look(ctx, |look| look.zoom = 1.0),
            Command::SetTheme(choice) => self.change_look(ctx, |look| look.theme = choice),
            Command::ToggleHighContrast => {
                self.change_look(ctx, |look| look.high_contrast = !look.high_contrast);
            }
            Command::ToggleGlossary => self.prefs.show_glossary = !self.prefs.show_glossary,
            Command::Next => {
                if can_advance(self.step, self.doc.plan())
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
            Command::ShowChecklistFiltered(id, filter) => {
                self.checklist_view.show_item(&id);
                self.checklist_view.filter = filter;
                self.go_to(Step::Checklist);
            }
            Command::CloseDialog
            | Command::SaveThen(_)
            | Command::Discard(_)
            | Command::BrowseSave
            | Command::SaveTo(..)
            | Command::Overwrite(..)
            | Command::ReplaceReadOnly(..)
            | Command::SaveAsInstead(_)
            | Command::RestoreAutosave(_)
            | Command::DiscardAutosave(_)
            | Command::ExportTo(_)
            | Command::BrowseExport
            | Command::ConfirmChange(_) => self.answer_dialog(ctx, command),
        }
    }

    /// Applies the answer given in a dialog.
    fn answer_dialog(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::CloseDialog => self.modal = None,
            Command::SaveThen(then) => {
                self.modal = None;
                self.save_plan(ctx, Some(then));
            }
            Command::Discard(then) => {
                self.modal = None;
                self.autosave.store.remove(self.doc.path());
                self.proceed(ctx, *then);
            }
            Command::BrowseSave => self.browse_save(),
            Command::SaveTo(path, then) => self.save_to(ctx, &path, then),
            Command::Overwrite(path, then) => {
                self.write_plan(ctx, &path, then, super::plan_files::Replace::Changed);
            }
            Command::ReplaceReadOnly(path, then) => {
                self.write_plan(ctx, &path, then, super::plan_files::Replace::ReadOnly);
            }
            Command::ConfirmChange(command) => {
                self.modal = None;
                self.apply_template_change(*command);
            }
            Command::SaveAsInstead(then) => self.ask_save_path(then),
            Command::RestoreAutosave(found) => {
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
            Command::DiscardAutosave(found) => {
                self.modal = None;
                self.autosave.store.discard(&found);
            }
            Command::ExportTo(request) => self.run_export(&request),
            Command::BrowseExport => self.browse_export(),
            // `run_command` sends only the answers above here.
            _ => {}
        }
    }

    fn change_look(&mut self, ctx: &egui::Context, change: impl FnOnce(&mut Look)) {
        change(&mut self.prefs.look);
        crate::ui::theme::apply(ctx, self.prefs.look);
    }

    fn go_to(&mut self, step: Step) {
        if step == Step::Start {
            self.refresh_found_plans();
        } else if let Some(path) = self.doc.path() {
            self.prefs.remember_step(path, step);
        }
        if step == Step::Budget {
            self.prefill_jobs();
        }
        self.step = step;
    }

    /// The budget's jobs start as the team step's employees, until the user gives a number
    /// of their own (a number already there is never replaced).
    fn prefill_jobs(&mut self) {
        let employees = self.doc.plan().membership.employees.total();
        if self.doc.plan().budget.jobs == 0 && employees > 0 {
            self.doc.plan_mut().budget.jobs = employees;
        }
    }

    /// Runs `command` now, or first asks what to do with unsaved changes (the command is
    /// kept in the dialog until the user answers).
    fn guard_unsaved(&mut self, ctx: &egui::Context, command: Command) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(command));
        } else {
            self.proceed(ctx, command);
        }
    }

    /// Runs a command that may drop unsaved changes, without asking (again).
    pub(super) fn proceed(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => {
                self.replace_document(Document::new(self.services.clock.now()));
                self.step = Step::Profile;
            }
            Command::Open => {
                self.refresh_found_plans();
                self.modal = Some(Modal::Open {
                    path_text: String::new(),
                });
            }
            Command::OpenPath(path) | Command::OpenRecent(path) => {
                self.modal = None;
                self.open_path(&path);
            }
            Command::BrowseOpen => self.browse_open(),
            Command::Close => {
                self.replace_document(Document::new(self.services.clock.now()));
                self.go_to(Step::Start);
            }
            Command::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            other => self.run_command(ctx, other),
        }
    }

    /// Turns a window close request into the unsaved-changes question when needed.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allow_close {
            return;
        }
        if self.doc.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Command::Quit));
        } else {
            // A clean close never leaves a recovery offer behind.
            self.autosave.store.remove(self.doc.path());
            self.allow_close = true;
        }
    }
}
