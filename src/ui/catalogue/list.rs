//! The catalogue list: a note about the series, search and filters, and the cards in three
//! groups (the series, related models from outside it, imported models).

use super::{CatalogueScreen, Context, card, filters, section_heading};
use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::catalogue::cat_tr;
use crate::model::catalogue::{Catalogue, ModelEntry, Provenance};
use crate::model::search::find;

/// The groups of the list, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    Series,
    Outside,
    Imported,
}

/// Draws the list; returns the model the user chose.
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, screen: &mut CatalogueScreen) -> Option<Command> {
    let Context {
        lang, catalogue, ..
    } = *cx;
    let c = cat_tr(lang);
    about_ui(ui, lang, catalogue, screen);
    ui.add_space(6.0);
    filters::ui(ui, lang, screen);
    let found = find(&catalogue.models, &screen.filters, &screen.query);
    ui.label(egui::RichText::new((c.shown_count)(found.len(), catalogue.models.len())).weak());
    if found.is_empty() {
        ui.label(c.no_results);
        return None;
    }
    let mut command = None;
    for group in [Group::Series, Group::Outside, Group::Imported] {
        let members: Vec<&ModelEntry> = found
            .iter()
            .copied()
            .filter(|model| group_of(model, screen) == group)
            .collect();
        if members.is_empty() {
            continue;
        }
        group_heading(ui, lang, group);
        for model in members {
            if let Some(picked) = card::ui(ui, cx, model, screen) {
                command = Some(picked);
            }
            ui.add_space(6.0);
        }
    }
    command
}

fn group_of(model: &ModelEntry, screen: &CatalogueScreen) -> Group {
    if screen.is_imported(&model.id) {
        Group::Imported
    } else if model.provenance == Provenance::OutsideSeries {
        Group::Outside
    } else {
        Group::Series
    }
}

fn group_heading(ui: &mut egui::Ui, lang: Lang, group: Group) {
    let c = cat_tr(lang);
    let (heading, note) = match group {
        Group::Series => (c.group_series, None),
        Group::Outside => (c.group_outside, Some(c.group_outside_note)),
        Group::Imported => (c.group_imported, Some(c.group_imported_note)),
    };
    ui.add_space(6.0);
    section_heading(ui, heading);
    if let Some(note) = note {
        ui.label(egui::RichText::new(note).italics());
    }
    ui.add_space(4.0);
}

fn about_ui(ui: &mut egui::Ui, lang: Lang, catalogue: &Catalogue, screen: &CatalogueScreen) {
    let c = cat_tr(lang);
    let in_series = catalogue
        .models
        .iter()
        .filter(|m| m.provenance != Provenance::OutsideSeries && !screen.is_imported(&m.id))
        .count();
    egui::CollapsingHeader::new(c.about_heading)
        .id_salt("about_catalogue")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(c.about_text);
            ui.label(egui::RichText::new((c.about_count)(in_series)).weak());
        });
}
