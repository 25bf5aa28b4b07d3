//! A model's page: everything the catalogue knows about it, in the order of the series'
//! manuals, with "to verify" marks and clickable sources.

use super::{CatalogueScreen, Context, View, choose_ui, origin_line, pilot_text, section_heading};
use crate::command::Command;
use crate::i18n::catalogue::cat_tr;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::{ItemTemplate, ModelEntry, Provenance};
use crate::model::taxonomy::Phase;
use crate::model::text::Fact;
use crate::ui::verify_badge;

/// Draws the page of the model the screen shows; returns [`Command::ChooseModel`] when the
/// user picks it (at the top or at the bottom of the page).
pub fn ui(ui: &mut egui::Ui, cx: &Context<'_>, screen: &mut CatalogueScreen) -> Option<Command> {
    let View::Model(id) = &screen.view else {
        return None;
    };
    let model = cx.catalogue.get(id)?;
    let lang = cx.lang;
    let c = cat_tr(lang);
    if ui.button(c.back_to_catalogue).clicked() {
        screen.view = View::List;
    }
    let mut command = header_ui(ui, cx, model, screen.is_imported(&model.id));
    let [
        group,
        diagnosis,
        goals,
        services,
        partners,
        prerequisites,
        items,
        risks,
        monitoring,
        impact,
        funding,
        sources,
    ] = c.sections;
    for (title, facts) in [
        (group, &model.target_group),
        (diagnosis, &model.diagnosis),
        (goals, &model.goals),
        (services, &model.services),
        (partners, &model.partners),
        (prerequisites, &model.prerequisites),
    ] {
        facts_ui(ui, lang, title, facts);
    }
    items_ui(ui, lang, items, &model.checklist);
    for (title, facts) in [
        (risks, &model.risks),
        (monitoring, &model.monitoring),
        (impact, &model.impact),
        (funding, &model.funding),
    ] {
        facts_ui(ui, lang, title, facts);
    }
    section_heading(ui, sources);
    for source in &model.sources {
        ui.hyperlink_to(format!("🔗 {}", source.title_in(lang)), &source.url)
            .on_hover_text(&source.url);
    }
    // Having read the page to its end, the user can choose the model there.
    ui.add_space(8.0);
    if let Some(chosen) = choose_ui(ui, cx, model, true) {
        command = Some(chosen);
    }
    command
}

fn header_ui(
    ui: &mut egui::Ui,
    cx: &Context<'_>,
    model: &ModelEntry,
    imported: bool,
) -> Option<Command> {
    let lang = cx.lang;
    let s = tr(lang);
    let c = cat_tr(lang);
    ui.add_space(4.0);
    ui.heading(model.name(lang));
    ui.label(egui::RichText::new(origin_line(lang, model, imported)).weak());
    match pilot_text(model, lang) {
        Some(pilot) => {
            ui.label(format!("{} {pilot}", s.pilot_label));
        }
        None if model.provenance != Provenance::OutsideSeries => {
            ui.label(c.no_pilot);
        }
        None => {}
    }
    if let Some(manual) = &model.manual {
        ui.label(format!(
            "{} „{}” – {}",
            c.manual_label, manual.title, manual.author
        ));
    }
    ui.add_space(4.0);
    ui.label(model.summary.get(lang));
    ui.add_space(6.0);
    let command = choose_ui(ui, cx, model, false);
    if has_facts_to_verify(model) {
        ui.add_space(4.0);
        ui.label(egui::RichText::new(c.verify_legend).small());
    }
    command
}

/// True when any fact or item of the model still needs checking.
pub fn has_facts_to_verify(model: &ModelEntry) -> bool {
    [
        &model.target_group,
        &model.diagnosis,
        &model.goals,
        &model.services,
        &model.partners,
        &model.prerequisites,
        &model.risks,
        &model.monitoring,
        &model.impact,
        &model.funding,
    ]
    .iter()
    .any(|facts| facts.iter().any(|f| f.verify))
        || model.checklist.iter().any(|item| item.verify)
}

fn facts_ui(ui: &mut egui::Ui, lang: Lang, title: &str, facts: &[Fact]) {
    section_heading(ui, title);
    if facts.is_empty() {
        ui.label(egui::RichText::new(cat_tr(lang).empty_section).weak());
    }
    for fact in facts {
        fact_ui(ui, lang, fact);
    }
}

/// One fact as a bullet, with the "to verify" mark when it is not confirmed.
pub fn fact_ui(ui: &mut egui::Ui, lang: Lang, fact: &Fact) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("• {}", fact.get(lang)));
        if fact.verify {
            verify_badge(ui, tr(lang).to_verify);
        }
    });
}

fn items_ui(ui: &mut egui::Ui, lang: Lang, title: &str, items: &[ItemTemplate]) {
    let s = tr(lang);
    let c = cat_tr(lang);
    section_heading(ui, title);
    if items.is_empty() {
        ui.label(egui::RichText::new(c.empty_section).weak());
    }
    for phase in Phase::ALL {
        let in_phase: Vec<&ItemTemplate> = items.iter().filter(|i| i.phase == phase).collect();
        if in_phase.is_empty() {
            continue;
        }
        ui.label(egui::RichText::new(s.phase(phase)).italics());
        for item in in_phase {
            ui.indent(("model_item", &item.id), |ui| item_ui(ui, lang, item));
        }
    }
}

fn item_ui(ui: &mut egui::Ui, lang: Lang, item: &ItemTemplate) {
    let s = tr(lang);
    let c = cat_tr(lang);
    ui.horizontal_wrapped(|ui| {
        ui.label(format!("• {}", item.text.get(lang)));
        if item.verify {
            verify_badge(ui, s.to_verify);
        }
    });
    ui.label(egui::RichText::new(item.why.get(lang)).weak());
    ui.horizontal_wrapped(|ui| {
        if let Some(basis) = item.legal_basis.as_deref().filter(|b| !b.trim().is_empty()) {
            let basis = crate::model::legal::citation_text(basis, lang);
            ui.label(egui::RichText::new(format!("{} {basis}", c.legal_basis_label)).small());
        }
        if let Some(url) = &item.source {
            ui.hyperlink_to(format!("🔗 {}", c.item_source), url)
                .on_hover_text(url);
        }
    });
    ui.add_space(2.0);
}
