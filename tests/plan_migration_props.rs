//! Property tests on the plan files of every released schema version and shape (schema 1
//! early and late, `tests/fixtures/plan_vN.json`), mutated the way older versions and hand
//! edits differ: optional fields missing, unknown fields (also inside nested objects, and
//! near misses of real names), other layouts, boundary schema versions. The expected outcome
//! comes from the file's JSON and the published format (`file_expectations`), not from the
//! loader: known versions load with every user value kept, others are refused; a damaged
//! file gives a one-line error, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod file_expectations;

use std::path::PathBuf;

use file_expectations::{NEAR_MISSES, is_known_version, shapes, user_values_kept};
use proptest::prelude::*;
use serde_json::{Map, Value};
use social_franchise_planner::io::plan_file::{
    PlanFileError, parse_plan, parse_plan_versioned, plan_to_json,
};
use social_franchise_planner::model::plan::{PLAN_FORMAT, Plan, SCHEMA_VERSION};

/// Top-level fields a plan file may leave out.
const OPTIONAL_PLAN_FIELDS: [&str; 7] = [
    "profile",
    "model_id",
    "checklist",
    "readiness",
    "membership",
    "budget",
    "milestones",
];

/// Checklist-entry fields a plan file may leave out.
const OPTIONAL_ENTRY_FIELDS: [&str; 12] = [
    "status",
    "note",
    "origin",
    "why",
    "legal_basis",
    "verify",
    "source",
    "owner",
    "due",
    "relative_due",
    "na_reason",
    "evidence",
];

/// Every `plan_vN.json` fixture with its version, oldest first.
fn fixtures() -> Vec<(u32, Vec<u8>)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found: Vec<(u32, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let name = path.file_name()?.to_str()?;
            let version = name.strip_prefix("plan_v")?.strip_suffix(".json")?;
            Some((version.parse().ok()?, std::fs::read(&path).ok()?))
        })
        .collect();
    found.sort_by_key(|(version, _)| *version);
    found
}

#[test]
fn every_released_schema_version_has_a_fixture() {
    let versions: Vec<u32> = fixtures().into_iter().map(|(v, _)| v).collect();
    let expected: Vec<u32> = (1..=SCHEMA_VERSION).collect();
    assert_eq!(versions, expected);
}

/// What one mutation does to a file.
#[derive(Clone, Debug)]
struct Mutation {
    /// Which shape (index into [`shapes`], wrapped).
    shape: usize,
    /// Which of [`OPTIONAL_PLAN_FIELDS`] to remove.
    drop_plan: [bool; 7],
    /// Per checklist entry (wrapped), which of [`OPTIONAL_ENTRY_FIELDS`] to remove.
    drop_entry: Vec<u16>,
    /// Unknown fields added to the plan, to every entry and inside every nested object.
    unknown: Vec<(String, Value)>,
    /// 0: pretty, 1: compact, 2: compact after a byte-order mark, 3: padded with whitespace.
    layout: u8,
}

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[^\u{0}]{0,12}".prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::from),
            proptest::collection::btree_map("[a-z_]{1,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Schema versions at and around the edges, as a person editing the file might write them.
fn boundary_version() -> impl Strategy<Value = Value> {
    let current = u64::from(SCHEMA_VERSION);
    let edges: Vec<Value> = vec![
        Value::from(0),
        Value::from(1),
        Value::from(2),
        Value::from(current),
        Value::from(current + 1),
        Value::from(-1),
        Value::from(2.0),
        Value::from(1.0),
        Value::from(1.5),
        Value::from("2"),
        Value::from("1"),
        Value::Null,
        Value::from(true),
        Value::from(vec![Value::from(2)]),
        Value::from(u64::from(u32::MAX) + 1 + current),
        Value::from(u64::MAX),
        Value::from(-0.0),
    ];
    proptest::sample::select(edges)
}

/// Unknown field names: `x_…` and near misses of real ones.
fn unknown_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "x_[a-zA-Ząęłóśżź0-9_]{0,10}",
        1 => proptest::sample::select(NEAR_MISSES.to_vec()).prop_map(str::to_owned),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    (
        any::<usize>(),
        any::<[bool; 7]>(),
        proptest::collection::vec(any::<u16>(), 0..8),
        proptest::collection::vec((unknown_key(), json_value()), 0..4),
        0_u8..4,
    )
        .prop_map(|(shape, drop_plan, drop_entry, unknown, layout)| Mutation {
            shape,
            drop_plan,
            drop_entry,
            unknown,
            layout,
        })
}

/// The mutated file as JSON, its schema version and its bytes.
fn apply(mutation: &Mutation) -> (Value, u32, Vec<u8>) {
    let all = shapes();
    let (_, version, mut value) = all.get(mutation.shape % all.len()).unwrap().clone();
    let plan = value.as_object_mut().unwrap();
    for (field, drop) in OPTIONAL_PLAN_FIELDS.iter().zip(mutation.drop_plan) {
        if drop {
            plan.remove(*field);
        }
    }
    if let Some(Value::Array(entries)) = plan.get_mut("checklist") {
        for (index, entry) in entries.iter_mut().enumerate() {
            let mask = mutation
                .drop_entry
                .get(index % mutation.drop_entry.len().max(1))
                .copied()
                .unwrap_or(0);
            let entry = entry.as_object_mut().unwrap();
            for (bit, field) in OPTIONAL_ENTRY_FIELDS.iter().enumerate() {
                if mask & (1 << bit) != 0 {
                    entry.remove(*field);
                }
            }
            add_unknown(entry, &mutation.unknown);
        }
    }
    for nested in ["profile", "readiness", "membership", "budget"] {
        if let Some(Value::Object(object)) = plan.get_mut(nested) {
            add_unknown(object, &mutation.unknown);
        }
    }
    if let Some(Value::Array(milestones)) = plan.get_mut("milestones") {
        for milestone in milestones.iter_mut().filter_map(Value::as_object_mut) {
            add_unknown(milestone, &mutation.unknown);
        }
    }
    add_unknown(plan, &mutation.unknown);
    let bytes = layout(&value, mutation.layout);
    (value, version, bytes)
}

fn layout(value: &Value, how: u8) -> Vec<u8> {
    let text = match how {
        0 => serde_json::to_string_pretty(value).unwrap(),
        1 => serde_json::to_string(value).unwrap(),
        2 => format!("\u{feff}{}", serde_json::to_string(value).unwrap()),
        _ => format!(
            "\n\t  {}\r\n\n",
            serde_json::to_string_pretty(value).unwrap()
        ),
    };
    text.into_bytes()
}

fn add_unknown(object: &mut Map<String, Value>, unknown: &[(String, Value)]) {
    for (key, value) in unknown {
        object.insert(key.clone(), value.clone());
    }
}

/// A loaded plan is a valid current plan that saves and reloads unchanged.
fn check_current_and_stable(plan: &Plan) -> Result<(), TestCaseError> {
    prop_assert_eq!(&plan.format, PLAN_FORMAT);
    prop_assert_eq!(plan.schema_version, SCHEMA_VERSION);
    let json = plan_to_json(plan).unwrap();
    prop_assert_eq!(&parse_plan(json.as_bytes()).unwrap(), plan);
    Ok(())
}

/// A refusal is one line the window and the command line can show as it is.
fn check_one_line(err: &PlanFileError) -> Result<(), TestCaseError> {
    let message = err.to_string();
    prop_assert!(
        !message.is_empty() && !message.contains('\n'),
        "{:?}",
        message
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn mutated_plans_of_every_shape_load_with_every_user_value_kept(mutation in mutation()) {
        let (file, version, bytes) = apply(&mutation);
        let (plan, read_version) = parse_plan_versioned(&bytes)
            .map_err(|err| TestCaseError::fail(format!("refused: {err}")))?;
        prop_assert_eq!(read_version, version);
        check_current_and_stable(&plan)?;
        user_values_kept(&file, version, &plan).map_err(TestCaseError::fail)?;
    }

    #[test]
    fn a_schema_version_loads_only_when_known(
        shape in any::<usize>(),
        version in prop_oneof![3 => boundary_version(), 1 => json_value()],
        missing in proptest::bool::weighted(0.05),
    ) {
        let all = shapes();
        let (_, _, mut file) = all.get(shape % all.len()).unwrap().clone();
        if missing {
            file.as_object_mut().unwrap().remove("schema_version");
        } else {
            file["schema_version"] = version.clone();
        }
        let bytes = serde_json::to_vec(&file).unwrap();
        let known = !missing && is_known_version(&version);
        match parse_plan_versioned(&bytes) {
            Ok((plan, read)) => {
                prop_assert!(known, "version {} loaded", version);
                prop_assert_eq!(Some(u64::from(read)), version.as_u64());
                check_current_and_stable(&plan)?;
                user_values_kept(&file, read, &plan).map_err(TestCaseError::fail)?;
            }
            Err(err) => {
                prop_assert!(!known, "version {} refused: {}", version, err);
                check_one_line(&err)?;
                // A whole number above the current version is "written by a newer version".
                let written = if missing { None } else { version.as_u64() };
                if let Some(v) = written.filter(|v| *v > u64::from(SCHEMA_VERSION)) {
                    prop_assert!(matches!(err, PlanFileError::NewerVersion(n) if n == v), "{}", err);
                }
            }
        }
    }

    #[test]
    fn damaged_plan_files_give_one_line_errors_and_never_load_broken_json(
        shape in any::<usize>(),
        cuts in proptest::collection::vec((any::<usize>(), any::<u8>(), 0_u8..3), 1..6),
    ) {
        let all = shapes();
        let (_, _, file) = all.get(shape % all.len()).unwrap();
        let mut bytes = serde_json::to_vec_pretty(file).unwrap();
        for (at, byte, how) in cuts {
            let at = at % (bytes.len() + 1);
            match how {
                0 => bytes.truncate(at),
                1 => bytes.insert(at, byte),
                _ => {
                    if let Some(b) = bytes.get_mut(at) {
                        *b ^= byte | 1;
                    }
                }
            }
        }
        // Independently of the loader: is it still UTF-8 JSON, an object with our marker?
        let whole = std::str::from_utf8(&bytes)
            .ok()
            .and_then(|text| serde_json::from_str::<Value>(text).ok())
            .is_some_and(|v| v.get("format").and_then(Value::as_str) == Some(PLAN_FORMAT));
        match parse_plan(&bytes) {
            Ok(plan) => {
                prop_assert!(whole, "a file that is not a whole plan object loaded");
                check_current_and_stable(&plan)?;
            }
            Err(err) => check_one_line(&err)?,
        }
    }
}
