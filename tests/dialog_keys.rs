//! The keyboard's way through the window: Tab reaches the page before the bars, each dialog
//! focuses its default button when it opens, and Escape cancels it.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, press, start_plan_named};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::wizard::Step;

const CMD: egui::Modifiers = egui::Modifiers::COMMAND;

fn focused(app: &TestApp, label: &str) -> bool {
    app.harness
        .get_by_role_and_label(Role::Button, label)
        .is_focused()
}

#[test]
fn unsaved_changes_focus_save_and_escape_keeps_the_plan() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Plan do zapisania");
    press(&mut app, CMD, egui::Key::N);
    assert!(app.harness.state().has_modal());
    assert!(focused(&app, s.save_button), "Save is the default answer");
    press(&mut app, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(!app.harness.state().has_modal());
    assert_eq!(app.harness.state().plan().name, "Plan do zapisania");
    assert_eq!(app.harness.state().step(), Step::Profile);
}

#[test]
fn save_as_focuses_save_and_enter_saves_escape_cancels() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Pralnia");
    press(&mut app, CMD | egui::Modifiers::SHIFT, egui::Key::S);
    assert!(focused(&app, s.save_button));
    press(&mut app, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(!app.harness.state().has_modal());
    assert!(app.harness.state().plan_path().is_none());
    // Opened again, Enter on the focused button saves to the proposed file.
    press(&mut app, CMD | egui::Modifiers::SHIFT, egui::Key::S);
    assert!(focused(&app, s.save_button));
    press(&mut app, egui::Modifiers::NONE, egui::Key::Enter);
    assert_eq!(
        app.harness.state().plan_path(),
        Some(app.path("Pralnia.json").as_path())
    );
}

#[test]
fn recovery_focuses_restore_and_escape_leaves_the_autosave_for_later() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Autozapis");
    // Past the autosave's quiet delay (kittest steps 0.25 s per frame), then a "crash": a
    // new window over the same folders.
    app.harness.run_steps(16);
    let TestApp { dir, .. } = app;
    let mut next = TestApp::with_dir(dir);
    next.harness.run();
    assert!(next.harness.state().has_modal());
    assert!(focused(&next, s.recover_restore));
    press(&mut next, egui::Modifiers::NONE, egui::Key::Escape);
    assert!(!next.harness.state().has_modal());
    assert_eq!(next.harness.state().plan().name, "");
    // Nothing was decided: the next start offers it again.
    let TestApp { dir, .. } = next;
    let mut third = TestApp::with_dir(dir);
    third.harness.run();
    assert!(focused(&third, s.recover_restore));
    press(&mut third, egui::Modifiers::NONE, egui::Key::Enter);
    assert_eq!(third.harness.state().plan().name, "Autozapis");
}

/// The name of the control with the keyboard focus ("" when none has it).
fn focus_name(app: &TestApp) -> String {
    app.harness
        .query_by(|node| node.is_focused())
        .and_then(|node| node.accesskit_node().label())
        .unwrap_or_default()
}

#[test]
fn tab_reaches_the_page_before_the_nav_bar_and_the_menus() {
    let s = tr(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    // A fresh start screen, nothing focused: the first Tab lands on the page.
    assert_eq!(focus_name(&app), "");
    press(&mut app, egui::Modifiers::NONE, egui::Key::Tab);
    assert!(
        focus_name(&app).contains(s.start_new),
        "{}",
        focus_name(&app)
    );
    // On the profile step, Tab goes from the name field through the page, then Back/Next,
    // and only then to the menus.
    start_plan_named(&mut app, "Plan");
    let mut seen = Vec::new();
    for _ in 0..40 {
        press(&mut app, egui::Modifiers::NONE, egui::Key::Tab);
        seen.push(focus_name(&app));
        if seen.last().is_some_and(|name| name == s.menu_file) {
            break;
        }
    }
    let at = |label: &str| seen.iter().position(|name| name.contains(label));
    let kind = at(s.kinds[0]).expect("the page's first choice");
    let back = at(s.back).expect("Back");
    let file = at(s.menu_file).expect("the File menu");
    assert!(kind < back && back < file, "{seen:?}");
}
