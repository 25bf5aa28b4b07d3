//! The whole wizard can be completed with the keyboard alone.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use common::{TestApp, key, press, type_text};
use egui::{Key, Modifiers};
use social_franchise_planner::model::plan::ReplicatorKind;
use social_franchise_planner::model::wizard::Step;

#[test]
fn the_wizard_can_be_completed_without_a_mouse() {
    let mut app = TestApp::new();
    app.harness.run();

    // New plan: the plan name field has the focus.
    press(&mut app, Modifiers::COMMAND, Key::N);
    assert_eq!(app.harness.state().step(), Step::Profile);
    type_text(&mut app, "Plan z klawiatury");
    assert_eq!(app.harness.state().plan().name, "Plan z klawiatury");

    // Tab to the first kind and choose it with the space bar.
    key(&mut app, Key::Tab);
    key(&mut app, Key::Space);
    assert_eq!(
        app.harness.state().plan().profile.kind,
        Some(ReplicatorKind::Ngo)
    );

    // Ctrl+Enter goes on.
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Model);

    // The first model has the focus; the space bar chooses it.
    key(&mut app, Key::Space);
    assert!(app.harness.state().plan().model_id.is_some());
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Franchise);

    // The first franchisor kind has the focus; the franchise step is walked in detail in
    // `franchise_step.rs`.
    key(&mut app, Key::Space);
    assert!(
        app.harness
            .state()
            .plan()
            .franchise
            .franchisor
            .kind
            .is_some()
    );
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Readiness);

    // The first answer of the first readiness question has the focus.
    key(&mut app, Key::Space);
    assert_eq!(app.harness.state().plan().readiness.summary().answered, 1);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Checklist);

    // The first item has the focus; the space bar ticks it. ("Choose the founder route" is
    // done already: the profile fixed the route.)
    assert_eq!(app.harness.state().plan().progress().0, 1);
    key(&mut app, Key::Space);
    assert_eq!(app.harness.state().plan().progress().0, 2);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Team);

    // The first count has the focus: type a number of founders.
    type_text(&mut app, "2");
    key(&mut app, Key::Tab);
    assert_eq!(app.harness.state().plan().membership.employees.at_risk, 2);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Budget);
    press(&mut app, Modifiers::COMMAND, Key::Enter);
    assert_eq!(app.harness.state().step(), Step::Review);

    // Save with Ctrl+S; the Save As dialog opens with its Save button focused.
    press(&mut app, Modifiers::COMMAND, Key::S);
    assert!(app.harness.state().has_modal());
    key(&mut app, Key::Enter);
    assert!(app.path("Plan z klawiatury.json").is_file());
    assert!(!app.harness.state().is_dirty());
}

/// Key presses and typed characters, counted as a user would press them.
struct Keys {
    app: TestApp,
    count: usize,
}

impl Keys {
    fn key(&mut self, pressed: Key) {
        self.count += 1;
        key(&mut self.app, pressed);
    }

    fn chord(&mut self, modifiers: Modifiers, key: Key) {
        self.count += 1;
        press(&mut self.app, modifiers, key);
    }

    fn text(&mut self, text: &str) {
        self.count += text.chars().count();
        type_text(&mut self.app, text);
    }
}

#[test]
fn a_saved_plan_with_two_tasks_filled_in_takes_under_sixty_key_presses() {
    let mut keys = Keys {
        app: TestApp::new(),
        count: 0,
    };
    keys.app.harness.run();
    keys.chord(Modifiers::COMMAND, Key::N);
    keys.text("Plan");
    keys.key(Key::Tab);
    keys.key(Key::Space);
    keys.chord(Modifiers::COMMAND, Key::Enter);
    // Model, franchise and readiness: choose the first answer and go on.
    for _ in 0..3 {
        keys.key(Key::Space);
        keys.chord(Modifiers::COMMAND, Key::Enter);
    }
    assert_eq!(keys.app.harness.state().step(), Step::Checklist);

    // The first row's box has the focus: Tab to its title, Enter opens it, F6 goes to its
    // status, four Tabs to the owner, one to the due date.
    let fill = |keys: &mut Keys, owner: &str| {
        keys.key(Key::Enter);
        keys.key(Key::F6);
        for _ in 0..4 {
            keys.key(Key::Tab);
        }
        keys.text(owner);
        keys.key(Key::Tab);
        keys.text("1.2.2027");
    };
    keys.key(Key::Tab);
    fill(&mut keys, "Ala");
    // F6 back to the row, Tab past the next row's box to its title.
    keys.key(Key::F6);
    keys.key(Key::Tab);
    keys.key(Key::Tab);
    fill(&mut keys, "Ola");

    keys.chord(Modifiers::COMMAND, Key::S);
    keys.key(Key::Enter);
    assert!(keys.app.path("Plan.json").is_file());
    let plan = keys.app.harness.state().plan();
    let filled: Vec<(&str, Option<chrono::NaiveDate>)> = plan
        .checklist
        .iter()
        .filter(|e| !e.owner.is_empty())
        .map(|e| (e.owner.as_str(), e.due))
        .collect();
    let due = chrono::NaiveDate::from_ymd_opt(2027, 2, 1);
    assert_eq!(filled, [("Ala", due), ("Ola", due)]);
    assert!(keys.count < 60, "{} key presses", keys.count);
}
