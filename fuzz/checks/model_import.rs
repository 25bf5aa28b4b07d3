//! The model-file reader's fuzz check, shared by the fuzz target and by `cargo test` (which runs
//! it on every seed of the corpus): any bytes give a model or an error, never a panic, and the
//! validator copes with whatever parses.

use social_franchise_planner::model::catalogue::parse_model;
use social_franchise_planner::model::validate::model_problems;

/// Runs the checks on `data`; panics when one fails. Returns the validator's problems for a
/// file that parses as a model, `None` for anything else.
pub fn check(data: &[u8]) -> Option<Vec<String>> {
    let text = std::str::from_utf8(data).ok()?;
    let model = parse_model(text).ok()?;
    Some(model_problems(&model))
}
