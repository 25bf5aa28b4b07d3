use chrono::{NaiveDate, TimeZone as _};

use super::{
    FOUNDING_MEETING, KRS_REGISTRATION, OPERATIONS_START, OffsetUnit, RelativeDue,
    default_milestones, shift,
};
use crate::model::plan::{ChecklistEntry, Plan};
use crate::model::taxonomy::Phase;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn plan_with_tasks(rules: &[(&str, RelativeDue)]) -> Plan {
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 10, 0, 0)
        .unwrap();
    let mut plan = Plan::new("Plan", now);
    for (id, rule) in rules {
        let mut entry = ChecklistEntry::custom((*id).to_owned(), Phase::Founding, id);
        entry.relative_due = Some(rule.clone());
        plan.checklist.push(entry);
    }
    plan
}

fn due(plan: &Plan, id: &str) -> Option<NaiveDate> {
    plan.entry(id).unwrap().due
}

#[test]
fn a_new_plan_has_the_five_built_in_milestones_without_dates() {
    let milestones = default_milestones();
    let ids: Vec<_> = milestones.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "preparation_start",
            "founding_meeting",
            "krs_registration",
            "operations_start",
            "first_year_end"
        ]
    );
    assert!(
        milestones
            .iter()
            .all(|m| m.date.is_none() && m.is_built_in())
    );
    assert!(milestones.iter().all(|m| !m.name.has_gap()));
    let now = chrono::Utc::now();
    assert_eq!(Plan::new("x", now).milestones, milestones);
}

#[test]
fn days_and_weeks_cross_month_and_year_ends() {
    assert_eq!(
        shift(date(2027, 1, 20), 30, OffsetUnit::Days),
        Some(date(2027, 2, 19))
    );
    assert_eq!(
        shift(date(2026, 12, 20), 2, OffsetUnit::Weeks),
        Some(date(2027, 1, 3))
    );
    assert_eq!(
        shift(date(2027, 3, 1), -1, OffsetUnit::Days),
        Some(date(2027, 2, 28))
    );
    assert_eq!(
        shift(date(2027, 1, 10), -2, OffsetUnit::Weeks),
        Some(date(2026, 12, 27))
    );
}

#[test]
fn leap_years_are_counted() {
    // 2028 is a leap year, 2027 and 2100 are not, 2000 was.
    assert_eq!(
        shift(date(2028, 2, 28), 1, OffsetUnit::Days),
        Some(date(2028, 2, 29))
    );
    assert_eq!(
        shift(date(2027, 2, 28), 1, OffsetUnit::Days),
        Some(date(2027, 3, 1))
    );
    assert_eq!(
        shift(date(2028, 3, 1), -1, OffsetUnit::Days),
        Some(date(2028, 2, 29))
    );
    assert_eq!(
        shift(date(2100, 2, 28), 1, OffsetUnit::Days),
        Some(date(2100, 3, 1))
    );
    assert_eq!(
        shift(date(2000, 2, 28), 1, OffsetUnit::Days),
        Some(date(2000, 2, 29))
    );
    assert_eq!(
        shift(date(2028, 1, 1), 365, OffsetUnit::Days),
        Some(date(2028, 12, 31))
    );
}

#[test]
fn months_keep_the_day_or_take_the_last_day_of_a_shorter_month() {
    assert_eq!(
        shift(date(2027, 1, 31), 1, OffsetUnit::Months),
        Some(date(2027, 2, 28))
    );
    assert_eq!(
        shift(date(2028, 1, 31), 1, OffsetUnit::Months),
        Some(date(2028, 2, 29))
    );
    assert_eq!(
        shift(date(2027, 3, 31), -1, OffsetUnit::Months),
        Some(date(2027, 2, 28))
    );
    assert_eq!(
        shift(date(2027, 5, 31), -2, OffsetUnit::Months),
        Some(date(2027, 3, 31))
    );
    assert_eq!(
        shift(date(2026, 10, 15), 12, OffsetUnit::Months),
        Some(date(2027, 10, 15))
    );
    assert_eq!(
        shift(date(2027, 1, 15), 0, OffsetUnit::Months),
        Some(date(2027, 1, 15))
    );
}

#[test]
fn offsets_past_the_calendar_give_no_date() {
    assert_eq!(shift(NaiveDate::MAX, 1, OffsetUnit::Days), None);
    assert_eq!(shift(NaiveDate::MIN, -1, OffsetUnit::Weeks), None);
    assert_eq!(shift(NaiveDate::MAX, i32::MAX, OffsetUnit::Months), None);
    assert_eq!(shift(NaiveDate::MIN, i32::MIN, OffsetUnit::Months), None);
}

#[test]
fn moving_a_milestone_re_dates_its_tasks_only() {
    let mut plan = plan_with_tasks(&[
        (
            "after_krs",
            RelativeDue::new(KRS_REGISTRATION, 30, OffsetUnit::Days),
        ),
        (
            "before_meeting",
            RelativeDue::new(FOUNDING_MEETING, -2, OffsetUnit::Weeks),
        ),
    ]);
    let mut fixed = ChecklistEntry::custom("fixed".to_owned(), Phase::Funding, "fixed");
    fixed.due = Some(date(2027, 6, 1));
    plan.checklist.push(fixed);

    assert!(plan.set_milestone_date(KRS_REGISTRATION, Some(date(2027, 2, 10))));
    assert_eq!(due(&plan, "after_krs"), Some(date(2027, 3, 12)));
    assert_eq!(
        due(&plan, "before_meeting"),
        None,
        "its milestone has no date"
    );
    assert!(plan.set_milestone_date(FOUNDING_MEETING, Some(date(2027, 1, 5))));
    assert_eq!(due(&plan, "before_meeting"), Some(date(2026, 12, 22)));

    // Moving the registration a month later moves only its task.
    assert!(plan.set_milestone_date(KRS_REGISTRATION, Some(date(2027, 3, 10))));
    assert_eq!(due(&plan, "after_krs"), Some(date(2027, 4, 9)));
    assert_eq!(due(&plan, "before_meeting"), Some(date(2026, 12, 22)));
    assert_eq!(due(&plan, "fixed"), Some(date(2027, 6, 1)));
    assert!(!plan.set_milestone_date("no_such", Some(date(2027, 1, 1))));
}

#[test]
fn a_milestone_without_a_date_leaves_the_last_date() {
    let mut plan = plan_with_tasks(&[(
        "after_start",
        RelativeDue::new(OPERATIONS_START, 1, OffsetUnit::Months),
    )]);
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 1, 31)));
    assert_eq!(due(&plan, "after_start"), Some(date(2027, 2, 28)));
    plan.set_milestone_date(OPERATIONS_START, None);
    assert_eq!(due(&plan, "after_start"), Some(date(2027, 2, 28)));
    assert!(plan.entry("after_start").unwrap().relative_due.is_some());
    plan.set_milestone_date(OPERATIONS_START, Some(date(2028, 1, 31)));
    assert_eq!(due(&plan, "after_start"), Some(date(2028, 2, 29)));
}

#[test]
fn a_deleted_milestone_leaves_its_tasks_with_their_last_date_as_a_fixed_date() {
    let mut plan = plan_with_tasks(&[("t", RelativeDue::new("custom_1", -3, OffsetUnit::Days))]);
    let id = plan
        .add_milestone("  Sesja rady gminy ", Some(date(2027, 3, 3)))
        .unwrap();
    assert_eq!(id, "custom_1");
    assert_eq!(plan.milestone(&id).unwrap().name.pl, "Sesja rady gminy");
    assert!(!plan.milestone(&id).unwrap().is_built_in());
    plan.redate();
    assert_eq!(due(&plan, "t"), Some(date(2027, 2, 28)));
    assert_eq!(plan.tasks_relative_to(&id), 1);
    assert_eq!(plan.remove_milestone(&id), Some(1));
    assert!(plan.milestone(&id).is_none());
    assert_eq!(due(&plan, "t"), Some(date(2027, 2, 28)));
    assert!(plan.entry("t").unwrap().relative_due.is_none());
    assert_eq!(plan.remove_milestone(&id), None);
    assert_eq!(plan.add_milestone("   ", None), None);
    // The next own milestone gets a new id.
    assert_eq!(plan.add_milestone("B", None).as_deref(), Some("custom_1"));
    assert_eq!(plan.add_milestone("C", None).as_deref(), Some("custom_2"));
}

#[test]
fn a_rule_naming_an_unknown_milestone_keeps_the_date() {
    let mut plan = plan_with_tasks(&[("t", RelativeDue::new("gone", 5, OffsetUnit::Days))]);
    plan.checklist[0].due = Some(date(2027, 5, 5));
    assert_eq!(plan.redate(), 0);
    assert_eq!(due(&plan, "t"), Some(date(2027, 5, 5)));
}

#[test]
fn setting_a_rule_dates_the_task_and_clearing_it_keeps_the_date() {
    let mut plan = plan_with_tasks(&[]);
    plan.checklist
        .push(ChecklistEntry::custom("t".to_owned(), Phase::Licences, "t"));
    plan.set_milestone_date(KRS_REGISTRATION, Some(date(2027, 2, 1)));
    let rule = RelativeDue::new(KRS_REGISTRATION, 0, OffsetUnit::Days);
    assert!(plan.set_relative_due("t", Some(rule)));
    assert_eq!(due(&plan, "t"), Some(date(2027, 2, 1)));
    assert!(plan.entry("t").unwrap().is_touched());
    assert!(plan.set_relative_due("t", None));
    assert_eq!(due(&plan, "t"), Some(date(2027, 2, 1)));
    plan.set_milestone_date(KRS_REGISTRATION, Some(date(2027, 9, 1)));
    assert_eq!(
        due(&plan, "t"),
        Some(date(2027, 2, 1)),
        "no longer relative"
    );
    assert!(!plan.set_relative_due("missing", None));
}

#[test]
fn relative_dues_round_trip_through_json_with_unknown_fields() {
    let json = r#"{"milestone":"krs_registration","offset":-14,"x_note":"keep"}"#;
    let rule: RelativeDue = serde_json::from_str(json).unwrap();
    assert_eq!(rule.unit, OffsetUnit::Days);
    assert_eq!(rule.offset, -14);
    let back = serde_json::to_value(&rule).unwrap();
    assert_eq!(back["x_note"], "keep");
    assert_eq!(back["unit"], "days");
    let milestone: super::Milestone =
        serde_json::from_str(r#"{"id":"custom_3","name":{"pl":"A","en":"A"},"colour":"red"}"#)
            .unwrap();
    assert_eq!(milestone.date, None);
    assert_eq!(serde_json::to_value(&milestone).unwrap()["colour"], "red");
}

#[test]
fn re_dating_two_thousand_tasks_touches_only_those_that_move() {
    let rules: Vec<(String, RelativeDue)> = (0..2_000)
        .map(|i| {
            let unit = OffsetUnit::ALL[i % 3];
            let offset = i32::try_from(i % 50).unwrap() - 25;
            (
                format!("t{i}"),
                RelativeDue::new(KRS_REGISTRATION, offset, unit),
            )
        })
        .collect();
    let borrowed: Vec<(&str, RelativeDue)> = rules
        .iter()
        .map(|(id, r)| (id.as_str(), r.clone()))
        .collect();
    let mut plan = plan_with_tasks(&borrowed);
    plan.set_milestone_date(KRS_REGISTRATION, Some(date(2027, 1, 31)));
    assert!(plan.checklist.iter().all(|e| e.due.is_some()));
    assert_eq!(plan.redate(), 0, "nothing moves twice");
}
