//! Applying commands and dialog answers: the one place where the app's state changes
//! in response to the user's requests.

use std::path::{Path, PathBuf};

use super::PlannerApp;
use crate::command::Command;
use crate::document::Document;
use crate::i18n::{file_error_reason, tr};
use crate::model::wizard::{Step, can_advance};
use crate::ui::modals::{Modal, ModalAction, Pending};

impl PlannerApp {
    /// Applies one command.
    pub(super) fn run_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::New => self.guard_unsaved(ctx, Pending::New),
            Command::Open => self.guard_unsaved(ctx, Pending::OpenDialog),
            Command::OpenPath(path) => self.guard_unsaved(ctx, Pending::OpenPath(path)),
            Command::Quit => self.guard_unsaved(ctx, Pending::Quit),
            Command::Save => self.save(ctx, None),
            Command::SaveAs => self.ask_save_path(None),
            Command::SaveTo(path) => self.save_to(ctx, &path, None),
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
            Command::ChooseModel(id) => {
                if let Some(model) = self.catalogue.get(&id) {
                    self.doc.plan.choose_model(model);
                }
            }
            Command::SetKind(kind) => {
                let model = self
                    .doc
                    .plan
                    .model_id
                    .as_deref()
                    .and_then(|id| self.catalogue.get(id));
                self.doc.plan.set_kind(kind, model);
            }
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
                self.run_pending(ctx, then);
            }
            ModalAction::BrowseSave => {
                let suggested = crate::io::dirs::suggested_file_name(&self.doc.plan.name);
                let picked = self
                    .services
                    .dialogs
                    .pick_plan_to_save(&self.services.plans_dir, &suggested);
                if let (Some(path), Some(Modal::SaveAs { path_text, .. })) =
                    (picked, &mut self.modal)
                {
                    *path_text = path.display().to_string();
                }
            }
            ModalAction::SaveTo(path, then) => self.save_to(ctx, &path, then),
            ModalAction::BrowseOpen => {
                if let Some(path) = self
                    .services
                    .dialogs
                    .pick_plan_to_open(&self.services.plans_dir)
                {
                    self.modal = None;
                    self.open_path(&path);
                }
            }
            ModalAction::OpenPath(path) => {
                self.modal = None;
                self.open_path(&path);
            }
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
                self.doc = Document::new(self.services.clock.now());
                self.step = Step::Profile;
            }
            Pending::OpenDialog => {
                self.refresh_found_plans();
                self.modal = Some(Modal::Open {
                    path_text: String::new(),
                });
            }
            Pending::OpenPath(path) => self.open_path(&path),
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

    fn save_to(&mut self, ctx: &egui::Context, path: &Path, then: Option<Pending>) {
        let s = tr(self.prefs.lang);
        let path = crate::io::dialogs::with_json_extension(PathBuf::from(path));
        match self.doc.save_to(&path, self.services.clock.now()) {
            Ok(()) => {
                log::info!("Saved the plan to {path:?}");
                self.modal = None;
                self.toasts.info((s.saved)(&path.display().to_string()));
                self.refresh_found_plans();
                if let Some(then) = then {
                    self.run_pending(ctx, then);
                }
            }
            Err(err) => {
                log::error!("Saving the plan to {path:?} failed: {err}");
                let reason = file_error_reason(s, &err);
                self.modal = Some(Modal::Error((s.save_failed)(
                    &reason,
                    &path.display().to_string(),
                )));
            }
        }
    }

    fn open_path(&mut self, path: &Path) {
        let s = tr(self.prefs.lang);
        match Document::open(path) {
            Ok(doc) => {
                log::info!("Opened the plan {path:?}");
                self.doc = doc;
                self.step = Step::Review;
                self.toasts.info((s.opened)(&path.display().to_string()));
                if let Some(id) = self.doc.plan.model_id.as_deref()
                    && self.catalogue.get(id).is_none()
                {
                    self.toasts.warning((s.unknown_model)(id));
                }
            }
            Err(err) => {
                log::error!("Opening the plan {path:?} failed: {err}");
                let reason = file_error_reason(s, &err);
                self.modal = Some(Modal::Error((s.open_failed)(
                    &reason,
                    &path.display().to_string(),
                )));
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
        }
    }
}
