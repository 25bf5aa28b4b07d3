//! Drawing: one file per wizard step, plus the shared bars, dialogs and helpers.

pub mod checklist_detail;
pub mod checklist_rows;
pub mod fields;
pub mod health_panel;
pub mod modals;
pub mod nav;
pub mod open_panel;
pub mod step_budget;
pub mod step_checklist;
pub mod step_model;
pub mod step_profile;
pub mod step_readiness;
pub mod step_review;
pub mod step_start;
pub mod step_team;
pub mod theme;
pub mod toasts;
pub mod top_bar;

/// A single-line text field with a visible label that also names it for screen readers.
pub fn labelled_text_field(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    ui.horizontal(|ui| {
        let label = ui.add_sized([theme::LABEL_WIDTH, 20.0], egui::Label::new(label));
        ui.add(egui::TextEdit::singleline(value).desired_width(theme::FIELD_WIDTH))
            .labelled_by(label.id)
    })
    .inner
}

/// A small "to verify" badge for facts that are not confirmed.
pub fn verify_badge(ui: &mut egui::Ui, text: &str) {
    ui.label(
        egui::RichText::new(format!("⚠ {text}"))
            .small()
            .color(theme::WARNING),
    );
}
