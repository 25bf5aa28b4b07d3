//! The frame's panels: the step on screen, the menu bar and the dialog. Each collects the
//! commands it is asked for; the app applies them after drawing.

use super::PlannerApp;
use crate::command::Command;
use crate::i18n::{Lang, tr};
use crate::model::wizard::Step;
use crate::ui::{modals, top_bar};

impl PlannerApp {
    pub(super) fn central_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        use crate::ui::{
            step_budget, step_checklist, step_franchise, step_model, step_profile, step_readiness,
            step_review, step_start, step_team,
        };
        let lang = self.prefs.lang;
        let s = tr(lang);
        let today = self.today();
        let recent = if self.step == Step::Start {
            self.recent_rows()
        } else {
            Vec::new()
        };
        match self.step {
            Step::Start => {
                let view = step_start::StartView {
                    plans_dir: &self.services.plans_dir,
                    found: &self.found_plans,
                    recent: &recent,
                    has_current_plan: self.doc.unsaved_mark() || self.doc.path().is_some(),
                    no_file_dialog: self.file_dialog_missing,
                };
                commands.extend(step_start::ui(ui, s, &view, &mut self.start_path_text));
            }
            Step::Profile => commands.extend(step_profile::ui(ui, s, self.doc.plan_mut())),
            Step::Model => {
                let cx = crate::ui::catalogue::Context {
                    lang,
                    catalogue: &self.catalogue,
                    plan: self.doc.plan(),
                };
                commands.extend(step_model::ui(ui, &cx, &mut self.catalogue_screen));
            }
            Step::Franchise => step_franchise::ui(ui, lang, &self.catalogue, self.doc.plan_mut()),
            Step::Readiness => commands.extend(step_readiness::ui(ui, lang, self.doc.plan_mut())),
            Step::Checklist => {
                let plan = self.doc.plan_mut();
                let model = plan
                    .model_id
                    .as_deref()
                    .and_then(|id| self.catalogue.get(id));
                self.checklist_view.outside = plan.outside_template_ids(model);
                step_checklist::ui(ui, lang, plan, &mut self.checklist_view, today);
                self.prefs.checklist = self.checklist_view.layout;
            }
            Step::Team => commands.extend(step_team::ui(ui, lang, self.doc.plan_mut())),
            Step::Budget => step_budget::ui(ui, lang, self.doc.plan_mut()),
            Step::Review => {
                let review = step_review::ui(ui, lang, &self.doc, &self.catalogue, today);
                commands.extend(review);
            }
        }
    }

    pub(super) fn top_bar_ui(&self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let view = top_bar::TopBarView {
            lang: self.prefs.lang,
            recent: &self.recent_files,
            can_undo: self.history.can_undo(),
            can_redo: self.history.can_redo(),
            look: self.prefs.look,
        };
        top_bar::ui(ui, tr(self.prefs.lang), &view, commands);
    }

    /// Draws the dialog on screen; its answer joins the frame's commands.
    pub(super) fn modal_ui(&mut self, ctx: &egui::Context, commands: &mut Vec<Command>) {
        let lang = self.prefs.lang;
        let plans_dir = &self.services.plans_dir;
        let Some(modal) = &mut self.modal else {
            self.shown_modal = None;
            return;
        };
        let kind = std::mem::discriminant(&*modal);
        let just_opened = self.shown_modal != Some(kind);
        self.shown_modal = Some(kind);
        // File checks happen here, when a dialog's path changed, never while drawing.
        modal.refresh(plans_dir, lang);
        let view = modals::ModalView {
            plans_dir,
            found: &self.found_plans,
            format_time: match lang {
                Lang::Pl => format_time_pl,
                Lang::En => format_time_en,
            },
            no_file_dialog: self.file_dialog_missing,
            just_opened,
        };
        commands.extend(modals::ui(ctx, tr(lang), modal, &view));
        if modal.refresh(plans_dir, lang) {
            ctx.request_repaint();
        }
    }
}

/// A time as the user reads it in `lang`, in the local time zone.
pub(super) fn format_time(lang: Lang, time: chrono::DateTime<chrono::Utc>) -> String {
    match lang {
        Lang::Pl => format_time_pl(time),
        Lang::En => format_time_en(time),
    }
}

fn format_time_pl(time: chrono::DateTime<chrono::Utc>) -> String {
    time.with_timezone(&chrono::Local)
        .format("%d.%m.%Y %H:%M")
        .to_string()
}

fn format_time_en(time: chrono::DateTime<chrono::Utc>) -> String {
    time.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}
