//! Everything the user can ask the app to do. UI code returns commands; the app applies them
//! after drawing. Commands with a menu entry own their label, tooltip and shortcut.

use std::path::PathBuf;

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::{Lang, Strings};
use crate::model::plan::ReplicatorKind;
use crate::model::wizard::Step;

/// A request from the UI, applied once the frame is drawn.
#[must_use]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start a new plan (asks about unsaved changes first).
    New,
    /// Show the open dialog (asks about unsaved changes first).
    Open,
    /// Open the plan at this path (asks about unsaved changes first).
    OpenPath(PathBuf),
    /// Save to the plan's file, or ask where when it has none.
    Save,
    /// Ask where to save, then save.
    SaveAs,
    /// Save to this path.
    SaveTo(PathBuf),
    /// Close the window (asks about unsaved changes first).
    Quit,
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
    /// Set the kind of replicator (rebuilds the checklist when the founder route changes).
    SetKind(ReplicatorKind),
    /// Go to the checklist and show the item with this id.
    ShowChecklistItem(String),
}

/// The commands listed in the File menu, in order.
pub const FILE_MENU: [Command; 5] = [
    Command::New,
    Command::Open,
    Command::Save,
    Command::SaveAs,
    Command::Quit,
];

/// Commands with keyboard shortcuts, checked every frame.
const WITH_SHORTCUTS: [Command; 7] = [
    Command::New,
    Command::Open,
    // Save As before Save: Ctrl+Shift+S must not be taken as Ctrl+S.
    Command::SaveAs,
    Command::Save,
    Command::Quit,
    Command::Next,
    Command::Back,
];

impl Command {
    /// The keyboard shortcut, if the command has one.
    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let (modifiers, key) = match self {
            Self::New => (Modifiers::COMMAND, Key::N),
            Self::Open => (Modifiers::COMMAND, Key::O),
            Self::Save => (Modifiers::COMMAND, Key::S),
            Self::SaveAs => (Modifiers::COMMAND | Modifiers::SHIFT, Key::S),
            Self::Quit => (Modifiers::COMMAND, Key::Q),
            Self::Next => (Modifiers::ALT, Key::ArrowRight),
            Self::Back => (Modifiers::ALT, Key::ArrowLeft),
            _ => return None,
        };
        Some(KeyboardShortcut::new(modifiers, key))
    }

    /// The label shown on menus and buttons.
    pub fn label(&self, s: &Strings) -> &'static str {
        match self {
            Self::New => s.cmd_new,
            Self::Open => s.cmd_open,
            Self::Save | Self::SaveTo(_) => s.cmd_save,
            Self::SaveAs => s.cmd_save_as,
            Self::Quit => s.cmd_quit,
            Self::Next => s.next,
            Self::Back => s.back,
            Self::OpenPath(_) => s.open_button,
            Self::GoTo(step) => s.steps.get(step.index()).copied().unwrap_or_default(),
            Self::SetLang(_) => s.language,
            Self::ChooseModel(_) => s.choose_model,
            Self::SetKind(kind) => ReplicatorKind::ALL
                .iter()
                .position(|k| k == kind)
                .and_then(|i| s.kinds.get(i).copied())
                .unwrap_or_default(),
            Self::ShowChecklistItem(_) => s
                .steps
                .get(Step::Checklist.index())
                .copied()
                .unwrap_or_default(),
        }
    }

    /// The tooltip, where the command has one.
    pub fn tooltip(&self, s: &Strings) -> Option<&'static str> {
        match self {
            Self::New => Some(s.cmd_new_tip),
            Self::Open => Some(s.cmd_open_tip),
            Self::Save => Some(s.cmd_save_tip),
            Self::SaveAs => Some(s.cmd_save_as_tip),
            Self::Quit => Some(s.cmd_quit_tip),
            _ => None,
        }
    }

    /// Takes the shortcuts pressed this frame out of the input and returns their commands.
    pub fn from_shortcuts(ctx: &egui::Context) -> Vec<Self> {
        let mut pressed = Vec::new();
        for command in WITH_SHORTCUTS {
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                pressed.push(command);
            }
        }
        pressed
    }
}

#[cfg(test)]
mod tests {
    use super::{Command, FILE_MENU, WITH_SHORTCUTS};
    use crate::i18n::{Lang, tr};

    #[test]
    fn menu_commands_have_labels_tooltips_and_shortcuts() {
        for lang in Lang::ALL {
            let s = tr(lang);
            for command in FILE_MENU {
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
