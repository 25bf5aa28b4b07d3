//! Fuzzes the model-file reader used for built-in and imported models: any bytes must give a
//! model or an error, never a panic, and the validator must cope with whatever parses.

#![no_main]

use libfuzzer_sys::fuzz_target;
use social_franchise_planner::model::catalogue::parse_model;
use social_franchise_planner::model::validate::model_problems;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(model) = parse_model(text) {
        let _problems = model_problems(&model);
    }
});
