//! Step 3: choose the model to replicate, with the catalogue's search, model pages,
//! comparison and fit recommendation (see [`super::catalogue`]).

use super::catalogue::{self, CatalogueScreen, Context};
use crate::command::Command;
use crate::i18n::catalogue::cat_tr;
use crate::i18n::tr;

/// Draws the step: which model is chosen, then the catalogue; returns the command to apply
/// (choose a model, import a model file).
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, screen: &mut CatalogueScreen) -> Option<Command> {
    let s = tr(cx.lang);
    let c = cat_tr(cx.lang);
    ui.heading(s.model_heading);
    let chosen = cx
        .plan
        .model_id
        .as_deref()
        .and_then(|id| cx.catalogue.get(id));
    match chosen {
        Some(model) => {
            let line = (c.chosen_line)(model.name(cx.lang));
            ui.label(egui::RichText::new(line).strong());
        }
        None => {
            ui.label(egui::RichText::new(c.none_chosen).strong());
        }
    }
    ui.label(s.model_intro);
    ui.add_space(8.0);
    catalogue::ui(ui, cx, screen)
}
