//! A clerk's day in the window: the checklist reads at 800×600 (no control on top of another,
//! no title squeezed), its widths are remembered, focus and scroll follow the user.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use common::{MemoryStorage, TestApp, type_text};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use planning::{checklist_app, click, click_role, forward_to, plan_with_model, type_into};
use social_franchise_planner::i18n::planning::checklist::texts;
use social_franchise_planner::i18n::planning::{budget, franchise, readiness};
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::model::wizard::Step;

/// The narrowest a task's title may be drawn (about 20 letters).
const MIN_TITLE: f32 = 150.0;

/// Roles a user acts on.
const CONTROLS: [Role; 7] = [
    Role::Button,
    Role::CheckBox,
    Role::TextInput,
    Role::MultilineTextInput,
    Role::ComboBox,
    Role::RadioButton,
    Role::Link,
];

fn text_of(app: &TestApp, id: &str, lang: Lang) -> String {
    let entry = app.harness.state().plan().entry(id).unwrap();
    entry.text.get(lang).to_owned()
}

/// Finds `id` with the search, opens it, then clears the search.
fn open_item(app: &mut TestApp, id: &str, lang: Lang) -> String {
    let text = text_of(app, id, lang);
    planning::replace_in(app, texts(lang).search_label, &text);
    click_role(app, Role::Button, &text);
    assert_eq!(
        app.harness.state().checklist_view().selected.as_deref(),
        Some(id)
    );
    planning::replace_in(app, texts(lang).search_label, "");
    app.harness.key_press(egui::Key::Backspace);
    app.harness.run();
    text
}

/// The visible controls: role, name and rect. The page's controls are cut to the part of the
/// window between the step indicator and the Back/Next bar (what lies beyond is scrolled out
/// of view), the rows to the list's visible part, everything to the window.
fn controls(app: &TestApp, window: egui::Rect) -> Vec<(Role, String, egui::Rect)> {
    let s = tr(Lang::Pl);
    let last_step = format!("9. {}", s.steps[8]);
    let top = app
        .harness
        .get_by_label_contains(&last_step)
        .rect()
        .bottom();
    let bottom = app.harness.get_by_label_contains(s.back).rect().top() - 8.0;
    let page = egui::Rect::from_x_y_ranges(window.x_range(), top..=bottom);
    // The central panel: the one around the search field.
    let search = app
        .harness
        .get_by_role_and_label(Role::TextInput, texts(Lang::Pl).search_label);
    let central = std::iter::successors(search.accesskit_node().parent(), |n| n.parent())
        .find(|n| n.role() == Role::Pane)
        .map(|n| n.id())
        .unwrap();
    let list = app
        .harness
        .query_by_role(Role::List)
        .map(|node| node.rect());
    app.harness
        .root()
        .children_recursive()
        .filter(|node| CONTROLS.contains(&node.accesskit_node().role()))
        .filter_map(|node| {
            let own = node.rect();
            let mut rect = own.intersect(window);
            let in_page = std::iter::successors(node.accesskit_node().parent(), |n| n.parent())
                .any(|n| n.id() == central);
            if in_page {
                rect = rect.intersect(page);
                // Nothing in view is pushed past the window's sides (and cut there).
                let label = node.accesskit_node().label().unwrap_or_default();
                assert!(
                    rect.height() < 1.0
                        || (own.left() >= -0.5 && own.right() <= window.right() + 0.5),
                    "{label:?} at {own:?} sticks out of the window"
                );
            }
            if let Some(list) = list
                && list.x_range().contains(own.left())
                && (list.y_range().contains(own.top()) || list.y_range().contains(own.bottom()))
            {
                rect = rect.intersect(list);
            }
            let label = node.accesskit_node().label().unwrap_or_default();
            (rect.width() >= 1.0 && rect.height() >= 1.0)
                .then(|| (node.accesskit_node().role(), label, rect))
        })
        .collect()
}

#[test]
fn at_800_by_600_no_control_covers_another_and_titles_stay_readable() {
    let mut app = checklist_app(Lang::Pl);
    assert_readable(&mut app, egui::vec2(800.0, 600.0));
}

#[test]
fn with_the_glossary_open_and_in_a_large_window_too() {
    let mut app = checklist_app(Lang::Pl);
    app.harness.key_press(egui::Key::F1);
    app.harness.run();
    assert!(app.harness.state().prefs().show_glossary);
    assert_readable(&mut app, egui::vec2(1280.0, 800.0));
    let mut app = checklist_app(Lang::Pl);
    assert_readable(&mut app, egui::vec2(1920.0, 1080.0));
}

/// At window `size`, with owners and dates on the rows in view: no control covers another
/// or sticks out of the window, and every title in view is at least [`MIN_TITLE`] wide.
fn assert_readable(app: &mut TestApp, size: egui::Vec2) {
    let lang = Lang::Pl;
    let t = texts(lang);
    app.harness.set_size(size);
    app.harness.run();
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, size);
    // Owners and dates on the rows in view make their other columns wide.
    let in_view: Vec<String> = controls(app, window)
        .into_iter()
        .filter(|(role, _, _)| *role == Role::Button)
        .filter_map(|(_, label, _)| {
            let plan = app.harness.state().plan();
            let entry = plan.checklist.iter().find(|e| e.text.get(lang) == label)?;
            Some(entry.id.clone())
        })
        .take(3)
        .collect();
    assert_eq!(in_view.len(), 3, "rows in view");
    for id in &in_view {
        open_item(app, id, lang);
        type_into(
            app,
            t.owner_label,
            "Kasia z Ośrodka Wsparcia Ekonomii Społecznej",
        );
        type_into(app, t.due_label, "20.11.2026");
    }
    app.harness.run();

    let found = controls(app, window);
    let titles: Vec<String> = app
        .harness
        .state()
        .plan()
        .checklist
        .iter()
        .map(|e| e.text.get(lang).to_owned())
        .collect();
    let rows: Vec<_> = found
        .iter()
        .filter(|(role, label, _)| *role == Role::Button && titles.contains(label))
        .collect();
    assert!(rows.len() >= 3, "rows on screen: {rows:?}");
    for (_, label, rect) in &rows {
        assert!(rect.width() >= MIN_TITLE, "{label:?} is {rect:?}");
    }
    for (i, (role_a, a, rect_a)) in found.iter().enumerate() {
        for (role_b, b, rect_b) in found.iter().skip(i + 1) {
            let overlap = rect_a.intersect(*rect_b);
            assert!(
                overlap.width() < 1.0 || overlap.height() < 1.0,
                "{role_a:?} {a:?} {rect_a:?} overlaps {role_b:?} {b:?} {rect_b:?}"
            );
        }
    }
}

#[test]
fn titles_are_whole_for_screen_readers_and_an_impossible_date_stays_with_its_message() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let mut app = checklist_app(lang);
    app.harness.set_size(egui::vec2(800.0, 600.0));
    app.harness.run();
    let text = open_item(&mut app, "diagnose_local_needs", lang);
    // The whole title names the row, however narrow it is drawn.
    app.harness.get_by_role_and_label(Role::Button, &text);

    type_into(&mut app, t.due_label, "31.02.2027");
    type_into(&mut app, t.owner_label, "Ala");
    let field = app
        .harness
        .get_by_role_and_label(Role::TextInput, t.due_label);
    assert_eq!(field.value().as_deref(), Some("31.02.2027"));
    let message = app.harness.get_by_label(t.due_invalid).rect();
    assert!(message.right() <= 800.0, "{message:?}");
    let entry = app.harness.state().plan().entry("diagnose_local_needs");
    assert_eq!(entry.unwrap().due, None);
}

#[test]
fn pane_widths_are_remembered_between_runs() {
    let lang = Lang::Pl;
    let mut app = checklist_app(lang);
    let before = app.harness.state().prefs().checklist;
    let start = divider(&app).center();
    app.harness.drag_at(start);
    app.harness.run();
    app.harness.hover_at(start - egui::vec2(60.0, 0.0));
    app.harness.run();
    app.harness.drop_at(start - egui::vec2(100.0, 0.0));
    app.harness.run();
    let after = app.harness.state().prefs().checklist;
    assert!(
        (after.detail_width - before.detail_width - 100.0).abs() < 2.0,
        "{before:?} → {after:?}"
    );

    let mut storage = MemoryStorage::default();
    eframe::App::save(app.harness.state_mut(), &mut storage);
    let storage: &'static MemoryStorage = Box::leak(Box::new(storage));
    let mut next = TestApp::with_dir_and_storage(tempfile::tempdir().unwrap(), Some(storage));
    next.harness.run();
    assert_eq!(next.harness.state().prefs().checklist, after);
    assert_eq!(next.harness.state().checklist_view().layout, after);
}

#[test]
fn f6_moves_between_the_list_and_the_details() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let mut app = checklist_app(lang);
    let text = open_item(&mut app, "diagnose_local_needs", lang);
    app.harness.key_press(egui::Key::F6);
    app.harness.run();
    assert!(
        app.harness
            .get_by_role_and_label(Role::RadioButton, t.statuses[0])
            .is_focused()
    );
    app.harness.key_press(egui::Key::F6);
    app.harness.run();
    assert!(
        app.harness
            .get_by_role_and_label(Role::Button, &text)
            .is_focused()
    );
}

#[test]
fn a_newly_chosen_item_opens_at_the_top_of_its_details() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let mut app = checklist_app(lang);
    app.harness.set_size(egui::vec2(1100.0, 700.0));
    app.harness.run();
    open_item(&mut app, "diagnose_local_needs", lang);
    // Scroll the details down to their last control.
    app.harness.get_by_label(t.cannot_remove).scroll_to_me();
    app.harness.run();
    let second = open_item(&mut app, "name_owes_tutor", lang);
    let heading = app.harness.get_by_role_and_label(Role::Label, &second);
    let top = heading.rect().top();
    let list = app.harness.get_by_role(Role::List).rect();
    assert!(
        top >= list.top() - 40.0 && top < list.top() + 120.0,
        "the title is at {top}, the list starts at {}",
        list.top()
    );
}

#[test]
fn every_step_opens_at_its_top() {
    let lang = Lang::Pl;
    let mut app = planning::app_in(lang);
    app.harness.set_size(egui::vec2(800.0, 600.0));
    app.harness.run();
    // Choosing a model low in the catalogue scrolls the model step far down.
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    let heading = readiness::texts(lang).heading;
    let top = app.harness.get_by_label(heading).rect().top();
    assert!((0.0..250.0).contains(&top), "{heading:?} at {top}");
    app.harness
        .get_by_label_contains(social_franchise_planner::i18n::tr(lang).back)
        .click();
    app.harness.run();
    let heading = franchise::texts(lang).heading;
    let top = app.harness.get_by_label(heading).rect().top();
    assert!((0.0..250.0).contains(&top), "{heading:?} at {top}");
}

#[test]
fn added_lines_and_evidence_take_the_typing() {
    let lang = Lang::Pl;
    let (b, t) = (budget::texts(lang), texts(lang));
    let mut app = checklist_app(lang);
    open_item(&mut app, "diagnose_local_needs", lang);
    type_into(&mut app, t.evidence_label, "Protokół 1/2026");
    click(&mut app, t.evidence_add);
    type_text(&mut app, "Protokół 2/2026");
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    let entry = app.harness.state().plan().entry("diagnose_local_needs");
    assert_eq!(
        entry.unwrap().evidence,
        ["Protokół 1/2026", "Protokół 2/2026"]
    );

    forward_to(&mut app, lang, Step::Budget);
    click(&mut app, b.add_cost);
    type_text(&mut app, "Remont lokalu");
    click(&mut app, b.add_funding);
    type_text(&mut app, "Dotacja PUP");
    let budget = &app.harness.state().plan().budget;
    assert_eq!(budget.costs.last().unwrap().name, "Remont lokalu");
    assert_eq!(budget.funding.last().unwrap().name, "Dotacja PUP");
}

/// Types into whatever has the focus.
#[test]
fn answering_a_readiness_question_does_not_move_the_next_one() {
    use social_franchise_planner::model::readiness::QUESTIONS;
    let lang = Lang::Pl;
    let t = readiness::texts(lang);
    let mut app = planning::app_in(lang);
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    let first = QUESTIONS[0].title.get(lang);
    let second = format!("2. {}", QUESTIONS[1].title.get(lang));
    let before = app.harness.get_by_label(&second).rect();
    // The weakest answer brings a suggestion; the best one takes it away.
    for answer in [t.answers[0], t.answers[2], t.answers[1]] {
        click_role(&mut app, Role::RadioButton, &format!("{first}: {answer}"));
        let after = app.harness.get_by_label(&second).rect();
        assert!(
            (after.top() - before.top()).abs() < 0.5,
            "{answer}: {before:?} → {after:?}"
        );
    }
}

/// The handle between the list and the details (the tallest one).
fn divider(app: &TestApp) -> egui::Rect {
    app.harness
        .get_all_by_role_and_label(Role::Splitter, texts(Lang::Pl).resize_tip)
        .map(|node| node.rect())
        .max_by(|a, b| a.height().total_cmp(&b.height()))
        .unwrap()
}

#[test]
fn the_divider_stays_put_as_data_is_entered() {
    let lang = Lang::Pl;
    let t = texts(lang);
    let mut app = checklist_app(lang);
    open_item(&mut app, "name_owes_tutor", lang);
    let before = divider(&app);
    type_into(
        &mut app,
        t.owner_label,
        "Katarzyna Wiśniewska-Zawadzka, Ośrodek Wsparcia Ekonomii Społecznej w Płocku",
    );
    type_into(&mut app, t.due_label, "20.11.2026");
    type_into(
        &mut app,
        t.evidence_label,
        "https://example.org/bardzo/dlugi/adres/umowy/owes/2026",
    );
    app.harness.key_press(egui::Key::Enter);
    app.harness.run();
    assert_eq!(divider(&app), before);
}

#[test]
fn breadcrumb_steps_go_where_the_wizard_allows() {
    let lang = Lang::Pl;
    let s = tr(lang);
    let mut app = planning::app_in(lang);
    // Without a name and a kind the model step cannot be reached.
    let model = format!("3. {}", s.steps[2]);
    let crumb = app.harness.get_by_role_and_label(Role::Button, &model);
    assert!(crumb.accesskit_node().is_disabled());
    plan_with_model(&mut app, lang, "Plan", 3, "addiction_recovery");
    assert_eq!(app.harness.state().step(), Step::Readiness);
    click_role(&mut app, Role::Button, &format!("✔ 2. {}", s.steps[1]));
    assert_eq!(app.harness.state().step(), Step::Profile);
    click_role(&mut app, Role::Button, &format!("7. {}", s.steps[6]));
    assert_eq!(app.harness.state().step(), Step::Team);
}

/// At the largest text size in an 800×600 window (320 points wide), the menu bar's right-hand
/// group shrinks instead of printing over the menus, and the step indicator shows the current
/// step as a menu of the others instead of filling the window with four rows of steps.
#[test]
fn at_the_largest_text_size_the_top_bar_and_the_steps_still_fit() {
    let mut app = checklist_app(Lang::Pl);
    let s = tr(Lang::Pl);
    app.harness.set_size(egui::vec2(800.0, 600.0));
    for _ in 0..20 {
        app.harness
            .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Plus);
        app.harness.run();
    }
    let zoom = app.harness.state().prefs().look.zoom;
    assert!((zoom - 2.5).abs() < 1e-4, "{zoom}");
    let view = app
        .harness
        .get_by_role_and_label(Role::Button, s.menu_view)
        .rect();
    let help = app
        .harness
        .get_by_role_and_label(Role::Button, s.help_button)
        .rect();
    assert!(view.right() <= help.left(), "{view:?} runs into {help:?}");
    // The steps: one row, with the current one as a menu that leads to the others.
    let current = format!("▶ {} ⏷", s.step(Step::Checklist));
    let menu = app
        .harness
        .get_by_role_and_label(Role::Button, &current)
        .rect();
    let heading = app
        .harness
        .query_all_by_label(texts(Lang::Pl).heading)
        .map(|node| node.rect())
        .fold(egui::Rect::NOTHING, |a, b| a.union(b));
    assert!(menu.bottom() < heading.top(), "{menu:?} {heading:?}");
    assert!(
        heading.top() - help.bottom() < 120.0,
        "the steps take {heading:?}"
    );
    app.harness
        .get_by_role_and_label(Role::Button, &current)
        .click();
    app.harness.run();
    let team = format!("7. {}", s.step(Step::Team));
    app.harness
        .get_by_role_and_label(Role::Button, &team)
        .click();
    app.harness.run();
    assert_eq!(app.harness.state().step(), Step::Team);
}
