//! The published JSON Schema of plan files (`schema/plan.schema.json`) must match the code.
//! To refresh it after changing the plan format: `UPDATE_SCHEMA=1 cargo test --test schema`.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::Path;

use social_franchise_planner::model::plan::Plan;

fn generated() -> String {
    let schema = schemars::schema_for!(Plan);
    let mut json = serde_json::to_string_pretty(&schema).unwrap();
    json.push('\n');
    json
}

#[test]
fn the_published_schema_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema/plan.schema.json");
    let expected = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == expected,
        "schema/plan.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

#[test]
fn the_fixtures_of_every_version_have_the_fields_the_schema_requires() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for field in ["format", "schema_version", "name", "created", "modified"] {
        assert!(required.contains(&field), "{field} is required");
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v2.json");
    let plan: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture).unwrap()).unwrap();
    for field in required {
        assert!(plan.get(field).is_some(), "the v2 fixture lacks {field}");
    }
}
