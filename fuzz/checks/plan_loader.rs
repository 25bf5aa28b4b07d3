//! The plan loader's fuzz check, shared by the fuzz target and by `cargo test` (which runs it on
//! every seed of the corpus): any bytes give a plan or an error, never a panic; a plan that loads
//! survives a save and a reload unchanged; the loader's fast path (straight into a plan) agrees
//! with its value-tree path, so the same JSON written out again through a value tree (keys
//! deduplicated, layout normalised) loads as the same plan, or fails as well.

use social_franchise_planner::io::plan_file::{parse_plan, plan_to_json};

/// Runs the checks on `data`; panics when one fails. Returns whether `data` loaded as a plan.
pub fn check(data: &[u8]) -> bool {
    let loaded = parse_plan(data);
    let value = std::str::from_utf8(data)
        .ok()
        .map(|text| text.strip_prefix('\u{feff}').unwrap_or(text))
        .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok());
    if let Some(value) = value {
        let normalised = serde_json::to_string(&value).expect("a value writes out");
        let again = parse_plan(normalised.as_bytes());
        assert_eq!(loaded.as_ref().ok(), again.as_ref().ok());
    }
    let Ok(plan) = loaded else {
        return false;
    };
    let Ok(json) = plan_to_json(&plan) else {
        return true;
    };
    let again = parse_plan(json.as_bytes()).expect("a saved plan loads again");
    assert_eq!(again, plan);
    true
}
