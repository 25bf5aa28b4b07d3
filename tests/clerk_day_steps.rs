//! A clerk's day, step by step: a finding's "Go" button opens the checklist with the filter
//! that lists the items like it, and the model step says which model is chosen and offers
//! "Choose" where a model is read about.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use planning::{click, forward_to, plan_with_model};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::i18n::planning::health::texts as health_texts;
use social_franchise_planner::model::health::{Issue, check};
use social_franchise_planner::model::wizard::Step;
use social_franchise_planner::ui::health_panel::issue_text;
use social_franchise_planner::ui::step_checklist::Filter;

#[test]
fn go_from_an_unowned_task_finding_lists_the_unowned_tasks() {
    let lang = Lang::Pl;
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    forward_to(&mut app, lang, Step::Review);
    let h = health_texts(lang);
    let plan = app.harness.state().plan().clone();
    let issues = check(&plan, app.harness.state().today());
    let issue = issues
        .iter()
        .find(|i| matches!(i, Issue::NoOwner { .. }))
        .expect("tasks without an owner");
    let Issue::NoOwner { first, .. } = issue else {
        unreachable!()
    };
    let model = app.harness.state().catalogue().get("addiction_recovery");
    let text = issue_text(h, lang, &plan, model, issue);
    click(&mut app, &(h.fix_name)(&text));
    assert_eq!(app.harness.state().step(), Step::Checklist);
    let view = app.harness.state().checklist_view();
    assert_eq!(view.filter, Filter::NoOwner);
    assert_eq!(view.selected.as_deref(), Some(first.as_str()));
}
