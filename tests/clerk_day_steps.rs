//! A clerk's day, step by step: a finding's "Go" button opens the checklist with the filter
//! that lists the items like it, and the model step says which model is chosen and offers
//! "Choose" where a model is read about.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod catalogue_support;
mod common;
mod planning;

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use planning::{click, click_role, forward_to, plan_with_model, type_into};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::i18n::catalogue::cat_tr;
use social_franchise_planner::i18n::planning::budget::texts as budget_texts;
use social_franchise_planner::i18n::planning::health::texts as health_texts;
use social_franchise_planner::i18n::planning::team::texts as team_texts;
use social_franchise_planner::model::catalogue::Catalogue;
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

#[test]
fn the_model_step_names_the_chosen_model_and_offers_choose_where_models_are_read() {
    let lang = Lang::Pl;
    let c = cat_tr(lang);
    let catalogue = Catalogue::built_in();
    let [first, second] = [&catalogue.models[0], &catalogue.models[1]];
    let mut app = catalogue_support::app_on_model_step(lang, 0);
    app.harness.get_by_label(c.none_chosen);
    // At the end of a model's page.
    click_role(&mut app, Role::Button, &(c.details_for)(first.name(lang)));
    click_role(&mut app, Role::Button, &(c.choose_for)(first.name(lang)));
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some(first.id.as_str())
    );
    app.harness.get_by_label(&(c.chosen_line)(first.name(lang)));
    assert!(app.harness.query_by_label(c.none_chosen).is_none());
    // In the comparison.
    click_role(&mut app, Role::Button, c.back_to_catalogue);
    for model in [first, second] {
        click_role(&mut app, Role::CheckBox, &(c.compare_for)(model.name(lang)));
    }
    click_role(&mut app, Role::Button, &(c.tab_compare)(2));
    app.harness.get_by_label(c.chosen_for_plan);
    click_role(&mut app, Role::Button, &(c.choose_for)(second.name(lang)));
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some(second.id.as_str())
    );
    app.harness
        .get_by_label(&(c.chosen_line)(second.name(lang)));
}

#[test]
fn team_fields_sit_under_their_headings_and_the_budget_starts_with_the_employees() {
    let lang = Lang::Pl;
    let t = team_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    forward_to(&mut app, lang, Step::Team);
    app.harness.get_by_label(t.heading);
    let heading = app.harness.get_by_label(t.col_at_risk).rect();
    let field = format!("{}: {}", t.row_employees, t.col_at_risk);
    let input = app
        .harness
        .get_by_role_and_label(Role::TextInput, &field)
        .rect();
    assert!(
        (input.left() - heading.left()).abs() < 1.0,
        "{input:?} {heading:?}"
    );
    assert!(
        (input.width() - heading.width()).abs() < 4.0,
        "{input:?} {heading:?}"
    );
    type_into(&mut app, &field, "2");
    let others = format!("{}: {}", t.row_employees, t.col_others);
    type_into(&mut app, &others, "1");
    forward_to(&mut app, lang, Step::Budget);
    assert_eq!(app.harness.state().plan().budget.jobs, 3);
    // A number already in the budget is never replaced.
    press_back(&mut app);
    planning::replace_in(&mut app, &field, "5");
    forward_to(&mut app, lang, Step::Budget);
    assert_eq!(app.harness.state().plan().budget.jobs, 3);
}

#[test]
fn with_legal_founders_the_team_heading_promises_no_members_row() {
    let lang = Lang::Pl;
    let t = team_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Plan", 0, "addiction_recovery");
    forward_to(&mut app, lang, Step::Team);
    app.harness.get_by_label(t.heading_legal);
    assert!(app.harness.query_by_label(t.row_members).is_none());
}

fn press_back(app: &mut common::TestApp) {
    app.harness
        .key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    app.harness.run();
}

#[test]
fn budget_names_fill_their_column_and_end_where_the_amounts_begin() {
    let lang = Lang::Pl;
    let b = budget_texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    forward_to(&mut app, lang, Step::Budget);
    click(&mut app, b.add_cost);
    click(&mut app, b.add_funding);
    let rect = |app: &common::TestApp, label: &str| {
        app.harness
            .get_by_role_and_label(Role::TextInput, label)
            .rect()
    };
    let cost = rect(&app, &(b.cost_name)(1));
    let funding = rect(&app, &(b.funding_name)(1));
    assert!(
        (cost.right() - funding.right()).abs() < 2.0,
        "{cost:?} {funding:?}"
    );
    let cost_amount = rect(&app, &(b.cost_amount)(1));
    let funding_amount = rect(&app, &(b.funding_amount)(1));
    assert!((cost_amount.left() - funding_amount.left()).abs() < 2.0);
    // In the 1100-point test window the name takes the line's room, not a fixed 320.
    assert!(cost.width() > 500.0, "{cost:?}");
}

#[test]
fn the_steps_wrap_between_steps_and_no_line_starts_with_a_separator() {
    let lang = Lang::Pl;
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    for step in 0..72 {
        let width = 600.0 + 7.0 * step as f32;
        app.harness.set_size(egui::vec2(width, 600.0));
        app.harness.run();
        let left = app
            .harness
            .get_by_label_contains(social_franchise_planner::i18n::tr(lang).step_indicator)
            .rect()
            .left();
        let separators: Vec<egui::Rect> = app
            .harness
            .query_all_by_value("›")
            .map(|node| node.rect())
            .collect();
        assert!(separators.len() >= 8, "at {width}");
        for rect in separators {
            assert!(
                rect.left() > left + 20.0,
                "a line starts with › at {width}: {rect:?}"
            );
        }
    }
}

#[test]
fn a_catalogue_filter_wraps_together_with_its_label() {
    let c = cat_tr(Lang::Pl);
    let mut app = catalogue_support::app_on_model_step(Lang::Pl, 0);
    for step in 0..72 {
        let width = 600.0 + 7.0 * step as f32;
        app.harness.set_size(egui::vec2(width, 900.0));
        app.harness.run();
        for name in [
            c.filter_family,
            c.filter_group,
            c.filter_route,
            c.filter_service,
        ] {
            let label = app
                .harness
                .query_all_by_value(name)
                .find(|n| n.accesskit_node().role() == Role::Label)
                .unwrap()
                .rect();
            let combo = app
                .harness
                .get_by_role_and_label(Role::ComboBox, name)
                .rect();
            let same_line = combo.y_range().contains(label.center().y);
            assert!(same_line, "{name} at {width}: {label:?} {combo:?}");
        }
    }
}
