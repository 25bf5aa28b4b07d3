//! Everything the user can ask the app to do. UI code returns commands; the app applies them
//! after drawing. Commands with a menu entry own their label, tooltip and shortcut.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::export_dialog::{Messages, lang_of, messages};
use crate::i18n::{Lang, Strings};
use crate::model::plan::ReplicatorKind;
use crate::model::wizard::Step;
use crate::ui::theme::ThemeChoice;

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
    /// Save to this path.
    SaveTo(PathBuf),
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
            Self::Save | Self::SaveTo(_) => s.cmd_save,
            Self::SaveAs => s.cmd_save_as,
            Self::Export => export_messages(s).cmd_export,
            Self::Quit => s.cmd_quit,
            Self::Close => s.cmd_close,
            Self::Undo => s.cmd_undo,
            Self::Redo => s.cmd_redo,
            Self::OpenRecent(_) => s.menu_recent,
            Self::ClearRecent => s.recent_clear,
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
            Self::BrowseOpen | Self::ImportModel => s.browse,
            Self::GoTo(step) => s.step(*step),
            Self::SetLang(_) => s.language,
            Self::ChooseModel(_) => s.choose_model,
            Self::SetKind(kind) => s.kind(*kind),
            Self::ShowChecklistItem(_) => s.step(Step::Checklist),
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
