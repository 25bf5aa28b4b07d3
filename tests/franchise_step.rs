//! The franchise step, walked with the keyboard only: franchisor, one adaptation, a dropped
//! core element with its reason, two agreed terms; saved, reopened, and named in the review.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, key, press, type_text};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::i18n::planning::franchise::texts;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::franchise::{Decision, FranchisorKind};
use social_franchise_planner::model::franchise_terms::{TermId, TermStatus};
use social_franchise_planner::model::wizard::Step;

/// Presses Tab until the widget with `role` and `label` has the keyboard focus.
fn tab_to(app: &mut TestApp, role: Role, label: &str) {
    for _ in 0..400 {
        if app.harness.get_by_role_and_label(role, label).is_focused() {
            return;
        }
        key(app, Key::Tab);
    }
    panic!("Tab never reached {label:?}");
}

#[test]
fn the_franchise_step_works_with_the_keyboard_alone() {
    let t = texts(Lang::Pl);
    let mut app = TestApp::new();
    app.harness.run();
    press(&mut app, Modifiers::COMMAND, Key::N);
    type_text(&mut app, "Franczyza z klawiatury");
    key(&mut app, Key::Tab);
    key(&mut app, Key::Space);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    key(&mut app, Key::Space);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Franchise);
    let catalogue = Catalogue::built_in();
    let model_id = app.harness.state().plan().model_id.clone().unwrap();
    let model = catalogue.get(&model_id).unwrap();
    let core = model.elements.iter().find(|e| e.is_core()).unwrap();
    let adaptable = model.elements.iter().find(|e| !e.is_core()).unwrap();
    let (core_name, adaptable_name) = (&core.name.pl, &adaptable.name.pl);

    // The franchisor: SNRSS, with the organisation's name.
    let snrss = t.franchisor_kind(FranchisorKind::Snrss);
    tab_to(&mut app, Role::RadioButton, snrss);
    key(&mut app, Key::Space);
    tab_to(&mut app, Role::TextInput, t.franchisor_name);
    type_text(&mut app, "SNRSS (przykład)");

    // Adapt one element: what changes and why.
    tab_to(
        &mut app,
        Role::RadioButton,
        &format!("Dostosuj: {adaptable_name}"),
    );
    key(&mut app, Key::Space);
    tab_to(
        &mut app,
        Role::TextInput,
        &format!("Co się zmienia: {adaptable_name}"),
    );
    type_text(&mut app, "Inny zakres");
    tab_to(
        &mut app,
        Role::TextInput,
        &format!("Dlaczego: {adaptable_name}"),
    );
    type_text(&mut app, "Inne potrzeby gminy");

    // Drop a core element: Next is blocked until the reason is given.
    tab_to(&mut app, Role::RadioButton, &format!("Pomiń: {core_name}"));
    key(&mut app, Key::Space);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Franchise);
    let field = format!("Powód pominięcia: {core_name}");
    tab_to(&mut app, Role::TextInput, &field);
    type_text(&mut app, "Brak takiej grupy w gminie");

    // Two agreement terms agreed.
    for term in [TermId::Parties, TermId::Training] {
        let label = format!("{}: {}", t.status(TermStatus::Agreed), t.term(term));
        tab_to(&mut app, Role::RadioButton, &label);
        key(&mut app, Key::Space);
    }
    let summary = t.fidelity_line(app.harness.state().plan().franchise.fidelity(model));
    app.harness.get_by_label(&summary);

    save_and_reopen(&mut app, &adaptable.id, &core.id);

    // The review's health check names the dropped core element.
    while app.harness.state().step() != Step::Review {
        press(&mut app, Modifiers::COMMAND, Key::Enter);
    }
    app.harness
        .get_by_label(&(t.finding_core_dropped)(core_name));
}

/// Saves with Ctrl+S and Enter on the dialog's focused Save button, then reopens the file
/// and checks every choice.
fn save_and_reopen(app: &mut TestApp, adapted_id: &str, dropped_id: &str) {
    press(app, Modifiers::COMMAND, Key::S);
    assert!(app.harness.state().has_modal());
    key(app, Key::Enter);
    let path = app.path("Franczyza z klawiatury.json");
    assert!(path.is_file());
    let reopened = social_franchise_planner::io::plan_file::load_plan(&path).unwrap();
    assert_eq!(reopened.franchise, app.harness.state().plan().franchise);
    let f = &reopened.franchise;
    assert_eq!(f.franchisor.kind, Some(FranchisorKind::Snrss));
    assert_eq!(f.franchisor.name, "SNRSS (przykład)");
    let adapted = f.decision(adapted_id).unwrap();
    assert_eq!(adapted.decision, Decision::Adapt);
    assert_eq!(
        (adapted.change.as_str(), adapted.reason.as_str()),
        ("Inny zakres", "Inne potrzeby gminy")
    );
    let dropped = f.decision(dropped_id).unwrap();
    assert_eq!(dropped.decision, Decision::Drop);
    assert_eq!(dropped.reason, "Brak takiej grupy w gminie");
    assert_eq!(f.term_status(TermId::Parties), TermStatus::Agreed);
    assert_eq!(f.term_status(TermId::Training), TermStatus::Agreed);
    assert_eq!(f.term_status(TermId::Fees), TermStatus::ToNegotiate);
}
