//! The lower half of the franchise step: agreement terms with status and note, the support
//! package, the fees and the reports sent back.

use super::fields::money_field;
use crate::i18n::Lang;
use crate::i18n::planning::franchise::FranchiseTexts;
use crate::model::franchise::{Fee, FeeKind, Franchise, ReportingItem, SupportItem};
use crate::model::franchise_terms::{TermId, TermStatus};
use crate::model::money::format_money;

/// Draws the agreement, support, fees and reporting; edits `franchise` in place.
pub fn ui(ui: &mut egui::Ui, lang: Lang, t: &FranchiseTexts, franchise: &mut Franchise) {
    ui.label(egui::RichText::new(t.agreement_heading).strong().size(17.0));
    super::why_hint(ui, t.agreement_hint);
    egui::Grid::new("franchise_terms")
        .num_columns(3)
        .spacing([12.0, 4.0])
        .striped(true)
        .show(ui, |ui| {
            for id in TermId::ALL {
                term_row(ui, t, franchise, id);
                ui.end_row();
            }
        });
    ui.add_space(12.0);
    ui.label(egui::RichText::new(t.support_heading).strong().size(17.0));
    let support = &mut franchise.support;
    lines_ui(
        ui,
        t,
        support,
        "support",
        t.add_support,
        |ui, n, item: &mut SupportItem| {
            text(ui, &mut item.what, (t.support_what)(n));
            text(ui, &mut item.note, (t.support_note)(n));
        },
    );
    ui.add_space(12.0);
    ui.label(egui::RichText::new(t.fees_heading).strong().size(17.0));
    super::why_hint(ui, t.fees_hint);
    lines_ui(
        ui,
        t,
        &mut franchise.fees,
        "fees",
        t.add_fee,
        |ui, n, fee: &mut Fee| {
            text(ui, &mut fee.name, (t.fee_name)(n));
            for kind in [FeeKind::OneOff, FeeKind::Periodic] {
                if ui.radio(fee.kind == kind, t.fee_kind(kind)).clicked() {
                    fee.kind = kind;
                }
            }
            let id = ui.make_persistent_id("amount");
            money_field(ui, id, &mut fee.amount, lang)
                .response
                .accessible_name((t.fee_amount)(n));
        },
    );
    if !franchise.fees.is_empty() {
        ui.label(format_money(franchise.fees_total(), lang));
    }
    ui.add_space(12.0);
    ui.label(egui::RichText::new(t.reporting_heading).strong().size(17.0));
    let reporting = &mut franchise.reporting;
    lines_ui(
        ui,
        t,
        reporting,
        "reporting",
        t.add_reporting,
        |ui, n, item: &mut ReportingItem| {
            text(ui, &mut item.what, (t.reporting_what)(n));
            text(ui, &mut item.how_often, (t.reporting_how_often)(n));
        },
    );
}

fn term_row(ui: &mut egui::Ui, t: &FranchiseTexts, franchise: &mut Franchise, id: TermId) {
    let name = t.term(id);
    let label = ui.label(name);
    let current = franchise.term_status(id);
    ui.horizontal(|ui| {
        for status in TermStatus::ALL {
            let status_name = t.status(status);
            let radio = ui
                .radio(current == status, status_name)
                .accessible_name(format!("{status_name}: {name}"));
            if radio.clicked() {
                franchise.term_mut(id).status = status;
            }
        }
    });
    let term = franchise.term_mut(id);
    ui.add(egui::TextEdit::singleline(&mut term.note).desired_width(220.0))
        .labelled_by(label.id);
}

fn text(ui: &mut egui::Ui, value: &mut String, name: String) {
    ui.add(egui::TextEdit::singleline(value).desired_width(200.0))
        .accessible_name(name);
}

/// Editable lines with a remove button each and an add button below.
fn lines_ui<T: Default>(
    ui: &mut egui::Ui,
    t: &FranchiseTexts,
    lines: &mut Vec<T>,
    salt: &str,
    add: &str,
    mut row: impl FnMut(&mut egui::Ui, usize, &mut T),
) {
    let mut remove = None;
    for (index, line) in lines.iter_mut().enumerate() {
        let n = index + 1;
        ui.push_id((salt, index), |ui| {
            ui.horizontal(|ui| {
                row(ui, n, line);
                if ui.button("🗑").accessible_name((t.remove)(n)).clicked() {
                    remove = Some(index);
                }
            });
        });
    }
    if let Some(index) = remove.filter(|i| *i < lines.len()) {
        lines.remove(index);
    }
    if ui.button(add).clicked() {
        lines.push(T::default());
    }
}
