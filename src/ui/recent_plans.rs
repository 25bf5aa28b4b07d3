//! The start screen's list of recent plans: name, place, model and when each was saved,
//! the path on hover; a plan whose file is gone says so and can be removed from the list.

use std::path::PathBuf;

use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::start::texts;

/// One recent plan as the start screen shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecentRow {
    /// The plan's file.
    pub path: PathBuf,
    /// The plan's name (or its file name when none is remembered).
    pub title: String,
    /// Place, model and when it was saved, as one line.
    pub detail: String,
    /// False when the file is no longer there.
    pub exists: bool,
}

/// Draws the list; returns [`Command::OpenRecent`] or [`Command::ForgetRecent`] when asked.
pub fn ui(ui: &mut egui::Ui, lang: Lang, rows: &[RecentRow]) -> Option<Command> {
    let t = texts(lang);
    let mut command = None;
    ui.strong(t.recent_heading);
    if rows.is_empty() {
        ui.label(egui::RichText::new(t.recent_none).weak());
    }
    for row in rows {
        ui.horizontal_wrapped(|ui| {
            let path = row.path.display().to_string();
            if row.exists {
                let open = ui.button(format!("📄 {}", row.title)).on_hover_text(&path);
                if open.clicked() {
                    command = Some(Command::OpenRecent(row.path.clone()));
                }
            } else {
                let title = egui::RichText::new(format!("📄 {}", row.title)).strikethrough();
                ui.label(title).on_hover_text(&path);
                let missing = format!("⚠ {}", t.missing);
                ui.label(egui::RichText::new(missing).color(super::theme::WARNING));
                let forget = ui.button(t.forget).on_hover_text(t.forget_tip);
                if forget.clicked() {
                    command = Some(Command::ForgetRecent(row.path.clone()));
                }
            }
        });
        // The details on their own line, so a long model name wraps instead of running off.
        if !row.detail.is_empty() {
            ui.indent(("recent_detail", &row.path), |ui| {
                ui.label(egui::RichText::new(&row.detail).weak());
            });
        }
        ui.add_space(2.0);
    }
    command
}
