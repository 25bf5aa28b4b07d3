//! Work in the window is never silently discarded: changing the model asks first when entries
//! would leave the list (and keeps them, marked), the autosave always matches the unsaved state,
//! and a read-only plan is replaced only after asking.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, press, request_close};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::dialogs::Modal;
use social_franchise_planner::i18n::{Lang, Strings, tr};
use social_franchise_planner::io::autosave::AutosaveStore;
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, ReplicatorKind};
use social_franchise_planner::model::wizard::Step;

fn s() -> &'static Strings {
    tr(Lang::Pl)
}

/// A saved plan for the first model, with an owner on one of its own tasks that the second
/// model lacks; returns the app with the plan open, the task's id and the second model's id.
fn open_plan_with_work() -> (TestApp, String, String) {
    let catalogue = Catalogue::built_in();
    let (first, second) = (&catalogue.models[0], &catalogue.models[1]);
    let mut plan = Plan::new("Plan z pracą", chrono::Utc::now());
    plan.profile.kind = Some(ReplicatorKind::Municipality);
    plan.choose_model(first);
    // A task of the first model's own, neither in the second model's list nor a common one.
    let common = social_franchise_planner::model::checklist::common_items();
    let mut other_ids: Vec<&str> = second.checklist.iter().map(|t| t.id.as_str()).collect();
    other_ids.extend(common.iter().map(|t| t.id.as_str()));
    let own = first
        .checklist
        .iter()
        .find(|t| !other_ids.contains(&t.id.as_str()) && plan.entry(&t.id).is_some())
        .unwrap()
        .id
        .clone();
    let entry = plan.checklist.iter_mut().find(|e| e.id == own).unwrap();
    entry.owner = "Anna Nowak".to_owned();
    let mut app = TestApp::new();
    app.harness.run();
    let path = app.path("praca.json");
    save_plan(&path, &plan).unwrap();
    app.harness.state_mut().request_open(&path);
    app.harness.run();
    assert!(!app.harness.state().is_dirty());
    (app, own, second.id.clone())
}

fn go_back_to_the_model_step(app: &mut TestApp) {
    for _ in 0..8 {
        if app.harness.state().step() == Step::Model {
            return;
        }
        app.harness.get_by_label(&format!("◀ {}", s().back)).click();
        app.harness.run();
    }
    assert_eq!(app.harness.state().step(), Step::Model);
}

fn click_model(app: &mut TestApp, id: &str) {
    let catalogue = Catalogue::built_in();
    let name = catalogue.get(id).unwrap().name(Lang::Pl).to_owned();
    app.harness.get_by_label(&name).scroll_to_me();
    app.harness.run();
    app.harness.get_by_label(&name).click();
    app.harness.run();
}

#[test]
fn changing_the_model_asks_first_and_cancel_changes_nothing() {
    let (mut app, own, second) = open_plan_with_work();
    let before = app.harness.state().plan().clone();
    go_back_to_the_model_step(&mut app);
    click_model(&mut app, &second);
    assert!(
        matches!(
            app.harness.state().modal(),
            Some(Modal::ChangeTemplate { count: 1, .. })
        ),
        "{:?}",
        app.harness.state().modal()
    );
    app.harness
        .get_by_role_and_label(Role::Button, s().cancel)
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().plan(), &before);
    assert!(!app.harness.state().is_dirty());
    assert_eq!(
        app.harness.state().plan().entry(&own).unwrap().owner,
        "Anna Nowak"
    );
}

#[test]
fn a_confirmed_model_change_keeps_the_work_marked_and_switching_back_restores_it() {
    let (mut app, own, second) = open_plan_with_work();
    let first = app.harness.state().plan().model_id.clone().unwrap();
    go_back_to_the_model_step(&mut app);
    click_model(&mut app, &second);
    app.harness
        .get_by_role_and_label(Role::Button, s().change_template_confirm)
        .click();
    app.harness.run();
    let state = app.harness.state();
    assert_eq!(state.plan().model_id.as_deref(), Some(second.as_str()));
    assert_eq!(state.plan().entry(&own).unwrap().owner, "Anna Nowak");
    assert!(state.is_dirty(), "the unsaved marker tells the truth");

    // The checklist shows the kept task with its mark.
    app.harness.state_mut().checklist_view_mut().show_item(&own);
    let next = format!("{} ▶", s().next);
    while app.harness.state().step() != Step::Checklist {
        app.harness.get_by_label(&next).click();
        app.harness.run();
    }
    app.harness.run();
    let mark = format!("⚠ {}", s().outside_template);
    assert!(app.harness.query_all_by_label(&mark).count() >= 1);

    // Back to the first model: nothing to ask (the work returns to the list).
    go_back_to_the_model_step(&mut app);
    click_model(&mut app, &first);
    assert!(app.harness.state().modal().is_none());
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some(first.as_str())
    );
    assert_eq!(
        app.harness.state().plan().entry(&own).unwrap().owner,
        "Anna Nowak"
    );
}

#[test]
fn undoing_back_to_the_saved_state_removes_the_autosave_and_a_clean_close_offers_nothing() {
    let (mut app, _, _) = open_plan_with_work();
    let path = app.harness.state().plan_path().unwrap().to_path_buf();
    let store = AutosaveStore::new(app.plans_dir().join(".autosave"));
    go_back_to_the_model_step(&mut app);
    while app.harness.state().step() != Step::Profile {
        app.harness.get_by_label(&format!("◀ {}", s().back)).click();
        app.harness.run();
    }
    app.harness.run_steps(8);
    let field = || (Role::TextInput, s().plan_name_label);
    app.harness
        .get_by_role_and_label(field().0, field().1)
        .focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(field().0, field().1)
        .type_text(" – zmiana");
    app.harness.run();
    app.harness.key_press(egui::Key::Escape);
    app.harness.run();
    // Past the autosave delay (kittest steps 0.25 s per frame).
    app.harness.run_steps(16);
    assert!(app.harness.state().is_dirty());
    assert!(store.slot(Some(&path)).is_file(), "the autosave exists");

    press(&mut app, egui::Modifiers::COMMAND, egui::Key::Z);
    app.harness.run_steps(4);
    assert_eq!(app.harness.state().plan().name, "Plan z pracą");
    assert!(!app.harness.state().is_dirty());
    assert!(
        !store.slot(Some(&path)).exists(),
        "back at the saved state: the autosave is gone"
    );

    // A clean close, then a new start: no recovery offer.
    request_close(&mut app);
    assert!(app.harness.state().is_closing());
    let TestApp { dir, .. } = app;
    let mut next = TestApp::with_dir(dir);
    next.harness.run();
    assert!(!matches!(
        next.harness.state().modal(),
        Some(Modal::Recover(_))
    ));
}

#[cfg(unix)]
#[test]
fn a_read_only_plan_is_replaced_only_after_asking() {
    use std::os::unix::fs::PermissionsExt as _;
    let (mut app, _, _) = open_plan_with_work();
    let path = app.harness.state().plan_path().unwrap().to_path_buf();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&path).unwrap();
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::S);
    assert!(matches!(
        app.harness.state().modal(),
        Some(Modal::ReadOnly { .. })
    ));
    app.harness
        .get_by_role_and_label(Role::Button, s().cancel)
        .click();
    app.harness.run();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    press(&mut app, egui::Modifiers::COMMAND, egui::Key::S);
    app.harness
        .get_by_role_and_label(Role::Button, s().read_only_replace)
        .click();
    app.harness.run();
    assert!(app.harness.state().modal().is_none());
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o444, "the plan stays read-only");
}
