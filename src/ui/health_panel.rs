//! The plan's health check on the review step: each issue with a button to where it is fixed.

use chrono::NaiveDate;

use crate::checklist_filter::Filter;
use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::planning::health::{HealthTexts, texts};
use crate::model::catalogue::ModelEntry;
use crate::model::health::{Issue, Target, check_with};
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
            ui.label(format!("✔ {}", t.findings.healthy));
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
                    command = Some(target_command(issue));
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

/// Where a finding's button goes: its step, or its item in the checklist with the filter
/// that lists the others like it (without an owner, overdue).
fn target_command(issue: &Issue) -> Command {
    let filter = match issue {
        Issue::NoOwner { .. } => Filter::NoOwner,
        Issue::Overdue { .. } => Filter::Pressing,
        _ => Filter::All,
    };
    match issue.target() {
        Target::Step(step) => Command::GoTo(step),
        Target::Item(id) => Command::ShowChecklistFiltered(id, filter),
    }
}

/// The text of `issue`: the exports' wording, an overdue item after a stop sign, and a
/// requirement the notes flag with its "to verify" mark; `model` names the elements of
/// franchise findings.
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
    let text = t.findings.issue(issue, lang, model, &item);
    match issue {
        Issue::Overdue { .. } => format!("⛔ {text}"),
        Issue::LegalMinimum(check) if check.rule.needs_verifying() => {
            format!("{text} ({})", crate::i18n::tr(lang).to_verify)
        }
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::issue_text;
    use crate::export::{Block, ExportOptions, SectionKind, build};
    use crate::i18n::planning::health::texts;
    use crate::io::plan_file::parse_plan;
    use crate::model::catalogue::{Catalogue, parse_model};
    use crate::model::health::check;
    use crate::model::text::Lang;

    #[test]
    fn the_window_and_the_exports_word_each_finding_alike() {
        let model = include_str!("../../tests/golden/fixture_model.json");
        let catalogue = Catalogue::from_models(vec![parse_model(model).unwrap()]);
        let plan = parse_plan(include_bytes!("../../tests/golden/fixture_plan.json")).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let issues = check(&plan, today);
        assert!(issues.len() >= 3, "{issues:?}");
        for lang in Lang::ALL {
            let options = ExportOptions {
                lang,
                ..ExportOptions::default()
            };
            let doc = build(&plan, &catalogue, &options, today);
            let health = doc
                .sections
                .iter()
                .find(|s| s.kind == SectionKind::Health)
                .unwrap();
            let Some(Block::List(exported)) =
                health.blocks.iter().find(|b| matches!(b, Block::List(_)))
            else {
                panic!("{health:?}");
            };
            assert_eq!(exported.len(), issues.len());
            for (issue, para) in issues.iter().zip(exported) {
                let shown = issue_text(texts(lang), lang, &plan, None, issue);
                assert!(
                    shown.contains(&para.text),
                    "{shown:?} against {:?}",
                    para.text
                );
            }
        }
    }
}
