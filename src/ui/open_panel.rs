//! Opening a plan without native dialogs: the plans in the default folder, a typed path,
//! and a Browse button for systems that have a file dialog.

use std::path::Path;

use crate::command::Command;
use crate::i18n::Strings;
use crate::io::dirs::FoundPlan;

/// What the panel lists.
#[derive(Debug)]
pub struct OpenPanel<'a> {
    /// The default plans folder.
    pub plans_dir: &'a Path,
    /// Plans found there.
    pub found: &'a [FoundPlan],
    /// True once "Browse…" found no system file dialog (the panel then says so).
    pub no_file_dialog: bool,
}

/// Draws the folder listing, the path field and the buttons; returns
/// [`Command::OpenPath`] or [`Command::BrowseOpen`] when one is chosen.
pub fn ui(
    ui: &mut egui::Ui,
    s: &Strings,
    panel: &OpenPanel<'_>,
    path_text: &mut String,
) -> Option<Command> {
    let OpenPanel {
        plans_dir, found, ..
    } = *panel;
    let mut choice = None;
    ui.label(format!("{} {}", s.plans_in_folder, plans_dir.display()));
    if found.is_empty() {
        ui.label(egui::RichText::new(s.no_plans_in_folder).weak());
    } else {
        ui.label(egui::RichText::new((s.plan_count)(found.len())).weak());
    }
    for plan in found {
        if ui
            .button(format!("📄 {}", plan.file_name))
            .on_hover_text(plan.path.display().to_string())
            .clicked()
        {
            choice = Some(Command::OpenPath(plan.path.clone()));
        }
    }
    ui.add_space(6.0);
    let response = super::labelled_text_field(ui, s.path_label, path_text);
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.horizontal(|ui| {
        // Quotes from "Copy as path" are dropped; a relative path is taken from the plans folder.
        let typed = crate::io::dialogs::typed_open_path(path_text, plans_dir);
        let open = ui.add_enabled(typed.is_some(), egui::Button::new(s.open_button));
        if let Some(path) = typed.filter(|_| open.clicked() || entered) {
            choice = Some(Command::OpenPath(path));
        }
        if ui.button(s.browse).on_hover_text(s.browse_tip).clicked() {
            choice = Some(Command::BrowseOpen);
        }
    });
    if panel.no_file_dialog {
        let note = crate::i18n::start::texts(s.lang).no_open_dialog;
        ui.label(egui::RichText::new(format!("⚠ {note}")).color(super::theme::WARNING));
    }
    choice
}
