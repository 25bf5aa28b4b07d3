//! One model's card in the catalogue list.

use super::{CatalogueScreen, Context, MAX_COMPARE, View, joined, origin_line, pilot_text};
use crate::command::Command;
use crate::i18n::catalogue::cat_tr;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::ModelEntry;

/// Draws the card of `model`; returns [`Command::ChooseModel`] when the user picks it.
/// Opening the page and ticking "compare" change `screen` directly.
pub fn ui(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    model: &ModelEntry,
    screen: &mut CatalogueScreen,
) -> Option<Command> {
    let lang = cx.lang;
    let chosen = cx.is_chosen(model);
    let s = tr(lang);
    let c = cat_tr(lang);
    let name = model.name(lang);
    let mut command = None;
    let stroke = if chosen {
        ui.visuals().selection.stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let title = egui::RichText::new(name).strong().size(17.0);
            let radio = ui.radio(chosen, title);
            // After a step change the first model takes the focus, so the space bar chooses it.
            crate::ui::autofocus(ui, &radio);
            if radio.clicked() && !chosen {
                command = Some(Command::ChooseModel(model.id.clone()));
            }
            let imported = screen.is_imported(&model.id);
            ui.label(egui::RichText::new(origin_line(lang, model, imported)).weak());
            if chosen {
                ui.label(egui::RichText::new(s.chosen_model).strong());
            }
            ui.label(format!(
                "{} {}",
                s.target_group_label,
                target_group_text(lang, model)
            ));
            if let Some(pilot) = pilot_text(model, lang) {
                ui.label(format!("{} {pilot}", s.pilot_label));
            }
            ui.label(model.summary.get(lang));
            ui.horizontal(|ui| {
                if ui
                    .button(c.details)
                    .accessible_name((c.details_for)(name))
                    .clicked()
                {
                    screen.view = View::Model(model.id.clone());
                }
                compare_checkbox(ui, lang, model, screen);
            });
        });
    command
}

/// The target groups from the fit tags, or the first target-group fact when the model
/// tags none (service models often employ "people at risk of exclusion" in general).
pub fn target_group_text(lang: Lang, model: &ModelEntry) -> String {
    let c = cat_tr(lang);
    if model.fit.target_groups.is_empty() {
        return model
            .target_group
            .first()
            .map_or_else(|| c.none.to_owned(), |fact| fact.get(lang).to_owned());
    }
    joined(model.fit.target_groups.iter().map(|g| c.group(*g)), c.none)
}

fn compare_checkbox(
    ui: &mut egui::Ui,
    lang: Lang,
    model: &ModelEntry,
    screen: &mut CatalogueScreen,
) {
    let c = cat_tr(lang);
    let mut picked = screen.compare.contains(&model.id);
    let enabled = picked || screen.compare.len() < MAX_COMPARE;
    let response = ui
        .add_enabled(enabled, egui::Checkbox::new(&mut picked, c.compare_toggle))
        .accessible_name((c.compare_for)(model.name(lang)));
    let response = if enabled {
        response
    } else {
        response.on_disabled_hover_text(c.compare_full)
    };
    if response.changed() {
        screen.toggle_compare(&model.id);
    }
}
