//! Every way the plan changes reaches the unsaved mark and the undo history, also on the
//! steps that only read the plan (the catalogue, the review), where a frame compares
//! nothing unless the plan was handed out for editing: an edit in a step, a model choice,
//! undo and redo, a milestone move, opening a plan and opening one that needs an upgrade.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use chrono::NaiveDate;
use common::{TestApp, open_fixture_copy, press};
use egui::{Key, Modifiers};
use planning::{click, replace_in, type_into};
use social_franchise_planner::i18n::planning::milestones::texts as milestone_texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, ReplicatorKind};
use social_franchise_planner::model::wizard::Step;

/// True when the window title carries the unsaved mark.
fn marked(app: &TestApp) -> bool {
    app.harness
        .state()
        .title()
        .contains(tr(Lang::Pl).unsaved_marker)
}

fn model_id(app: &TestApp) -> Option<String> {
    app.harness.state().plan().model_id.clone()
}

fn krs_date(app: &TestApp) -> Option<NaiveDate> {
    app.harness
        .state()
        .plan()
        .milestone("krs_registration")
        .unwrap()
        .date
}

/// Walks with Alt+arrows to `step` and lets the frames settle.
fn go_to(app: &mut TestApp, step: Step) {
    while app.harness.state().step() != step {
        let key = if app.harness.state().step().index() > step.index() {
            Key::ArrowLeft
        } else {
            Key::ArrowRight
        };
        press(app, Modifiers::ALT, key);
    }
    app.harness.run_steps(8);
}

/// Undo, then let the frames settle.
fn undo(app: &mut TestApp) {
    press(app, Modifiers::COMMAND, Key::Z);
    app.harness.run_steps(4);
}

fn redo(app: &mut TestApp) {
    press(app, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    app.harness.run_steps(4);
}

/// The window with a saved plan (kindergarten model, no entries touched) open on the
/// review, settled into its first undo point.
fn saved_plan_open() -> TestApp {
    let mut app = TestApp::new();
    app.harness.run();
    let mut plan = Plan::new("Zapisany", chrono::Utc::now());
    plan.profile.kind = Some(ReplicatorKind::Ngo);
    plan.choose_model(Catalogue::built_in().get("kindergarten").unwrap());
    let path = app.path("zapisany.json");
    save_plan(&path, &plan).unwrap();
    app.harness.state_mut().request_open(&path);
    app.harness.run_steps(8);
    assert_eq!(app.harness.state().step(), Step::Review);
    assert!(!marked(&app) && !app.harness.state().is_dirty());
    app
}

#[test]
fn a_model_choice_undo_and_redo_on_the_catalogue_reach_the_mark() {
    let mut app = saved_plan_open();
    go_to(&mut app, Step::Model);
    assert!(!marked(&app));
    let catalogue = Catalogue::built_in();
    let other = catalogue
        .models
        .iter()
        .find(|m| m.id != "kindergarten")
        .unwrap();
    click(&mut app, other.name(Lang::Pl));
    app.harness.run_steps(4);
    assert_eq!(model_id(&app).as_deref(), Some(other.id.as_str()));
    assert!(marked(&app), "a model choice is an unsaved change");

    undo(&mut app);
    assert_eq!(model_id(&app).as_deref(), Some("kindergarten"));
    assert!(!marked(&app), "undo went back to the saved plan");
    redo(&mut app);
    assert_eq!(model_id(&app).as_deref(), Some(other.id.as_str()));
    assert!(marked(&app), "redo brought the change back");
    undo(&mut app);
    assert!(!marked(&app));
    assert_eq!(model_id(&app).as_deref(), Some("kindergarten"));
}

#[test]
fn a_typed_edit_and_a_milestone_move_reach_the_mark_and_undo() {
    let mut app = saved_plan_open();
    go_to(&mut app, Step::Profile);
    type_into(&mut app, tr(Lang::Pl).place_label, "Kalisz");
    assert!(marked(&app));
    app.harness.key_press(Key::Escape);
    app.harness.run_steps(8);
    // Seen on a step that only reads the plan, and taken back from there.
    go_to(&mut app, Step::Review);
    assert!(marked(&app));
    undo(&mut app);
    assert_eq!(app.harness.state().plan().profile.place, "");
    assert!(!marked(&app));

    go_to(&mut app, Step::Checklist);
    let t = milestone_texts(Lang::Pl);
    let count = app.harness.state().plan().milestones.len();
    let dated = app
        .harness
        .state()
        .plan()
        .milestones
        .iter()
        .filter(|m| m.date.is_some())
        .count();
    click(&mut app, &(t.section)(count, dated));
    replace_in(&mut app, &(t.date_of)("Rejestracja w KRS"), "26.03.2027");
    let moved = NaiveDate::from_ymd_opt(2027, 3, 26);
    assert_eq!(krs_date(&app), moved);
    app.harness.key_press(Key::Escape);
    app.harness.run_steps(8);
    go_to(&mut app, Step::Review);
    assert!(marked(&app), "a milestone move is an unsaved change");
    undo(&mut app);
    assert_ne!(krs_date(&app), moved);
    assert!(!marked(&app));
}

#[test]
fn a_plan_upgraded_on_opening_is_marked_from_the_first_frame_on() {
    let mut app = TestApp::new();
    app.harness.run();
    open_fixture_copy(&mut app, "plan_v1.json", "stary.json");
    assert_eq!(app.harness.state().step(), Step::Review);
    assert!(marked(&app) && app.harness.state().is_dirty());
    app.harness.run_steps(8);
    assert!(
        marked(&app),
        "still marked on a step that only reads the plan"
    );
    // Opening is not an edit: there is nothing to undo.
    let opened = app.harness.state().plan().clone();
    undo(&mut app);
    assert_eq!(*app.harness.state().plan(), opened);
    assert!(marked(&app));
    // Saving clears the mark on the same read-only step.
    press(&mut app, Modifiers::COMMAND, Key::S);
    app.harness.run_steps(4);
    assert!(!marked(&app) && !app.harness.state().is_dirty());
}
