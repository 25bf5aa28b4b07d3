//! The last step: what needs attention, a summary of the plan, and saving it.

use crate::command::Command;
use crate::document::Document;
use crate::i18n::{Lang, tr};
use crate::model::catalogue::Catalogue;

/// Draws the health check and the summary; returns the command of the button clicked.
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    doc: &Document,
    catalogue: &Catalogue,
    today: chrono::NaiveDate,
) -> Option<Command> {
    let s = tr(lang);
    let plan = doc.plan();
    ui.heading(s.review_heading);
    ui.add_space(8.0);
    let model = plan.model_id.as_deref().and_then(|id| catalogue.get(id));
    let fix = super::health_panel::ui(ui, lang, plan, model, today);
    ui.add_space(8.0);
    let or_not_set = |text: &str| {
        if text.trim().is_empty() {
            s.not_set.to_owned()
        } else {
            text.trim().to_owned()
        }
    };
    let kind = plan.profile.kind.map_or(s.not_set, |kind| s.kind(kind));
    let model = match plan.model_id.as_deref() {
        Some(id) => catalogue
            .get(id)
            .map_or_else(|| id.to_owned(), |m| m.name(lang).to_owned()),
        None => s.not_set.to_owned(),
    };
    let progress = crate::model::progress::Progress::of(&plan.checklist);
    let h = crate::i18n::planning::health::texts(lang);
    let readiness = plan.readiness.summary();
    let totals = plan.budget_totals();
    let budget = (h.budget_summary)(
        &crate::model::money::format_money(totals.costs, lang),
        &crate::model::money::format_money(totals.funding, lang),
    );
    let file = doc
        .path()
        .map_or_else(|| s.never_saved.to_owned(), |p| p.display().to_string());
    egui::Grid::new("review_grid")
        .num_columns(2)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            for (label, value) in [
                (s.plan_name_label, or_not_set(&plan.name)),
                (s.review_kind, kind.to_owned()),
                (s.organisation_label, or_not_set(&plan.profile.organisation)),
                (s.place_label, or_not_set(&plan.profile.place)),
                (s.review_model, model),
                (
                    s.review_progress,
                    (crate::i18n::planning::checklist::texts(lang).overall)(progress),
                ),
                (
                    h.review_readiness,
                    (crate::i18n::planning::readiness::texts(lang).score)(readiness),
                ),
                (h.review_budget, budget),
                (s.review_file, file),
            ] {
                ui.label(egui::RichText::new(label).strong());
                ui.label(value);
                ui.end_row();
            }
        });
    ui.add_space(12.0);
    super::phase_bars::ui(ui, lang, plan, true);
    ui.add_space(12.0);
    super::step_franchise::review_ui(ui, lang, catalogue, plan);
    ui.add_space(12.0);
    let mut command = fix;
    ui.horizontal(|ui| {
        for candidate in [Command::Save, Command::SaveAs] {
            let mut tip = candidate.tooltip(s).unwrap_or_default().to_owned();
            if let Some(shortcut) = candidate.shortcut() {
                tip.push_str(&format!(" ({})", ui.ctx().format_shortcut(&shortcut)));
            }
            if ui.button(candidate.label(s)).on_hover_text(tip).clicked() {
                command = Some(candidate);
            }
        }
    });
    command
}
