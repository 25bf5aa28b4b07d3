//! Fuzzes the plan loader: any bytes must give a plan or an error, never a panic; a plan that
//! loads must survive a save and a reload unchanged.

#![no_main]

use libfuzzer_sys::fuzz_target;
use social_franchise_planner::io::plan_file::{parse_plan, plan_to_json};

fuzz_target!(|data: &[u8]| {
    let Ok(plan) = parse_plan(data) else {
        return;
    };
    let Ok(json) = plan_to_json(&plan) else {
        return;
    };
    let again = parse_plan(json.as_bytes()).expect("a saved plan loads again");
    assert_eq!(again, plan);
});
