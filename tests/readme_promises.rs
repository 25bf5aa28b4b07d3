//! README promises checked in the real window: the `•` unsaved marker in the title, Ctrl+W
//! and Ctrl+Q asking about unsaved changes, preferences kept between runs, a plan with an
//! unknown model opening with a warning, and a failed save saying why and keeping the plan.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{MemoryStorage, TestApp, press};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::command::Command;
use social_franchise_planner::dialogs::Modal;
use social_franchise_planner::i18n::{Lang, Strings, tr};
use social_franchise_planner::model::wizard::Step;
use social_franchise_planner::prefs::ThemeChoice;

fn s() -> &'static Strings {
    tr(Lang::Pl)
}

fn start_plan_named(app: &mut TestApp, name: &str) {
    common::start_plan_named(app, name);
    // Leave the text field so shortcuts go to the app.
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
}

/// The titles the app sent to the window over the next few frames.
fn titles_sent(app: &mut TestApp) -> Vec<String> {
    let mut titles = Vec::new();
    for _ in 0..4 {
        app.harness.step();
        for output in app.harness.output().viewport_output.values() {
            for command in &output.commands {
                if let egui::ViewportCommand::Title(title) = command {
                    titles.push(title.clone());
                }
            }
        }
    }
    titles
}

#[test]
fn the_title_shows_a_dot_while_changes_are_unsaved() {
    let mut app = TestApp::new();
    app.harness.run();
    assert!(!app.harness.state().title().contains('•'));
    start_plan_named(&mut app, "Kropka");
    let title = app.harness.state().title();
    assert!(title.starts_with("Kropka • "), "{title}");
    // Typing one more letter makes the app send the new title to the window.
    app.harness
        .get_by_role_and_label(Role::TextInput, s().plan_name_label)
        .focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, s().plan_name_label)
        .type_text("!");
    let sent = titles_sent(&mut app);
    assert!(sent.iter().any(|t| t.starts_with("Kropka! • ")), "{sent:?}");
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();

    press(&mut app, egui::Modifiers::COMMAND, egui::Key::S);
    app.harness.get_by_label(s().save_button).click();
    let sent = titles_sent(&mut app);
    assert!(app.path("Kropka!.json").is_file());
    assert!(
        sent.iter()
            .any(|t| t.starts_with("Kropka! – ") && !t.contains('•')),
        "{sent:?}"
    );
    assert!(!app.harness.state().title().contains('•'));
}

#[test]
fn ctrl_w_with_unsaved_changes_asks_before_closing_the_plan() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Nie zamykaj");
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::W);
    assert!(matches!(
        app.harness.state().modal(),
        Some(Modal::Unsaved(Command::Close))
    ));
    app.harness.get_by_label(s().cancel).click();
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "Nie zamykaj");
    assert_eq!(app.harness.state().step(), Step::Profile);

    press(&mut app, egui::Modifiers::COMMAND, egui::Key::W);
    app.harness.get_by_label(s().dont_save).click();
    app.harness.run();
    assert_eq!(app.harness.state().step(), Step::Start);
    assert_eq!(app.harness.state().plan().name, "");
    assert!(!app.harness.state().is_closing());
}

#[test]
fn ctrl_q_with_unsaved_changes_asks_before_quitting() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Nie wychodź");
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Q);
    assert!(matches!(
        app.harness.state().modal(),
        Some(Modal::Unsaved(Command::Quit))
    ));
    assert!(!app.harness.state().is_closing());
    app.harness.get_by_label(s().cancel).click();
    app.harness.run();
    assert!(!app.harness.state().is_closing());
    assert_eq!(app.harness.state().plan().name, "Nie wychodź");

    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Q);
    app.harness.get_by_label(s().dont_save).click();
    app.harness.run();
    assert!(app.harness.state().is_closing());
}

#[test]
fn language_theme_and_text_size_are_remembered_between_runs() {
    let mut app = TestApp::new();
    app.harness.run();
    app.harness.get_by_label("EN").click();
    app.harness.run();
    let en = tr(Lang::En);
    app.harness.get_by_label(en.menu_view).click();
    app.harness.run();
    app.harness.get_by_label(en.themes_light).click();
    app.harness.run();
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Plus);
    let before = app.harness.state().prefs().clone();
    assert_eq!(before.lang, Lang::En);
    assert_eq!(before.look.theme, ThemeChoice::Light);
    assert!(
        (before.look.zoom - 1.1).abs() < 1e-4,
        "{}",
        before.look.zoom
    );

    // eframe calls `save` with its storage when the window closes.
    let mut storage = MemoryStorage::default();
    eframe::App::save(app.harness.state_mut(), &mut storage);
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));

    let mut next = TestApp::with_dir_and_storage(tempfile::tempdir().unwrap(), Some(storage));
    next.harness.run();
    assert_eq!(next.harness.state().prefs(), &before);
    assert_eq!(next.harness.state().lang(), Lang::En);
    // (kittest sets its own theme after the app is built, so the theme is checked in the
    // preferences above, the text size on the context.)
    assert!((next.harness.ctx.zoom_factor() - 1.1).abs() < 1e-4);
    next.harness.get_by_label_contains(en.start_new);

    // Without the storage, a new run starts from the defaults.
    let mut fresh = TestApp::new();
    fresh.harness.run();
    assert_eq!(fresh.harness.state().lang(), Lang::Pl);
}

#[test]
fn a_plan_with_an_unknown_model_opens_with_a_warning() {
    let mut app = TestApp::new();
    app.harness.run();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "tests/fixtures/plan_v{}.json",
        social_franchise_planner::model::plan::SCHEMA_VERSION
    ));
    let mut plan: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture).unwrap()).unwrap();
    plan["model_id"] = "model_z_innej_wersji".into();
    let items = plan["checklist"].as_array().unwrap().len();
    let path = app.path("obcy.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&plan).unwrap()).unwrap();

    app.dialogs.answer_open(Some(path.clone()));
    app.harness
        .get_by_role_and_label(Role::Button, s().browse)
        .click();
    app.harness.run();
    let state = app.harness.state();
    assert!(
        state.error_message().is_none(),
        "{:?}",
        state.error_message()
    );
    assert_eq!(state.plan_path(), Some(path.as_path()));
    assert_eq!(state.step(), Step::Review);
    assert_eq!(
        state.plan().model_id.as_deref(),
        Some("model_z_innej_wersji")
    );
    assert_eq!(state.plan().checklist.len(), items, "the checklist is kept");
    let warning = (s().unknown_model)("model_z_innej_wersji");
    assert!(
        state.toast_texts().contains(&warning),
        "{:?}",
        state.toast_texts()
    );
    // Opening is not an edit.
    assert!(!state.is_dirty());
}

#[test]
fn a_failed_save_says_why_and_keeps_the_changes() {
    let mut app = TestApp::new();
    app.harness.run();
    start_plan_named(&mut app, "Bez miejsca");
    // A regular file where the chosen folder should be: the save cannot succeed.
    let blocker = app.path("to-jest-plik");
    std::fs::write(&blocker, "x").unwrap();
    let target = blocker.join("plan.json");
    app.dialogs.answer_save(Some(target.clone()));
    press(
        &mut app,
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    app.harness.get_by_label(s().browse).click();
    app.harness.run();
    app.harness.get_by_label(s().save_button).click();
    app.harness.run();

    let state = app.harness.state();
    let message = state.error_message().expect("an error is shown");
    assert!(
        message.starts_with("Nie udało się zapisać planu: "),
        "{message}"
    );
    assert!(message.contains("Zmiany są nadal w programie"), "{message}");
    assert!(
        message.ends_with(&target.display().to_string()),
        "{message}"
    );
    // Shown on screen, not only kept in the state.
    app.harness.get_by_label(s().error_heading);
    assert!(
        app.harness
            .query_by_label_contains("Nie udało się zapisać")
            .is_some()
    );
    let state = app.harness.state();
    assert!(state.is_dirty());
    assert_eq!(state.plan().name, "Bez miejsca");
    assert_eq!(state.plan_path(), None);
    assert_eq!(std::fs::read(&blocker).unwrap(), b"x");
}
