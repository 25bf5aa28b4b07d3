//! The plan's health check on the review step: each issue with a button to where it is fixed.

use chrono::NaiveDate;

use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::planning::franchise::texts as franchise_texts;
use crate::i18n::planning::health::{HealthTexts, texts};
use crate::i18n::planning::team::texts as team_texts;
use crate::model::catalogue::ModelEntry;
use crate::model::health::{Issue, Target, check_with};
use crate::model::money::format_money;
use crate::model::plan::Plan;

/// Overdue items listed one by one; the rest are counted.
const OVERDUE_SHOWN: usize = 5;

/// Draws the list of issues; returns the command of the button clicked. `model` is the
/// plan's model as the catalogue knows it (to name a dropped core element).
pub fn ui(
    ui: &mut egui::Ui,
    lang: Lang,
    plan: &Plan,
    model: Option<&ModelEntry>,
    today: NaiveDate,
) -> Option<Command> {
    let t = texts(lang);
    let issues = check_with(plan, model, today);
    let mut command = None;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(t.heading).strong().size(17.0));
        if issues.is_empty() {
            ui.label(t.healthy);
            return;
        }
        let overdue_total = issues
            .iter()
            .filter(|i| matches!(i, Issue::Overdue { .. }))
            .count();
        let mut overdue_seen = 0;
        for issue in &issues {
            if matches!(issue, Issue::Overdue { .. }) {
                overdue_seen += 1;
                if overdue_seen > OVERDUE_SHOWN {
                    continue;
                }
            }
            let text = issue_text(t, lang, plan, model, issue);
            ui.horizontal_wrapped(|ui| {
                let button = ui.small_button(t.fix).accessible_name((t.fix_name)(&text));
                if button.clicked() {
                    command = Some(target_command(issue.target()));
                }
                ui.label(text);
            });
        }
        if overdue_total > OVERDUE_SHOWN {
            ui.label((t.more_overdue)(overdue_total - OVERDUE_SHOWN));
        }
    });
    command
}

fn target_command(target: Target) -> Command {
    match target {
        Target::Step(step) => Command::GoTo(step),
        Target::Item(id) => Command::ShowChecklistItem(id),
    }
}

/// The text of `issue`; `model` names the elements of franchise findings.
pub fn issue_text(
    t: &HealthTexts,
    lang: Lang,
    plan: &Plan,
    model: Option<&ModelEntry>,
    issue: &Issue,
) -> String {
    let item = |id: &str| {
        plan.entry(id)
            .map_or_else(|| id.to_owned(), |e| e.text.get(lang).to_owned())
    };
    match issue {
        Issue::NoModel => t.no_model.to_owned(),
        Issue::NoOwner { count, .. } => (t.no_owner)(*count),
        Issue::Overdue { id, days } => (t.overdue)(*days, &item(id)),
        Issue::MissingReason { id } => (t.missing_reason)(&item(id)),
        Issue::NoFounderCount => t.no_founder_count.to_owned(),
        Issue::LegalMinimum(check) => {
            let team = team_texts(lang);
            let mut text = (t.legal_minimum)(
                team.rule_text(check.rule),
                &team.outcome_text(check.outcome),
            );
            if check.rule.needs_verifying() {
                text.push_str(&format!(" ({})", crate::i18n::tr(lang).to_verify));
            }
            text
        }
        Issue::ReadinessIncomplete {
            answered,
            questions,
        } => (t.readiness_incomplete)(*answered, *questions),
        Issue::ReadinessLow { points, threshold } => (t.readiness_low)(*points, *threshold),
        Issue::FundingGap(gap) => (t.funding_gap)(&format_money(*gap, lang)),
        Issue::Franchise(finding) => franchise_texts(lang).finding(finding, model, lang),
    }
}
