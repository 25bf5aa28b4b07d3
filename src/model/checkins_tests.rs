use chrono::{NaiveDate, TimeZone as _};

use crate::model::catalogue::Catalogue;
use crate::model::checkins::{CHECKIN_COUNT, proposed_date, read_value};
use crate::model::milestones::OPERATIONS_START;
use crate::model::plan::Plan;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn plan() -> Plan {
    let now = chrono::Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    let mut plan = Plan::new("Plan", now);
    let catalogue = Catalogue::built_in();
    plan.choose_model(catalogue.get("nursery").unwrap());
    plan
}

fn dates(plan: &Plan) -> Vec<NaiveDate> {
    plan.checkins.iter().map(|c| c.date).collect()
}

#[test]
fn no_start_of_operations_no_check_ins() {
    let plan = plan();
    assert!(
        !plan.indicators.is_empty(),
        "the model's indicators are copied"
    );
    assert!(plan.checkins.is_empty());
    assert_eq!(plan.next_checkin(date(2027, 1, 1)), None);
}

#[test]
fn eight_quarterly_check_ins_follow_the_start_of_operations() {
    let mut plan = plan();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 3, 15)));
    assert_eq!(plan.checkins.len(), usize::from(CHECKIN_COUNT));
    assert_eq!(plan.checkins[0].date, date(2027, 6, 15));
    assert_eq!(plan.checkins[7].date, date(2029, 3, 15));
    assert_eq!(plan.checkins[7].months(), 24);
    for checkin in &plan.checkins {
        let texts: Vec<_> = checkin.values.iter().map(|v| &v.indicator).collect();
        let indicators: Vec<_> = plan.indicators.iter().map(|i| &i.text).collect();
        assert_eq!(texts, indicators);
    }
}

#[test]
fn month_ends_clamp_and_leap_years_count() {
    // 30 November + 3 months: 28 February 2027, 29 February 2028 a year later.
    let start = date(2026, 11, 30);
    assert_eq!(proposed_date(start, 1), Some(date(2027, 2, 28)));
    assert_eq!(proposed_date(start, 5), Some(date(2028, 2, 29)));
    assert_eq!(proposed_date(start, 2), Some(date(2027, 5, 30)));
    // 31 August: 30 November, then 28/29 February.
    let mut plan = plan();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 8, 31)));
    assert_eq!(
        dates(&plan),
        [
            date(2027, 11, 30),
            date(2028, 2, 29),
            date(2028, 5, 31),
            date(2028, 8, 31),
            date(2028, 11, 30),
            date(2029, 2, 28),
            date(2029, 5, 31),
            date(2029, 8, 31),
        ]
    );
    assert_eq!(proposed_date(NaiveDate::MAX, 1), None);
}

#[test]
fn moving_the_start_re_dates_and_keeps_entries() {
    let mut plan = plan();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 1, 10)));
    plan.checkins[1].values[0].actual = "12".to_owned();
    plan.checkins[1].values[0].note = "bez opóźnień".to_owned();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 4, 1)));
    assert_eq!(plan.checkins[1].date, date(2027, 10, 1));
    assert_eq!(plan.checkins[1].values[0].actual, "12");
    assert_eq!(plan.checkins[1].values[0].note, "bez opóźnień");
}

#[test]
fn clearing_the_start_keeps_only_check_ins_with_entries() {
    let mut plan = plan();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 1, 10)));
    plan.checkins[2].values[1].target = "6".to_owned();
    plan.set_milestone_date(OPERATIONS_START, None);
    assert_eq!(plan.checkins.len(), 1);
    assert_eq!(plan.checkins[0].number, 3);
    assert_eq!(plan.checkins[0].date, date(2027, 10, 10), "its last date");
    // Dated again: all eight, the entry in its place.
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 2, 1)));
    assert_eq!(plan.checkins.len(), 8);
    assert_eq!(plan.checkins[2].values[1].target, "6");
    // Removing the milestone is the same as clearing it.
    plan.remove_milestone(OPERATIONS_START);
    assert_eq!(plan.checkins.len(), 1);
}

#[test]
fn a_model_change_keeps_shared_indicators_and_entered_figures() {
    let catalogue = Catalogue::built_in();
    let mut plan = plan();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 1, 10)));
    let kept = plan.indicators[2].text.clone(); // months of employment kept, shared
    let nursery_only = plan.indicators[0].text.clone(); // children enrolled
    plan.checkins[0].values[2].actual = "9".to_owned();
    plan.checkins[0].values[0].actual = "20".to_owned();
    plan.choose_model(catalogue.get("homelessness").unwrap());
    let first = &plan.checkins[0];
    let indicators = plan.indicators.len();
    assert_eq!(
        first.values.len(),
        indicators + 1,
        "the entered old row stays"
    );
    let row = first.values.iter().find(|v| v.indicator == kept).unwrap();
    assert_eq!(row.actual, "9");
    assert_eq!(first.values[indicators].indicator, nursery_only);
    assert_eq!(first.values[indicators].actual, "20");
    // A check-in nobody wrote in has exactly the new model's rows.
    assert_eq!(plan.checkins[5].values.len(), indicators);
}

#[test]
fn next_and_overdue_check_ins() {
    let mut plan = plan();
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 1, 10)));
    let today = date(2027, 7, 20);
    assert_eq!(plan.next_checkin(today).map(|c| c.number), Some(3));
    assert_eq!(plan.overdue_checkin(today).map(|c| c.number), Some(1));
    plan.checkins[0].values[0].actual = "3".to_owned();
    assert_eq!(plan.overdue_checkin(today).map(|c| c.number), Some(2));
    plan.checkins[1].values[1].actual = "0".to_owned();
    assert_eq!(plan.overdue_checkin(today), None);
    // The day itself is not overdue yet.
    assert_eq!(
        plan.next_checkin(date(2027, 10, 10)).map(|c| c.number),
        Some(3)
    );
}

#[test]
fn values_are_counts_and_amounts_only() {
    for ok in [
        "",
        "12",
        "0",
        "45 000",
        "45 000,50",
        "1.5",
        "80%",
        "80 %",
        "1200 zł",
        "3,5",
    ] {
        assert!(read_value(ok).is_some(), "{ok:?}");
    }
    assert_eq!(read_value(" 12 ").as_deref(), Some("12"));
    for bad in [
        "Anna Kowalska",
        "12 osób",
        "1,2,3",
        "12.03.2027",
        "abc",
        "%",
        "12,",
        "-",
        "1  000",
    ] {
        assert_eq!(read_value(bad), None, "{bad:?}");
    }
}

#[test]
fn the_health_check_names_the_next_and_the_overdue_check_in() {
    use crate::model::health::{CHECKIN_SOON_DAYS, Issue, check};
    let mut plan = plan();
    let is_checkin =
        |i: &&Issue| matches!(i, Issue::CheckInSoon { .. } | Issue::CheckInOverdue { .. });
    plan.set_milestone_date(OPERATIONS_START, Some(date(2027, 1, 10)));
    // 12 days before the first check-in (10 April 2027).
    let found: Vec<Issue> = check(&plan, date(2027, 3, 29))
        .iter()
        .filter(is_checkin)
        .cloned()
        .collect();
    assert_eq!(
        found,
        [Issue::CheckInSoon {
            number: 1,
            days: 12
        }]
    );
    // Far ahead: nothing.
    let early = date(2027, 4, 10) - chrono::Duration::days(CHECKIN_SOON_DAYS);
    assert_eq!(check(&plan, early).iter().filter(is_checkin).count(), 0);
    // Five days after it, nothing entered: overdue (and the next is three months off).
    let found: Vec<Issue> = check(&plan, date(2027, 4, 15))
        .iter()
        .filter(is_checkin)
        .cloned()
        .collect();
    assert_eq!(found, [Issue::CheckInOverdue { number: 1, days: 5 }]);
    let words = crate::i18n::findings::findings(crate::model::text::Lang::Pl);
    assert_eq!(
        (words.checkin_soon)(12, 1),
        "Następny przegląd po uruchomieniu (nr 1) za 12 dni."
    );
}
