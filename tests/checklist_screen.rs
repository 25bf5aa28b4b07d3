//! The checklist step in the real window: status, owner, due dates, evidence, custom items,
//! progress, and the rebuild after a change of founder route.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use chrono::NaiveDate;
use common::TestApp;
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use planning::{checklist_app, click, click_role, next, type_into};
use social_franchise_planner::i18n::planning::checklist::texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::checklist::Origin;
use social_franchise_planner::model::plan::Status;
use social_franchise_planner::model::progress::Progress;
use social_franchise_planner::model::taxonomy::Phase;
use social_franchise_planner::model::wizard::Step;

fn item_text(app: &TestApp, id: &str, lang: Lang) -> String {
    app.harness
        .state()
        .plan()
        .entry(id)
        .unwrap()
        .text
        .get(lang)
        .to_owned()
}

/// Searches for `id`'s text and opens it in the detail panel.
fn open_item(app: &mut TestApp, id: &str, lang: Lang) -> String {
    let text = item_text(app, id, lang);
    let t = texts(lang);
    let search = app
        .harness
        .get_by_role_and_label(Role::TextInput, t.search_label);
    search.focus();
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness
        .get_by_role_and_label(Role::TextInput, t.search_label)
        .type_text(&text);
    app.harness.run();
    click_role(app, Role::Button, &text);
    assert_eq!(
        app.harness.state().checklist_view().selected.as_deref(),
        Some(id)
    );
    text
}

#[test]
fn status_owner_due_date_evidence_and_progress() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let mut app = checklist_app(lang);
    let total = app.harness.state().plan().checklist.len();
    // "Choose the founder route" is done: the profile fixed the route.
    app.harness.get_by_label(&(t.overall)(Progress {
        done: 1,
        not_applicable: 0,
        total,
    }));

    open_item(&mut app, "name_owes_tutor", lang);
    click_role(&mut app, Role::RadioButton, t.statuses[1]);
    type_into(&mut app, t.owner_label, "Kasia z OWES");
    // 20 November is a week before the test clock's 27 November 2026.
    type_into(&mut app, t.due_label, "20.11.2026");
    type_into(&mut app, t.evidence_label, "https://example.org/umowa-owes");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();

    let entry = app
        .harness
        .state()
        .plan()
        .entry("name_owes_tutor")
        .unwrap()
        .clone();
    assert_eq!(entry.status, Status::InProgress);
    assert_eq!(entry.owner, "Kasia z OWES");
    assert_eq!(entry.due, NaiveDate::from_ymd_opt(2026, 11, 20));
    assert_eq!(entry.evidence, ["https://example.org/umowa-owes"]);
    // Overdue shows as text with an icon, in the row, the details and the summary.
    assert!(app.harness.query_all_by_label(&(t.overdue)(7)).count() >= 2);
    app.harness.get_by_label(&(t.overdue_count)(1));
    app.harness.get_by_label(t.filters[2]).click();
    app.harness.run();

    // Ticking the box (named by the task's title) marks it done and moves the progress.
    let text = item_text(&app, "name_owes_tutor", lang);
    click_role(&mut app, Role::CheckBox, &text);
    assert!(
        app.harness
            .state()
            .plan()
            .entry("name_owes_tutor")
            .unwrap()
            .is_done()
    );
    app.harness.get_by_label(&(t.overall)(Progress {
        done: 2,
        not_applicable: 0,
        total,
    }));
    assert!(app.harness.query_by_label(&(t.overdue_count)(1)).is_none());
}

#[test]
fn not_applicable_needs_a_reason_before_moving_on() {
    let lang = Lang::En;
    let t = texts(lang);
    let mut app = checklist_app(lang);
    open_item(&mut app, "get_model_manual", lang);
    click_role(&mut app, Role::RadioButton, t.statuses[3]);
    app.harness.get_by_label(t.reason_missing);
    next(&mut app, lang);
    assert_eq!(
        app.harness.state().step(),
        Step::Checklist,
        "Next is blocked"
    );
    app.harness.get_by_label(t.missing_reason);
    type_into(&mut app, t.reason_label, "We already have the manual");
    let entry = app
        .harness
        .state()
        .plan()
        .entry("get_model_manual")
        .unwrap()
        .clone();
    assert!(entry.is_not_applicable());
    next(&mut app, lang);
    assert_eq!(app.harness.state().step(), Step::Team);
}

#[test]
fn custom_items_are_added_with_enter_and_removed() {
    let lang = Lang::Pl;
    let (s, t) = (tr(lang), texts(lang));
    let mut app = checklist_app(lang);
    click_role(&mut app, Role::ComboBox, t.new_item_phase);
    click(&mut app, s.phases[5]);
    type_into(
        &mut app,
        t.new_item_label,
        "Spotkanie z bankiem spółdzielczym",
    );
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    // The field keeps the focus, so the next item is typed straight away.
    app.harness
        .get_by_role_and_label(Role::TextInput, t.new_item_label)
        .type_text("Wniosek do LGD");
    app.harness.run();
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();

    let plan = app.harness.state().plan();
    for (id, text) in [
        ("custom_1", "Spotkanie z bankiem spółdzielczym"),
        ("custom_2", "Wniosek do LGD"),
    ] {
        let entry = plan.entry(id).unwrap();
        assert_eq!(entry.text.pl, text);
        assert_eq!(entry.phase, Phase::Funding);
        assert_eq!(entry.origin, Origin::Custom);
    }
    assert_eq!(
        app.harness.state().checklist_view().selected.as_deref(),
        Some("custom_2")
    );

    // The selected custom item can be renamed and removed.
    app.harness
        .get_by_role_and_label(Role::TextInput, t.text_label)
        .focus();
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    app.harness
        .get_by_role_and_label(Role::TextInput, t.text_label)
        .type_text("Wniosek do LGD (sierpień)");
    app.harness.run();
    assert_eq!(
        app.harness
            .state()
            .plan()
            .entry("custom_2")
            .unwrap()
            .text
            .en,
        "Wniosek do LGD (sierpień)"
    );
    click(&mut app, t.remove_item);
    assert!(app.harness.state().plan().entry("custom_2").is_none());
    assert!(app.harness.state().plan().entry("custom_1").is_some());
}

#[test]
fn a_route_change_rebuilds_the_list_and_keeps_the_work() {
    let lang = Lang::Pl;
    let (s, t) = (tr(lang), texts(lang));
    let mut app = checklist_app(lang);
    assert!(
        app.harness
            .state()
            .plan()
            .entry("gather_natural_person_founders")
            .is_some()
    );
    open_item(&mut app, "diagnose_local_needs", lang);
    type_into(&mut app, t.owner_label, "Zespół diagnozy");
    type_into(&mut app, t.new_item_label, "Rozmowa z proboszczem");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();

    for _ in 0..4 {
        app.harness.get_by_label_contains(s.back).click();
        app.harness.run();
    }
    assert_eq!(app.harness.state().step(), Step::Profile);
    click(&mut app, s.kinds[2]);

    let plan = app.harness.state().plan();
    assert!(plan.entry("gather_natural_person_founders").is_none());
    assert!(plan.entry("gather_legal_person_founders").is_some());
    assert_eq!(
        plan.entry("diagnose_local_needs").unwrap().owner,
        "Zespół diagnozy"
    );
    assert_eq!(
        plan.entry("custom_1").unwrap().text.pl,
        "Rozmowa z proboszczem"
    );
}
