//! Upgrades plan JSON written by earlier versions of the app to the current schema, one
//! version at a time. Every schema version ever released has a step here and a fixture in
//! `tests/fixtures/`.

use serde_json::Value;

use crate::model::milestones::default_milestones;
use crate::model::plan::SCHEMA_VERSION;

/// A migration from version `n` to `n + 1`, working on raw JSON.
type Step = fn(&mut Value) -> Result<(), String>;

/// `STEPS[i]` upgrades version `i + 1` to `i + 2`.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// Version 2 added the common checklist (items now say where they come from), per-item
/// owner, due date, reason and evidence, the readiness assessment, head counts and the budget.
/// All new fields have defaults; version 1 items all came from the model. The common items
/// themselves are merged in after loading, with the catalogue (`Plan::complete_upgrade`).
fn v1_to_v2(value: &mut Value) -> Result<(), String> {
    let Some(items) = value.get_mut("checklist") else {
        return Ok(());
    };
    let items = items
        .as_array_mut()
        .ok_or_else(|| "\"checklist\" is not a list".to_owned())?;
    for item in items {
        if let Some(item) = item.as_object_mut() {
            item.entry("origin").or_insert_with(|| Value::from("model"));
        }
    }
    Ok(())
}

/// Version 3 added the franchise section. A plan without one gets an empty section: no
/// franchisor chosen, every model element kept, every agreement term still to negotiate.
fn v2_to_v3(value: &mut Value) -> Result<(), String> {
    let object = value
        .as_object_mut()
        .ok_or_else(|| "the plan is not a JSON object".to_owned())?;
    object
        .entry("franchise")
        .or_insert_with(|| Value::Object(serde_json::Map::new()));
    Ok(())
}

/// Version 4 added milestones (named key dates) and due dates relative to them. A plan
/// without milestones gets the built-in ones, undated; every task keeps its fixed due date.
fn v3_to_v4(value: &mut Value) -> Result<(), String> {
    let object = value
        .as_object_mut()
        .ok_or_else(|| "the plan is not a JSON object".to_owned())?;
    if !object.contains_key("milestones") {
        let defaults = serde_json::to_value(default_milestones()).map_err(|e| e.to_string())?;
        object.insert("milestones".to_owned(), defaults);
    }
    Ok(())
}

/// Version 5 added check-ins after launch: the model's monitoring indicators and quarterly
/// check-ins for two years after the start of operations. A plan without them gets empty
/// lists; the indicators are copied from the catalogue and the check-ins proposed after
/// loading (`Plan::complete_upgrade`), when the start of operations has a date.
fn v4_to_v5(value: &mut Value) -> Result<(), String> {
    let object = value
        .as_object_mut()
        .ok_or_else(|| "the plan is not a JSON object".to_owned())?;
    for key in ["indicators", "checkins"] {
        object
            .entry(key)
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(())
}

/// Brings `value` (a plan of `from` version) up to [`SCHEMA_VERSION`].
pub fn to_current(value: &mut Value, from: u32) -> Result<(), String> {
    if from == 0 || from > SCHEMA_VERSION {
        return Err(format!("no migration from schema version {from}"));
    }
    let first = usize::try_from(from - 1).map_err(|err| err.to_string())?;
    for (offset, step) in STEPS.iter().enumerate().skip(first) {
        step(value).map_err(|err| format!("upgrading from version {}: {err}", offset + 1))?;
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("schema_version".to_owned(), Value::from(SCHEMA_VERSION));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{STEPS, to_current};
    use crate::model::plan::SCHEMA_VERSION;

    #[test]
    fn there_is_one_step_per_version_bump() {
        assert_eq!(STEPS.len() + 1, SCHEMA_VERSION as usize);
    }

    #[test]
    fn version_1_items_are_marked_as_model_items() {
        let mut value = serde_json::json!({
            "schema_version": 1,
            "checklist": [{"id": "a"}, {"id": "b", "origin": "custom"}]
        });
        to_current(&mut value, 1).unwrap();
        assert_eq!(value["schema_version"], SCHEMA_VERSION);
        assert_eq!(value["checklist"][0]["origin"], "model");
        assert_eq!(value["checklist"][1]["origin"], "custom");
        let mut broken = serde_json::json!({"schema_version": 1, "checklist": 5});
        assert!(to_current(&mut broken, 1).is_err());
    }

    #[test]
    fn version_2_plans_gain_an_empty_franchise_section() {
        let mut value = serde_json::json!({"schema_version": 2, "name": "x"});
        to_current(&mut value, 2).unwrap();
        assert_eq!(value["franchise"], serde_json::json!({}));
        let mut kept = serde_json::json!({"schema_version": 2, "franchise": {"fees": []}});
        to_current(&mut kept, 2).unwrap();
        assert_eq!(kept["franchise"], serde_json::json!({"fees": []}));
        assert!(to_current(&mut serde_json::json!([1]), 2).is_err());
    }

    #[test]
    fn version_3_plans_gain_the_built_in_milestones_and_keep_fixed_dates() {
        let mut value = serde_json::json!({
            "schema_version": 3,
            "checklist": [{"id": "a", "due": "2027-02-28"}]
        });
        to_current(&mut value, 3).unwrap();
        let milestones = value["milestones"].as_array().unwrap();
        assert_eq!(milestones.len(), 5);
        assert_eq!(milestones[2]["id"], "krs_registration");
        assert_eq!(milestones[2]["date"], serde_json::Value::Null);
        assert_eq!(value["checklist"][0]["due"], "2027-02-28");
        assert!(value["checklist"][0].get("relative_due").is_none());
        // Milestones already there (a hand-edited file) are kept as they are.
        let mut kept = serde_json::json!({"schema_version": 3, "milestones": []});
        to_current(&mut kept, 3).unwrap();
        assert_eq!(kept["milestones"], serde_json::json!([]));
        assert!(to_current(&mut serde_json::json!("plan"), 3).is_err());
    }

    #[test]
    fn version_4_plans_gain_empty_indicators_and_check_ins() {
        let mut value = serde_json::json!({
            "schema_version": 4,
            "milestones": [{"id": "operations_start", "name": {"pl": "a", "en": "b"}}]
        });
        to_current(&mut value, 4).unwrap();
        assert_eq!(value["indicators"], serde_json::json!([]));
        assert_eq!(value["checkins"], serde_json::json!([]));
        assert_eq!(value["milestones"][0]["id"], "operations_start");
        // Lists already there (a hand-edited file) are kept as they are.
        let mut kept = serde_json::json!({"schema_version": 4, "checkins": [{"number": 1}]});
        to_current(&mut kept, 4).unwrap();
        assert_eq!(kept["checkins"][0]["number"], 1);
        assert!(to_current(&mut serde_json::json!(4), 4).is_err());
    }

    #[test]
    fn version_1_plans_pass_every_step() {
        let mut value = serde_json::json!({"schema_version": 1, "checklist": [{"id": "a"}]});
        to_current(&mut value, 1).unwrap();
        assert_eq!(value["checklist"][0]["origin"], "model");
        assert_eq!(value["franchise"], serde_json::json!({}));
        assert_eq!(value["milestones"].as_array().map(Vec::len), Some(5));
        assert_eq!(value["checkins"], serde_json::json!([]));
    }

    #[test]
    fn current_version_is_left_alone_and_unknown_ones_refused() {
        let mut value = serde_json::json!({"schema_version": SCHEMA_VERSION, "name": "x"});
        to_current(&mut value, SCHEMA_VERSION).unwrap();
        assert_eq!(value["name"], "x");
        assert!(to_current(&mut value, 0).is_err());
        assert!(to_current(&mut value, SCHEMA_VERSION + 1).is_err());
    }
}
