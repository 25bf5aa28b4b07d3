//! Step 7: the start-up budget and funding sketch: cost lines, funding lines, totals, the
//! gap, jobs created, and dated reference amounts to add as editable lines.

use super::fields::{claim_focus, count_field, focus_when_drawn, money_field};
use crate::i18n::Lang;
use crate::i18n::planning::budget::{BudgetTexts, texts};
use crate::i18n::planning::checklist::texts as checklist_texts;
use crate::i18n::planning::franchise::texts as franchise_texts;
use crate::model::budget::{Budget, CostLine, FundingKind, FundingLine, REFERENCES, Reference};
use crate::model::franchise::Fee;
use crate::model::money::{Money, format_money};
use crate::model::plan::Plan;

/// Draws the budget; edits the plan in place.
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan) {
    let t = texts(lang);
    let budget = &mut plan.budget;
    ui.heading(t.heading);
    ui.label(egui::RichText::new(t.intro).weak());
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        let label = ui.label(t.jobs_label);
        let id = ui.make_persistent_id("jobs");
        count_field(ui, id, &mut budget.jobs)
            .response
            .labelled_by(label.id);
    });
    ui.add_space(8.0);
    ui.label(egui::RichText::new(t.costs_heading).strong().size(17.0));
    costs_ui(ui, lang, t, &mut budget.costs);
    fees_ui(ui, lang, &plan.franchise.fees);
    ui.add_space(8.0);
    let budget = &mut plan.budget;
    ui.label(egui::RichText::new(t.funding_heading).strong().size(17.0));
    funding_ui(ui, lang, t, &mut budget.funding);
    ui.add_space(8.0);
    // The chart beside the totals when there is room, below them when not.
    if ui.available_width() >= 880.0 {
        ui.horizontal_top(|ui| {
            ui.vertical(|ui| totals_ui(ui, lang, t, plan));
            ui.add_space(24.0);
            ui.vertical(|ui| super::chart_budget::ui(ui, lang, plan));
        });
    } else {
        totals_ui(ui, lang, t, plan);
        ui.add_space(8.0);
        super::chart_budget::ui(ui, lang, plan);
    }
    ui.add_space(12.0);
    references_ui(ui, lang, t, &mut plan.budget);
}

/// The franchise fees, counted in the costs but kept in the franchise section (read only
/// here; they are edited in the franchise step).
fn fees_ui(ui: &mut egui::Ui, lang: Lang, fees: &[Fee]) {
    if fees.is_empty() {
        return;
    }
    let f = franchise_texts(lang);
    ui.add_space(4.0);
    ui.label(egui::RichText::new(f.fees_in_budget).strong());
    for fee in fees {
        let name = match fee.name.trim() {
            "" => f.fees_heading,
            name => name,
        };
        let kind = f.fee_kind(fee.kind);
        let amount = format_money(fee.amount, lang);
        ui.label(format!("{name} ({kind}): {amount}"));
    }
}

/// The widest a cost or funding line is drawn (wider, names would be hard to read across).
const MAX_LINE: f32 = 900.0;

/// Room kept on a line for the amount and the remove button after the name.
const AMOUNT_AND_REMOVE: f32 = 210.0;

/// The narrowest a line's name field gets.
const MIN_NAME: f32 = 160.0;

/// The width of a line's name when it starts at the line's left edge: the rest of the line
/// once the amount and the remove button have their room, so the amounts and buttons of the
/// costs and of the funding sources end in one column, and each name fills its own.
fn name_width(ui: &egui::Ui) -> f32 {
    (ui.available_width().min(MAX_LINE) - AMOUNT_AND_REMOVE).max(MIN_NAME)
}

fn costs_ui(ui: &mut egui::Ui, lang: Lang, t: &BudgetTexts, costs: &mut Vec<CostLine>) {
    let mut remove = None;
    for (index, line) in costs.iter_mut().enumerate() {
        let n = index + 1;
        ui.push_id(("cost", index), |ui| {
            ui.horizontal(|ui| {
                let width = name_width(ui);
                let name = ui
                    .add(
                        egui::TextEdit::singleline(&mut line.name)
                            .hint_text(t.cost_hint)
                            .desired_width(width),
                    )
                    .accessible_name((t.cost_name)(n));
                crate::ui::autofocus(ui, &name);
                claim_focus(ui, &name, egui::Id::unique(("cost_name", index)));
                let id = ui.make_persistent_id("amount");
                money_field(ui, id, &mut line.amount, lang)
                    .response
                    .accessible_name((t.cost_amount)(n));
                if ui.button("🗑").accessible_name((t.cost_remove)(n)).clicked() {
                    remove = Some(index);
                }
            });
        });
    }
    if let Some(index) = remove.filter(|i| *i < costs.len()) {
        costs.remove(index);
    }
    if ui.button(t.add_cost).clicked() {
        costs.push(CostLine::default());
        focus_when_drawn(ui.ctx(), egui::Id::unique(("cost_name", costs.len() - 1)));
    }
}

fn funding_ui(ui: &mut egui::Ui, lang: Lang, t: &BudgetTexts, funding: &mut Vec<FundingLine>) {
    let mut remove = None;
    for (index, line) in funding.iter_mut().enumerate() {
        let n = index + 1;
        ui.push_id(("funding", index), |ui| {
            ui.horizontal(|ui| {
                let (row_left, line_name) = (ui.cursor().left(), name_width(ui));
                let kind_name = t.findings.funding_kind(line.kind);
                egui::ComboBox::from_id_salt("kind")
                    .selected_text(kind_name)
                    .width(230.0)
                    .show_ui(ui, |ui| {
                        for kind in FundingKind::ALL {
                            ui.selectable_value(
                                &mut line.kind,
                                kind,
                                t.findings.funding_kind(kind),
                            );
                        }
                    })
                    .response
                    .accessible_name((t.funding_kind)(n));
                let width = line_name - (ui.cursor().left() - row_left);
                let name = ui
                    .add(
                        egui::TextEdit::singleline(&mut line.name)
                            .hint_text(t.funding_hint)
                            .desired_width(width.max(MIN_NAME)),
                    )
                    .accessible_name((t.funding_name)(n));
                claim_focus(ui, &name, egui::Id::unique(("funding_name", index)));
                let id = ui.make_persistent_id("amount");
                money_field(ui, id, &mut line.amount, lang)
                    .response
                    .accessible_name((t.funding_amount)(n));
                if ui
                    .button("🗑")
                    .accessible_name((t.funding_remove)(n))
                    .clicked()
                {
                    remove = Some(index);
                }
            });
        });
    }
    if let Some(index) = remove.filter(|i| *i < funding.len()) {
        funding.remove(index);
    }
    if ui.button(t.add_funding).clicked() {
        funding.push(FundingLine::default());
        focus_when_drawn(
            ui.ctx(),
            egui::Id::unique(("funding_name", funding.len() - 1)),
        );
    }
}

fn totals_ui(ui: &mut egui::Ui, lang: Lang, t: &BudgetTexts, plan: &Plan) {
    let totals = plan.budget_totals();
    let gap = totals.gap();
    egui::Grid::new("budget_totals")
        .num_columns(2)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(format!("{}:", t.findings.total_costs)).strong());
            ui.label(format_money(totals.costs, lang));
            ui.end_row();
            ui.label(egui::RichText::new(format!("{}:", t.findings.total_funding)).strong());
            ui.label(format_money(totals.funding, lang));
            ui.end_row();
            if gap > Money::ZERO {
                ui.label(
                    egui::RichText::new(t.gap_missing)
                        .strong()
                        .color(super::theme::ERROR),
                );
                ui.label(egui::RichText::new(format_money(gap, lang)).color(super::theme::ERROR));
                ui.end_row();
            } else if gap < Money::ZERO {
                ui.label(egui::RichText::new(t.gap_surplus).strong());
                ui.label(format_money(Money::ZERO.minus(gap), lang));
                ui.end_row();
            }
            if let Some(per_job) = plan.cost_per_job() {
                ui.label(egui::RichText::new(format!("{}:", t.findings.per_job)).strong());
                ui.label(format_money(per_job, lang));
                ui.end_row();
            }
        });
    if gap == Money::ZERO && totals.costs > Money::ZERO {
        ui.label(t.balanced);
    }
}

fn references_ui(ui: &mut egui::Ui, lang: Lang, t: &BudgetTexts, budget: &mut Budget) {
    let c = checklist_texts(lang);
    ui.label(
        egui::RichText::new(t.references_heading)
            .strong()
            .size(17.0),
    );
    ui.label(egui::RichText::new(t.references_intro).weak());
    for reference in &REFERENCES {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(reference.label.get(lang)).strong());
            let amount = format_money(reference.amount, lang);
            let per = if reference.per_job {
                (t.findings.amount_per_job)(&amount)
            } else {
                (t.findings.amount_per_person)(&amount)
            };
            ui.horizontal_wrapped(|ui| {
                ui.label(per);
                ui.label(egui::RichText::new((t.findings.as_of)(reference.dated.get(lang))).weak());
                if reference.verify {
                    super::verify_badge(ui, crate::i18n::tr(lang).to_verify);
                }
                ui.label(egui::RichText::new(c.source_label).weak());
                let link = super::checklist_detail::link_text(reference.source);
                ui.hyperlink_to(link, reference.source)
                    .on_hover_text(reference.source);
            });
            if ui
                .button(add_label(t, lang, reference, budget.jobs))
                .clicked()
            {
                budget
                    .funding
                    .push(reference_line(lang, reference, budget.jobs));
            }
        });
    }
}

fn add_label(t: &BudgetTexts, lang: Lang, reference: &Reference, jobs: u32) -> String {
    let units = reference.units(jobs);
    let one = format_money(reference.amount, lang);
    let all = format_money(reference.amount.times(units), lang);
    (t.add_reference)(units, &one, &all)
}

fn reference_line(lang: Lang, reference: &Reference, jobs: u32) -> FundingLine {
    let name = format!(
        "{} ({})",
        reference.label.get(lang),
        reference.dated.get(lang)
    );
    reference.line(jobs, name)
}
