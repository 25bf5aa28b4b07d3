//! Opening and saving through the window: typed paths, fake native dialogs, broken files,
//! and the unsaved-changes question.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, start_plan_named};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::wizard::Step;

fn s() -> &'static social_franchise_planner::i18n::Strings {
    tr(Lang::Pl)
}

#[test]
fn typed_path_opens_a_plan_and_broken_file_shows_an_error() {
    let mut app = TestApp::new();
    app.harness.run();
    let broken = app.path("zepsuty.json");
    std::fs::write(&broken, "{ to nie jest plan").unwrap();
    let field = app
        .harness
        .get_by_role_and_label(Role::TextInput, s().path_label);
    field.focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, s().path_label)
        .type_text(&broken.display().to_string());
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::Button, s().open_button)
        .click();
    app.harness.run();
    let message = app
        .harness
        .state()
        .error_message()
        .expect("an error is shown")
        .to_owned();
    assert!(message.contains("JSON"), "{message}");
    assert!(
        message.ends_with(&broken.display().to_string()),
        "path comes last: {message}"
    );
    assert_eq!(
        std::fs::read_to_string(&broken).unwrap(),
        "{ to nie jest plan"
    );
    app.harness.get_by_label(s().ok).click();
    app.harness.run();
    assert!(!app.harness.state().has_modal());
    assert_eq!(app.harness.state().step(), Step::Start);
}

#[test]
fn save_as_uses_the_native_dialog_when_there_is_one() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Żłobek");
    let chosen = app.path("wybrany.json");
    app.dialogs.answer_save(Some(chosen.clone()));
    app.harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    app.harness.run();
    app.harness.get_by_label(s().browse).click();
    app.harness.run();
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    assert_eq!(app.harness.state().plan_path(), Some(chosen.as_path()));
    assert!(chosen.is_file());

    // Ctrl+S now saves silently to the same file.
    start_rename(&mut app, " 2");
    assert!(app.harness.state().is_dirty());
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    app.harness.run();
    assert!(!app.harness.state().is_dirty());
    assert!(!app.harness.state().has_modal());
    let text = std::fs::read_to_string(&chosen).unwrap();
    assert!(text.contains("Żłobek 2"));
}

fn start_rename(app: &mut TestApp, suffix: &str) {
    let field = app
        .harness
        .get_by_role_and_label(Role::TextInput, s().plan_name_label);
    field.focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, s().plan_name_label)
        .type_text(suffix);
    app.harness.run();
}

#[test]
fn unsaved_changes_cancel_keeps_the_plan_and_dont_save_discards_it() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Plan A");
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    app.harness.run();
    app.harness.get_by_label(s().unsaved_heading);
    app.harness.get_by_label(s().cancel).click();
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "Plan A");
    assert!(app.harness.state().is_dirty());

    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    app.harness.run();
    app.harness.get_by_label(s().dont_save).click();
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "");
    assert!(!app.harness.state().is_dirty());
}

#[test]
fn unsaved_changes_save_then_opens_the_other_plan() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Pierwszy");
    let other = app.path("drugi.json");
    let mut plan = social_franchise_planner::model::plan::Plan::new("Drugi", chrono::Utc::now());
    plan.profile.place = "Gniezno".to_owned();
    social_franchise_planner::io::save::save_plan(&other, &plan).unwrap();
    app.dialogs.answer_open(Some(other.clone()));

    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    app.harness.run();
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    // The plan had no file: Save As asks where, suggesting the default folder.
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    assert!(app.path("Pierwszy.json").is_file());
    // Then the open dialog follows; Browse takes the fake dialog's answer.
    app.harness
        .get_by_role_and_label(Role::Button, s().browse)
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "Drugi");
    assert_eq!(app.harness.state().plan_path(), Some(other.as_path()));
}

#[test]
fn the_window_rejects_every_broken_file_with_a_message_and_changes_nothing() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut app = TestApp::new();
    app.harness.run();
    for entry in std::fs::read_dir(corpus).unwrap() {
        let path = entry.unwrap().path();
        let before = std::fs::read(&path).unwrap();
        app.harness.state_mut().request_open(&path);
        app.harness.run();
        let message = app
            .harness
            .state()
            .error_message()
            .unwrap_or_else(|| panic!("no error for {}", path.display()))
            .to_owned();
        assert!(message.ends_with(&path.display().to_string()), "{message}");
        assert_eq!(message.lines().count(), 1, "{message}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        app.harness.get_by_label(s().ok).click();
        app.harness.run();
        assert_eq!(app.harness.state().plan().name, "", "nothing was loaded");
    }
}

#[test]
fn an_old_plan_opens_upgraded_and_unsaved_and_its_file_is_untouched() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v1.json");
    let mut app = TestApp::new();
    app.harness.run();
    let path = app.path("stary.json");
    std::fs::copy(&fixture, &path).unwrap();
    let before = std::fs::read(&path).unwrap();
    app.harness.state_mut().request_open(&path);
    app.harness.run();
    let state = app.harness.state();
    assert!(state.error_message().is_none());
    assert_eq!(
        state.plan().schema_version,
        social_franchise_planner::model::plan::SCHEMA_VERSION
    );
    assert!(state.is_dirty(), "the upgrade is a change the user saves");
    assert!(
        state.toast_texts().iter().any(|t| t.contains("wersja 1")),
        "{:?}",
        state.toast_texts()
    );
    let note = "Uchwała rady gminy nr XII/85/2026";
    assert!(
        state.plan().checklist.iter().any(|e| e.note == note),
        "user data kept"
    );
    assert!(state.plan().checklist.len() > 7, "common items merged in");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "nothing written before Save"
    );
}
