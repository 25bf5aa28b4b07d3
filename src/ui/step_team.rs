//! Step 6: founders, members and employees as counts only, checked against the founding
//! minimums and the "at least half" rules, with each rule's legal basis, "to verify" mark
//! and source.

use super::fields::{count_field, count_field_width};
use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::planning::checklist::texts as checklist_texts;
use crate::i18n::planning::team::{TeamTexts, texts};
use crate::model::membership::{Check, Headcount, Outcome, checks};
use crate::model::plan::Plan;
use crate::model::taxonomy::FounderRoute;
use crate::model::wizard::Step;

/// Draws the counts and checks; edits the plan in place.
pub fn ui(ui: &mut egui::Ui, lang: Lang, plan: &mut Plan) -> Option<Command> {
    let t = texts(lang);
    // The heading names members only where the step has a members row.
    let heading = match plan.route() {
        Some(FounderRoute::LegalPersons) => t.heading_legal,
        _ => t.heading,
    };
    ui.heading(heading);
    ui.label(egui::RichText::new(t.privacy).italics());
    ui.add_space(8.0);
    let Some(route) = plan.route() else {
        ui.label(t.no_route);
        return ui
            .button(t.go_to_profile)
            .clicked()
            .then_some(Command::GoTo(Step::Profile));
    };
    let m = &mut plan.membership;
    egui::Grid::new("team_counts")
        .num_columns(4)
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            let mut widths = [0.0; 2];
            for (index, column) in [t.col_at_risk, t.col_others, t.col_total]
                .iter()
                .enumerate()
            {
                let width = ui.label(egui::RichText::new(*column).strong()).rect.width();
                if let Some(slot) = widths.get_mut(index) {
                    *slot = width;
                }
            }
            ui.end_row();
            if route == FounderRoute::NaturalPersons {
                headcount_row(ui, ("founders", t.row_founders), t, widths, &mut m.founders);
                headcount_row(ui, ("members", t.row_members), t, widths, &mut m.members);
            }
            headcount_row(
                ui,
                ("employees", t.row_employees),
                t,
                widths,
                &mut m.employees,
            );
        });
    if route == FounderRoute::NaturalPersons {
        ui.label(egui::RichText::new(t.members_hint).weak());
    } else {
        ui.horizontal(|ui| {
            let label = ui.label(t.legal_founders);
            let id = ui.make_persistent_id("legal_founders");
            count_field(ui, id, &mut m.legal_founders)
                .response
                .labelled_by(label.id);
        });
    }
    ui.add_space(12.0);
    ui.label(egui::RichText::new(t.checks_heading).strong().size(17.0));
    for check in checks(&plan.membership, Some(route)) {
        check_ui(ui, lang, check);
    }
    None
}

/// One row of counts; each field as wide as its column's heading (`widths`), so it sits
/// squarely under it.
fn headcount_row(
    ui: &mut egui::Ui,
    (key, name): (&str, &str),
    t: &TeamTexts,
    widths: [f32; 2],
    count: &mut Headcount,
) {
    ui.label(name);
    for ((column, value), width) in [
        (t.col_at_risk, &mut count.at_risk),
        (t.col_others, &mut count.others),
    ]
    .into_iter()
    .zip(widths)
    {
        let id = ui.make_persistent_id((key, column));
        count_field_width(ui, id, value, width.max(60.0))
            .response
            .accessible_name(format!("{name}: {column}"));
    }
    ui.label(count.total().to_string());
    ui.end_row();
}

fn check_ui(ui: &mut egui::Ui, lang: Lang, check: Check) {
    let (t, c) = (texts(lang), checklist_texts(lang));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(t.rule_text(check.rule)).strong());
        let color = match check.outcome {
            Outcome::Met => ui.visuals().text_color(),
            Outcome::NoData => egui::Color32::GRAY,
            Outcome::MetIfMoreJoin(_) => super::theme::WARNING,
            Outcome::Short(_) => super::theme::ERROR,
        };
        ui.label(egui::RichText::new(t.outcome_text(check.outcome)).color(color));
        let Some(item) = check.rule.item() else {
            return;
        };
        ui.horizontal_wrapped(|ui| {
            if let Some(basis) = &item.legal_basis {
                let basis = crate::model::legal::citation_text(basis, lang);
                ui.label(egui::RichText::new(format!("{} {basis}", c.legal_label)).weak());
            }
            if item.verify {
                super::verify_badge(ui, crate::i18n::tr(lang).to_verify);
            }
            if let Some(url) = &item.source {
                ui.label(egui::RichText::new(c.source_label).weak());
                ui.hyperlink_to(super::checklist_detail::link_text(url), url)
                    .on_hover_text(url);
            }
        });
    });
}
