//! The export dialog: format, language, what to include, and where the file goes.

use std::path::{Path, PathBuf};

use crate::export::{CsvTable, ExportOptions, Format, Separator};
use crate::i18n::export_dialog::{Messages, lang_of, messages};
use crate::i18n::{Lang, Strings};
use crate::io::export_file::check_output;
use crate::ui::modals::ModalAction;

/// The choices made in the export dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportDialog {
    /// The chosen format.
    pub format: Format,
    /// Language and content options.
    pub options: ExportOptions,
    /// The output path being typed.
    pub path_text: String,
    /// The plan's own file, which must not be written over.
    pub plan_path: Option<PathBuf>,
}

impl ExportDialog {
    /// A dialog for HTML in `lang`, writing to `path` by default.
    pub fn new(lang: Lang, path: &Path, plan_path: Option<&Path>) -> Self {
        Self {
            format: Format::Html,
            options: ExportOptions {
                lang,
                ..ExportOptions::default()
            },
            path_text: path.display().to_string(),
            plan_path: plan_path.map(Path::to_path_buf),
        }
    }

    /// Chooses `format`, changing the path's extension when it is an export extension (or
    /// missing); a name the user chose with another extension is left alone.
    pub fn set_format(&mut self, format: Format) {
        self.format = format;
        let path = PathBuf::from(self.path_text.trim());
        if path.as_os_str().is_empty() {
            return;
        }
        let ours = path.extension().is_none_or(|ext| {
            let ext = ext.to_string_lossy().to_ascii_lowercase();
            Format::ALL.iter().any(|f| f.extension() == ext) || ext == "htm"
        });
        if ours {
            self.path_text = path
                .with_extension(format.extension())
                .display()
                .to_string();
        }
    }

    /// The output path as typed, with the format's extension when it has none.
    pub fn output(&self) -> PathBuf {
        crate::io::export_file::with_format_extension(
            PathBuf::from(self.path_text.trim()),
            self.format,
        )
    }
}

/// Draws the dialog; returns the user's answer, if given this frame.
pub fn ui(ui: &mut egui::Ui, s: &Strings, dialog: &mut ExportDialog) -> Option<ModalAction> {
    let m = messages(lang_of(s));
    ui.heading(m.heading);
    ui.add_space(4.0);
    choices_ui(ui, m, dialog);
    ui.add_space(6.0);
    let response = super::labelled_text_field(ui, m.path_label, &mut dialog.path_text);
    let output = dialog.output();
    let problem = check_output(&output, dialog.plan_path.as_deref()).err();
    match &problem {
        Some(problem) => {
            let reason = problem.reason(lang_of(s));
            ui.label(egui::RichText::new(reason).color(super::theme::ERROR));
        }
        None => preview_ui(ui, m, &output),
    }
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        let export = ui.add_enabled(problem.is_none(), egui::Button::new(m.export_button));
        if (export.clicked() || entered) && problem.is_none() {
            action = Some(ModalAction::Export(Box::new(dialog.clone())));
        }
        if ui.button(m.browse).on_hover_text(m.browse_tip).clicked() {
            action = Some(ModalAction::BrowseExport);
        }
        if ui.button(m.cancel).clicked() {
            action = Some(ModalAction::Close);
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
fn preview_ui(ui: &mut egui::Ui, m: &Messages, output: &Path) {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let folder = match output.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.display().to_string(),
        _ => ".".to_owned(),
    };
    ui.label(egui::RichText::new((m.path_preview)(&name, &folder)).weak());
    if output.exists() {
        ui.label(egui::RichText::new(m.file_exists).color(super::theme::WARNING));
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::ExportDialog;
    use crate::export::Format;
    use crate::i18n::Lang;

    #[test]
    fn changing_the_format_changes_our_extensions_only() {
        let mut dialog = ExportDialog::new(Lang::Pl, Path::new("/plany/Żłobek.html"), None);
        dialog.set_format(Format::Csv);
        assert_eq!(dialog.path_text, "/plany/Żłobek.csv");
        dialog.set_format(Format::Markdown);
        assert_eq!(dialog.output(), Path::new("/plany/Żłobek.md"));
        dialog.path_text = "/plany/raport.txt".to_owned();
        dialog.set_format(Format::Html);
        assert_eq!(dialog.path_text, "/plany/raport.txt");
        dialog.path_text = "/plany/raport".to_owned();
        assert_eq!(dialog.output(), Path::new("/plany/raport.html"));
        dialog.path_text = "  ".to_owned();
        dialog.set_format(Format::Csv);
        assert_eq!(dialog.path_text, "  ");
    }
}
