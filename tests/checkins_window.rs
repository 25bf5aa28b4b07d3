//! Check-ins after launch in the real window: setting the start of operations proposes eight
//! quarterly check-ins (re-dated in the same edit, so one undo takes both back), a value
//! reached typed into a check-in reaches the plan and one undo takes it away, and a value
//! that is not a count or an amount (a name) never reaches the plan.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use chrono::NaiveDate;
use common::TestApp;
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use planning::{checklist_of_fixture, click, replace_in, type_into};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::i18n::planning::checkins::texts;
use social_franchise_planner::i18n::planning::milestones::texts as milestone_texts;
use social_franchise_planner::model::milestones::OPERATIONS_START;
use social_franchise_planner::model::wizard::Step;

/// The nursery model's first monitoring indicator.
const CHILDREN: &str = "Liczba dzieci zapisanych do żłobka i wykorzystanie miejsc.";
/// The nursery model's third monitoring indicator.
const RETENTION: &str = "Czas utrzymania zatrudnienia (w miesiącach) i liczba osób, które nadal \
                         pracują po 12 i 24 miesiącach.";

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn checkin_dates(app: &TestApp) -> Vec<NaiveDate> {
    let plan = app.harness.state().plan();
    plan.checkins.iter().map(|c| c.date).collect()
}

fn actual(app: &TestApp, checkin: usize, row: usize) -> String {
    let plan = app.harness.state().plan();
    plan.checkins[checkin].values[row].actual.clone()
}

fn undo(app: &mut TestApp) {
    app.harness.key_press(Key::Escape);
    app.harness.run();
    app.harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    app.harness.run();
}

#[test]
fn the_start_of_operations_proposes_check_ins_that_take_values_and_undo() {
    let mut app = checklist_of_fixture();
    let (t, m) = (texts(Lang::Pl), milestone_texts(Lang::Pl));
    // The fixture's start of operations is 1 May 2027; its first check-in has figures.
    assert_eq!(checkin_dates(&app).first(), Some(&date(2027, 8, 1)));
    assert_eq!(actual(&app, 0, 0), "9");

    // Move the start of operations to 30 November 2027: the check-ins follow, month ends
    // clamped (29 February 2028, a leap year).
    click(&mut app, &(m.section)(6, 5));
    replace_in(
        &mut app,
        &(m.date_of)("Rozpoczęcie działalności"),
        "30.11.2027",
    );
    let dates = checkin_dates(&app);
    assert_eq!(dates.len(), 8);
    assert_eq!(dates[0], date(2028, 2, 29));
    assert_eq!(dates[7], date(2029, 11, 30));
    assert_eq!(
        actual(&app, 0, 0),
        "9",
        "the figures move with their check-in"
    );
    app.harness.key_press(Key::Escape);
    app.harness.run();

    // The section shows the proposed check-ins, the first one open, and says what goes in.
    click(&mut app, &(t.section)(8, 1));
    app.harness.get_by_label(t.intro);
    for (n, months, shown) in [
        (1, 3, "29.02.2028"),
        (2, 6, "30.05.2028"),
        (8, 24, "30.11.2029"),
    ] {
        let title = format!("{} · {shown}", (t.title)(n, months));
        app.harness.get_by_label_contains(&title);
    }

    // A value reached, typed in, reaches the plan; one undo takes it away.
    let retention = (t.field_of)(t.actual, RETENTION, 1);
    type_into(&mut app, &retention, "7");
    assert_eq!(actual(&app, 0, 2), "7");
    undo(&mut app);
    assert_eq!(actual(&app, 0, 2), "");

    // A name is not a count: it stays in its field, flagged, and never reaches the plan.
    let named = (t.field_of)(t.actual, RETENTION, 1);
    type_into(&mut app, &named, "Anna");
    app.harness.key_press(Key::Tab);
    app.harness.run();
    assert_eq!(actual(&app, 0, 2), "");
    app.harness.get_by_label(t.invalid_value);
    let field = app.harness.get_by_role_and_label(Role::TextInput, &named);
    assert_eq!(field.value().as_deref(), Some("Anna"));

    // One more undo takes the start of operations back, and the check-ins with it.
    app.harness
        .get_by_role_and_label(Role::TextInput, &named)
        .focus();
    app.harness.run();
    app.harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    app.harness.key_press(Key::Backspace);
    app.harness.run();
    undo(&mut app);
    let plan = app.harness.state().plan();
    assert_eq!(
        plan.milestone(OPERATIONS_START).unwrap().date,
        Some(date(2027, 5, 1))
    );
    assert_eq!(checkin_dates(&app)[0], date(2027, 8, 1));
}

#[test]
fn an_overdue_check_in_shows_open_without_taking_the_steps_focus() {
    let mut app = checklist_of_fixture();
    let (t, m) = (texts(Lang::Pl), milestone_texts(Lang::Pl));
    // Operations started 1 May 2026: check-in 2 (1 November 2026) is overdue on the test's
    // day, 27 November 2026.
    click(&mut app, &(m.section)(6, 5));
    replace_in(
        &mut app,
        &(m.date_of)("Rozpoczęcie działalności"),
        "01.05.2026",
    );
    click(&mut app, &(m.section)(6, 5));
    // To the team step and back: the step asks for its first control to take the focus.
    app.harness
        .key_press_modifiers(Modifiers::ALT, Key::ArrowRight);
    app.harness.run();
    app.harness
        .key_press_modifiers(Modifiers::ALT, Key::ArrowLeft);
    app.harness.run_steps(3);
    assert_eq!(app.harness.state().step(), Step::Checklist);
    let target = (t.field_of)(t.target, CHILDREN, 2);
    let field = app.harness.get_by_role_and_label(Role::TextInput, &target);
    assert!(
        !field.is_focused(),
        "a check-in field took the step's focus"
    );
    assert_eq!(field.value().as_deref(), Some("14"));
}
