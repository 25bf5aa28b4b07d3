//! Property tests on the plan files of every released schema version (`tests/fixtures/
//! plan_vN.json`), mutated the way older versions and hand edits differ: optional fields
//! missing, unknown fields present, other layouts. Each must load as a valid current plan,
//! and a damaged file must give an error, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::PathBuf;

use proptest::prelude::*;
use serde_json::{Map, Value};
use social_franchise_planner::io::plan_file::{parse_plan, parse_plan_versioned, plan_to_json};
use social_franchise_planner::model::checklist::Origin;
use social_franchise_planner::model::plan::{PLAN_FORMAT, Plan, SCHEMA_VERSION, Status};

/// Top-level fields a plan file may leave out.
const OPTIONAL_PLAN_FIELDS: [&str; 6] = [
    "profile",
    "model_id",
    "checklist",
    "readiness",
    "membership",
    "budget",
];

/// Checklist-entry fields a plan file may leave out.
const OPTIONAL_ENTRY_FIELDS: [&str; 11] = [
    "status",
    "note",
    "origin",
    "why",
    "legal_basis",
    "verify",
    "source",
    "owner",
    "due",
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

/// What one mutation does to a fixture.
#[derive(Clone, Debug)]
struct Mutation {
    /// Which fixture (index into [`fixtures`], wrapped).
    fixture: usize,
    /// Which of [`OPTIONAL_PLAN_FIELDS`] to remove.
    drop_plan: [bool; 6],
    /// Per checklist entry (wrapped), which of [`OPTIONAL_ENTRY_FIELDS`] to remove.
    drop_entry: Vec<u16>,
    /// Unknown fields added to the plan and to every entry.
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

fn mutation() -> impl Strategy<Value = Mutation> {
    (
        any::<usize>(),
        any::<[bool; 6]>(),
        proptest::collection::vec(any::<u16>(), 0..8),
        proptest::collection::vec(("x_[a-zA-Ząęłóśżź0-9_]{0,10}", json_value()), 0..4),
        0_u8..4,
    )
        .prop_map(
            |(fixture, drop_plan, drop_entry, unknown, layout)| Mutation {
                fixture,
                drop_plan,
                drop_entry,
                unknown,
                layout,
            },
        )
}

/// The fixture's text after the mutation, and the plan it must load as.
fn apply(mutation: &Mutation) -> (u32, Vec<u8>, Plan) {
    let all = fixtures();
    let (version, bytes) = all.get(mutation.fixture % all.len()).unwrap().clone();
    let mut expected = parse_plan(&bytes).unwrap();
    let mut value: Value = serde_json::from_slice(&bytes).unwrap();
    let plan = value.as_object_mut().unwrap();
    for (field, drop) in OPTIONAL_PLAN_FIELDS.iter().zip(mutation.drop_plan) {
        if drop {
            plan.remove(*field);
            reset_plan_field(&mut expected, field);
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
            drop_entry_fields(entry, mask, &mut expected, index);
            add_unknown(entry, &mutation.unknown);
            // Unknown fields are kept, so that a load and save loses nothing.
            add_unknown(&mut expected.checklist[index].extra, &mutation.unknown);
        }
    }
    add_unknown(plan, &mutation.unknown);
    add_unknown(&mut expected.extra, &mutation.unknown);
    let text = match mutation.layout {
        0 => serde_json::to_string_pretty(&value).unwrap(),
        1 => serde_json::to_string(&value).unwrap(),
        2 => format!("\u{feff}{}", serde_json::to_string(&value).unwrap()),
        _ => format!(
            "\n\t  {}\r\n\n",
            serde_json::to_string_pretty(&value).unwrap()
        ),
    };
    (version, text.into_bytes(), expected)
}

fn reset_plan_field(plan: &mut Plan, field: &str) {
    match field {
        "profile" => plan.profile = Default::default(),
        "model_id" => plan.model_id = None,
        "checklist" => plan.checklist.clear(),
        "readiness" => plan.readiness = Default::default(),
        "membership" => plan.membership = Default::default(),
        "budget" => plan.budget = Default::default(),
        other => panic!("unknown field {other}"),
    }
}

fn drop_entry_fields(entry: &mut Map<String, Value>, mask: u16, plan: &mut Plan, index: usize) {
    let expected = plan.checklist.get_mut(index).unwrap();
    for (bit, field) in OPTIONAL_ENTRY_FIELDS.iter().enumerate() {
        if mask & (1 << bit) == 0 {
            continue;
        }
        entry.remove(*field);
        match *field {
            "status" => expected.status = Status::Todo,
            "note" => expected.note.clear(),
            "origin" => expected.origin = Origin::Model,
            "why" => expected.why = None,
            "legal_basis" => expected.legal_basis = None,
            "verify" => expected.verify = false,
            "source" => expected.source = None,
            "owner" => expected.owner.clear(),
            "due" => expected.due = None,
            "na_reason" => expected.na_reason.clear(),
            "evidence" => expected.evidence.clear(),
            other => panic!("unknown field {other}"),
        }
    }
}

fn add_unknown(object: &mut Map<String, Value>, unknown: &[(String, Value)]) {
    for (key, value) in unknown {
        object.insert(key.clone(), value.clone());
    }
}

/// Loads `bytes`; when it loads, the plan is a valid current plan that saves and reloads
/// unchanged.
fn check_loaded_plan_is_current(bytes: &[u8]) -> Result<Option<Plan>, TestCaseError> {
    let Ok((plan, _)) = parse_plan_versioned(bytes) else {
        return Ok(None);
    };
    prop_assert_eq!(&plan.format, PLAN_FORMAT);
    prop_assert_eq!(plan.schema_version, SCHEMA_VERSION);
    let json = plan_to_json(&plan).unwrap();
    prop_assert_eq!(&parse_plan(json.as_bytes()).unwrap(), &plan);
    Ok(Some(plan))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn mutated_older_plans_load_as_current_plans(mutation in mutation()) {
        let (version, bytes, expected) = apply(&mutation);
        let (_, read_version) = parse_plan_versioned(&bytes).unwrap();
        prop_assert_eq!(read_version, version);
        let plan = check_loaded_plan_is_current(&bytes)?.unwrap();
        prop_assert_eq!(plan, expected);
    }

    #[test]
    fn any_schema_version_value_loads_only_when_known(
        fixture in any::<usize>(),
        version in json_value(),
    ) {
        let all = fixtures();
        let (_, bytes) = all.get(fixture % all.len()).unwrap();
        let mut value: Value = serde_json::from_slice(bytes).unwrap();
        value["schema_version"] = version.clone();
        let known = version
            .as_u64()
            .is_some_and(|v| (1..=u64::from(SCHEMA_VERSION)).contains(&v));
        let bytes = serde_json::to_vec(&value).unwrap();
        prop_assert_eq!(check_loaded_plan_is_current(&bytes)?.is_some(), known);
    }

    #[test]
    fn damaged_plan_files_give_errors_not_panics(
        fixture in any::<usize>(),
        cuts in proptest::collection::vec((any::<usize>(), any::<u8>(), 0_u8..3), 1..6),
    ) {
        let all = fixtures();
        let (_, original) = all.get(fixture % all.len()).unwrap();
        let mut bytes = original.clone();
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
        check_loaded_plan_is_current(&bytes)?;
    }
}
