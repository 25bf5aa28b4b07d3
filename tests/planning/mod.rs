//! Helpers for the planning-screen tests: typing, clicking and walking to a step.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]
#![allow(dead_code, reason = "each test file uses a different subset")]

use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::wizard::Step;

use crate::common::TestApp;

pub use crate::common::type_into;

/// Clicks the only widget labelled `label` (scrolled into view first, as a user would).
pub fn click(app: &mut TestApp, label: &str) {
    app.harness.get_by_label(label).scroll_to_me();
    app.harness.run();
    app.harness.get_by_label(label).click();
    app.harness.run();
}

/// Clicks the only widget with this role and label (scrolled into view first).
pub fn click_role(app: &mut TestApp, role: Role, label: &str) {
    app.harness
        .get_by_role_and_label(role, label)
        .scroll_to_me();
    app.harness.run();
    app.harness.get_by_role_and_label(role, label).click();
    app.harness.run();
}

/// Clicks Next.
pub fn next(app: &mut TestApp, lang: Lang) {
    app.harness.get_by_label_contains(tr(lang).next).click();
    app.harness.run();
}

/// Starts the app in `lang`.
pub fn app_in(lang: Lang) -> TestApp {
    let mut app = TestApp::new();
    app.harness.run();
    if lang == Lang::En {
        click(&mut app, "EN");
    }
    app
}

/// Starts a new plan named `name` for replicator kind `kind` (index into the kinds) and
/// chooses `model_id`; ends on the readiness step.
pub fn plan_with_model(app: &mut TestApp, lang: Lang, name: &str, kind: usize, model_id: &str) {
    let s = tr(lang);
    app.harness.get_by_label_contains(s.start_new).click();
    app.harness.run();
    type_into(app, s.plan_name_label, name);
    click(app, s.kinds[kind]);
    next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Model);
    let catalogue = social_franchise_planner::model::catalogue::Catalogue::built_in();
    let model = catalogue.get(model_id).expect("model in the catalogue");
    // A long catalogue may put the model below the fold: bring it into view first.
    app.harness.get_by_label(model.name(lang)).scroll_to_me();
    app.harness.run();
    click(app, model.name(lang));
    next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Franchise);
    next(app, lang);
    assert_eq!(
        app.harness.state().step(),
        Step::Readiness,
        "{model_id}: {:?}",
        app.harness.state().plan().model_id
    );
}

/// The window with `tests/fixtures/plan_v5.json` open on the checklist step (Polish), let
/// settle into its first undo point.
pub fn checklist_of_fixture() -> TestApp {
    // Review → Budget → Team → Checklist.
    let mut app = fixture_walked_back(3);
    assert_eq!(app.harness.state().step(), Step::Checklist);
    app.harness.run_steps(8);
    app
}

/// Natural persons replicating the addiction-recovery model, on the checklist step.
pub fn checklist_app(lang: Lang) -> TestApp {
    let mut app = app_in(lang);
    plan_with_model(
        &mut app,
        lang,
        "Spółdzielnia „Nowy start”",
        3,
        "addiction_recovery",
    );
    forward_to(&mut app, lang, Step::Checklist);
    app
}

/// Clicks Next until the wizard shows `step`.
pub fn forward_to(app: &mut TestApp, lang: Lang, step: Step) {
    while app.harness.state().step() != step {
        let before = app.harness.state().step();
        next(app, lang);
        assert_ne!(
            app.harness.state().step(),
            before,
            "Next is blocked on {before:?}"
        );
    }
}

/// Replaces the text of the field named `label` with `text`.
pub fn replace_in(app: &mut TestApp, label: &str, text: &str) {
    app.harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    app.harness.run();
}

/// The window with `tests/fixtures/plan_v5.json` open (it opens on the review), walked back
/// `steps` steps with Alt+Left (1: budget, 3: checklist, 4: readiness).
pub fn fixture_walked_back(steps: usize) -> TestApp {
    let mut app = TestApp::new();
    app.harness.run();
    crate::common::open_fixture_copy(&mut app, "plan_v5.json", "promyk.json");
    assert_eq!(app.harness.state().step(), Step::Review);
    for _ in 0..steps {
        app.harness
            .key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
        app.harness.run();
    }
    app
}
