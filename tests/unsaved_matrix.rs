//! Every answer to "Save / Don't save / Cancel" for every action that asks it: closing the
//! window, starting a new plan, and opening another plan.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, start_plan_named};
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::dialogs::Modal;
use social_franchise_planner::i18n::{Lang, Strings, tr};
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::plan::Plan;

fn s() -> &'static Strings {
    tr(Lang::Pl)
}

#[derive(Clone, Copy, Debug)]
enum Action {
    CloseWindow,
    New,
    Open,
}

#[derive(Clone, Copy, Debug)]
enum Answer {
    Save,
    DontSave,
    Cancel,
}

/// Starts an edited, never-saved plan "Roboczy" and a saved plan "Inny" to open.
fn setup() -> (TestApp, std::path::PathBuf) {
    let mut app = TestApp::new();
    app.harness.run();
    let other = app.path("inny.json");
    save_plan(&other, &Plan::new("Inny", chrono::Utc::now())).unwrap();
    start_plan_named(&mut app, "Roboczy");
    (app, other)
}

fn act(app: &mut TestApp, action: Action, other: &std::path::Path) {
    match action {
        Action::CloseWindow => {
            let input = app.harness.input_mut();
            let viewport = input.viewports.entry(egui::ViewportId::ROOT).or_default();
            viewport.events.push(egui::ViewportEvent::Close);
        }
        Action::New => app
            .harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N),
        Action::Open => app.harness.state_mut().request_open(other),
    }
    app.harness.run();
}

fn answer(app: &mut TestApp, answer: Answer) {
    assert!(
        matches!(app.harness.state().modal(), Some(Modal::Unsaved(_))),
        "the question is asked"
    );
    let label = match answer {
        Answer::Save => s().save_button,
        Answer::DontSave => s().dont_save,
        Answer::Cancel => s().cancel,
    };
    app.harness.get_by_label(label).click();
    app.harness.run();
    if matches!(answer, Answer::Save) {
        // The plan has no file yet: Save As suggests the default folder.
        app.harness.get_by_label(s().save_button).click();
        app.harness.run();
    }
}

/// What should be true after `action` was answered with `answer`.
fn check(app: &TestApp, action: Action, answer: Answer) {
    let state = app.harness.state();
    let saved = app.path("Roboczy.json").is_file();
    assert_eq!(
        saved,
        matches!(answer, Answer::Save),
        "{action:?}/{answer:?}: saved?"
    );
    let went_on = !matches!(answer, Answer::Cancel);
    match action {
        Action::CloseWindow => assert_eq!(state.is_closing(), went_on, "{answer:?}"),
        Action::New => {
            let expected = if went_on { "" } else { "Roboczy" };
            assert_eq!(state.plan().name, expected, "{answer:?}");
        }
        Action::Open => {
            let expected = if went_on { "Inny" } else { "Roboczy" };
            assert_eq!(state.plan().name, expected, "{answer:?}");
        }
    }
    if !went_on {
        assert!(state.is_dirty(), "cancel keeps the unsaved work");
        assert!(!state.is_closing());
    }
}

#[test]
fn every_answer_for_every_action() {
    for action in [Action::CloseWindow, Action::New, Action::Open] {
        for reply in [Answer::Save, Answer::DontSave, Answer::Cancel] {
            let (mut app, other) = setup();
            act(&mut app, action, &other);
            answer(&mut app, reply);
            check(&app, action, reply);
        }
    }
}

#[test]
fn after_dont_save_the_open_dialog_opens_the_chosen_plan_without_asking_again() {
    let (mut app, other) = setup();
    // Leave the text field so the shortcut goes to the app.
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    app.harness.run();
    answer(&mut app, Answer::DontSave);
    assert!(
        matches!(app.harness.state().modal(), Some(Modal::Open { .. })),
        "{:?}",
        app.harness.state().modal()
    );
    app.harness.get_by_label_contains("inny.json").click();
    app.harness.run();
    assert!(
        !app.harness.state().has_modal(),
        "{:?}",
        app.harness.state().modal()
    );
    assert_eq!(app.harness.state().plan().name, "Inny");
    assert_eq!(app.harness.state().plan_path(), Some(other.as_path()));
}
