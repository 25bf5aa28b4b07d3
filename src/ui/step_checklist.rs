//! Step 4: the checklist, grouped by phase: tick what is done, add notes.

use crate::i18n::{Lang, tr};
use crate::model::plan::{Plan, Status};
use crate::model::taxonomy::Phase;

/// Draws the checklist; edits the plan in place.
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan) {
    let s = tr(lang);
    ui.heading(s.checklist_heading);
    let (done, total) = plan.progress();
    ui.label((s.progress)(done, total));
    if total > 0 {
        #[expect(clippy::cast_precision_loss, reason = "item counts are small")]
        let fraction = done as f32 / total as f32;
        ui.add(egui::ProgressBar::new(fraction).desired_width(320.0));
    }
    if plan.checklist.is_empty() {
        ui.label(egui::RichText::new(s.checklist_empty).weak());
        return;
    }
    for (phase, phase_name) in Phase::ALL.into_iter().zip(s.phases) {
        if !plan.checklist.iter().any(|e| e.phase == phase) {
            continue;
        }
        ui.add_space(8.0);
        ui.label(egui::RichText::new(phase_name).strong().size(17.0));
        for entry in plan.checklist.iter_mut().filter(|e| e.phase == phase) {
            let text = entry.text.get(lang).to_owned();
            let mut done = entry.is_done();
            let checkbox = ui.checkbox(&mut done, text);
            super::autofocus(ui, &checkbox);
            if checkbox.changed() {
                entry.status = if done { Status::Done } else { Status::Todo };
            }
            ui.indent(("note", &entry.id), |ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut entry.note)
                        .hint_text(s.note_hint)
                        .desired_width(480.0),
                )
                .labelled_by(checkbox.id);
            });
        }
    }
}
