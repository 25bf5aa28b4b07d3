//! Finding plans again: the start screen lists recent plans with their place, model and
//! time, a gone file says so and can be removed, a reopened plan lands where the user left
//! off, and "Browse…" without a system dialog says so in the window.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use common::{MemoryStorage, TestApp, press};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use planning::{click, click_role, forward_to, plan_with_model, type_into};
use social_franchise_planner::i18n::start::texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::wizard::Step;
use social_franchise_planner::prefs::{PlanMemory, Prefs};

const CMD: egui::Modifiers = egui::Modifiers::COMMAND;

/// The example plan copied into a fresh plans folder, and a recent list naming it and a
/// file that is gone, as a previous run left them.
fn app_with_recent(step: Option<Step>) -> (TestApp, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("promyk.json");
    std::fs::copy("tests/fixtures/plan_v4.json", &plan).unwrap();
    let gone = dir.path().join("stary plan.json");
    let mut prefs = Prefs::default();
    prefs.remember(&gone);
    prefs.remember(&plan);
    let memory = PlanMemory {
        name: "Żłobek „Promyk” w Gnieźnie".to_owned(),
        place: "Gniezno".to_owned(),
        model_id: Some("nursery".to_owned()),
        saved: "2026-12-04T09:30:00Z".parse().ok(),
        step,
    };
    prefs.remember_plan(&plan, memory);
    let mut storage = MemoryStorage::default();
    eframe::set_value(&mut storage, eframe::APP_KEY, &prefs);
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));
    let mut app = TestApp::with_dir_and_storage(dir, Some(storage));
    app.harness.run();
    (app, plan, gone)
}

#[test]
fn recent_plans_show_place_model_and_time_and_a_gone_file_can_be_removed() {
    let (mut app, plan, gone) = app_with_recent(None);
    let t = texts(Lang::Pl);
    app.harness
        .get_by_role_and_label(Role::Button, "📄 Żłobek „Promyk” w Gnieźnie");
    let catalogue = social_franchise_planner::model::catalogue::Catalogue::built_in();
    let model = catalogue.get("nursery").unwrap().name(Lang::Pl);
    app.harness
        .get_by_label_contains(&format!("Gniezno · {model} · zapisany 04.12.2026"));
    // The gone file is listed as such, and can be taken off the list.
    app.harness.get_by_label("📄 stary plan.json");
    app.harness.get_by_label(&format!("⚠ {}", t.missing));
    click_role(&mut app, Role::Button, t.forget);
    assert_eq!(app.harness.state().prefs().recent, vec![plan.clone()]);
    assert!(app.harness.query_by_label("📄 stary plan.json").is_none());
    assert!(!gone.exists());
    // With no step remembered, the plan opens on the review.
    click(&mut app, "📄 Żłobek „Promyk” w Gnieźnie");
    assert_eq!(app.harness.state().plan_path(), Some(plan.as_path()));
    assert_eq!(app.harness.state().step(), Step::Review);
}

#[test]
fn a_plan_reopens_on_the_step_where_the_user_left_off() {
    let (mut app, plan, _gone) = app_with_recent(Some(Step::Budget));
    click(&mut app, "📄 Żłobek „Promyk” w Gnieźnie");
    assert_eq!(app.harness.state().step(), Step::Budget);
    // Moving on is remembered, and a new run with the same preferences lands there.
    press(&mut app, egui::Modifiers::ALT, egui::Key::ArrowLeft);
    assert_eq!(app.harness.state().step(), Step::Team);
    let memory = app.harness.state().prefs().plan_memory(&plan).cloned();
    assert_eq!(memory.and_then(|m| m.step), Some(Step::Team));
}

#[test]
fn a_saved_plan_is_listed_and_reopens_where_it_was_saved() {
    let s = tr(Lang::Pl);
    let mut app = planning::app_in(Lang::Pl);
    plan_with_model(
        &mut app,
        Lang::Pl,
        "Kawiarnia Pod Lipą",
        3,
        "addiction_recovery",
    );
    forward_to(&mut app, Lang::Pl, Step::Checklist);
    let path = app.path("kawiarnia.json");
    app.dialogs.answer_save(Some(path.clone()));
    press(&mut app, CMD | egui::Modifiers::SHIFT, egui::Key::S);
    click(&mut app, s.browse);
    click_role(&mut app, Role::Button, s.save_button);
    assert!(path.is_file());
    press(&mut app, CMD, egui::Key::W);
    assert_eq!(app.harness.state().step(), Step::Start);
    click(&mut app, "📄 Kawiarnia Pod Lipą");
    assert_eq!(app.harness.state().step(), Step::Checklist);
}

#[test]
fn browse_without_a_system_dialog_says_so_in_the_window() {
    let s = tr(Lang::Pl);
    let t = texts(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    app.dialogs.unavailable.set(true);
    assert!(
        app.harness
            .query_by_label_contains(t.no_open_dialog)
            .is_none()
    );
    click(&mut app, s.browse);
    app.harness.get_by_label_contains(t.no_open_dialog);
    // Save As: the whole file name shows under the path, and Browse says the same.
    start_plan(
        &mut app,
        "Spółdzielnia z bardzo długą nazwą, która nie mieści się w polu",
    );
    press(&mut app, CMD | egui::Modifiers::SHIFT, egui::Key::S);
    app.harness
        .get_by_label("Spółdzielnia z bardzo długą nazwą, która nie mieści się w polu.json");
    let field = app
        .harness
        .get_by_role_and_label(Role::TextInput, s.path_label)
        .rect();
    assert!(field.width() >= 450.0, "path field {field:?}");
    click(&mut app, s.browse);
    app.harness.get_by_label_contains(t.no_save_dialog);
}

fn start_plan(app: &mut TestApp, name: &str) {
    let s = tr(Lang::Pl);
    app.harness.get_by_label_contains(s.start_new).click();
    app.harness.run();
    type_into(app, s.plan_name_label, name);
}
