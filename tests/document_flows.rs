//! Document handling in the real window: closing with unsaved changes, undo and redo,
//! recovery from an autosave, a file changed by someone else, and the recent-plans list.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use chrono::TimeZone as _;
use common::{TestApp, press, request_close, start_plan_named, type_into};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::dialogs::Modal;
use social_franchise_planner::i18n::{Lang, Strings, tr};
use social_franchise_planner::io::autosave::AutosaveStore;
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::plan::Plan;
use social_franchise_planner::model::wizard::Step;

fn s() -> &'static Strings {
    tr(Lang::Pl)
}

fn type_plan_name(app: &mut TestApp, text: &str) {
    type_into(app, s().plan_name_label, text);
}

/// Four seconds of simulated quiet, past the app's 3 s autosave delay (kittest advances
/// ¼ s per frame). If the delay grows, "the autosave exists first" fails loudly.
fn wait_past_autosave_delay(app: &mut TestApp) {
    app.harness.run_steps(16);
}

#[test]
fn closing_a_clean_plan_closes_at_once() {
    let mut app = TestApp::new();
    app.harness.run();
    request_close(&mut app);
    assert!(app.harness.state().is_closing());
    assert!(!app.harness.state().has_modal());
}

#[test]
fn closing_with_unsaved_changes_asks_and_cancel_keeps_the_window() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Spółdzielnia „Razem”");
    request_close(&mut app);
    assert!(!app.harness.state().is_closing());
    assert!(matches!(
        app.harness.state().modal(),
        Some(Modal::Unsaved(_))
    ));
    app.harness.get_by_label(s().cancel).click();
    app.harness.run();
    assert!(!app.harness.state().is_closing());
    assert_eq!(app.harness.state().plan().name, "Spółdzielnia „Razem”");
}

#[test]
fn closing_with_unsaved_changes_dont_save_closes_and_drops_the_autosave() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Porzucony");
    wait_past_autosave_delay(&mut app);
    let store = AutosaveStore::new(app.plans_dir().join(".autosave"));
    assert_eq!(store.recoverable().len(), 1, "the autosave exists first");
    request_close(&mut app);
    app.harness.get_by_label(s().dont_save).click();
    app.harness.run();
    assert!(app.harness.state().is_closing());
    assert!(store.recoverable().is_empty(), "Don't save deletes it");
}

#[test]
fn the_autosave_copy_is_deleted_once_you_save() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Zapisany w końcu");
    wait_past_autosave_delay(&mut app);
    let store = AutosaveStore::new(app.plans_dir().join(".autosave"));
    assert_eq!(store.recoverable().len(), 1, "the autosave exists first");
    // Leave the text field so the shortcut goes to the app, then Save (as: no file yet).
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::S);
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    assert!(app.path("Zapisany w końcu.json").is_file());
    assert!(!app.harness.state().is_dirty());
    assert!(store.recoverable().is_empty(), "saving deletes the copy");
    // Still gone once the quiet period passes again: nothing re-creates it.
    wait_past_autosave_delay(&mut app);
    assert!(store.recoverable().is_empty());
}

#[test]
fn closing_with_unsaved_changes_save_writes_the_file_then_closes() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Zapisany przy zamykaniu");
    request_close(&mut app);
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    // No file yet: Save As asks where, then the window closes.
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();
    assert!(app.path("Zapisany przy zamykaniu.json").is_file());
    assert!(app.harness.state().is_closing());
}

#[test]
fn undo_and_redo_cover_plan_edits() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Pierwotna nazwa");
    // Let the edit settle into an undo point.
    app.harness.run_steps(8);
    type_plan_name(&mut app, " zmieniona");
    assert_eq!(app.harness.state().plan().name, "Pierwotna nazwa zmieniona");
    // Leave the text field so the shortcut goes to the app.
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(app.harness.state().plan().name, "Pierwotna nazwa");
    press(
        &mut app,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::Z,
    );
    assert_eq!(app.harness.state().plan().name, "Pierwotna nazwa zmieniona");
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Z);
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Y);
    assert_eq!(app.harness.state().plan().name, "Pierwotna nazwa zmieniona");
}

#[test]
fn undo_takes_back_a_model_choice() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Plan");
    app.harness
        .get_by_role_and_label(Role::RadioButton, s().kinds[0])
        .click();
    app.harness.run_steps(8);
    app.harness.get_by_label_contains(s().next).click();
    app.harness.run();
    assert_eq!(app.harness.state().step(), Step::Model);
    let catalogue = social_franchise_planner::model::catalogue::Catalogue::built_in();
    let name = catalogue
        .get("kindergarten")
        .unwrap()
        .name(Lang::Pl)
        .to_owned();
    // The card may be below the fold of the catalogue.
    app.harness.get_by_label(&name).scroll_to_me();
    app.harness.run();
    app.harness.get_by_label(&name).click();
    app.harness.run();
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some("kindergarten")
    );
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Z);
    assert_eq!(app.harness.state().plan().model_id, None);
    assert!(app.harness.state().plan().checklist.is_empty());
}

#[test]
fn an_autosave_is_written_after_edits_settle_and_offered_on_the_next_start() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Niezapisany");
    // Three seconds of quiet (kittest steps 0.25 s per frame).
    app.harness.run_steps(16);
    let store = AutosaveStore::new(app.plans_dir().join(".autosave"));
    assert_eq!(store.recoverable().len(), 1, "the autosave exists");

    // "Crash": a new app over the same folders.
    let TestApp { dir, .. } = app;
    let mut next = TestApp::with_dir(dir);
    next.harness.run();
    assert!(matches!(
        next.harness.state().modal(),
        Some(Modal::Recover(_))
    ));
    next.harness.get_by_label(s().recover_restore).click();
    next.harness.run();
    assert_eq!(next.harness.state().plan().name, "Niezapisany");
    assert!(next.harness.state().is_dirty());
    assert_eq!(next.harness.state().step(), Step::Review);
}

#[test]
fn a_discarded_autosave_is_not_offered_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = AutosaveStore::new(dir.path().join(".autosave"));
    let plan = Plan::new(
        "Stary szkic",
        chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
    );
    store.write(None, &plan, chrono::Utc::now()).unwrap();
    let mut app = TestApp::with_dir(dir);
    app.harness.run();
    app.harness.get_by_label(s().recover_discard).click();
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "");
    assert!(store.recoverable().is_empty());
}

#[test]
fn saving_over_a_file_changed_on_disk_asks_first() {
    let mut app = TestApp::new();
    app.harness.run();
    let path = app.path("wspolny.json");
    let mut plan = Plan::new("Wspólny plan", chrono::Utc::now());
    plan.profile.place = "Konin".to_owned();
    save_plan(&path, &plan).unwrap();
    app.dialogs.answer_open(Some(path.clone()));
    app.harness
        .get_by_role_and_label(Role::Button, s().browse)
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().plan_path(), Some(path.as_path()));

    // A colleague saves the same file.
    plan.profile.place = "Koło".to_owned();
    save_plan(&path, &plan).unwrap();

    // Our Save notices and asks; Cancel keeps their version.
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::S);
    assert!(matches!(
        app.harness.state().modal(),
        Some(Modal::DiskChanged { .. })
    ));
    app.harness.get_by_label(s().cancel).click();
    app.harness.run();
    assert!(std::fs::read_to_string(&path).unwrap().contains("Koło"));

    // Replace overwrites it with ours.
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::S);
    app.harness.get_by_label(s().disk_changed_overwrite).click();
    app.harness.run();
    assert!(std::fs::read_to_string(&path).unwrap().contains("Konin"));
    assert!(!app.harness.state().is_dirty());
}

#[test]
fn opened_and_saved_plans_appear_in_the_recent_list_until_cleared() {
    let mut app = TestApp::new();
    app.harness.run();
    let path = app.path("ostatni.json");
    save_plan(&path, &Plan::new("Ostatni", chrono::Utc::now())).unwrap();
    app.dialogs.answer_open(Some(path.clone()));
    app.harness
        .get_by_role_and_label(Role::Button, s().browse)
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().prefs().recent, vec![path.clone()]);

    // Close the plan, then reopen it from File → Open recent.
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::W);
    assert_eq!(app.harness.state().step(), Step::Start);
    assert_eq!(app.harness.state().plan().name, "");
    app.harness.get_by_label(s().menu_file).click();
    app.harness.run();
    app.harness.get_by_label(s().menu_recent).hover();
    app.harness.run();
    app.harness.get_by_label("🕑 ostatni.json").click();
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "Ostatni");

    app.harness.get_by_label(s().menu_file).click();
    app.harness.run();
    app.harness.get_by_label(s().menu_recent).hover();
    app.harness.run();
    app.harness.get_by_label(s().recent_clear).click();
    app.harness.run();
    assert!(app.harness.state().prefs().recent.is_empty());
}

#[test]
fn a_failing_autosave_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the autosave folder should be: every autosave fails.
    std::fs::write(dir.path().join(".autosave"), "not a folder").unwrap();
    let mut app = TestApp::with_dir(dir);
    app.harness.run();
    let warnings = |app: &TestApp| -> usize {
        let texts = app.harness.state().toast_texts();
        texts.iter().filter(|t| t.contains("Ctrl+S")).count()
    };
    start_plan_named(&mut app, "Pierwsza wersja");
    app.harness.run_steps(14);
    assert_eq!(warnings(&app), 1, "{:?}", app.harness.state().toast_texts());
    // Later failures are not reported again.
    type_plan_name(&mut app, " i druga");
    app.harness.run_steps(14);
    assert_eq!(warnings(&app), 1, "{:?}", app.harness.state().toast_texts());
}
