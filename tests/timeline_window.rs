//! Milestones and the timeline in the real window: moving a milestone re-dates its tasks and
//! one undo takes both back; a task's due date set relative to a milestone; the timeline
//! walked with the keyboard (Tab to a task, Enter opens it in the list), with its text
//! version in date order.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;
mod planning;

use chrono::NaiveDate;
use common::{TestApp, open_fixture_copy};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use planning::{checklist_of_fixture, click, click_role, replace_in, type_into};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::i18n::planning::milestones::texts as milestone_texts;
use social_franchise_planner::i18n::planning::timeline::texts as timeline_texts;
use social_franchise_planner::model::wizard::Step;

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn due(app: &TestApp, id: &str) -> Option<NaiveDate> {
    app.harness.state().plan().entry(id).unwrap().due
}

fn milestone_date(app: &TestApp, id: &str) -> Option<NaiveDate> {
    app.harness.state().plan().milestone(id).unwrap().date
}

#[test]
fn moving_a_milestone_re_dates_its_tasks_and_one_undo_takes_both_back() {
    let mut app = checklist_of_fixture();
    let t = milestone_texts(Lang::Pl);
    click(&mut app, &(t.section)(6, 5));
    // The founding meeting and the KRS registration count three tasks each.
    assert_eq!(app.harness.get_all_by_label(&(t.tasks_count)(3)).count(), 2);
    assert_eq!(due(&app, "report_tax_and_owner_data"), date(2027, 3, 5));

    replace_in(&mut app, &(t.date_of)("Rejestracja w KRS"), "26.03.2027");
    assert_eq!(milestone_date(&app, "krs_registration"), date(2027, 3, 26));
    assert_eq!(due(&app, "report_tax_and_owner_data"), date(2027, 4, 2));
    assert_eq!(due(&app, "decide_vat_status"), date(2027, 4, 25));
    assert_eq!(due(&app, "set_up_governing_bodies"), date(2027, 4, 26));
    // Tasks of other milestones and fixed dates stay.
    assert_eq!(due(&app, "register_in_krs"), date(2027, 2, 14));
    assert_eq!(due(&app, "get_model_manual"), date(2026, 12, 15));

    app.harness.key_press(Key::Escape);
    app.harness.run();
    app.harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    app.harness.run();
    assert_eq!(milestone_date(&app, "krs_registration"), date(2027, 2, 26));
    assert_eq!(due(&app, "report_tax_and_owner_data"), date(2027, 3, 5));
    assert_eq!(due(&app, "set_up_governing_bodies"), date(2027, 3, 26));
}

#[test]
fn an_own_milestone_is_added_used_and_removed_keeping_the_last_date() {
    let mut app = checklist_of_fixture();
    let t = milestone_texts(Lang::Pl);
    click(&mut app, &(t.section)(6, 5));
    type_into(&mut app, t.new_label, "Odbiór lokalu");
    click_role(&mut app, Role::Button, t.add);
    let plan = app.harness.state().plan();
    assert_eq!(plan.milestones.len(), 7);
    assert_eq!(plan.milestones[6].name.pl, "Odbiór lokalu");
    // The fixture's own milestone counts one task; removing it keeps that task's date.
    click_role(
        &mut app,
        Role::Button,
        &(t.remove)("Sesja rady miasta Gniezna"),
    );
    let plan = app.harness.state().plan();
    assert!(plan.milestone("custom_1").is_none());
    let task = plan.entry("apply_owes_job_grant").unwrap();
    assert_eq!(task.due, date(2026, 12, 24));
    assert!(task.relative_due.is_none());
}

#[test]
fn a_due_date_counted_from_a_milestone_follows_the_fields() {
    let mut app = checklist_of_fixture();
    let t = milestone_texts(Lang::Pl);
    app.harness
        .state_mut()
        .checklist_view_mut()
        .show_item("write_business_plan");
    app.harness.run();
    click_role(&mut app, Role::RadioButton, t.due_kinds[1]);
    // The first dated milestone, the same day.
    assert_eq!(due(&app, "write_business_plan"), date(2026, 10, 5));
    type_into(&mut app, t.offset_label, "14");
    assert_eq!(due(&app, "write_business_plan"), date(2026, 10, 19));
    app.harness.get_by_label("rozpoczęcie przygotowań + 14 dni");
    click_role(&mut app, Role::RadioButton, t.due_kinds[0]);
    assert!(
        app.harness
            .state()
            .plan()
            .entry("write_business_plan")
            .unwrap()
            .relative_due
            .is_none()
    );
    assert_eq!(due(&app, "write_business_plan"), date(2026, 10, 19));
}

#[test]
fn the_timeline_is_walked_with_the_keyboard_and_enter_opens_a_task() {
    let mut app = checklist_of_fixture();
    let t = timeline_texts(Lang::Pl);
    click_role(&mut app, Role::Button, t.tabs[1]);
    // The text version lists the milestones among the tasks, in date order.
    app.harness
        .get_by_label("🏁 Rejestracja w KRS – 26.02.2027");
    let done =
        "Zdobądź podręcznik wybranego modelu z serii „Innowacyjne modele spółdzielni socjalnych”";
    app.harness
        .get_by_role_and_label(Role::Button, &(t.task)(done, "15.12.2026", "✔ zrobione"));
    let first = "name_owes_tutor";
    let text = app
        .harness
        .state()
        .plan()
        .entry(first)
        .unwrap()
        .text
        .pl
        .clone();
    let wanted = (t.task)(&text, "30.11.2026", "w toku");
    let mut reached = false;
    for _ in 0..80 {
        app.harness.key_press(Key::Tab);
        app.harness.run();
        let focused = app
            .harness
            .query_by(|node| node.is_focused())
            .and_then(|node| node.accesskit_node().label());
        if focused.as_deref() == Some(wanted.as_str()) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached {wanted:?}");
    app.harness.key_press(Key::Enter);
    app.harness.run();
    assert_eq!(
        app.harness.state().checklist_view().selected.as_deref(),
        Some(first)
    );
    // Back on the list, with the task's details open.
    let view = social_franchise_planner::ui::timeline::timeline_view(&app.harness.ctx);
    assert_eq!(view.tab, social_franchise_planner::ui::timeline::Tab::List);
    let c = social_franchise_planner::i18n::planning::checklist::texts(Lang::Pl);
    app.harness
        .get_by_role_and_label(Role::TextInput, c.owner_label);
}

#[test]
fn the_scale_is_chosen_with_buttons_and_the_list_comes_back() {
    use social_franchise_planner::ui::timeline::{Tab, Zoom, timeline_view};
    let mut app = checklist_of_fixture();
    let t = timeline_texts(Lang::Pl);
    assert_eq!(timeline_view(&app.harness.ctx).zoom, Zoom::Month);
    click_role(&mut app, Role::Button, t.tabs[1]);
    assert_eq!(timeline_view(&app.harness.ctx).tab, Tab::Timeline);
    click_role(&mut app, Role::Button, t.zooms[2]);
    assert_eq!(timeline_view(&app.harness.ctx).zoom, Zoom::Quarter);
    click_role(&mut app, Role::Button, t.go_to_today);
    click_role(&mut app, Role::Button, t.zooms[0]);
    assert_eq!(timeline_view(&app.harness.ctx).zoom, Zoom::Week);
    click_role(&mut app, Role::Button, t.tabs[0]);
    assert_eq!(timeline_view(&app.harness.ctx).tab, Tab::List);
    // The list's search field is back.
    let c = social_franchise_planner::i18n::planning::checklist::texts(Lang::Pl);
    app.harness
        .get_by_role_and_label(Role::TextInput, c.search_label);
}

#[test]
fn the_review_and_the_timeline_show_progress_per_phase_with_its_numbers() {
    use social_franchise_planner::model::progress::by_phase;
    let mut app = TestApp::new();
    app.harness.run();
    open_fixture_copy(&mut app, "plan_v5.json", "promyk.json");
    assert_eq!(app.harness.state().step(), Step::Review);
    let t = timeline_texts(Lang::Pl);
    let s = social_franchise_planner::i18n::tr(Lang::Pl);
    let plan = app.harness.state().plan().clone();
    let mut bars = 0;
    for (index, (_, progress)) in by_phase(&plan.checklist).into_iter().enumerate() {
        if progress.total == 0 {
            continue;
        }
        let numbers = (t.phase_bar)(s.phases[index], progress);
        app.harness
            .get_by_role_and_label(Role::ProgressIndicator, &numbers);
        bars += 1;
    }
    assert_eq!(bars, 7, "the fixture has items in every phase");
    // The preparation phase: 1 done of 10 that apply (one is not applicable).
    let preparation = "Przygotowanie: zrobione 1 z 10 (10%)";
    app.harness
        .get_by_role_and_label(Role::ProgressIndicator, preparation);
    // The same bars in the checklist's header, over the list and the timeline, are tested in
    // tests/charts_window.rs.
}

#[test]
fn at_800_by_600_each_milestone_date_shows_whole() {
    let mut app = checklist_of_fixture();
    app.harness.set_size(egui::vec2(800.0, 600.0));
    app.harness.run();
    let t = milestone_texts(Lang::Pl);
    click(&mut app, &(t.section)(6, 5));
    app.harness.run();
    // "26.02.2027" needs about 70 points; a field left at a grid's narrowest column showed "26".
    for name in [
        "Rozpoczęcie przygotowań",
        "Rejestracja w KRS",
        "Sesja rady miasta Gniezna",
    ] {
        let width = app.harness.get_by_label(&(t.date_of)(name)).rect().width();
        assert!(width >= 90.0, "{name}: {width}");
    }
}
