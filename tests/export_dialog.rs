//! File → Export… in the real window: the dialog's choices, the proposed path, Browse,
//! the written file, and the messages after success and failure.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use chrono::TimeZone as _;
use common::TestApp;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::dialogs::Modal;
use social_franchise_planner::export::Format;
use social_franchise_planner::i18n::errors::errors;
use social_franchise_planner::i18n::export_dialog::{Messages, messages};
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, Status};

fn m() -> &'static Messages {
    messages(Lang::Pl)
}

/// Saves a kindergarten plan into the plans folder and opens it in the app.
fn open_saved_plan(app: &mut TestApp) -> std::path::PathBuf {
    let created = chrono::Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
    let mut plan = Plan::new("Przedszkole „Słoneczko” w Łodzi", created);
    plan.profile.place = "Łódź".to_owned();
    let catalogue = Catalogue::built_in();
    plan.choose_model(catalogue.get("kindergarten").unwrap());
    plan.checklist[0].status = Status::Done;
    plan.checklist[0].note = "=HYPERLINK(\"x\")".to_owned();
    let path = app.path("słoneczko.json");
    save_plan(&path, &plan).unwrap();
    app.harness.run();
    app.harness.state_mut().request_open(&path);
    app.harness.run();
    assert_eq!(app.harness.state().plan_path(), Some(path.as_path()));
    path
}

fn export_dialog(app: &TestApp) -> social_franchise_planner::dialogs::ExportDialog {
    match app.harness.state().modal() {
        Some(Modal::Export(dialog)) => (**dialog).clone(),
        other => panic!("the export dialog is not open: {other:?}"),
    }
}

fn click(app: &mut TestApp, role: Role, label: &str) {
    app.harness.get_by_role_and_label(role, label).click();
    app.harness.run();
}

#[test]
fn file_menu_export_to_csv_writes_a_spreadsheet_next_to_the_plan() {
    let mut app = TestApp::new();
    let plan_path = open_saved_plan(&mut app);
    let plan_before = std::fs::read(&plan_path).unwrap();
    app.harness.get_by_label(tr(Lang::Pl).menu_file).click();
    app.harness.run();
    app.harness.get_by_label_contains(m().cmd_export).click();
    app.harness.run();
    let dialog = export_dialog(&app);
    assert_eq!(dialog.format, Format::Html);
    assert_eq!(
        dialog.path_text,
        app.path("słoneczko.html").display().to_string()
    );

    click(&mut app, Role::RadioButton, m().formats[4]);
    assert_eq!(export_dialog(&app).format, Format::Csv);
    assert!(export_dialog(&app).path_text.ends_with("słoneczko.csv"));
    click(&mut app, Role::Button, m().export_button);

    assert!(
        !app.harness.state().has_modal(),
        "{:?}",
        app.harness.state().modal()
    );
    let csv_path = app.path("słoneczko.csv");
    let bytes = std::fs::read(&csv_path).expect("the CSV file exists");
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "starts with a byte-order mark"
    );
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains(
            "Lp.;Etap;Zadanie;Własne zadanie;Stan;Dlaczego nie dotyczy;Odpowiada;Termin;"
        ),
        "{text}"
    );
    assert!(text.contains("'=HYPERLINK"), "formulas are neutralised");
    assert_eq!(
        std::fs::read(&plan_path).unwrap(),
        plan_before,
        "the plan is untouched"
    );
    let toasts = app.harness.state().toast_texts();
    assert!(
        toasts
            .iter()
            .any(|t| t.ends_with(&csv_path.display().to_string())),
        "{toasts:?}"
    );
}

#[test]
fn shortcut_browse_and_english_for_an_unsaved_plan() {
    let mut app = TestApp::new();
    app.harness.run();
    app.harness
        .get_by_label_contains(tr(Lang::Pl).start_new)
        .click();
    app.harness.run();
    app.harness.key_press(egui::Key::Escape);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    app.harness.run();
    // An unsaved plan without a name goes to the plans folder as "plan.html".
    assert_eq!(
        export_dialog(&app).path_text,
        app.path("plan.html").display().to_string()
    );
    let chosen = app
        .dir
        .path()
        .join("do wysłania")
        .join("plan dla gminy.html");
    app.dialogs.answer_export(Some(chosen.clone()));
    click(&mut app, Role::Button, m().browse);
    assert_eq!(export_dialog(&app).path_text, chosen.display().to_string());
    click(&mut app, Role::RadioButton, m().langs[1]);
    click(&mut app, Role::Button, m().export_button);
    let html = std::fs::read_to_string(&chosen).expect("the HTML file exists");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("Untitled plan"));
    // The window stays Polish.
    assert_eq!(app.harness.state().lang(), Lang::Pl);
}

#[test]
fn a_failed_export_explains_why_with_the_path_last() {
    let mut app = TestApp::new();
    open_saved_plan(&mut app);
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    app.harness.run();
    // The native dialog answers with a folder: it cannot be written as a file.
    let folder = app.path("folder.html");
    std::fs::create_dir(&folder).unwrap();
    app.dialogs.answer_export(Some(folder.clone()));
    click(&mut app, Role::Button, m().browse);
    click(&mut app, Role::Button, m().export_button);
    let message = app
        .harness
        .state()
        .error_message()
        .expect("an error is shown")
        .to_owned();
    assert!(
        message.starts_with("Nie udało się wyeksportować planu"),
        "{message}"
    );
    assert!(
        message.ends_with(&folder.display().to_string()),
        "{message}"
    );
}

#[test]
fn a_plan_file_is_never_an_export_target_and_cancel_closes() {
    let mut app = TestApp::new();
    let plan_path = open_saved_plan(&mut app);
    let before = std::fs::read(&plan_path).unwrap();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    app.harness.run();
    app.dialogs.answer_export(Some(plan_path.clone()));
    click(&mut app, Role::Button, m().browse);
    app.harness
        .get_by_label(errors(Lang::Pl).same_as_plan)
        .hover();
    click(&mut app, Role::Button, m().export_button);
    assert!(matches!(
        app.harness.state().modal(),
        Some(Modal::Export(_))
    ));
    assert_eq!(std::fs::read(&plan_path).unwrap(), before);
    click(&mut app, Role::Button, m().cancel);
    assert!(!app.harness.state().has_modal());
}

#[test]
fn markdown_export_from_the_window_holds_the_whole_plan() {
    let mut app = TestApp::new();
    let created = chrono::Utc.with_ymd_and_hms(2026, 11, 20, 9, 0, 0).unwrap();
    let mut plan = Plan::new("Żłobek w Zgierzu", created);
    let catalogue = Catalogue::built_in();
    plan.set_kind(
        social_franchise_planner::model::plan::ReplicatorKind::Municipality,
        None,
    );
    plan.choose_model(catalogue.get("nursery").unwrap());
    plan.checklist[0].owner = "Wydział edukacji".to_owned();
    plan.checklist[0].due = chrono::NaiveDate::from_ymd_opt(2026, 11, 2);
    plan.add_custom_item(plan.checklist[0].phase, "Spotkanie z radą rodziców")
        .unwrap();
    plan.readiness.set("money", 1);
    plan.membership.legal_founders = 1;
    plan.budget.jobs = 4;
    let path = app.path("żłobek.json");
    save_plan(&path, &plan).unwrap();
    app.harness.run();
    app.harness.state_mut().request_open(&path);
    app.harness.run();

    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    app.harness.run();
    click(&mut app, Role::RadioButton, m().formats[3]);
    click(&mut app, Role::CheckBox, m().opt_guidance);
    assert!(!export_dialog(&app).options.include_guidance);
    click(&mut app, Role::Button, m().export_button);
    let md = std::fs::read_to_string(app.path("żłobek.md")).expect("the Markdown file exists");
    for expected in [
        "## Co wymaga uwagi",
        "Termin minął 25 dni temu:",
        "## Gotowość do replikacji modelu",
        "## Zespół: założyciele, członkowie i pracownicy",
        "Co najmniej 2 osoby prawne jako założyciele | niespełniony – brakuje 1 osoby |",
        "- **Miejsca pracy tworzone w spółdzielni:** 4",
        "| Wydział edukacji | 02.11.2026 *(po terminie)* |",
        "Spotkanie z radą rodziców *(własne zadanie)*",
    ] {
        assert!(md.contains(expected), "{expected}\n{md}");
    }
    assert!(
        !md.contains("Dlaczego to ważne"),
        "guidance was switched off"
    );
}
