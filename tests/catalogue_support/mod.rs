//! Helpers for the catalogue window tests: reaching the model step, reading which cards are
//! shown, clicking widgets that may be below the fold.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]
#![allow(dead_code, reason = "each test file uses a different subset")]

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use social_franchise_planner::i18n::catalogue::{CatStrings, cat_tr};
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::catalogue::ModelEntry;
use social_franchise_planner::model::wizard::Step;

use crate::common::TestApp;

/// The catalogue strings of the language under test.
pub fn c(lang: Lang) -> &'static CatStrings {
    cat_tr(lang)
}

/// Starts the app, switches to `lang`, starts a plan as replicator kind `kind` (index into
/// the profile's kinds) and goes to the model step.
pub fn app_on_model_step(lang: Lang, kind: usize) -> TestApp {
    let mut app = TestApp::new();
    go_to_model_step(&mut app, lang, kind);
    app
}

/// Walks an already started app to the model step.
pub fn go_to_model_step(app: &mut TestApp, lang: Lang, kind: usize) {
    let s = tr(lang);
    app.harness.run();
    if lang == Lang::En {
        app.harness.get_by_label("EN").click();
        app.harness.run();
    }
    app.harness.get_by_label_contains(s.start_new).click();
    app.harness.run();
    let field = app
        .harness
        .get_by_role_and_label(Role::TextInput, s.plan_name_label);
    field.focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, s.plan_name_label)
        .type_text("Plan");
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::RadioButton, s.kinds[kind])
        .click();
    app.harness.run();
    app.harness.get_by_label_contains(s.next).click();
    app.harness.run();
    assert_eq!(app.harness.state().step(), Step::Model);
}

/// The names of the model cards on screen (their radio buttons), in order.
pub fn shown_models(app: &TestApp) -> Vec<String> {
    app.harness
        .query_all_by_role(Role::RadioButton)
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

/// The names of `models` in `lang`.
pub fn names(models: &[&ModelEntry], lang: Lang) -> Vec<String> {
    models.iter().map(|m| m.name(lang).to_owned()).collect()
}

/// Scrolls the widget with this role and label into view, then clicks it.
pub fn click(app: &mut TestApp, role: Role, label: &str) {
    app.harness
        .get_by_role_and_label(role, label)
        .scroll_to_me();
    app.harness.run();
    app.harness.get_by_role_and_label(role, label).click();
    app.harness.run();
}

/// Opens the drop-down with this label and picks `option`.
pub fn pick(app: &mut TestApp, combo: &str, option: &str) {
    click(app, Role::ComboBox, combo);
    app.harness
        .get_by_role_and_label(Role::Button, option)
        .click();
    app.harness.run();
}

/// True when at least one widget with this role and label is on screen.
pub fn has(app: &TestApp, role: Role, label: &str) -> bool {
    app.harness
        .query_all_by_role_and_label(role, label)
        .next()
        .is_some()
}

/// `names` sorted, for comparing lists shown in groups with lists in catalogue order.
pub fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}
