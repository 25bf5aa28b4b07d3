//! The calendar feed (`export --format ics`, File → Export): read back with an independent
//! iCalendar parser (the `ical` crate), one event per dated milestone, dated task and
//! check-in after launch, UIDs
//! that stay the same across exports and when dates move, RFC 5545 line folding and CRLF.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ical::parser::ical::component::IcalEvent;
use social_franchise_planner::export::{ExportOptions, Format, export, ics};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::io::loader::load;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::milestones::KRS_REGISTRATION;
use social_franchise_planner::model::plan::{Plan, Status};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v5.json")
}

fn fixture_plan() -> Plan {
    load(&fixture(), &Catalogue::built_in()).unwrap().plan
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
}

fn feed(plan: &Plan, options: &ExportOptions) -> String {
    let bytes = export(plan, &Catalogue::built_in(), options, Format::Ics, today()).unwrap();
    String::from_utf8(bytes).unwrap()
}

/// The events of the one calendar in `text`, as the parser reads them.
fn events(text: &str) -> Vec<IcalEvent> {
    let mut calendars = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let calendar = calendars.next().expect("one calendar").expect("it parses");
    assert!(calendars.next().is_none(), "only one calendar");
    assert!(calendar.todos.is_empty());
    calendar.events
}

fn property<'a>(event: &'a IcalEvent, name: &str) -> Option<&'a ical::property::Property> {
    event.properties.iter().find(|p| p.name == name)
}

fn value(event: &IcalEvent, name: &str) -> String {
    property(event, name)
        .and_then(|p| p.value.clone())
        .unwrap_or_default()
}

/// A TEXT value with RFC 5545's escapes undone.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn uids(events: &[IcalEvent]) -> BTreeSet<String> {
    events.iter().map(|e| value(e, "UID")).collect()
}

fn event_of<'a>(events: &'a [IcalEvent], uid: &str) -> &'a IcalEvent {
    events
        .iter()
        .find(|e| value(e, "UID") == uid)
        .unwrap_or_else(|| panic!("no event {uid}"))
}

#[test]
fn the_fixture_gives_one_event_per_dated_task_and_milestone_with_stable_uids() {
    let plan = fixture_plan();
    let options = ExportOptions::default();
    let text = feed(&plan, &options);
    let found = events(&text);
    let milestones = plan.milestones.iter().filter(|m| m.date.is_some()).count();
    let tasks = plan.checklist.iter().filter(|e| e.due.is_some()).count();
    assert_eq!((milestones, tasks), (5, 10), "the fixture's dates");
    assert_eq!(
        plan.checkins.len(),
        8,
        "proposed from the start of operations"
    );
    assert_eq!(found.len(), milestones + tasks + plan.checkins.len());
    let first = uids(&found);
    assert_eq!(first.len(), found.len(), "UIDs are unique");
    for entry in plan.checklist.iter().filter(|e| e.due.is_some()) {
        assert!(
            first.contains(&ics::task_uid(&plan, &entry.id)),
            "{}",
            entry.id
        );
    }
    // A second export, and one after a save and reload, name the same events.
    assert_eq!(uids(&events(&feed(&plan, &options))), first);
    let json = social_franchise_planner::io::plan_file::plan_to_json(&plan).unwrap();
    let reloaded = social_franchise_planner::io::plan_file::parse_plan(json.as_bytes()).unwrap();
    assert_eq!(uids(&events(&feed(&reloaded, &options))), first);

    let krs = event_of(&found, &ics::task_uid(&plan, "register_in_krs"));
    let start = property(krs, "DTSTART").unwrap();
    assert_eq!(start.value.as_deref(), Some("20270214"));
    let params = format!("{:?}", start.params);
    assert!(
        params.contains("VALUE") && params.contains("DATE"),
        "{params}"
    );
    let description = unescape(&value(krs, "DESCRIPTION"));
    assert!(
        description.contains("zebranie założycielskie + 30 dni"),
        "{description}"
    );
    assert!(description.contains("Etap: "), "{description}");
    let meeting = event_of(&found, &ics::milestone_uid(&plan, "founding_meeting"));
    assert_eq!(
        unescape(&value(meeting, "SUMMARY")),
        "🏁 Zebranie założycielskie"
    );
    assert_eq!(
        property(meeting, "DTSTART").unwrap().value.as_deref(),
        Some("20270115")
    );
    let done = event_of(&found, &ics::task_uid(&plan, "get_model_manual"));
    assert!(unescape(&value(done, "SUMMARY")).starts_with("✔ "));
    assert!(unescape(&value(done, "DESCRIPTION")).contains("Anna Kowalska"));
}

#[test]
fn the_file_keeps_rfc_5545_lines() {
    let mut plan = fixture_plan();
    plan.checklist[0].text.pl = format!(
        "Długi opis; z przecinkiem, \\ i \"cudzysłowem\" {}",
        "ż".repeat(80)
    );
    let text = feed(&plan, &ExportOptions::default());
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "a bare line end: {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let found = events(&text);
    let first = event_of(&found, &ics::task_uid(&plan, &plan.checklist[0].id));
    assert_eq!(
        unescape(&value(first, "SUMMARY")),
        format!("✔ {}", plan.checklist[0].text.pl)
    );
}

#[test]
fn moving_a_milestone_moves_its_events_under_the_same_uids() {
    let mut plan = fixture_plan();
    let options = ExportOptions::default();
    let before = events(&feed(&plan, &options));
    plan.set_milestone_date(KRS_REGISTRATION, NaiveDate::from_ymd_opt(2027, 3, 26));
    let after = events(&feed(&plan, &options));
    assert_eq!(uids(&after), uids(&before));
    let uid = ics::task_uid(&plan, "report_tax_and_owner_data");
    let start = |events: &[IcalEvent]| value(event_of(events, &uid), "DTSTART");
    assert_eq!(start(&before), "20270305");
    assert_eq!(start(&after), "20270402");
}

#[test]
fn check_ins_are_events_that_move_with_the_start_of_operations_under_the_same_uids() {
    use social_franchise_planner::model::milestones::OPERATIONS_START;
    let mut plan = fixture_plan();
    plan.checkins[0].values[0].target = "12".to_owned();
    plan.checkins[0].values[0].actual = "9".to_owned();
    let options = ExportOptions::default();
    let before = events(&feed(&plan, &options));
    let uid = ics::checkin_uid(&plan, 1);
    let first = event_of(&before, &uid);
    assert_eq!(value(first, "DTSTART"), "20270801");
    assert_eq!(
        unescape(&value(first, "SUMMARY")),
        "📋 Przegląd 1 · 3 mies. działalności"
    );
    let description = unescape(&value(first, "DESCRIPTION"));
    assert!(
        description.contains("Cel: 12 – Osiągnięto: 9"),
        "{description}"
    );
    let last = event_of(&before, &ics::checkin_uid(&plan, 8));
    assert_eq!(value(last, "DTSTART"), "20290501");

    plan.set_milestone_date(OPERATIONS_START, NaiveDate::from_ymd_opt(2027, 5, 31));
    let after = events(&feed(&plan, &options));
    assert_eq!(uids(&after), uids(&before));
    // 31 May + 3 months is 31 August; + 9 months is 29 February 2028.
    assert_eq!(value(event_of(&after, &uid), "DTSTART"), "20270831");
    let third = event_of(&after, &ics::checkin_uid(&plan, 3));
    assert_eq!(value(third, "DTSTART"), "20280229");
}

#[test]
fn tasks_not_started_can_be_left_out_and_english_is_offered() {
    let plan = fixture_plan();
    let options = ExportOptions {
        include_not_started: false,
        lang: Lang::En,
        ..ExportOptions::default()
    };
    let found = events(&feed(&plan, &options));
    let started = plan
        .checklist
        .iter()
        .filter(|e| e.due.is_some() && e.status != Status::Todo)
        .count();
    assert_eq!(found.len(), 5 + started + 8);
    let meeting = event_of(&found, &ics::milestone_uid(&plan, "founding_meeting"));
    assert_eq!(unescape(&value(meeting, "SUMMARY")), "🏁 Founding meeting");
}

#[test]
fn the_command_line_writes_the_same_events() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("promyk.ics");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"))
        .args([
            "export",
            fixture().to_str().unwrap(),
            "--format",
            "ics",
            "-o",
        ])
        .arg(&out)
        .env("HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = std::fs::read_to_string(&out).unwrap();
    let plan = fixture_plan();
    assert_eq!(
        uids(&events(&written)),
        uids(&events(&feed(&plan, &ExportOptions::default())))
    );
}

#[test]
fn file_export_offers_the_calendar_and_writes_it_next_to_the_plan() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;
    use social_franchise_planner::i18n::export_dialog::messages;

    let mut app = common::TestApp::new();
    app.harness.run();
    let path = app.path("promyk.json");
    std::fs::copy(fixture(), &path).unwrap();
    app.harness.state_mut().request_open(&path);
    app.harness.run();
    app.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    app.harness.run();
    let m = messages(Lang::Pl);
    app.harness
        .get_by_role_and_label(Role::RadioButton, m.formats[5])
        .click();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::Button, m.export_button)
        .click();
    app.harness.run();
    assert!(
        !app.harness.state().has_modal(),
        "{:?}",
        app.harness.state().modal()
    );
    let written = std::fs::read_to_string(app.path("promyk.ics")).expect("the calendar exists");
    let plan = app.harness.state().plan().clone();
    assert_eq!(
        uids(&events(&written)),
        uids(&events(&feed(&plan, &ExportOptions::default())))
    );
}
