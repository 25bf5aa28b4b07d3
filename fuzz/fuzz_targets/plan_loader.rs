//! Fuzzes the plan loader: any bytes must give a plan or an error, never a panic; a plan that
//! loads must survive a save and a reload unchanged. The loader's fast path (straight into a
//! plan) must agree with its value-tree path: the same JSON written out again through a value
//! tree (keys deduplicated, layout normalised) loads as the same plan, or fails as well.

#![no_main]

use libfuzzer_sys::fuzz_target;
use social_franchise_planner::io::plan_file::{parse_plan, plan_to_json};

fuzz_target!(|data: &[u8]| {
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
        return;
    };
    let Ok(json) = plan_to_json(&plan) else {
        return;
    };
    let again = parse_plan(json.as_bytes()).expect("a saved plan loads again");
    assert_eq!(again, plan);
});
