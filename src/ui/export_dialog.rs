//! Drawing the export dialog: format, language, what to include, and where the file goes
//! (its state and the check of the output file are in [`crate::dialogs`]).

use std::path::Path;

use crate::command::Command;
use crate::dialogs::ExportDialog;
use crate::export::{CsvTable, Format, Separator};
use crate::i18n::export_dialog::{Messages, lang_of, messages};
use crate::i18n::{Lang, Strings};

/// Draws the dialog; returns the user's answer, if given this frame.
pub fn ui(ui: &mut egui::Ui, s: &Strings, dialog: &mut ExportDialog) -> Option<Command> {
    let m = messages(lang_of(s));
    ui.heading(m.heading);
    ui.add_space(4.0);
    choices_ui(ui, m, dialog);
    ui.add_space(6.0);
    let response = super::labelled_text_field(ui, m.path_label, &mut dialog.path_text);
    // The output file is checked by the app when the path changes, not here on every frame.
    let check = dialog.check();
    let problem = check.and_then(|c| c.problem.clone());
    let exists = check.is_some_and(|c| c.exists);
    match &problem {
        Some(reason) => {
            ui.label(egui::RichText::new(reason).color(super::theme::ERROR));
        }
        None => preview_ui(ui, m, &dialog.output(), exists),
    }
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        let export = ui.add_enabled(problem.is_none(), egui::Button::new(m.export_button));
        if (export.clicked() || entered) && problem.is_none() {
            action = Some(Command::ExportTo(Box::new(dialog.request())));
        }
        if ui.button(m.browse).on_hover_text(m.browse_tip).clicked() {
            action = Some(Command::BrowseExport);
        }
        if ui.button(m.cancel).clicked() {
            action = Some(Command::CloseDialog);
        }
    });
    action
}

fn choices_ui(ui: &mut egui::Ui, m: &Messages, dialog: &mut ExportDialog) {
    ui.label(egui::RichText::new(m.format_label).strong());
    for (format, label) in Format::ALL.into_iter().zip(m.formats) {
        if ui.radio(dialog.format == format, label).clicked() {
            dialog.set_format(format);
        }
    }
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        ui.label(egui::RichText::new(m.lang_label).strong());
        for (lang, label) in Lang::ALL.into_iter().zip(m.langs) {
            ui.radio_value(&mut dialog.options.lang, lang, label);
        }
    });
    ui.add_space(4.0);
    ui.label(egui::RichText::new(m.options_label).strong());
    let options = &mut dialog.options;
    ui.checkbox(&mut options.include_guidance, m.opt_guidance);
    ui.checkbox(&mut options.include_not_started, m.opt_not_started);
    let outline = dialog.format.has_outline();
    ui.add_enabled(
        outline,
        egui::Checkbox::new(&mut options.headings_only, m.opt_headings_only),
    );
    ui.add_enabled(
        outline && !options.headings_only,
        egui::Checkbox::new(&mut options.appendix, m.opt_appendix),
    );
    if dialog.format == Format::Csv {
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(m.separator_label).strong());
            let [semicolon, comma] = m.separators;
            ui.radio_value(&mut options.separator, Separator::Semicolon, semicolon);
            ui.radio_value(&mut options.separator, Separator::Comma, comma);
        });
        ui.horizontal(|ui| {
            ui.label(egui::RichText::new(m.table_label).strong());
            for (table, label) in CsvTable::ALL.into_iter().zip(m.tables) {
                ui.radio_value(&mut options.csv_table, table, label);
            }
        });
    }
}

/// Where the file goes, and a warning when it will replace one.
fn preview_ui(ui: &mut egui::Ui, m: &Messages, output: &Path, exists: bool) {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.display().to_string(),
        _ => ".".to_owned(),
    };
    ui.label(egui::RichText::new((m.path_preview)(&name, &folder)).weak());
    if exists {
        ui.label(egui::RichText::new(m.file_exists).color(super::theme::WARNING));
    }
}
