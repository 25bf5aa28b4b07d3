//! Everything the user can ask the app to do, from menus, keys, steps and dialogs alike. UI
//! code returns commands; the app applies them in one place, after drawing. A command that
//! waits for an answer (unsaved changes, a changed file) is kept in the dialog until then.
//! Commands with a menu entry own their label, tooltip and shortcut.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::checklist_filter::Filter;
use crate::export::{ExportOptions, Format};
use crate::i18n::export_dialog::{Messages, lang_of, messages};
use crate::i18n::{Lang, Strings};
use crate::io::autosave::Recoverable;
use crate::model::plan::ReplicatorKind;
use crate::model::wizard::Step;
use crate::prefs::ThemeChoice;

/// A request from the UI, applied once the frame is drawn.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new plan (asks about unsaved changes first).
    New,
    /// Show the open dialog (asks about unsaved changes first).
    Open,
    /// Ask the native file dialog for a plan to open (asks about unsaved changes first).
    BrowseOpen,
    /// Open the plan at this path (asks about unsaved changes first).
    OpenPath(PathBuf),
    /// Save to the plan's file, or ask where when it has none.
    Save,
    /// Ask where to save, then save.
    SaveAs,
    /// Save to this path, then run the command kept for after saving, if any.
    SaveTo(PathBuf, Option<Box<Command>>),
    /// Show the export dialog (HTML, Markdown or CSV).
    Export,
    /// Close the plan and go back to the start screen (asks about unsaved changes first).
    Close,
    /// Close the window (asks about unsaved changes first).
    Quit,
    /// Undo the last plan edit.
    Undo,
    /// Redo the last undone plan edit.
    Redo,
    /// Open a plan from the recent list (asks about unsaved changes first).
    OpenRecent(PathBuf),
    /// Forget the recent plans.
    ClearRecent,
    /// Drop one plan from the recent list (its file stays where it is).
    ForgetRecent(PathBuf),
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Normal text size.
    ZoomReset,
    /// Light, dark or system theme.
    SetTheme(ThemeChoice),
    /// Turn high contrast on or off.
    ToggleHighContrast,
    /// Show or hide the glossary.
    ToggleGlossary,
    /// Go to the next wizard step, if allowed.
    Next,
    /// Go to the previous wizard step.
    Back,
    /// Go straight to a step.
    GoTo(Step),
    /// Switch the language.
    SetLang(Lang),
    /// Choose the model with this id for the plan.
    ChooseModel(String),
    /// Ask for a model file and add it to the catalogue.
    ImportModel,
    /// Set the kind of replicator (rebuilds the checklist when the founder route changes).
    SetKind(ReplicatorKind),
    /// Go to the checklist and show the item with this id.
    ShowChecklistItem(String),
    /// Go to the checklist with this filter and show the item with this id (a finding's
    /// "Go" button: the list then shows the item and the others like it).
    ShowChecklistFiltered(String, Filter),
    /// Close the dialog on screen, doing nothing.
    CloseDialog,
    /// Save (asking where when the plan has no file), then run the command.
    SaveThen(Box<Command>),
    /// Drop the unsaved changes (and their autosave) and run the command.
    Discard(Box<Command>),
    /// Run the command without asking about unsaved changes (the user already answered).
    Proceed(Box<Command>),
    /// Ask the native dialog where to save (the answer goes into the Save As dialog).
    BrowseSave,
    /// Save over a file someone else changed, then run the command kept for after saving.
    Overwrite(PathBuf, Option<Box<Command>>),
    /// Save over a read-only file, then run the command kept for after saving.
    ReplaceReadOnly(PathBuf, Option<Box<Command>>),
    /// Ask for another file name instead of replacing a file, keeping the command.
    SaveAsInstead(Option<Box<Command>>),
    /// Restore the autosaved plan.
    RestoreAutosave(Box<Recoverable>),
    /// Delete the autosave without restoring it.
    DiscardAutosave(Box<Recoverable>),
    /// Write the export the dialog asks for.
    ExportTo(Box<ExportRequest>),
    /// Ask the native dialog where to write the export.
    BrowseExport,
    /// Carry out the change of model or kind the user agreed to.
    ConfirmChange(Box<Command>),
}

/// An export as chosen in the export dialog: the format, the options and the output file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportRequest {
    /// The chosen format.
    pub format: Format,
    /// Language and content options.
    pub options: ExportOptions,
    /// The file to write (with the format's extension when it was typed without one).
    pub output: PathBuf,
}

/// The commands listed in the File menu before the recent plans, in order.
pub const FILE_MENU_TOP: [Command; 2] = [Command::New, Command::Open];

/// The commands listed in the File menu after the recent plans, in order.
pub const FILE_MENU_BOTTOM: [Command; 5] = [
    Command::Save,
    Command::SaveAs,
    Command::Export,
    Command::Close,
    Command::Quit,
];

/// The commands listed in the Edit menu, in order.
pub const EDIT_MENU: [Command; 2] = [Command::Undo, Command::Redo];

/// The zoom commands of the View menu, in order.
pub const VIEW_MENU_ZOOM: [Command; 3] = [Command::ZoomIn, Command::ZoomOut, Command::ZoomReset];

/// Commands with keyboard shortcuts, checked every frame. Shortcuts with Shift come before
/// the same key without it, so Ctrl+Shift+S is not taken as Ctrl+S.
const WITH_SHORTCUTS: [Command; 15] = [
    Command::New,
    Command::Open,
    Command::SaveAs,
    Command::Save,
    Command::Export,
    Command::Close,
    Command::Quit,
    Command::Redo,
    Command::Undo,
    Command::Next,
    Command::Back,
    Command::ZoomIn,
    Command::ZoomOut,
    Command::ZoomReset,
    Command::ToggleGlossary,
];

impl Command {
    /// The keyboard shortcuts of the command; the first is the one shown in menus.
    pub fn shortcuts(&self) -> Vec<KeyboardShortcut> {
        let command_shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let keys: &[(Modifiers, Key)] = match self {
            Self::New => &[(Modifiers::COMMAND, Key::N)],
            Self::Open => &[(Modifiers::COMMAND, Key::O)],
            Self::Save => &[(Modifiers::COMMAND, Key::S)],
            Self::SaveAs => &[(command_shift, Key::S)],
            Self::Export => &[(Modifiers::COMMAND, Key::E)],
            Self::Close => &[(Modifiers::COMMAND, Key::W)],
            Self::Quit => &[(Modifiers::COMMAND, Key::Q)],
            Self::Undo => &[(Modifiers::COMMAND, Key::Z)],
            Self::Redo => &[(command_shift, Key::Z), (Modifiers::COMMAND, Key::Y)],
            Self::ZoomIn => &[
                (Modifiers::COMMAND, Key::Plus),
                (Modifiers::COMMAND, Key::Equals),
            ],
            Self::ZoomOut => &[(Modifiers::COMMAND, Key::Minus)],
            Self::ZoomReset => &[(Modifiers::COMMAND, Key::Num0)],
            Self::ToggleGlossary => &[(Modifiers::NONE, Key::F1)],
            Self::Next => &[
                (Modifiers::COMMAND, Key::Enter),
                (Modifiers::ALT, Key::ArrowRight),
            ],
            Self::Back => &[(Modifiers::ALT, Key::ArrowLeft)],
            _ => &[],
        };
        keys.iter()
            .map(|(modifiers, key)| KeyboardShortcut::new(*modifiers, *key))
            .collect()
    }

    /// The main keyboard shortcut, if the command has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        self.shortcuts().first().copied()
    }

    /// The label shown on menus and buttons.
    pub fn label(&self, s: &Strings) -> &'static str {
        match self {
            Self::New => s.cmd_new,
            Self::Open => s.cmd_open,
            Self::Save | Self::SaveTo(..) => s.cmd_save,
            Self::SaveThen(_) => s.save_button,
            Self::SaveAs | Self::SaveAsInstead(_) => s.cmd_save_as,
            Self::Export => export_messages(s).cmd_export,
            Self::ExportTo(_) => export_messages(s).export_button,
            Self::CloseDialog => s.cancel,
            Self::Discard(_) => s.dont_save,
            Self::Proceed(command) => command.label(s),
            Self::Overwrite(..) => s.disk_changed_overwrite,
            Self::ReplaceReadOnly(..) => s.read_only_replace,
            Self::RestoreAutosave(_) => s.recover_restore,
            Self::DiscardAutosave(_) => s.recover_discard,
            Self::ConfirmChange(_) => s.change_template_confirm,
            Self::Quit => s.cmd_quit,
            Self::Close => s.cmd_close,
            Self::Undo => s.cmd_undo,
            Self::Redo => s.cmd_redo,
            Self::OpenRecent(_) => s.menu_recent,
            Self::ClearRecent => s.recent_clear,
            Self::ForgetRecent(_) => crate::i18n::start::texts(s.lang).forget,
            Self::ZoomIn => s.cmd_zoom_in,
            Self::ZoomOut => s.cmd_zoom_out,
            Self::ZoomReset => s.cmd_zoom_reset,
            Self::SetTheme(ThemeChoice::System) => s.themes_system,
            Self::SetTheme(ThemeChoice::Light) => s.themes_light,
            Self::SetTheme(ThemeChoice::Dark) => s.themes_dark,
            Self::ToggleHighContrast => s.cmd_high_contrast,
            Self::ToggleGlossary => s.cmd_glossary,
            Self::Next => s.next,
            Self::Back => s.back,
            Self::OpenPath(_) => s.open_button,
            // The catalogue screen draws its own "Import" button text; "Browse…" is the
            // generic label, as both open the file dialog.
            Self::BrowseOpen | Self::ImportModel | Self::BrowseSave | Self::BrowseExport => {
                s.browse
            }
            Self::GoTo(step) => s.step(*step),
            Self::SetLang(_) => s.language,
            Self::ChooseModel(_) => s.choose_model,
            Self::SetKind(kind) => s.kind(*kind),
            Self::ShowChecklistItem(_) | Self::ShowChecklistFiltered(..) => s.step(Step::Checklist),
        }
    }

    /// The tooltip, where the command has one.
    pub fn tooltip(&self, s: &Strings) -> Option<&'static str> {
        match self {
            Self::New => Some(s.cmd_new_tip),
            Self::Open => Some(s.cmd_open_tip),
            Self::Save => Some(s.cmd_save_tip),
            Self::SaveAs => Some(s.cmd_save_as_tip),
            Self::Export => Some(export_messages(s).cmd_export_tip),
            Self::Quit => Some(s.cmd_quit_tip),
            Self::Close => Some(s.cmd_close_tip),
            Self::Undo => Some(s.cmd_undo_tip),
            Self::Redo => Some(s.cmd_redo_tip),
            Self::ZoomIn | Self::ZoomOut | Self::ZoomReset => Some(s.cmd_zoom_tip),
            Self::ToggleHighContrast => Some(s.cmd_high_contrast_tip),
            Self::ToggleGlossary => Some(s.cmd_glossary_tip),
            _ => None,
        }
    }

    /// Takes the shortcuts pressed this frame out of the input and returns their commands.
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Self> {
        let mut pressed = Vec::new();
        for command in WITH_SHORTCUTS {
            let shortcuts = command.shortcuts();
            if shortcuts
                .iter()
                .any(|shortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut)))
            {
                pressed.push(command);
            }
        }
        pressed
    }
}

/// The export texts in the language of `s` (they live in their own table).
fn export_messages(s: &Strings) -> &'static Messages {
    messages(lang_of(s))
}

#[cfg(test)]
mod tests {
    use super::{
        Command, EDIT_MENU, FILE_MENU_BOTTOM, FILE_MENU_TOP, VIEW_MENU_ZOOM, WITH_SHORTCUTS,
    };
    use crate::i18n::{Lang, tr};

    #[test]
    fn menu_commands_have_labels_tooltips_and_shortcuts() {
        for lang in Lang::ALL {
            let s = tr(lang);
            for command in FILE_MENU_TOP
                .iter()
                .chain(&FILE_MENU_BOTTOM)
                .chain(&EDIT_MENU)
                .chain(&VIEW_MENU_ZOOM)
            {
                assert!(!command.label(s).is_empty());
                assert!(command.tooltip(s).is_some());
                assert!(command.shortcut().is_some(), "{command:?}");
            }
        }
    }

    #[test]
    fn shortcuts_are_unique() {
        let shortcuts: Vec<_> = WITH_SHORTCUTS
            .iter()
            .filter_map(Command::shortcut)
            .collect();
        for (i, a) in shortcuts.iter().enumerate() {
            for b in &shortcuts[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
