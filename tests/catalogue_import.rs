//! Importing own model files through the window: broken files are refused with a specific
//! message and change nothing; a good file joins the catalogue, marked as imported, and is
//! loaded again at the next start.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod catalogue_support;
mod common;

use std::path::Path;

use catalogue_support::{c, click, go_to_model_step, has};
use common::TestApp;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use social_franchise_planner::i18n::errors::errors;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::catalogue::{Catalogue, ModelEntry, Provenance};
use social_franchise_planner::model::text::Text;

/// A valid model that is not in the catalogue, built from a built-in one.
fn own_model() -> ModelEntry {
    let mut model = Catalogue::built_in().get("kindergarten").unwrap().clone();
    model.id = "own_kindergarten".to_owned();
    model.name = Text::new(
        "Przedszkole – model własny OWES",
        "Kindergarten – an OWES's own model",
    );
    model.provenance = Provenance::OutsideSeries;
    model.pilot = None;
    model.manual = None;
    model
}

fn import(app: &mut TestApp, lang: Lang, file: &Path) {
    app.dialogs.answer_import(Some(file.to_path_buf()));
    click(app, Role::Button, c(lang).import_button);
}

#[test]
fn broken_model_files_are_refused_and_change_nothing() {
    let lang = Lang::Pl;
    let good = serde_json::to_string_pretty(&own_model()).unwrap();
    let first = Catalogue::built_in().models.remove(0);
    let existing = serde_json::to_string(&first).unwrap();
    let duplicate = (errors(lang).duplicate_model)(&first.id);
    let mut rules = own_model();
    rules.summary.en.clear();
    let cases = [
        (
            "ucięty.json",
            good[..good.len() / 3].to_owned(),
            errors(lang).model.not_json,
        ),
        (
            "tekst.json",
            "to nie jest model".to_owned(),
            errors(lang).model.not_json,
        ),
        (
            "plan.json",
            r#"{"format": "social-franchise-plan"}"#.to_owned(),
            errors(lang).model.wrong_format,
        ),
        (
            "nowszy.json",
            good.replace("\"format_version\": 1", "\"format_version\": 9"),
            errors(lang).model.newer_version,
        ),
        (
            "typy.json",
            good.replace("\"family\": \"service\"", "\"family\": 7"),
            errors(lang).model.invalid,
        ),
        (
            "zasady.json",
            serde_json::to_string(&rules).unwrap(),
            "summary",
        ),
        ("duplikat.json", existing, duplicate.as_str()),
    ];
    let mut app = TestApp::new();
    go_to_model_step(&mut app, lang, 0);
    let count = app.harness.state().catalogue().models.len();
    for (name, text, reason) in cases {
        let file = app.path(name);
        std::fs::write(&file, &text).unwrap();
        import(&mut app, lang, &file);
        let message = app
            .harness
            .state()
            .error_message()
            .unwrap_or_else(|| panic!("no error for {name}"))
            .to_owned();
        assert!(message.contains(reason), "{name}: {message}");
        assert!(
            message.ends_with(&file.display().to_string()),
            "path last: {message}"
        );
        click(&mut app, Role::Button, tr(lang).ok);
        assert!(!app.harness.state().has_modal());
        assert_eq!(
            app.harness.state().catalogue().models.len(),
            count,
            "{name}"
        );
        assert!(
            !app.models_dir().exists(),
            "{name}: the folder stays untouched"
        );
        assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    }
    // A cancelled dialog does nothing at all.
    app.dialogs.answer_import(None);
    click(&mut app, Role::Button, c(lang).import_button);
    assert!(!app.harness.state().has_modal());
}

#[test]
fn a_good_model_file_is_imported_marked_and_loaded_again() {
    let lang = Lang::Pl;
    let t = c(lang);
    let model = own_model();
    let mut app = TestApp::new();
    go_to_model_step(&mut app, lang, 0);
    let file = app.path("mój model.json");
    let json = serde_json::to_string_pretty(&model).unwrap();
    std::fs::write(&file, &json).unwrap();
    import(&mut app, lang, &file);
    assert!(app.harness.state().error_message().is_none());
    let copy = app.models_dir().join("own_kindergarten.json");
    assert_eq!(std::fs::read_to_string(&copy).unwrap(), json);
    assert!(app.harness.state().catalogue().get(&model.id).is_some());
    assert!(
        app.harness
            .state()
            .catalogue_screen()
            .is_imported(&model.id)
    );
    let toasts = app.harness.state().toast_texts();
    assert!(
        toasts
            .iter()
            .any(|text| text.ends_with(&copy.display().to_string())),
        "{toasts:?}"
    );

    // On screen: in its own group, with its card marked as imported.
    assert!(has(&app, Role::Label, t.group_imported));
    assert!(has(&app, Role::RadioButton, model.name(lang)));
    let marked = |app: &TestApp| {
        app.harness.query_all_by_role(Role::Label).any(|n| {
            n.accesskit_node()
                .value()
                .is_some_and(|v| v.ends_with(&format!("· {}", t.imported_badge)))
        })
    };
    assert!(marked(&app));

    // Choosing it works like any other model.
    click(&mut app, Role::RadioButton, model.name(lang));
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some("own_kindergarten")
    );

    // The next start loads it again, and skips a broken file with a warning.
    std::fs::write(app.models_dir().join("zepsuty.json"), "{").unwrap();
    // No crash-recovery question in the way: drop the autosave of the unsaved plan.
    std::fs::remove_dir_all(app.plans_dir().join(".autosave")).ok();
    let TestApp { dir, .. } = app;
    let mut again = TestApp::with_dir(dir);
    assert!(again.harness.state().catalogue().get(&model.id).is_some());
    assert!(
        again
            .harness
            .state()
            .catalogue_screen()
            .is_imported(&model.id)
    );
    let toasts = again.harness.state().toast_texts();
    assert!(
        toasts.iter().any(|text| text.ends_with("zepsuty.json")),
        "{toasts:?}"
    );
    go_to_model_step(&mut again, lang, 0);
    assert!(marked(&again));
}
