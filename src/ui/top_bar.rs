//! The top bar: the File, Edit and View menus, the Help button and the language switch.

use std::path::PathBuf;

use crate::command::{Command, EDIT_MENU, FILE_MENU_BOTTOM, FILE_MENU_TOP, VIEW_MENU_ZOOM};
use crate::i18n::{Lang, Strings};
use crate::prefs::{Look, ThemeChoice};

/// What the top bar needs to know.
#[derive(Debug)]
pub struct TopBarView<'a> {
    /// The window's language.
    pub lang: Lang,
    /// Recently opened or saved plans that still exist, newest first.
    pub recent: &'a [PathBuf],
    /// Whether Undo and Redo have anything to do.
    pub can_undo: bool,
    /// See `can_undo`.
    pub can_redo: bool,
    /// The current look (theme, contrast, text size).
    pub look: Look,
}

/// Below this width (in points) left after the menus, the help button and the language switch
/// drop their words.
const COMPACT_BELOW: f32 = 260.0;

/// Draws the menu bar and collects the commands chosen in it.
pub fn ui(ui: &mut egui::Ui, s: &Strings, view: &TopBarView<'_>, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(s.menu_file, |ui| {
            for command in FILE_MENU_TOP {
                command_button(ui, s, command, true, commands);
            }
            ui.menu_button(s.menu_recent, |ui| recent_ui(ui, s, view.recent, commands));
            ui.separator();
            for command in FILE_MENU_BOTTOM {
                command_button(ui, s, command, true, commands);
            }
        });
        ui.menu_button(s.menu_edit, |ui| {
            for command in EDIT_MENU {
                let enabled = match command {
                    Command::Undo => view.can_undo,
                    _ => view.can_redo,
                };
                command_button(ui, s, command, enabled, commands);
            }
        });
        ui.menu_button(s.menu_view, |ui| view_menu(ui, s, view.look, commands));
        // In a narrow window (or at a large text size) the right-hand group shrinks to "?" and
        // the language letters, so it never prints over the menus.
        let compact = ui.available_width() < COMPACT_BELOW;
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            language_switch(ui, s, view.lang, commands, compact);
            ui.separator();
            let help = if compact {
                ui.button("?").accessible_name(s.help_button)
            } else {
                ui.button(s.help_button)
            };
            if help.on_hover_text(s.cmd_glossary_tip).clicked() {
                commands.push(Command::ToggleGlossary);
            }
        });
    });
}

/// A menu entry showing the command's label, shortcut and tooltip.
fn command_button(
    ui: &mut egui::Ui,
    s: &Strings,
    command: Command,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    let mut button = egui::Button::new(command.label(s));
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let mut response = ui.add_enabled(enabled, button);
    if let Some(tip) = command.tooltip(s) {
        response = response.on_hover_text(tip);
    }
    if response.clicked() {
        commands.push(command);
        ui.close();
    }
}

fn view_menu(ui: &mut egui::Ui, s: &Strings, look: Look, commands: &mut Vec<Command>) {
    command_button(ui, s, Command::ToggleGlossary, true, commands);
    ui.separator();
    for command in VIEW_MENU_ZOOM {
        command_button(ui, s, command, true, commands);
    }
    ui.separator();
    ui.label(egui::RichText::new(s.theme_label).weak());
    for choice in ThemeChoice::ALL {
        let command = Command::SetTheme(choice);
        if ui.radio(look.theme == choice, command.label(s)).clicked() {
            commands.push(command);
            ui.close();
        }
    }
    let mut high_contrast = look.high_contrast;
    let toggle = ui
        .checkbox(&mut high_contrast, s.cmd_high_contrast)
        .on_hover_text(s.cmd_high_contrast_tip);
    if toggle.changed() {
        commands.push(Command::ToggleHighContrast);
    }
}

fn recent_ui(ui: &mut egui::Ui, s: &Strings, recent: &[PathBuf], commands: &mut Vec<Command>) {
    if recent.is_empty() {
        ui.label(egui::RichText::new(s.recent_empty).weak());
        return;
    }
    for path in recent {
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let response = ui
            .button(format!("🕑 {name}"))
            .on_hover_text(path.display().to_string());
        if response.clicked() {
            commands.push(Command::OpenRecent(path.clone()));
            ui.close();
        }
    }
    ui.separator();
    if ui.button(s.recent_clear).clicked() {
        commands.push(Command::ClearRecent);
        ui.close();
    }
}

fn language_switch(
    ui: &mut egui::Ui,
    s: &Strings,
    lang: Lang,
    commands: &mut Vec<Command>,
    compact: bool,
) {
    // Right to left: English is drawn first so Polish ends up on the left.
    for (option, label, name) in [(Lang::En, "EN", "English"), (Lang::Pl, "PL", "Polski")] {
        let response = ui
            .selectable_label(lang == option, label)
            .on_hover_text(format!("{}: {name}", s.language));
        if response.clicked() && lang != option {
            commands.push(Command::SetLang(option));
        }
    }
    if !compact {
        ui.label(format!("{}:", s.language));
    }
}
