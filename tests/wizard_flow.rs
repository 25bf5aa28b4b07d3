//! Walks the whole wizard in the real app, in Polish and in English, saves the plan through
//! the Save As dialog, starts a new plan, reopens the saved one and compares.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, tick_and_open_first_item, type_into};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::planning::budget::texts as budget_texts;
use social_franchise_planner::i18n::planning::checklist::texts as checklist_texts;
use social_franchise_planner::i18n::planning::readiness::texts as readiness_texts;
use social_franchise_planner::i18n::planning::team::texts as team_texts;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::money::Money;
use social_franchise_planner::model::plan::{ReplicatorKind, Status};
use social_franchise_planner::model::readiness::{QUESTIONS, suggested_entry};
use social_franchise_planner::model::wizard::Step;

fn click(app: &mut TestApp, label: &str) {
    app.harness.get_by_label(label).click();
    app.harness.run();
}

fn click_next(app: &mut TestApp, lang: Lang) {
    app.harness.get_by_label_contains(tr(lang).next).click();
    app.harness.run();
}

fn walk_wizard(lang: Lang) {
    let s = tr(lang);
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("kindergarten").expect("kindergarten model");
    let mut app = TestApp::new();
    let app = &mut app;
    app.harness.run();
    if lang == Lang::En {
        click(app, "EN");
        assert_eq!(app.harness.state().lang(), Lang::En);
    }

    // Start → Profile.
    app.harness.get_by_label_contains(s.start_new).click();
    app.harness.run();
    assert_eq!(app.harness.state().step(), Step::Profile);

    // Profile: Next stays disabled until the name and the kind are given.
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Profile);
    type_into(app, s.plan_name_label, "Przedszkole „Słoneczko” – Łódź");
    click(app, s.kinds[1]);
    type_into(app, s.organisation_label, "Gmina Łęczyca");
    type_into(app, s.place_label, "Łęczyca");
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Model);

    // Model: the card may be below the fold of the catalogue.
    app.harness.get_by_label(model.name(lang)).scroll_to_me();
    app.harness.run();
    click(app, model.name(lang));
    assert_eq!(
        app.harness.state().plan().model_id.as_deref(),
        Some("kindergarten")
    );
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Franchise);
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Readiness);
    fill_planning_steps(app, lang);
    save_and_reopen(app, lang);
}

/// Readiness, checklist, team and budget; ends on the review step.
fn fill_planning_steps(app: &mut TestApp, lang: Lang) {
    // Readiness: a weak answer proposes an item, added with one click.
    let r = readiness_texts(lang);
    let premises = &QUESTIONS[2];
    click(
        app,
        &format!("{}: {}", premises.title.get(lang), r.answers[0]),
    );
    let suggested = suggested_entry(premises).unwrap().text.get(lang).to_owned();
    click(app, &(r.suggestion_add)(&suggested));
    assert!(app.harness.state().plan().has_suggestion(premises));
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Checklist);

    // Checklist: tick the first item, open it and give it an owner.
    let c = checklist_texts(lang);
    tick_and_open_first_item(app, lang);
    type_into(app, c.owner_label, "Anna Nowak, sekretarz gminy");
    let note = app
        .harness
        .get_by_role_and_label(Role::MultilineTextInput, c.note_label);
    note.focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::MultilineTextInput, c.note_label)
        .type_text("Uchwała rady gminy – w przygotowaniu");
    app.harness.run();
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Team);

    // Team: a municipality founds with other legal persons.
    type_into(app, team_texts(lang).legal_founders, "2");
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Budget);

    // Budget: one cost line.
    let b = budget_texts(lang);
    click(app, b.add_cost);
    type_into(app, &(b.cost_name)(1), "Wyposażenie sal");
    type_into(app, &(b.cost_amount)(1), "45 000,00");
    click_next(app, lang);
    assert_eq!(app.harness.state().step(), Step::Review);
}

/// Saves through Save As, starts a new plan and reopens the saved one.
fn save_and_reopen(app: &mut TestApp, lang: Lang) {
    let s = tr(lang);
    let premises = &QUESTIONS[2];

    // Save: the plan has no file yet, so the Save As dialog asks where, suggesting the
    // default folder.
    app.harness
        .get_by_role_and_label(Role::Button, s.cmd_save)
        .click();
    app.harness.run();
    assert!(app.harness.state().has_modal());
    click(app, s.save_button);
    let path = app.path("Przedszkole „Słoneczko” – Łódź.json");
    assert_eq!(app.harness.state().plan_path(), Some(path.as_path()));
    assert!(!app.harness.state().is_dirty());
    assert!(path.is_file());
    let saved = app.harness.state().plan().clone();
    assert_eq!(saved.profile.kind, Some(ReplicatorKind::Municipality));
    assert_eq!(saved.profile.organisation, "Gmina Łęczyca");
    assert_eq!(saved.checklist[0].status, Status::Done);
    assert_eq!(saved.checklist[0].owner, "Anna Nowak, sekretarz gminy");
    assert_eq!(
        saved.checklist[0].note,
        "Uchwała rady gminy – w przygotowaniu"
    );
    assert_eq!(saved.membership.legal_founders, 2);
    assert_eq!(saved.budget.totals().costs, Money::zloty(45_000));
    assert_eq!(saved.readiness.score(premises.id), Some(0));

    // A new plan replaces it on screen.
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    app.harness.run();
    assert_eq!(app.harness.state().plan().name, "");
    assert_eq!(app.harness.state().step(), Step::Profile);

    // Reopen from the start screen's list of plans in the default folder.
    app.harness.get_by_label_contains(s.back).click();
    app.harness.run();
    assert_eq!(app.harness.state().step(), Step::Start);
    app.harness
        .get_by_role_and_label(Role::Button, "📄 Przedszkole „Słoneczko” – Łódź.json")
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().plan(), &saved);
    assert_eq!(app.harness.state().plan_path(), Some(path.as_path()));
    assert!(!app.harness.state().is_dirty());
}

#[test]
fn wizard_round_trip_in_polish() {
    walk_wizard(Lang::Pl);
}

#[test]
fn wizard_round_trip_in_english() {
    walk_wizard(Lang::En);
}

#[test]
fn window_starts_in_polish_on_the_start_screen() {
    let mut app = TestApp::new();
    app.harness.run();
    let s = tr(Lang::Pl);
    assert_eq!(app.harness.state().step(), Step::Start);
    assert_eq!(app.harness.state().lang(), Lang::Pl);
    app.harness.get_by_label(s.app_title);
    app.harness.get_by_label_contains(s.start_new);
    assert!(app.harness.state().title().contains(s.app_title));
}
