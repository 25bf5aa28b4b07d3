//! Opening a plan without native dialogs: the plans in the default folder, a typed path,
//! and a Browse button for systems that have a file dialog.

use std::path::Path;

use crate::command::Command;
use crate::i18n::Strings;
use crate::io::dirs::FoundPlan;

/// Draws the folder listing, the path field and the buttons; returns
/// [`Command::OpenPath`] or [`Command::BrowseOpen`] when one is chosen.
pub fn ui(
    ui: &mut egui::Ui,
    s: &Strings,
    plans_dir: &Path,
    found: &[FoundPlan],
    path_text: &mut String,
) -> Option<Command> {
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
    choice
}
