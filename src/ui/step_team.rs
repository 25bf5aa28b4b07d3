//! Step 6: founders, members and employees as counts only, checked against the founding
//! minimums and the "at least half" rules, with each rule's legal basis, "to verify" mark
//! and source.

use super::fields::count_field;
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
    ui.heading(t.heading);
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
            for column in [t.col_at_risk, t.col_others, t.col_total] {
                ui.label(egui::RichText::new(column).strong());
            }
            ui.end_row();
            if route == FounderRoute::NaturalPersons {
                headcount_row(ui, "founders", t.row_founders, t, &mut m.founders);
                headcount_row(ui, "members", t.row_members, t, &mut m.members);
            }
            headcount_row(ui, "employees", t.row_employees, t, &mut m.employees);
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

fn headcount_row(ui: &mut egui::Ui, key: &str, name: &str, t: &TeamTexts, count: &mut Headcount) {
    ui.label(name);
    for (column, value) in [
        (t.col_at_risk, &mut count.at_risk),
        (t.col_others, &mut count.others),
    ] {
        let id = ui.make_persistent_id((key, column));
        count_field(ui, id, value)
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
