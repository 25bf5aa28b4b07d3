//! The readiness, team and budget steps and the health check in the real window.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use planning::{click, click_role, forward_to, plan_with_model, replace_in, type_into};
use social_franchise_planner::i18n::planning::budget::texts as budget_texts;
use social_franchise_planner::i18n::planning::checklist::texts as checklist_texts;
use social_franchise_planner::i18n::planning::health::texts as health_texts;
use social_franchise_planner::i18n::planning::readiness::texts as readiness_texts;
use social_franchise_planner::i18n::planning::team::texts as team_texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::budget::{FundingKind, REFERENCES};
use social_franchise_planner::model::membership::{Outcome, Rule};
use social_franchise_planner::model::money::{Money, format_money};
use social_franchise_planner::model::readiness::{QUESTIONS, suggested_entry, suggested_id};
use social_franchise_planner::model::wizard::Step;

fn answer(app: &mut common::TestApp, lang: Lang, id: &str, points: usize) {
    let question = QUESTIONS.iter().find(|q| q.id == id).unwrap();
    let answer = readiness_texts(lang).answers[points];
    click(app, &format!("{}: {answer}", question.title.get(lang)));
}

#[test]
fn weak_readiness_answers_become_checklist_items() {
    let lang = Lang::Pl;
    let r = readiness_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Gotowość", 0, "kindergarten");
    for q in &QUESTIONS {
        answer(&mut app, lang, q.id, 2);
    }
    app.harness.get_by_label(r.verdict_pass);
    answer(&mut app, lang, "premises", 0);
    answer(&mut app, lang, "people", 1);
    answer(&mut app, lang, "owes_support", 1);
    answer(&mut app, lang, "money", 0);
    let summary = app.harness.state().plan().readiness.summary();
    assert_eq!((summary.points, summary.threshold()), (14, 15));
    app.harness.get_by_label(r.verdict_low);

    // Custom suggestions are added together; the OWES item is on the common list already.
    click(&mut app, &(r.add_all)(3));
    for id in ["premises", "people", "money"] {
        let q = QUESTIONS.iter().find(|q| q.id == id).unwrap();
        assert!(app.harness.state().plan().has_suggestion(q), "{id}");
    }
    let owes = QUESTIONS.iter().find(|q| q.id == "owes_support").unwrap();
    let owes_text = suggested_entry(owes).unwrap().text.pl;
    app.harness.get_by_label(&(r.suggestion_there)(&owes_text));
    click(&mut app, &(r.show_on_list_name)(&owes_text));
    assert_eq!(app.harness.state().step(), Step::Checklist);
    let shown = app.harness.state().checklist_view().selected.clone();
    assert_eq!(shown, Some(suggested_id(owes)));
    // The details show the item, with its source.
    app.harness.get_by_role_and_label(Role::Label, &owes_text);
    app.harness.get_by_label(checklist_texts(lang).source_label);
}

#[test]
fn team_counts_are_checked_for_natural_persons() {
    let lang = Lang::Pl;
    let t = team_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Zespół", 3, "addiction_recovery");
    forward_to(&mut app, lang, Step::Team);
    app.harness.get_by_label(t.privacy);
    let field = |row: &str, column: &str| format!("{row}: {column}");
    type_into(&mut app, &field(t.row_founders, t.col_at_risk), "3");
    type_into(&mut app, &field(t.row_founders, t.col_others), "1");
    app.harness
        .get_by_label(&t.outcome_text(Outcome::MetIfMoreJoin(1)));
    type_into(&mut app, &field(t.row_members, t.col_at_risk), "2");
    type_into(&mut app, &field(t.row_members, t.col_others), "5");
    app.harness.get_by_label(&t.outcome_text(Outcome::Short(3)));
    // The 50% rule is flagged in the notes, so it carries the "to verify" mark.
    assert!(Rule::MembersHalf.needs_verifying());
    assert!(
        app.harness
            .query_all_by_label(&format!("⚠ {}", tr(lang).to_verify))
            .count()
            >= 2
    );
    let m = app.harness.state().plan().membership;
    assert_eq!((m.founders.at_risk, m.founders.others), (3, 1));
    assert_eq!((m.members.at_risk, m.members.others), (2, 5));
    assert!(app.harness.query_by_label(t.legal_founders).is_none());
}

#[test]
fn team_counts_are_checked_for_legal_persons_in_english() {
    let lang = Lang::En;
    let t = team_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Team", 0, "kindergarten");
    forward_to(&mut app, lang, Step::Team);
    type_into(&mut app, t.legal_founders, "1");
    app.harness.get_by_label(&t.outcome_text(Outcome::Short(1)));
    replace_in(&mut app, t.legal_founders, "2");
    assert_eq!(app.harness.state().plan().membership.legal_founders, 2);
    app.harness.get_by_label(&t.outcome_text(Outcome::Met));
}

#[test]
fn budget_totals_gap_and_reference_amounts() {
    let lang = Lang::Pl;
    let b = budget_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Budżet", 3, "addiction_recovery");
    forward_to(&mut app, lang, Step::Budget);
    type_into(&mut app, b.jobs_label, "3");
    click(&mut app, b.add_cost);
    click(&mut app, b.add_cost);
    type_into(&mut app, &(b.cost_name)(1), "Wyposażenie kuchni");
    type_into(&mut app, &(b.cost_amount)(1), "80 000");
    type_into(&mut app, &(b.cost_amount)(2), "20000,50");

    // The OWES rate is added for three jobs, as an editable line.
    let owes = REFERENCES[0];
    let one = format_money(owes.amount, lang);
    let all = format_money(owes.amount.times(3), lang);
    assert_eq!(all, "93 687,00 zł");
    click(&mut app, &(b.add_reference)(3, &one, &all));
    click(&mut app, b.add_funding);
    click_role(&mut app, Role::ComboBox, &(b.funding_kind)(2));
    click(&mut app, b.findings.funding_kinds[5]);
    type_into(&mut app, &(b.funding_amount)(2), "1 000");

    let budget = app.harness.state().plan().budget.clone();
    assert_eq!(budget.funding[0].kind, FundingKind::OwesGrant);
    assert_eq!(budget.funding[1].kind, FundingKind::OwnContribution);
    let totals = budget.totals();
    assert_eq!(totals.costs, Money(10_000_050));
    assert_eq!(totals.funding, Money(9_468_700));
    app.harness.get_by_label("100 000,50 zł");
    app.harness.get_by_label("94 687,00 zł");
    app.harness.get_by_label(b.gap_missing);
    app.harness.get_by_label("5 313,50 zł");
    app.harness.get_by_label("33 333,50 zł");

    // Removing a cost closes the gap into a surplus.
    click(&mut app, &(b.cost_remove)(1));
    app.harness.get_by_label(b.gap_surplus);
    assert_eq!(app.harness.state().plan().budget.costs.len(), 1);

    // The review lists what needs attention and jumps to it.
    forward_to(&mut app, lang, Step::Review);
    let h = health_texts(lang);
    let unanswered = (h.findings.readiness_incomplete)(0, 10);
    click(&mut app, &(h.fix_name)(&unanswered));
    assert_eq!(app.harness.state().step(), Step::Readiness);
}
