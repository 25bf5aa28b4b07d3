//! The root of the window: state, the frame loop and preferences.

mod run_command;

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::command::Command;
use crate::document::Document;
use crate::i18n::{Lang, tr};
use crate::io::dirs::{FoundPlan, list_plans};
use crate::model::catalogue::Catalogue;
use crate::model::plan::Plan;
use crate::model::wizard::Step;
use crate::services::Services;
use crate::ui::modals::Modal;
use crate::ui::step_checklist::ChecklistView;
use crate::ui::toasts::Toasts;
use crate::ui::{modals, nav, theme, top_bar};

/// Preferences remembered between runs (never plan content: plans live in their own files).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The language of the window.
    pub lang: Lang,
}

/// The desktop app.
pub struct PlannerApp {
    prefs: Prefs,
    catalogue: Catalogue,
    services: Services,
    doc: Document,
    step: Step,
    modal: Option<Modal>,
    toasts: Toasts,
    found_plans: Vec<FoundPlan>,
    start_path_text: String,
    checklist_view: ChecklistView,
    allow_close: bool,
    exit_after_first_frame: bool,
    window_title: String,
}

impl PlannerApp {
    /// Builds the app, restoring preferences from eframe's storage when there is one.
    pub fn new(cc: &eframe::CreationContext<'_>, services: Services) -> Self {
        let prefs = cc
            .storage
            .and_then(|storage| eframe::get_value::<Prefs>(storage, eframe::APP_KEY))
            .unwrap_or_default();
        theme::apply(&cc.egui_ctx);
        let doc = Document::new(services.clock.now());
        let found_plans = list_plans(&services.plans_dir);
        Self {
            prefs,
            catalogue: Catalogue::built_in(),
            services,
            doc,
            step: Step::Start,
            modal: None,
            toasts: Toasts::default(),
            found_plans,
            start_path_text: String::new(),
            checklist_view: ChecklistView::default(),
            allow_close: false,
            exit_after_first_frame: false,
            window_title: String::new(),
        }
    }

    /// Makes the app close itself right after its first frame (for start-up measurements).
    #[must_use]
    pub fn exit_after_first_frame(mut self, exit: bool) -> Self {
        self.exit_after_first_frame = exit;
        self
    }

    /// The plan being edited.
    pub fn plan(&self) -> &Plan {
        &self.doc.plan
    }

    /// The file of the plan being edited, if it has one.
    pub fn plan_path(&self) -> Option<&Path> {
        self.doc.path()
    }

    /// True when the plan has unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The wizard step on screen.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The window's language.
    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// The message of the error on screen, if any.
    pub fn error_message(&self) -> Option<&str> {
        match &self.modal {
            Some(Modal::Error(message)) => Some(message),
            _ => None,
        }
    }

    /// True while any dialog is open.
    pub fn has_modal(&self) -> bool {
        self.modal.is_some()
    }

    /// The window title for the current plan and language.
    pub fn title(&self) -> String {
        let s = tr(self.prefs.lang);
        let name = if self.doc.plan.name.trim().is_empty() {
            s.untitled
        } else {
            self.doc.plan.name.trim()
        };
        let marker = if self.doc.is_dirty() {
            format!(" {}", s.unsaved_marker)
        } else {
            String::new()
        };
        format!("{name}{marker} – {}", s.app_title)
    }

    /// Today's date in the local time zone, from the injected clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.services
            .clock
            .now()
            .with_timezone(&chrono::Local)
            .date_naive()
    }

    /// The checklist screen's state (selection, search, filter).
    pub fn checklist_view(&self) -> &ChecklistView {
        &self.checklist_view
    }

    fn default_save_path(&self) -> PathBuf {
        let name = crate::io::dirs::suggested_file_name(&self.doc.plan.name);
        self.services.plans_dir.join(name)
    }

    fn refresh_found_plans(&mut self) {
        self.found_plans = list_plans(&self.services.plans_dir);
    }

    fn central_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        use crate::ui::{
            step_budget, step_checklist, step_model, step_profile, step_readiness, step_review,
            step_start, step_team,
        };
        let lang = self.prefs.lang;
        let s = tr(lang);
        let today = self.today();
        let plan = &mut self.doc.plan;
        match self.step {
            Step::Start => {
                let view = step_start::StartView {
                    plans_dir: &self.services.plans_dir,
                    found: &self.found_plans,
                    has_current_plan: self.doc.is_dirty() || self.doc.path().is_some(),
                };
                commands.extend(step_start::ui(ui, s, &view, &mut self.start_path_text));
            }
            Step::Profile => commands.extend(step_profile::ui(ui, s, plan)),
            Step::Model => commands.extend(step_model::ui(ui, lang, &self.catalogue, plan)),
            Step::Readiness => commands.extend(step_readiness::ui(ui, lang, plan)),
            Step::Checklist => {
                step_checklist::ui(ui, lang, plan, &mut self.checklist_view, today);
            }
            Step::Team => commands.extend(step_team::ui(ui, lang, plan)),
            Step::Budget => step_budget::ui(ui, lang, plan),
            Step::Review => {
                let review = step_review::ui(ui, lang, &self.doc, &self.catalogue, today);
                commands.extend(review);
            }
        }
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let mut commands = if self.modal.is_none() {
            Command::from_shortcuts(&ctx)
        } else {
            Vec::new()
        };
        self.handle_close_request(&ctx);
        let s = tr(self.prefs.lang);
        egui::Panel::top("top_bar").show(ui, |ui| {
            top_bar::ui(ui, s, self.prefs.lang, &mut commands);
        });
        egui::Panel::top("step_indicator").show(ui, |ui| nav::step_indicator(ui, s, self.step));
        egui::Panel::bottom("wizard_nav").show(ui, |ui| {
            commands.extend(nav::nav_bar(ui, self.prefs.lang, self.step, &self.doc.plan));
        });
        egui::CentralPanel::default().show(ui, |ui| {
            if self.step.scrolls_itself() {
                self.central_ui(ui, &mut commands);
            } else {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, false])
                    .show(ui, |ui| self.central_ui(ui, &mut commands));
            }
        });
        if let Some(modal) = &mut self.modal {
            let view = modals::ModalView {
                plans_dir: &self.services.plans_dir,
                found: &self.found_plans,
            };
            if let Some(action) = modals::ui(&ctx, s, modal, &view) {
                self.apply_modal_action(&ctx, action);
            }
        }
        self.toasts.ui(&ctx);
        for command in commands {
            self.run_command(&ctx, command);
        }
        self.update_window_title(&ctx);
        if self.exit_after_first_frame {
            self.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}
