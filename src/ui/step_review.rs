//! Step 5: a summary of the plan, and saving it.

use crate::command::Command;
use crate::document::Document;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::Catalogue;
use crate::model::plan::ReplicatorKind;

/// Draws the summary; returns Save or Save As when clicked.
pub fn ui(ui: &mut egui::Ui, lang: Lang, doc: &Document, catalogue: &Catalogue) -> Option<Command> {
    let s = tr(lang);
    let plan = &doc.plan;
    ui.heading(s.review_heading);
    ui.add_space(8.0);
    let or_not_set = |text: &str| {
        if text.trim().is_empty() {
            s.not_set.to_owned()
        } else {
            text.trim().to_owned()
        }
    };
    let kind = plan
        .profile
        .kind
        .and_then(|kind| ReplicatorKind::ALL.iter().position(|k| *k == kind))
        .and_then(|index| s.kinds.get(index).copied())
        .unwrap_or(s.not_set);
    let model = match plan.model_id.as_deref() {
        Some(id) => catalogue
            .get(id)
            .map_or_else(|| id.to_owned(), |m| m.name(lang).to_owned()),
        None => s.not_set.to_owned(),
    };
    let (done, total) = plan.progress();
    let file = doc
        .path()
        .map_or_else(|| s.never_saved.to_owned(), |p| p.display().to_string());
    egui::Grid::new("review_grid")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (label, value) in [
                (s.plan_name_label, or_not_set(&plan.name)),
                (s.review_kind, kind.to_owned()),
                (s.organisation_label, or_not_set(&plan.profile.organisation)),
                (s.place_label, or_not_set(&plan.profile.place)),
                (s.review_model, model),
                (s.review_progress, (s.progress)(done, total)),
                (s.review_file, file),
            ] {
                ui.label(egui::RichText::new(label).strong());
                ui.label(value);
                ui.end_row();
            }
        });
    ui.add_space(12.0);
    let mut command = None;
    ui.horizontal(|ui| {
        for candidate in [Command::Save, Command::SaveAs] {
            let mut tip = candidate.tooltip(s).unwrap_or_default().to_owned();
            if let Some(shortcut) = candidate.shortcut() {
                tip.push_str(&format!(" ({})", ui.ctx().format_shortcut(&shortcut)));
            }
            if ui.button(candidate.label(s)).on_hover_text(tip).clicked() {
                command = Some(candidate);
            }
        }
    });
    command
}
