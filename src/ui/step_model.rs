//! Step 3: choose the model to replicate.

use crate::command::Command;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::{Catalogue, Family, ModelEntry, Provenance};
use crate::model::plan::Plan;

/// Draws one card per model; returns the model the user chose.
pub fn ui(ui: &mut egui::Ui, lang: Lang, catalogue: &Catalogue, plan: &Plan) -> Option<Command> {
    let s = tr(lang);
    ui.heading(s.model_heading);
    ui.label(s.model_intro);
    ui.add_space(8.0);
    let mut command = None;
    for model in &catalogue.models {
        let chosen = plan.model_id.as_deref() == Some(model.id.as_str());
        if card_ui(ui, lang, model, chosen) {
            command = Some(Command::ChooseModel(model.id.clone()));
        }
        ui.add_space(6.0);
    }
    command
}

/// Labels for a model's family and provenance.
pub fn family_and_provenance(lang: Lang, model: &ModelEntry) -> (&'static str, &'static str) {
    let s = tr(lang);
    let [integration, service] = s.families;
    let family = match model.family {
        Family::Integration => integration,
        Family::Service => service,
    };
    let [confirmed, named, outside] = s.provenances;
    let provenance = match model.provenance {
        Provenance::SeriesConfirmed => confirmed,
        Provenance::SeriesNamed => named,
        Provenance::OutsideSeries => outside,
    };
    (family, provenance)
}

fn card_ui(ui: &mut egui::Ui, lang: Lang, model: &ModelEntry, chosen: bool) -> bool {
    let s = tr(lang);
    let mut clicked = false;
    let stroke = if chosen {
        ui.visuals().selection.stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let name = egui::RichText::new(model.name(lang)).strong().size(17.0);
            let radio = ui.radio(chosen, name);
            super::autofocus(ui, &radio);
            if radio.clicked() && !chosen {
                clicked = true;
            }
            let (family, provenance) = family_and_provenance(lang, model);
            ui.label(egui::RichText::new(format!("{family} · {provenance}")).weak());
            if let Some(pilot) = &model.pilot {
                let mut text = format!("{} {}", s.pilot_label, pilot.name);
                if let Some(place) = &pilot.place {
                    text.push_str(&format!(", {place}"));
                }
                if let Some(year) = pilot.year {
                    text.push_str(&format!(" ({year})"));
                }
                ui.label(text);
            }
            ui.label(model.summary.get(lang));
        });
    clicked
}
