//! The charts in the real window, found by their accessible names: the budget against its
//! funding sources, the readiness answers and the progress strip in the checklist's header.
//! Each one's numbers are written as text beside it and follow the plan when it changes.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use common::TestApp;
use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use planning::{click, click_role, fixture_walked_back, replace_in, type_into};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::i18n::planning::budget::texts as budget_texts;
use social_franchise_planner::i18n::planning::charts::texts as chart_texts;
use social_franchise_planner::i18n::planning::checklist::texts as checklist_texts;
use social_franchise_planner::i18n::planning::readiness::texts as readiness_texts;
use social_franchise_planner::i18n::planning::timeline::texts as timeline_texts;
use social_franchise_planner::model::charts::{BudgetChart, ReadinessChart};
use social_franchise_planner::model::progress::by_phase;
use social_franchise_planner::model::readiness::QUESTIONS;
use social_franchise_planner::model::wizard::Step;
use social_franchise_planner::ui::{chart_budget, chart_readiness, phase_strip};

/// Finds the budget chart and its numbers as they should be for the plan in the window.
fn budget_chart_is_current(app: &TestApp) -> String {
    let t = chart_texts(Lang::Pl);
    let chart = BudgetChart::of(app.harness.state().plan());
    let numbers = chart_budget::numbers(t, &chart, Lang::Pl);
    app.harness
        .get_by_role_and_label(Role::Image, &format!("{}: {numbers}", t.budget_name));
    app.harness.get_by_label(&numbers);
    numbers
}

#[test]
fn the_budget_chart_shows_costs_against_sources_and_the_gap_as_text() {
    let mut app = fixture_walked_back(1);
    assert_eq!(app.harness.state().step(), Step::Budget);
    let before = budget_chart_is_current(&app);
    assert_eq!(
        before,
        "Koszty 63 250,50 zł, finansowanie 62 958,00 zł; Brakuje 292,50 zł"
    );
    // Each source with its amount, as text.
    app.harness.get_by_label("Wkład własny: 500,00 zł");
    // More own money closes the gap and leaves a surplus.
    let b = budget_texts(Lang::Pl);
    replace_in(&mut app, &(b.funding_amount)(2), "1 000");
    app.harness.key_press(Key::Tab);
    app.harness.run();
    let after = budget_chart_is_current(&app);
    assert_eq!(
        after,
        "Koszty 63 250,50 zł, finansowanie 63 458,00 zł; Nadwyżka 207,50 zł"
    );
    assert!(app.harness.query_by_label(&before).is_none());
}

#[test]
fn the_readiness_chart_names_each_answer_and_counts_them() {
    let mut app = fixture_walked_back(4);
    assert_eq!(app.harness.state().step(), Step::Readiness);
    let t = chart_texts(Lang::Pl);
    let current = |app: &TestApp| {
        let chart = ReadinessChart::of(&app.harness.state().plan().readiness);
        let name = chart_readiness::name(t, &chart);
        app.harness.get_by_role_and_label(Role::Image, &name);
        let numbers = chart_readiness::numbers(t, &chart);
        app.harness.get_by_label(&numbers);
        (name, numbers)
    };
    let (name, numbers) = current(&app);
    assert_eq!(
        numbers,
        "Tak: 1 · Częściowo: 1 · Nie: 1 · Bez odpowiedzi: 7"
    );
    assert!(
        name.contains("1: 2 pkt, 2: 1 pkt, 3: 0 pkt, 4: bez odpowiedzi"),
        "{name}"
    );
    // Answering the fourth question "yes" shows in both.
    let yes = readiness_texts(Lang::Pl).answers[2];
    click(
        &mut app,
        &format!("{}: {yes}", QUESTIONS[3].title.get(Lang::Pl)),
    );
    let (name, numbers) = current(&app);
    assert_eq!(
        numbers,
        "Tak: 2 · Częściowo: 1 · Nie: 1 · Bez odpowiedzi: 6"
    );
    assert!(name.contains("4: 2 pkt, 5: bez odpowiedzi"), "{name}");
}

#[test]
fn the_checklist_header_has_the_phase_strip_that_unfolds_into_bars() {
    let mut app = fixture_walked_back(3);
    assert_eq!(app.harness.state().step(), Step::Checklist);
    let current = |app: &TestApp| {
        let plan = app.harness.state().plan();
        let phases: Vec<_> = by_phase(&plan.checklist).map(|(_, p)| p).to_vec();
        let name = phase_strip::numbers(Lang::Pl, &phases);
        app.harness.get_by_role_and_label(Role::Button, &name);
        name
    };
    let before = current(&app);
    assert!(
        before.starts_with("Postęp etapów: Przygotowanie: zrobione 1 z 10 (10%); "),
        "{before}"
    );
    // The bars with their numbers as text, in the list and in the timeline.
    let t = timeline_texts(Lang::Pl);
    let preparation = "Przygotowanie: zrobione 1 z 10 (10%)";
    assert!(
        app.harness
            .query_by_role_and_label(Role::ProgressIndicator, preparation)
            .is_none(),
        "folded at first"
    );
    click_role(&mut app, Role::Button, &before);
    app.harness
        .get_by_role_and_label(Role::ProgressIndicator, preparation);
    app.harness.get_by_role_and_label(Role::Label, preparation);
    click_role(&mut app, Role::Button, t.tabs[1]);
    app.harness
        .get_by_role_and_label(Role::ProgressIndicator, preparation);
    click_role(&mut app, Role::Button, t.tabs[0]);
    // A new task in the preparation phase changes the numbers.
    let c = checklist_texts(Lang::Pl);
    type_into(&mut app, c.new_item_label, "Spotkanie z radą sołecką");
    click(&mut app, c.add_item);
    let after = current(&app);
    assert!(
        after.starts_with("Postęp etapów: Przygotowanie: zrobione 1 z 11 (9%); "),
        "{after}"
    );
    app.harness.get_by_role_and_label(
        Role::ProgressIndicator,
        "Przygotowanie: zrobione 1 z 11 (9%)",
    );
    // Folded away, the bars go and the strip stays.
    click_role(&mut app, Role::Button, &after);
    assert!(
        app.harness
            .query_by_role_and_label(
                Role::ProgressIndicator,
                "Przygotowanie: zrobione 1 z 11 (9%)"
            )
            .is_none()
    );
    app.harness.get_by_role_and_label(Role::Button, &after);
}
