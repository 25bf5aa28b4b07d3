//! Step 1: start a new plan or open a saved one.

use std::path::Path;

use super::open_panel;
use super::recent_plans::RecentRow;
use crate::command::Command;
use crate::i18n::Strings;
use crate::io::dirs::FoundPlan;
use crate::model::wizard::Step;

/// Read-only data the start screen shows.
#[derive(Debug)]
pub struct StartView<'a> {
    /// The default plans folder.
    pub plans_dir: &'a Path,
    /// Plans found there.
    pub found: &'a [FoundPlan],
    /// The recently opened or saved plans, newest first.
    pub recent: &'a [RecentRow],
    /// True when a plan is being edited (so "continue" makes sense).
    pub has_current_plan: bool,
    /// True once "Browse…" found no system file dialog.
    pub no_file_dialog: bool,
}

/// Draws the start screen.
pub fn ui(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &StartView<'_>,
    path_text: &mut String,
) -> Option<Command> {
    let mut command = None;
    ui.heading(s.app_title);
    ui.add_space(4.0);
    ui.label(s.start_intro);
    ui.add_space(12.0);
    ui.horizontal(|ui| {
        if ui.button(format!("➕ {}", s.start_new)).clicked() {
            command = Some(Command::New);
        }
        if view.has_current_plan && ui.button(s.start_continue).clicked() {
            command = Some(Command::GoTo(Step::Profile));
        }
    });
    ui.add_space(16.0);
    ui.separator();
    ui.heading(s.open_heading);
    if let Some(chosen) = super::recent_plans::ui(ui, s.lang, view.recent) {
        command = Some(chosen);
    }
    ui.add_space(8.0);
    let panel = open_panel::OpenPanel {
        plans_dir: view.plans_dir,
        found: view.found,
        no_file_dialog: view.no_file_dialog,
    };
    open_panel::ui(ui, s, &panel, path_text).or(command)
}
