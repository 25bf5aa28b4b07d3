//! What loading a plan file must give, stated from the file's own JSON and the published
//! format (`schema/plan.schema.json`), never from the loader under test: which files load,
//! and that every value the user wrote comes back unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]
#![allow(dead_code, reason = "each test file uses a different subset")]

use std::path::PathBuf;

use serde_json::Value;
use social_franchise_planner::model::plan::{PLAN_FORMAT, Plan, SCHEMA_VERSION};

/// The plan-file shapes ever written, with the schema version each says it is: schema 1
/// early (no `origin`, like `plan_v1.json`), schema 1 late (owner, due, budget, like the
/// golden input), and every later version's fixture.
pub fn shapes() -> Vec<(&'static str, u32, Value)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let read = |path: &str| -> Value {
        serde_json::from_slice(&std::fs::read(root.join(path)).unwrap()).unwrap()
    };
    let mut all = vec![
        ("early v1", 1, read("tests/fixtures/plan_v1.json")),
        ("late v1", 1, read("tests/golden/fixture_plan.json")),
    ];
    for version in 2..=SCHEMA_VERSION {
        let name: &'static str = Box::leak(format!("v{version}").into_boxed_str());
        all.push((
            name,
            version,
            read(&format!("tests/fixtures/plan_v{version}.json")),
        ));
    }
    for (name, version, value) in &all {
        assert_eq!(value["schema_version"], *version, "{name}");
    }
    all
}

/// Whether a `schema_version` value is one this build reads, by the published format: a
/// JSON integer (written without a fraction or exponent) from 1 to the current version.
pub fn is_known_version(version: &Value) -> bool {
    version
        .as_u64()
        .is_some_and(|v| v >= 1 && v <= u64::from(SCHEMA_VERSION))
}

/// Entry fields that hold guidance from the catalogue, not the user's input; an upgrade may
/// refresh them for items that come from the catalogue.
const GUIDANCE: [&str; 5] = ["text", "why", "legal_basis", "source", "verify"];

/// Checks that `plan`, loaded from the file `file` (of schema `version`), is a current plan
/// holding every value the file holds: the same name, dates, profile, model, readiness,
/// membership, budget and milestones, and every checklist entry with its status, note, owner,
/// due date (and its rule), reason and evidence (missing ones at the published defaults).
/// Fields the app does not know may be dropped or kept, but a known field never changes.
pub fn user_values_kept(file: &Value, version: u32, plan: &Plan) -> Result<(), String> {
    if plan.format != PLAN_FORMAT || plan.schema_version != SCHEMA_VERSION {
        return Err(format!("not a current plan: {}", plan.schema_version));
    }
    let loaded = serde_json::to_value(plan).map_err(|e| e.to_string())?;
    for key in ["name", "model_id"] {
        let want = file.get(key).cloned().unwrap_or(Value::Null);
        same(&want, &loaded[key], key)?;
    }
    for key in ["created", "modified"] {
        let parse =
            |v: &Value| -> Option<chrono::DateTime<chrono::Utc>> { v.as_str()?.parse().ok() };
        let checked = key == "created" || version == SCHEMA_VERSION;
        if checked && (parse(&file[key]) != parse(&loaded[key]) || parse(&file[key]).is_none()) {
            return Err(format!("{key}: {} became {}", file[key], loaded[key]));
        }
    }
    for key in ["profile", "readiness", "membership", "budget", "milestones"] {
        if let Some(want) = file.get(key) {
            subset(want, &loaded[key], key)?;
        }
    }
    let entries = file
        .get("checklist")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let got = loaded["checklist"].as_array().cloned().unwrap_or_default();
    if version == SCHEMA_VERSION && got.len() != entries.len() {
        return Err(format!("{} entries became {}", entries.len(), got.len()));
    }
    for entry in &entries {
        let id = &entry["id"];
        let found = got
            .iter()
            .find(|e| &e["id"] == id)
            .ok_or_else(|| format!("entry {id} was lost"))?;
        entry_kept(entry, found, version)?;
    }
    Ok(())
}

fn entry_kept(entry: &Value, found: &Value, version: u32) -> Result<(), String> {
    let id = &entry["id"];
    let defaults = [
        ("status", Value::from("todo")),
        ("note", Value::from("")),
        ("owner", Value::from("")),
        ("na_reason", Value::from("")),
        ("due", Value::Null),
        ("relative_due", Value::Null),
        ("evidence", Value::Array(Vec::new())),
        ("phase", Value::Null),
    ];
    for (key, default) in defaults {
        let want = entry.get(key).cloned().unwrap_or(default);
        same(&want, &found[key], &format!("entry {id}: {key}"))?;
    }
    // Schema 1 items without an origin all came from the model (README, format notes); a
    // missing origin defaults to "model" in every version.
    let origin = entry.get("origin").cloned().unwrap_or(Value::from("model"));
    same(&origin, &found["origin"], &format!("entry {id}: origin"))?;
    if origin == "custom" || version == SCHEMA_VERSION {
        for key in GUIDANCE {
            if let Some(want) = entry.get(key) {
                subset(want, &found[key], &format!("entry {id}: {key}"))?;
            }
        }
    }
    Ok(())
}

fn same(want: &Value, got: &Value, at: &str) -> Result<(), String> {
    if want == got {
        Ok(())
    } else {
        Err(format!("{at}: {want} became {got}"))
    }
}

/// Every value in `want` is in `got` unchanged (objects may gain fields; unknown fields in
/// `want` may be missing from `got`, since the app may drop what it does not know).
fn subset(want: &Value, got: &Value, at: &str) -> Result<(), String> {
    match (want, got) {
        (Value::Object(want), Value::Object(got)) => {
            for (key, value) in want {
                match got.get(key) {
                    Some(found) => subset(value, found, &format!("{at}.{key}"))?,
                    None if is_unknown_key(key) => {}
                    None if value.is_null() => {}
                    None => return Err(format!("{at}.{key} was lost")),
                }
            }
            Ok(())
        }
        (Value::Array(want), Value::Array(got)) if want.len() == got.len() => want
            .iter()
            .zip(got)
            .enumerate()
            .try_for_each(|(i, (w, g))| subset(w, g, &format!("{at}[{i}]"))),
        _ => same(want, got, at),
    }
}

/// Keys the tests add as unknown fields: `x_…`, and near misses of real field names that
/// differ in case or by a letter (`Status`, `notes`, …).
pub fn is_unknown_key(key: &str) -> bool {
    key.starts_with("x_") || NEAR_MISSES.contains(&key)
}

/// Hand-edit near misses of real field names; the app must not read them as the real ones.
pub const NEAR_MISSES: [&str; 6] = ["Status", "notes", "Note", "owner ", "Name", "budżet"];
