//! The glossary side panel (F1): terms explained in plain words, with a search field.

use crate::i18n::{Lang, tr};
use crate::model::glossary::search;

/// Draws the glossary's contents; `query` is the search text. Returns true when the user
/// asks to close the panel.
pub fn ui(ui: &mut egui::Ui, lang: Lang, query: &mut String) -> bool {
    let s = tr(lang);
    let mut close = false;
    ui.horizontal(|ui| {
        ui.heading(s.glossary_heading);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            close = ui.button("✖").on_hover_text(s.cmd_glossary).clicked();
        });
    });
    let label = ui.label(s.glossary_search);
    ui.add(egui::TextEdit::singleline(query).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    ui.separator();
    let found = search(query);
    if found.is_empty() {
        ui.label(egui::RichText::new(s.glossary_none).weak());
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for term in found {
                ui.label(egui::RichText::new(term.term).strong());
                let expansion = term.expansion(lang);
                if !expansion.eq_ignore_ascii_case(term.term) {
                    ui.label(egui::RichText::new(expansion).italics());
                }
                ui.label(term.explanation(lang));
                ui.add_space(8.0);
            }
        });
    close
}
