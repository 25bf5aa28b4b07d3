//! Step 4: the franchise. Who passes the model on, what the replicator keeps, adapts or
//! drops of it (core elements first), the agreement terms, the support and the fees, with
//! the fidelity summary in the header.

use crate::i18n::Lang;
use crate::i18n::planning::franchise::{FranchiseTexts, texts};
use crate::model::catalogue::{Catalogue, ModelEntry};
use crate::model::franchise::{Decision, Franchise, Franchisor, FranchisorKind};
use crate::model::franchise_elements::{ModelElement, core_first};
use crate::model::franchise_findings::Finding;
use crate::model::plan::Plan;

/// Draws the step; edits the plan in place.
pub fn ui(ui: &mut egui::Ui, lang: Lang, catalogue: &Catalogue, plan: &mut Plan) {
    let before = plan.applicability();
    draw(ui, lang, catalogue, plan);
    // The agreement tasks of the checklist follow the franchisor and the terms.
    plan.sync_term_tasks(&before);
}

fn draw(ui: &mut egui::Ui, lang: Lang, catalogue: &Catalogue, plan: &mut Plan) {
    let t = texts(lang);
    ui.heading(t.heading);
    let model = plan.model_id.as_deref().and_then(|id| catalogue.get(id));
    if let Some(model) = model {
        let line = t.fidelity_line(plan.franchise.fidelity(model));
        ui.label(egui::RichText::new(line).strong().size(16.0));
    }
    ui.label(egui::RichText::new(t.intro).weak());
    ui.add_space(8.0);
    franchisor_ui(ui, t, &mut plan.franchise.franchisor);
    ui.add_space(12.0);
    ui.label(egui::RichText::new(t.elements_heading).strong().size(17.0));
    match model {
        Some(model) => elements_ui(ui, lang, t, model, &mut plan.franchise),
        None => {
            ui.label(t.no_model);
        }
    }
    ui.add_space(12.0);
    super::step_franchise_terms::ui(ui, lang, t, &mut plan.franchise);
}

fn franchisor_ui(ui: &mut egui::Ui, t: &FranchiseTexts, franchisor: &mut Franchisor) {
    ui.label(
        egui::RichText::new(t.franchisor_heading)
            .strong()
            .size(17.0),
    );
    for (index, kind) in FranchisorKind::ALL.into_iter().enumerate() {
        let radio = ui.radio(franchisor.kind == Some(kind), t.franchisor_kind(kind));
        if index == 0 {
            super::autofocus(ui, &radio);
        }
        if radio.clicked() {
            franchisor.kind = Some(kind);
        }
    }
    match franchisor.kind {
        Some(FranchisorKind::None) => {
            super::labelled_text_field(ui, t.know_how_source, &mut franchisor.know_how_source);
        }
        Some(_) => {
            super::verify_badge(ui, t.verify_owner);
            super::labelled_text_field(ui, t.franchisor_name, &mut franchisor.name);
            super::labelled_text_field(ui, t.franchisor_contact, &mut franchisor.contact);
            super::why_hint(ui, t.contact_hint);
        }
        None => {}
    }
}

fn elements_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    t: &FranchiseTexts,
    model: &ModelEntry,
    franchise: &mut Franchise,
) {
    for element in core_first(&model.elements) {
        ui.push_id(&element.id, |ui| {
            ui.add_space(6.0);
            element_ui(ui, lang, t, element, franchise);
        });
    }
}

fn element_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    t: &FranchiseTexts,
    element: &ModelElement,
    franchise: &mut Franchise,
) {
    let name = element.name.get(lang);
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(name).strong());
        let kind = egui::RichText::new(format!("[{}]", t.kind(element.kind))).small();
        ui.label(if element.is_core() {
            kind.color(super::theme::WARNING)
        } else {
            kind.weak()
        });
        ui.label(
            egui::RichText::new(t.provenance(element.provenance))
                .small()
                .weak(),
        );
        if element.provenance.needs_owner_check() {
            super::verify_badge(ui, t.verify_owner);
        }
    });
    super::why_hint(ui, element.why.get(lang));
    let current = franchise.decision_of(&element.id);
    ui.horizontal(|ui| {
        for decision in Decision::ALL {
            let label = t.decision(decision);
            let radio = ui
                .radio(current == decision, label)
                .accessible_name(format!("{label}: {name}"));
            if radio.clicked() {
                franchise.decision_mut(&element.id).decision = decision;
            }
        }
    });
    match franchise.decision_of(&element.id) {
        Decision::Keep => {}
        Decision::Adapt => {
            let d = franchise.decision_mut(&element.id);
            named_field(ui, t.change_label, name, &mut d.change);
            named_field(ui, t.adapt_reason_label, name, &mut d.reason);
        }
        Decision::Drop => {
            if element.is_core() {
                ui.label(egui::RichText::new(t.drop_core_warning).color(super::theme::WARNING));
            }
            let d = franchise.decision_mut(&element.id);
            named_field(ui, t.drop_reason_label, name, &mut d.reason);
        }
    }
}

/// A text field with a visible label, named "label: element" for screen readers so that
/// fields of different elements are told apart.
fn named_field(ui: &mut egui::Ui, label: &str, element: &str, value: &mut String) {
    ui.horizontal(|ui| {
        ui.add_space(24.0);
        ui.label(label);
        ui.add(egui::TextEdit::singleline(value).desired_width(super::theme::FIELD_WIDTH))
            .accessible_name(format!("{label}: {element}"));
    });
}

/// The franchise block of the review: fidelity, franchisor and how many agreement terms are
/// still open (the other franchise findings are in the health check above it).
pub fn review_ui(ui: &mut egui::Ui, lang: Lang, catalogue: &Catalogue, plan: &Plan) {
    let t = texts(lang);
    let franchise = &plan.franchise;
    let model = plan.model_id.as_deref().and_then(|id| catalogue.get(id));
    ui.label(egui::RichText::new(t.heading).strong().size(17.0));
    if let Some(model) = model {
        ui.label(t.fidelity_line(franchise.fidelity(model)));
    }
    if let Some(kind) = franchise.franchisor.kind {
        let name = franchise.franchisor.name.trim();
        let kind = t.franchisor_kind(kind);
        ui.label(if name.is_empty() {
            kind.to_owned()
        } else {
            format!("{kind}: {name}")
        });
    }
    let findings = crate::model::franchise_findings::findings(plan, model);
    let open_terms = findings
        .iter()
        .filter(|f| matches!(f, Finding::TermsOpen(_)));
    for finding in open_terms {
        let text = format!("⚠ {}", t.finding(finding, model, lang));
        ui.label(egui::RichText::new(text).color(super::theme::WARNING));
    }
}
