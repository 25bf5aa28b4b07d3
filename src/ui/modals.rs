//! Drawing the blocking dialogs (errors, unsaved changes, Save As, Open, Export…); their
//! state lives in [`crate::dialogs`], and each answer is a [`Command`].

use std::path::Path;

use super::{export_dialog, open_panel};
use crate::command::Command;
use crate::dialogs::{Modal, SaveAsDialog};
use crate::i18n::Strings;
use crate::io::autosave::Recoverable;
use crate::io::dirs::FoundPlan;

/// Read-only data the dialogs show.
#[derive(Debug)]
pub struct ModalView<'a> {
    /// The default plans folder.
    pub plans_dir: &'a Path,
    /// Plans found there.
    pub found: &'a [FoundPlan],
    /// Formats a time for the user.
    pub format_time: fn(chrono::DateTime<chrono::Utc>) -> String,
    /// True once "Browse…" found no system file dialog.
    pub no_file_dialog: bool,
    /// True in the first frame of a dialog: its default button takes the keyboard focus.
    pub just_opened: bool,
}

/// Draws the dialog and returns the user's answer, if given this frame.
pub fn ui(
    ctx: &egui::Context,
    s: &Strings,
    modal: &mut Modal,
    view: &ModalView<'_>,
) -> Option<Command> {
    let mut action = None;
    let focus = view.just_opened;
    let response = egui::Modal::new(egui::Id::unique("modal")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        action = match modal {
            Modal::Error(message) => error_ui(ui, s, message, focus),
            Modal::Unsaved(pending) => unsaved_ui(ui, s, pending, focus),
            Modal::SaveAs(dialog) => save_as_ui(ui, s, view, dialog),
            Modal::Open { path_text } => open_ui(ui, s, view, path_text),
            Modal::Recover(found) => recover_ui(ui, s, view, found),
            Modal::DiskChanged { path, then } => {
                disk_changed_ui(ui, s, (path, then.as_deref()), focus)
            }
            Modal::Export(dialog) => export_dialog::ui(ui, s, dialog),
            Modal::ReadOnly { path, then } => read_only_ui(ui, s, (path, then.as_deref()), focus),
            Modal::ChangeTemplate { count, command } => {
                change_template_ui(ui, s, (*count, command), focus)
            }
        };
    });
    if action.is_none() && response.should_close() {
        action = Some(Command::CloseDialog);
    }
    action
}

fn error_ui(ui: &mut egui::Ui, s: &Strings, message: &str, focus: bool) -> Option<Command> {
    ui.heading(s.error_heading);
    ui.label(egui::RichText::new(message).color(super::theme::ERROR));
    ui.add_space(8.0);
    let ok = ui.button(s.ok);
    focus_if(&ok, focus);
    ok.clicked().then_some(Command::CloseDialog)
}

fn unsaved_ui(ui: &mut egui::Ui, s: &Strings, pending: &Command, focus: bool) -> Option<Command> {
    ui.heading(s.unsaved_heading);
    ui.label(s.unsaved_body);
    ui.add_space(8.0);
    let default = focus.then_some(0);
    Some(
        match buttons(ui, &[s.save_button, s.dont_save, s.cancel], default)? {
            0 => Command::SaveThen(Box::new(pending.clone())),
            1 => Command::Discard(Box::new(pending.clone())),
            _ => Command::CloseDialog,
        },
    )
}

fn save_as_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &ModalView<'_>,
    dialog: &mut SaveAsDialog,
) -> Option<Command> {
    ui.heading(s.save_as_heading);
    let response = wide_path_field(ui, s.path_label, &mut dialog.path_text);
    // Quotes from "Copy as path" are dropped, `.json` added, a relative path is taken from
    // the plans folder.
    let typed = crate::io::dialogs::typed_save_path(&dialog.path_text, view.plans_dir);
    if let Some(path) = &typed {
        file_and_folder(ui, s, path);
    }
    if view.no_file_dialog {
        let note = crate::i18n::start::texts(s.lang).no_save_dialog;
        ui.label(egui::RichText::new(format!("⚠ {note}")).color(super::theme::WARNING));
    }
    if dialog.file_exists() {
        ui.label(egui::RichText::new(s.file_exists).color(super::theme::WARNING));
    }
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    ui.add_space(8.0);
    let mut action = None;
    ui.horizontal(|ui| {
        let save = ui.add_enabled(typed.is_some(), egui::Button::new(s.save_button));
        focus_if(&save, view.just_opened);
        if let Some(path) = typed.filter(|_| save.clicked() || entered) {
            action = Some(Command::SaveTo(path, dialog.then.clone()));
        }
        if ui.button(s.browse).on_hover_text(s.browse_tip).clicked() {
            action = Some(Command::BrowseSave);
        }
        if ui.button(s.cancel).clicked() {
            action = Some(Command::CloseDialog);
        }
    });
    action
}

/// The path field of a file dialog: its label above, the field as wide as the dialog.
fn wide_path_field(ui: &mut egui::Ui, label: &str, value: &mut String) -> egui::Response {
    let label = ui.label(label);
    let field = egui::TextEdit::singleline(value).desired_width(ui.available_width());
    ui.add(field).labelled_by(label.id)
}

/// The file name and its folder, each on its own line under the path, so the whole name
/// shows however long the folder is.
fn file_and_folder(ui: &mut egui::Ui, s: &Strings, path: &Path) {
    let t = crate::i18n::start::texts(s.lang);
    let name = path.file_name().map(|n| n.to_string_lossy());
    if let Some(name) = name {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t.file_name).weak());
            ui.strong(name);
        });
    }
    if let Some(folder) = path.parent() {
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(t.folder).weak());
            ui.label(egui::RichText::new(folder.display().to_string()).weak());
        });
    }
}

fn open_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &ModalView<'_>,
    path_text: &mut String,
) -> Option<Command> {
    ui.heading(s.open_heading);
    let panel = open_panel::OpenPanel {
        plans_dir: view.plans_dir,
        found: view.found,
        no_file_dialog: view.no_file_dialog,
    };
    let choice = open_panel::ui(ui, s, &panel, path_text);
    ui.add_space(8.0);
    let cancel = ui.button(s.cancel).clicked();
    // The question about unsaved changes was answered before this dialog opened.
    match choice {
        Some(command) => Some(Command::Proceed(Box::new(command))),
        None => cancel.then_some(Command::CloseDialog),
    }
}

fn recover_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    view: &ModalView<'_>,
    found: &Recoverable,
) -> Option<Command> {
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
    let default = view.just_opened.then_some(0);
    Some(
        match buttons(ui, &[s.recover_restore, s.recover_discard], default)? {
            0 => Command::RestoreAutosave(Box::new(found.clone())),
            _ => Command::DiscardAutosave(Box::new(found.clone())),
        },
    )
}

/// The file a replace question is about, and what runs after saving.
type Target<'a> = (&'a Path, Option<&'a Command>);

fn disk_changed_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    (path, then): Target<'_>,
    focus: bool,
) -> Option<Command> {
    ui.heading(s.disk_changed_heading);
    ui.label(s.disk_changed_body);
    ui.label(egui::RichText::new(path.display().to_string()).weak());
    replace_answers(ui, s, (s.disk_changed_overwrite, then, focus), |then| {
        Command::Overwrite(path.to_path_buf(), then)
    })
}

fn read_only_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    (path, then): Target<'_>,
    focus: bool,
) -> Option<Command> {
    ui.heading(s.read_only_title);
    ui.label((s.read_only_body)(&path.display().to_string()));
    replace_answers(ui, s, (s.read_only_replace, then, focus), |then| {
        Command::ReplaceReadOnly(path.to_path_buf(), then)
    })
}

fn change_template_ui(
    ui: &mut egui::Ui,
    s: &Strings,
    (count, command): (usize, &Command),
    focus: bool,
) -> Option<Command> {
    ui.heading(s.change_template_title);
    ui.label((s.change_template_body)(count));
    ui.add_space(8.0);
    // Cancel is the default: nothing the user entered is dropped by pressing Enter.
    let default = focus.then_some(1);
    Some(
        match buttons(ui, &[s.change_template_confirm, s.cancel], default)? {
            0 => Command::ConfirmChange(Box::new(command.clone())),
            _ => Command::CloseDialog,
        },
    )
}

/// The answers to "replace this file?": replace it (the command `replace` makes, given what
/// runs after saving), save under another name, or cancel (the default, focused when
/// `focus`: Enter never replaces someone's file).
fn replace_answers(
    ui: &mut egui::Ui,
    s: &Strings,
    (replace_label, then, focus): (&str, Option<&Command>, bool),
    replace: impl FnOnce(Option<Box<Command>>) -> Command,
) -> Option<Command> {
    ui.add_space(8.0);
    let default = focus.then_some(2);
    Some(
        match buttons(ui, &[replace_label, s.cmd_save_as, s.cancel], default)? {
            0 => replace(boxed(then)),
            1 => Command::SaveAsInstead(boxed(then)),
            _ => Command::CloseDialog,
        },
    )
}

/// A row of buttons; returns the index of the one clicked this frame. The button at index
/// `focus`, if any, takes the keyboard focus.
fn buttons(ui: &mut egui::Ui, labels: &[&str], focus: Option<usize>) -> Option<usize> {
    ui.horizontal(|ui| {
        let mut clicked = None;
        for (index, label) in labels.iter().enumerate() {
            let button = ui.button(*label);
            focus_if(&button, focus == Some(index));
            if button.clicked() {
                clicked = Some(index);
            }
        }
        clicked
    })
    .inner
}

/// Gives `response` the keyboard focus when `wanted` (a dialog's default button, as the
/// dialog opens).
fn focus_if(response: &egui::Response, wanted: bool) {
    if wanted {
        response.request_focus();
    }
}

/// The command kept for after saving, copied into the answer.
fn boxed(then: Option<&Command>) -> Option<Box<Command>> {
    then.cloned().map(Box::new)
}
