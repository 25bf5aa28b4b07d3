//! The typed-path fields follow the path rules: the quotes of Explorer's "Copy as path" are
//! dropped, a bare name is taken from the plans folder (not from wherever the app was started,
//! which on Windows is often the program's own folder), `.json` is added when saving.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::TestApp;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::wizard::Step;

fn s() -> &'static social_franchise_planner::i18n::Strings {
    tr(Lang::Pl)
}

/// Replaces the text of the path field with `text`.
fn type_path(app: &mut TestApp, text: &str) {
    app.harness
        .get_by_role_and_label(Role::TextInput, s().path_label)
        .focus();
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, s().path_label)
        .type_text(text);
    app.harness.run();
}

/// Starts a new plan and opens Save As (Ctrl+Shift+S).
fn new_plan_in_save_as(app: &mut TestApp) {
    app.harness.run();
    app.harness.get_by_label_contains(s().start_new).click();
    app.harness.run();
    app.harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    app.harness.run();
}

#[test]
fn a_quoted_bare_name_opens_the_plan_in_the_plans_folder() {
    let mut app = TestApp::new();
    let plan = app.path("Żłobek w Łodzi.json");
    std::fs::copy("tests/fixtures/plan_v2.json", &plan).unwrap();
    app.harness.run();
    type_path(&mut app, "  \"Żłobek w Łodzi.json\" ");
    app.harness
        .get_by_role_and_label(Role::Button, s().open_button)
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().error_message(), None);
    assert_eq!(app.harness.state().plan_path(), Some(plan.as_path()));
    assert_eq!(app.harness.state().step(), Step::Review);
}

#[test]
fn save_as_a_quoted_bare_name_writes_a_json_file_in_the_plans_folder() {
    let mut app = TestApp::new();
    new_plan_in_save_as(&mut app);
    type_path(&mut app, "\"Mój plan\"");
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    let expected = app.path("Mój plan.json");
    assert_eq!(app.harness.state().error_message(), None);
    assert_eq!(app.harness.state().plan_path(), Some(expected.as_path()));
    assert!(expected.is_file());
    assert!(!app.plans_dir().join("\"Mój plan\"").exists());
}

#[test]
fn save_as_warns_about_an_existing_file_once_its_name_is_typed() {
    let mut app = TestApp::new();
    std::fs::write(app.path("Zajęty.json"), "{}").unwrap();
    new_plan_in_save_as(&mut app);
    assert!(app.harness.query_by_label(s().file_exists).is_none());
    type_path(&mut app, "Zajęty");
    assert!(
        app.harness.query_by_label(s().file_exists).is_some(),
        "the typed name is taken"
    );
    type_path(&mut app, "Wolny");
    assert!(app.harness.query_by_label(s().file_exists).is_none());
}
