//! No continuous repaint: once nothing happens, the window asks for no further frames, so
//! an idle window draws nothing and costs no CPU. Timed repaints (a message fading, the
//! undo point, the delayed autosave) must end on their own. Each harness step simulates a
//! quarter of a second.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use std::time::Duration;

use chrono::TimeZone as _;
use common::TestApp;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::planning::checklist::texts;
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, ReplicatorKind};
use social_franchise_planner::model::taxonomy::Phase;
use social_franchise_planner::model::wizard::Step;

/// Items in the large plan.
const ITEMS: usize = 2_000;

/// Frames (a quarter of a second each) a window may take to settle after its last input:
/// longer than the longest timer (a message shows for 5 s).
const SETTLE_FRAMES: usize = 40;

/// How long the app wants to wait before the next frame; `Duration::MAX` means never.
fn repaint_delay(app: &TestApp) -> Duration {
    app.harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .map(|output| output.repaint_delay)
        .unwrap()
}

/// Draws frames without input until the app asks for no further frame; returns how many
/// frames that took, or `None` when it keeps asking.
fn frames_until_idle(app: &mut TestApp) -> Option<usize> {
    for frames in 0..SETTLE_FRAMES {
        if repaint_delay(app) == Duration::MAX {
            return Some(frames);
        }
        app.harness.step();
    }
    None
}

/// Asserts the app settles, then that 20 more frames (5 simulated seconds) ask for nothing.
fn assert_goes_idle(app: &mut TestApp, what: &str) {
    let frames = frames_until_idle(app);
    assert!(
        frames.is_some(),
        "{what}: still asking for frames after {SETTLE_FRAMES} frames ({:?})",
        repaint_delay(app)
    );
    for frame in 0..20 {
        app.harness.step();
        assert_eq!(
            repaint_delay(app),
            Duration::MAX,
            "{what}: idle frame {frame} asked for another frame"
        );
    }
}

/// The app with a plan of [`ITEMS`] items opened from its plans folder, on `step`.
fn large_plan_on(step: Step) -> TestApp {
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
        .unwrap();
    let mut plan = Plan::new("Duży plan", now);
    plan.profile.kind = Some(ReplicatorKind::Municipality);
    plan.choose_model(Catalogue::built_in().get("kindergarten").unwrap());
    for n in 0..ITEMS.saturating_sub(plan.checklist.len()) {
        let phase = Phase::ALL[n % Phase::ALL.len()];
        plan.add_custom_item(phase, &format!("Zadanie nr {n}"));
    }
    let mut app = TestApp::new();
    let path = app.path("duzy-plan.json");
    save_plan(&path, &plan).unwrap();
    app.harness.run();
    app.harness.state_mut().request_open(&path);
    app.harness.run();
    assert_eq!(app.harness.state().plan().checklist.len(), ITEMS);
    while app.harness.state().step() != step {
        app.harness
            .key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
        app.harness.run();
    }
    app
}

#[test]
fn the_start_screen_asks_for_no_frames_when_idle() {
    let mut app = TestApp::new();
    app.harness.run();
    assert_goes_idle(&mut app, "start screen");
}

#[test]
fn a_large_plan_goes_idle_on_the_review_checklist_and_catalogue() {
    let mut app = large_plan_on(Step::Review);
    assert!(
        !app.harness.state().toast_texts().is_empty(),
        "opening shows a message, which keeps frames coming for a while"
    );
    assert_goes_idle(&mut app, "review");
    assert!(
        app.harness.state().toast_texts().is_empty(),
        "the message faded"
    );
    for step in [Step::Checklist, Step::Model] {
        while app.harness.state().step() != step {
            app.harness
                .key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
            app.harness.run();
        }
        assert_goes_idle(&mut app, &format!("{step:?}"));
    }
}

#[test]
fn after_an_edit_the_autosave_runs_and_the_window_goes_idle_again() {
    let mut app = large_plan_on(Step::Checklist);
    assert_goes_idle(&mut app, "checklist before the edit");
    let t = texts(app.harness.state().lang());
    let field = app
        .harness
        .get_by_role_and_label(Role::TextInput, t.new_item_label);
    field.focus();
    field.type_text("Spotkanie w PUP");
    app.harness.key_press(egui::Key::Enter);
    app.harness.step();
    assert_eq!(app.harness.state().plan().checklist.len(), ITEMS + 1);
    assert_ne!(
        repaint_delay(&app),
        Duration::MAX,
        "an edit starts the undo and autosave timers"
    );
    assert_goes_idle(&mut app, "checklist after the edit");
    let autosaves = std::fs::read_dir(app.plans_dir().join(".autosave"))
        .map(Iterator::count)
        .unwrap_or(0);
    assert_eq!(
        autosaves, 1,
        "the delayed autosave was written before going idle"
    );
}
