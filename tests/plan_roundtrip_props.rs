//! Property tests: any plan the model can represent survives save → load unchanged, in
//! memory and through a real file, and saving what was loaded gives the same bytes again.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod properties;

use proptest::prelude::*;
use social_franchise_planner::io::plan_file::{
    load_plan, parse_plan, parse_plan_versioned, plan_to_json,
};
use social_franchise_planner::io::save::{save_plan, save_plan_with_backup};
use social_franchise_planner::model::plan::SCHEMA_VERSION;

proptest! {
    // Kept small so `cargo test` stays fast; the fuzzers explore further.
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn any_plan_survives_json_unchanged(plan in properties::plan(12)) {
        let json = plan_to_json(&plan).unwrap();
        let (loaded, version) = parse_plan_versioned(json.as_bytes()).unwrap();
        prop_assert_eq!(version, SCHEMA_VERSION);
        prop_assert_eq!(&loaded, &plan);
        // Saving what was loaded writes the very same text.
        prop_assert_eq!(plan_to_json(&loaded).unwrap(), json);
    }

    #[test]
    fn a_byte_order_mark_and_compact_json_load_the_same(plan in properties::plan(4)) {
        let compact = serde_json::to_string(&plan).unwrap();
        let with_bom = format!("\u{feff}{compact}");
        prop_assert_eq!(parse_plan(with_bom.as_bytes()).unwrap(), plan);
    }
}

proptest! {
    // Every case writes and syncs real files, so fewer cases.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_plan_survives_a_file_save_and_load(
        first in properties::plan(8),
        second in properties::plan(8),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan – „łódź” 😀.json");
        save_plan(&path, &first).unwrap();
        prop_assert_eq!(&load_plan(&path).unwrap(), &first);
        // Saving over it keeps the first version as the backup and loads the second.
        save_plan_with_backup(&path, &second).unwrap();
        prop_assert_eq!(&load_plan(&path).unwrap(), &second);
        let backup = social_franchise_planner::io::plan_file::backup_path(&path);
        prop_assert_eq!(&load_plan(&backup).unwrap(), &first);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        prop_assert_eq!(names.len(), 2, "only the plan and its backup, no temporary files");
    }
}

/// The first and last moments and days the types hold (years beyond 9999 and before 0 are
/// written with a sign) load back unchanged.
#[test]
fn the_extreme_dates_round_trip() {
    use chrono::{DateTime, NaiveDate, Utc};
    use social_franchise_planner::model::plan::{ChecklistEntry, Plan};
    use social_franchise_planner::model::taxonomy::Phase;

    let moments = [DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC];
    let days = [NaiveDate::MIN, NaiveDate::MAX];
    for (moment, day) in moments.into_iter().zip(days) {
        let mut plan = Plan::new("Daty", moment);
        let mut entry = ChecklistEntry::custom("custom_1".to_owned(), Phase::Funding, "x");
        entry.due = Some(day);
        plan.checklist.push(entry);
        let json = plan_to_json(&plan).unwrap();
        assert_eq!(
            parse_plan(json.as_bytes()).unwrap(),
            plan,
            "{moment} / {day}"
        );
    }
}
