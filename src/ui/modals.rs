//! Blocking dialogs: errors, unsaved changes, Save As, Open and Export.

use std::path::{Path, PathBuf};

use super::export_dialog::{self, ExportDialog};
use super::open_panel::{self, OpenChoice};
use crate::command::Command;
use crate::i18n::Strings;
use crate::io::autosave::Recoverable;
use crate::io::dirs::FoundPlan;

/// An action that waits for the unsaved-changes question to be answered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Start a new plan.
    New,
    /// Show the open dialog.
    OpenDialog,
    /// Ask the native file dialog for a plan to open.
    BrowseOpen,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close the plan, back to the start screen.
    Close,
    /// Close the window.
    Quit,
}

/// The dialog on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modal {
    /// An error message.
    Error(String),
    /// "Save changes?" before `Pending` runs.
    Unsaved(Pending),
    /// Where to save; `then` runs after a successful save.
    SaveAs {
        /// The path being typed.
        path_text: String,
        /// What to do after saving.
        then: Option<Pending>,
    },
    /// Which plan to open.
    Open {
        /// The path being typed.
        path_text: String,
    },
    /// "Restore the autosaved plan?" on start.
    Recover(Box<Recoverable>),
    /// "Someone changed the file: replace it?" before saving over it.
    DiskChanged {
        /// The file about to be replaced.
        path: PathBuf,
        /// What to do after saving.
        then: Option<Pending>,
    },
    /// Export the plan: format, language, options and output file.
    Export(Box<ExportDialog>),
    /// "The file is read-only: replace it?" before saving over it.
    ReadOnly {
        /// The file about to be replaced.
        path: PathBuf,
        /// What to do after saving.
        then: Option<Pending>,
    },
    /// "Entries would leave the task list: change?" before a change of model or kind.
    ChangeTemplate {
        /// How many filled-in entries would leave the list.
        count: usize,
        /// The change asked for ([`Command::ChooseModel`] or [`Command::SetKind`]).
        command: Command,
    },
}

/// The user's answer to a dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ModalAction {
    /// Close the dialog, doing nothing.
    Close,
    /// Save, then run the pending action.
    SaveThen(Pending),
    /// Drop the unsaved changes and run the pending action.
    Discard(Pending),
    /// Ask the native dialog where to save.
    BrowseSave,
    /// Save to this path, then run the pending action if any.
    SaveTo(PathBuf, Option<Pending>),
    /// Ask the native dialog which plan to open.
    BrowseOpen,
    /// Open this plan.
    OpenPath(PathBuf),
    /// Restore the autosaved plan.
    Restore(Box<Recoverable>),
    /// Delete the autosave without restoring it.
    DiscardAutosave(Box<Recoverable>),
    /// Save over a file that changed on disk, then run the pending action if any.
    Overwrite(PathBuf, Option<Pending>),
    /// Ask for another file name instead of replacing a changed file.
    SaveAsInstead(Option<Pending>),
    /// Export with these choices.
    Export(Box<ExportDialog>),
    /// Ask the native dialog where to write the export.
    BrowseExport,
    /// Save over a read-only file, then run the pending action if any.
    ReplaceReadOnly(PathBuf, Option<Pending>),
    /// Carry out the change the user agreed to.
    Confirm(Box<Command>),
}

/// Read-only data the dialogs show.
#[derive(Debug)]
pub struct ModalView<'a> {
    /// The default plans folder.
    pub plans_dir: &'a Path,
    /// Plans found there.
    pub found: &'a [FoundPlan],
    /// Formats a time for the user.
    pub format_time: fn(chrono::DateTime<chrono::Utc>) -> String,
}

/// Draws the dialog and returns the user's answer, if given this frame.
pub fn ui(
    ctx: &egui::Context,
    s: &Strings,
    modal: &mut Modal,
    view: &ModalView<'_>,
) -> Option<ModalAction> {
    let mut action = None;
    let response = egui::Modal::new(egui::Id::unique("modal")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        action = match modal {
            Modal::Error(message) => error_ui(ui, s, message),
            Modal::Unsaved(pending) => unsaved_ui(ui, s, pending),
            Modal::SaveAs { path_text, then } => {
                save_as_ui(ui, s, view.plans_dir, path_text, then.as_ref())
            }
            Modal::Open { path_text } => open_ui(ui, s, view, path_text),
            Modal::Recover(found) => recover_ui(ui, s, view, found),
            Modal::DiskChanged { path, then } => disk_changed_ui(ui, s, path, then.as_ref()),
            Modal::Export(dialog) => export_dialog::ui(ui, s, dialog),
            Modal::ReadOnly { path, then } => read_only_ui(ui, s, path, then.as_ref()),
            Modal::ChangeTemplate { count, command } => change_template_ui(ui, s, *count, command),
        };
    });
    if action.is_none() && response.should_close() {
        action = Some(ModalAction::Close);
    }
    action
}

fn error_ui(ui: &mut egui::Ui, s: &Strings, message: &str) -> Option<ModalAction> {
    ui.heading(s.error_heading);
    ui.label(egui::RichText::new(message).color(super::theme::ERROR));
    ui.add_space(8.0);
    ui.button(s.ok).clicked().then_some(ModalAction::Close)
}

fn unsaved_ui(ui: &mut egui::Ui, s: &Strings, pending: &Pending) -> Option<ModalAction> {
    ui.heading(s.unsaved_heading);
    ui.label(s.unsaved_body);
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(s.save_button).clicked() {
            action = Some(ModalAction::SaveThen(pending.clone()));
        }
        if ui.button(s.dont_save).clicked() {
            action = Some(ModalAction::Discard(pending.clone()));
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn save_as_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    plans_dir: &Path,
    path_text: &mut String,
    then: Option<&Pending>,
) -> Option<ModalAction> {
    ui.heading(s.save_as_heading);
    let response = super::labelled_text_field(ui, s.path_label, path_text);
    // Quotes from "Copy as path" are dropped, `.json` added, a relative path is taken from
    // the plans folder.
    let typed = crate::io::dialogs::typed_save_path(path_text, plans_dir);
    if typed.as_deref().is_some_and(Path::exists) {
        ui.label(egui::RichText::new(s.file_exists).color(super::theme::WARNING));
    }
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        let save = ui.add_enabled(typed.is_some(), egui::Button::new(s.save_button));
        if let Some(path) = typed.filter(|_| save.clicked() || entered) {
            action = Some(ModalAction::SaveTo(path, then.cloned()));
        }
        if ui.button(s.browse).on_hover_text(s.browse_tip).clicked() {
            action = Some(ModalAction::BrowseSave);
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn open_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &ModalView<'_>,
    path_text: &mut String,
) -> Option<ModalAction> {
    ui.heading(s.open_heading);
    let choice = open_panel::ui(ui, s, view.plans_dir, view.found, path_text);
    ui.add_space(8.0);
    let cancel = ui.button(s.cancel).clicked();
    match choice {
        Some(OpenChoice::Path(path)) => Some(ModalAction::OpenPath(path)),
        Some(OpenChoice::Browse) => Some(ModalAction::BrowseOpen),
        None => cancel.then_some(ModalAction::Close),
    }
}

fn recover_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &ModalView<'_>,
    found: &Recoverable,
) -> Option<ModalAction> {
    ui.heading(s.recover_heading);
    let name = if found.plan.name.trim().is_empty() {
        s.untitled
    } else {
        found.plan.name.trim()
    };
    let file = found
        .original
        .as_ref()
        .map_or_else(|| s.never_saved.to_owned(), |p| p.display().to_string());
    ui.label((s.recover_body)(
        name,
        &(view.format_time)(found.saved_at),
        &file,
    ));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(s.recover_restore).clicked() {
            action = Some(ModalAction::Restore(Box::new(found.clone())));
        }
        if ui.button(s.recover_discard).clicked() {
            action = Some(ModalAction::DiscardAutosave(Box::new(found.clone())));
        }
    });
    action
}

fn disk_changed_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    path: &Path,
    then: Option<&Pending>,
) -> Option<ModalAction> {
    ui.heading(s.disk_changed_heading);
    ui.label(s.disk_changed_body);
    ui.label(egui::RichText::new(path.display().to_string()).weak());
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(s.disk_changed_overwrite).clicked() {
            action = Some(ModalAction::Overwrite(path.to_path_buf(), then.cloned()));
        }
        if ui.button(s.cmd_save_as).clicked() {
            action = Some(ModalAction::SaveAsInstead(then.cloned()));
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn read_only_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    path: &Path,
    then: Option<&Pending>,
) -> Option<ModalAction> {
    ui.heading(s.read_only_title);
    ui.label((s.read_only_body)(&path.display().to_string()));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(s.read_only_replace).clicked() {
            action = Some(ModalAction::ReplaceReadOnly(
                path.to_path_buf(),
                then.cloned(),
            ));
        }
        if ui.button(s.cmd_save_as).clicked() {
            action = Some(ModalAction::SaveAsInstead(then.cloned()));
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}

fn change_template_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    count: usize,
    command: &Command,
) -> Option<ModalAction> {
    ui.heading(s.change_template_title);
    ui.label((s.change_template_body)(count));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        if ui.button(s.change_template_confirm).clicked() {
            action = Some(ModalAction::Confirm(Box::new(command.clone())));
        }
        if ui.button(s.cancel).clicked() {
            action = Some(ModalAction::Close);
        }
    });
    action
}
