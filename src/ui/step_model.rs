//! Step 3: choose the model to replicate, with the catalogue's search, model pages,
//! comparison and fit recommendation (see [`super::catalogue`]).

use super::catalogue::{self, CatalogueScreen};
use crate::command::Command;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::Catalogue;
use crate::model::plan::Plan;

/// Draws the step; returns the command to apply (choose a model, import a model file).
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    catalogue: &Catalogue,
    plan: &Plan,
    screen: &mut CatalogueScreen,
) -> Option<Command> {
    let s = tr(lang);
    ui.heading(s.model_heading);
    ui.label(s.model_intro);
    ui.add_space(8.0);
    catalogue::ui(ui, lang, catalogue, plan, screen)
}
