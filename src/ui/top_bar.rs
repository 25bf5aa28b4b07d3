//! The top bar: the File menu and the language switch.

use crate::command::{Command, FILE_MENU};
use crate::i18n::{Lang, Strings};

/// Draws the menu bar and collects the commands chosen in it.
pub fn ui(ui: &mut egui::Ui, s: &Strings, lang: Lang, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(s.menu_file, |ui| {
            for command in FILE_MENU {
                let mut button = egui::Button::new(command.label(s));
                if let Some(shortcut) = command.shortcut() {
                    button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                }
                let mut response = ui.add(button);
                if let Some(tip) = command.tooltip(s) {
                    response = response.on_hover_text(tip);
                }
                if response.clicked() {
                    commands.push(command);
                    ui.close();
                }
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            language_switch(ui, s, lang, commands);
        });
    });
}

fn language_switch(ui: &mut egui::Ui, s: &Strings, lang: Lang, commands: &mut Vec<Command>) {
    // Right to left: English is drawn first so Polish ends up on the left.
    for (option, label, name) in [(Lang::En, "EN", "English"), (Lang::Pl, "PL", "Polski")] {
        let response = ui
            .selectable_label(lang == option, label)
            .on_hover_text(format!("{}: {name}", s.language));
        if response.clicked() && lang != option {
            commands.push(Command::SetLang(option));
        }
    }
    ui.label(format!("{}:", s.language));
}
