//! File → Export…: opening the dialog, browsing for the output, and writing the export of
//! the plan as it is on screen (unsaved edits included).

use std::path::{Path, PathBuf};

use super::PlannerApp;
use crate::command::ExportRequest;
use crate::dialogs::{ExportDialog, Modal};
use crate::export::export;
use crate::i18n::export_dialog::messages;
use crate::io::export_file::{default_output_path, write_export};

impl PlannerApp {
    /// Shows the export dialog, proposing the plan's folder and name with `.html`.
    pub(super) fn open_export_dialog(&mut self) {
        let dialog = ExportDialog::new(
            self.prefs.lang,
            &self.default_export_path(),
            self.doc.path(),
        );
        self.modal = Some(Modal::Export(Box::new(dialog)));
    }

    /// Next to the plan's file when it has one, otherwise in the plans folder.
    fn default_export_path(&self) -> PathBuf {
        let plan_file = self
            .doc
            .path()
            .map_or_else(|| self.default_save_path(), Path::to_path_buf);
        default_output_path(&plan_file, crate::export::Format::Html)
    }

    /// Asks the native dialog where the export goes and puts the answer in the path field.
    pub(super) fn browse_export(&mut self) {
        let Some(Modal::Export(dialog)) = &mut self.modal else {
            return;
        };
        let current = dialog.output();
        let start = current
            .parent()
            .filter(|dir| dir.is_dir())
            .map_or_else(|| self.services.plans_dir.clone(), Path::to_path_buf);
        let name = current
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let extension = dialog.format.extension();
        let picked = self
            .services
            .dialogs
            .pick_export_path(&start, &name, extension);
        if let Some(path) = picked {
            dialog.path_text = path.display().to_string();
        }
    }

    /// Writes the export; a toast on success, an error message (path last) on failure.
    pub(super) fn run_export(&mut self, request: &ExportRequest) {
        let m = messages(self.prefs.lang);
        let output = &request.output;
        let today = self.today();
        let shown = output.display().to_string();
        let bytes = match export(
            self.doc.plan(),
            &self.catalogue,
            &request.options,
            request.format,
            today,
        ) {
            Ok(bytes) => bytes,
            Err(err) => {
                log::error!("Rendering the export failed: {err}");
                self.modal = Some(Modal::Error((m.failed)(&err.to_string(), &shown)));
                return;
            }
        };
        match write_export(output, &bytes, self.doc.path()) {
            Ok(()) => {
                log::info!("Exported the plan to {output:?}");
                self.modal = None;
                self.toasts.info((m.exported)(&shown));
            }
            Err(err) => {
                log::error!("Exporting the plan to {output:?} failed: {err}");
                let reason = err.reason(self.prefs.lang);
                self.modal = Some(Modal::Error((m.failed)(&reason, &shown)));
            }
        }
    }
}
