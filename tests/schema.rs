//! The published JSON Schema of plan files (`schema/plan.schema.json`) must match the code and
//! tell the truth: every fixture and every plan the app writes validates against it, and every
//! fixture the app refuses does not. To refresh it after changing the plan format:
//! `UPDATE_SCHEMA=1 cargo test --test schema`.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::PathBuf;

use serde_json::Value;
use social_franchise_planner::io::loader::load_bytes;
use social_franchise_planner::io::plan_file::{parse_plan, plan_to_json};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::{Plan, ReplicatorKind, SCHEMA_VERSION};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The schema as the code describes it, with the bounds of fixed-width integers made explicit
/// (the app refuses larger values, so the schema must too).
fn generated() -> String {
    let schema = schemars::schema_for!(Plan);
    let mut value = serde_json::to_value(&schema).unwrap();
    add_integer_bounds(&mut value);
    let mut json = serde_json::to_string_pretty(&value).unwrap();
    json.push('\n');
    json
}

fn add_integer_bounds(value: &mut Value) {
    match value {
        Value::Object(object) => {
            let max = match object.get("format").and_then(Value::as_str) {
                Some("uint8") => Some(u64::from(u8::MAX)),
                Some("uint16") => Some(u64::from(u16::MAX)),
                Some("uint32") => Some(u64::from(u32::MAX)),
                _ => None,
            };
            if let Some(max) = max {
                object.entry("maximum").or_insert(Value::from(max));
            }
            object.values_mut().for_each(add_integer_bounds);
        }
        Value::Array(items) => items.iter_mut().for_each(add_integer_bounds),
        _ => {}
    }
}

fn published() -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("schema/plan.schema.json")).unwrap())
        .unwrap()
}

#[test]
fn the_published_schema_is_up_to_date() {
    let path = root().join("schema/plan.schema.json");
    let expected = generated();
    // Only an explicit "1" rewrites the file; CI unsets the variable and checks `git diff`.
    if std::env::var_os("UPDATE_SCHEMA").is_some_and(|v| v == "1") {
        std::fs::write(&path, &expected).unwrap();
    }
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == expected,
        "schema/plan.schema.json is out of date: run UPDATE_SCHEMA=1 cargo test --test schema"
    );
}

/// The fixtures of every released schema version.
fn fixtures() -> Vec<PathBuf> {
    (1..=SCHEMA_VERSION)
        .map(|v| root().join(format!("tests/fixtures/plan_v{v}.json")))
        .collect()
}

#[test]
fn every_fixture_of_every_version_validates() {
    let schema = published();
    for path in fixtures() {
        let value: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        let problems = check::validate(&schema, &value);
        assert!(problems.is_empty(), "{}: {problems:?}", path.display());
    }
}

#[test]
fn every_plan_the_app_writes_validates() {
    let schema = published();
    let catalogue = Catalogue::built_in();
    let mut written: Vec<(String, String)> = Vec::new();
    for model in &catalogue.models {
        for kind in ReplicatorKind::ALL {
            let mut plan = Plan::new(format!("Plan {}", model.id), chrono::Utc::now());
            plan.set_kind(kind, None);
            plan.choose_model(model);
            written.push((
                format!("new {} {kind:?}", model.id),
                plan_to_json(&plan).unwrap(),
            ));
        }
    }
    for path in fixtures() {
        let loaded = load_bytes(&std::fs::read(&path).unwrap(), &catalogue).unwrap();
        written.push((
            path.display().to_string(),
            plan_to_json(&loaded.plan).unwrap(),
        ));
    }
    let golden = root().join("tests/golden/fixture_plan.json");
    let plan = parse_plan(&std::fs::read(golden).unwrap()).unwrap();
    written.push(("golden".to_owned(), plan_to_json(&plan).unwrap()));
    for (what, json) in written {
        let value: Value = serde_json::from_str(&json).unwrap();
        let problems = check::validate(&schema, &value);
        assert!(problems.is_empty(), "{what}: {problems:?}");
    }
}

#[test]
fn every_refused_fixture_is_refused_by_the_schema_too() {
    let schema = published();
    let dir = root().join("tests/fixtures/broken");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            parse_plan(&bytes).is_err(),
            "the app refuses {}",
            path.display()
        );
        let text = std::str::from_utf8(&bytes).unwrap_or_default();
        if let Ok(value) = serde_json::from_str::<Value>(text) {
            checked += 1;
            let problems = check::validate(&schema, &value);
            assert!(
                !problems.is_empty(),
                "the schema accepts {}",
                path.display()
            );
        }
    }
    assert!(
        checked >= 6,
        "the refused JSON fixtures were checked ({checked})"
    );
    // Values the app refuses, in an otherwise valid plan.
    let v2: Value = serde_json::from_slice(&std::fs::read(&fixtures()[1]).unwrap()).unwrap();
    let refused = [
        ("/format", Value::from("social-franchise-plan-x")),
        ("/schema_version", Value::from(0)),
        ("/schema_version", Value::from(SCHEMA_VERSION + 1)),
        ("/schema_version", serde_json::json!(2.5)),
        ("/budget/jobs", Value::from(u64::from(u32::MAX) + 1)),
        (
            "/budget/costs",
            serde_json::json!([{"amount": 1_000_000_000_001_i64}]),
        ),
    ];
    for (pointer, bad) in refused {
        let mut value = v2.clone();
        set(&mut value, pointer, bad.clone());
        assert!(
            !check::validate(&schema, &value).is_empty(),
            "the schema accepts {pointer} = {bad}"
        );
        let bytes = serde_json::to_vec(&value).unwrap();
        let catalogue = Catalogue::built_in();
        assert!(
            load_bytes(&bytes, &catalogue).is_err(),
            "the app accepts {pointer} = {bad}"
        );
    }
}

fn set(value: &mut Value, pointer: &str, new: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = if parent.is_empty() {
        value
    } else {
        value.pointer_mut(parent).unwrap()
    };
    parent.as_object_mut().unwrap().insert(key.to_owned(), new);
}

#[test]
fn the_checker_finds_what_it_should() {
    let schema = published();
    let v2: Value = serde_json::from_slice(&std::fs::read(&fixtures()[1]).unwrap()).unwrap();
    assert!(check::validate(&schema, &v2).is_empty());
    let mut bad = v2.clone();
    set(&mut bad, "/created", Value::from("wczoraj"));
    set(&mut bad, "/name", Value::from(5));
    assert_eq!(check::validate(&schema, &bad).len(), 2);
    let mut missing = v2;
    missing.as_object_mut().unwrap().remove("name");
    assert_eq!(check::validate(&schema, &missing).len(), 1);
}

/// A checker for the part of JSON Schema (2020-12) the generated schema uses: `type`,
/// `properties`, `required`, `additionalProperties`, `items`, `$ref` into `$defs`, `const`,
/// `enum`, `oneOf`, `anyOf`, `minimum`, `maximum` and the `date-time` and `date` formats.
mod check {
    use serde_json::Value;

    /// What is wrong with `value`, one line per problem; empty when it validates.
    pub fn validate(schema: &Value, value: &Value) -> Vec<String> {
        let mut problems = Vec::new();
        node(schema, schema, value, "", &mut problems);
        problems
    }

    fn node(root: &Value, schema: &Value, value: &Value, at: &str, out: &mut Vec<String>) {
        let Some(rule) = schema.as_object() else {
            if schema == &Value::Bool(false) {
                out.push(format!("{at}: not allowed"));
            }
            return;
        };
        if let Some(reference) = rule.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/$defs/");
            match root.get("$defs").and_then(|d| d.get(name)) {
                Some(target) => node(root, target, value, at, out),
                None => out.push(format!("{at}: unknown reference {reference}")),
            }
        }
        if let Some(types) = rule.get("type") {
            let allowed: Vec<&str> = match types {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                _ => Vec::new(),
            };
            if !allowed.iter().any(|t| has_type(value, t)) {
                out.push(format!("{at}: not of type {allowed:?}"));
                return;
            }
        }
        if let Some(expected) = rule.get("const")
            && expected != value
        {
            out.push(format!("{at}: must be {expected}"));
        }
        if let Some(options) = rule.get("enum").and_then(Value::as_array)
            && !options.contains(value)
        {
            out.push(format!("{at}: not one of {options:?}"));
        }
        combinations(root, rule, value, at, out);
        bounds(rule, value, at, out);
        formats(rule, value, at, out);
        object(root, rule, value, at, out);
        if let (Some(items), Some(list)) = (rule.get("items"), value.as_array()) {
            for (i, item) in list.iter().enumerate() {
                node(root, items, item, &format!("{at}/{i}"), out);
            }
        }
    }

    fn combinations(
        root: &Value,
        rule: &serde_json::Map<String, Value>,
        value: &Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let passes = |s: &Value| {
            let mut inner = Vec::new();
            node(root, s, value, at, &mut inner);
            inner.is_empty()
        };
        if let Some(options) = rule.get("oneOf").and_then(Value::as_array)
            && options.iter().filter(|s| passes(s)).count() != 1
        {
            out.push(format!(
                "{at}: must match exactly one of {} options",
                options.len()
            ));
        }
        if let Some(options) = rule.get("anyOf").and_then(Value::as_array)
            && !options.iter().any(passes)
        {
            out.push(format!("{at}: matches none of {} options", options.len()));
        }
    }

    fn bounds(
        rule: &serde_json::Map<String, Value>,
        value: &Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let Some(number) = value.as_f64() else {
            return;
        };
        if let Some(min) = rule.get("minimum").and_then(Value::as_f64)
            && number < min
        {
            out.push(format!("{at}: below {min}"));
        }
        if let Some(max) = rule.get("maximum").and_then(Value::as_f64)
            && number > max
        {
            out.push(format!("{at}: above {max}"));
        }
    }

    fn formats(
        rule: &serde_json::Map<String, Value>,
        value: &Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let (Some(format), Some(text)) =
            (rule.get("format").and_then(Value::as_str), value.as_str())
        else {
            return;
        };
        let ok = match format {
            "date-time" => chrono::DateTime::parse_from_rfc3339(text).is_ok(),
            "date" => chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok(),
            _ => true,
        };
        if !ok {
            out.push(format!("{at}: not a {format}"));
        }
    }

    fn object(
        root: &Value,
        rule: &serde_json::Map<String, Value>,
        value: &Value,
        at: &str,
        out: &mut Vec<String>,
    ) {
        let Some(fields) = value.as_object() else {
            return;
        };
        for name in rule
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = name.as_str()
                && !fields.contains_key(name)
            {
                out.push(format!("{at}: \"{name}\" is missing"));
            }
        }
        let properties = rule.get("properties").and_then(Value::as_object);
        for (name, field) in fields {
            let path = format!("{at}/{name}");
            match properties.and_then(|p| p.get(name)) {
                Some(schema) => node(root, schema, field, &path, out),
                None => {
                    if let Some(extra) = rule.get("additionalProperties") {
                        node(root, extra, field, &path, out);
                    }
                }
            }
        }
    }

    fn has_type(value: &Value, name: &str) -> bool {
        match name {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            "number" => value.is_number(),
            // 2.0 is an integer to JSON Schema, but not to the app: the schema says what the
            // app accepts, so only numbers written without a fraction count.
            "integer" => value.is_i64() || value.is_u64(),
            _ => false,
        }
    }
}
