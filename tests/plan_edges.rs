//! Hand-edited plan files at the edges, each with its outcome stated here from the published
//! format (`schema/plan.schema.json`) and JSON itself, not from the loader: escapes,
//! duplicate keys, `null` in place of a value, numbers written oddly, both shapes of schema-1
//! files, and unknown fields deep inside. Also runs the fuzz targets' seed corpus through the
//! same checks the fuzz targets make, so the corpus is exercised by every `cargo test`.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod file_expectations;

use std::path::{Path, PathBuf};

use file_expectations::{shapes, user_values_kept};
use serde_json::{Value, json};
use social_franchise_planner::io::plan_file::{parse_plan, parse_plan_versioned, plan_to_json};
use social_franchise_planner::model::plan::{Plan, SCHEMA_VERSION, Status};

/// A small current plan as text, with `{name}`, `{entry}` and `{extra}` to fill in.
fn current_plan(name: &str, entry: &str, extra: &str) -> String {
    format!(
        r#"{{"format": "social-franchise-plan", "schema_version": {SCHEMA_VERSION},
  "name": {name}, "created": "2026-01-02T03:04:05Z", "modified": "2026-01-02T03:04:05Z",
  "checklist": [{{"id": "own_1", "phase": "preparation", "origin": "custom",
    "text": {{"pl": "Zadanie", "en": "Task"}}{entry}}}]{extra}}}"#
    )
}

fn loads(text: &str) -> Plan {
    parse_plan(text.as_bytes()).unwrap_or_else(|err| panic!("refused: {err}\n{text}"))
}

fn refused(text: &str) -> String {
    match parse_plan(text.as_bytes()) {
        Ok(plan) => panic!("loaded {:?} from\n{text}", plan.name),
        Err(err) => {
            let message = err.to_string();
            assert!(!message.contains('\n'), "one line: {message}");
            message
        }
    }
}

#[test]
fn json_escapes_in_text_are_read_as_the_characters_they_stand_for() {
    let plan = loads(&current_plan(
        r#""Sp\u00f3\u0142dzielnia \u201eRazem\u201d \"A\" \\ \/ \ud83d\ude00\t""#,
        "",
        "",
    ));
    assert_eq!(plan.name, "Spółdzielnia „Razem” \"A\" \\ / 😀\t");
    // Saved again, it reads back the same.
    assert_eq!(
        parse_plan(plan_to_json(&plan).unwrap().as_bytes()).unwrap(),
        plan
    );
    // A lone surrogate is not a character: not valid text, so the file is refused.
    refused(&current_plan(r#""\ud800""#, "", ""));
}

#[test]
fn duplicate_keys_never_load_the_first_value() {
    // RFC 8259 leaves duplicate names open; the app may refuse the file or take the last
    // value (as JavaScript and most editors do), but never silently take the first.
    let text = current_plan(r#""Pierwsza", "name": "Druga""#, "", "");
    if let Ok(plan) = parse_plan(text.as_bytes()) {
        assert_eq!(plan.name, "Druga");
    }
    let text = current_plan(r#""Plan""#, r#", "status": "todo", "status": "done""#, "");
    if let Ok(plan) = parse_plan(text.as_bytes()) {
        assert_eq!(plan.checklist[0].status, Status::Done);
    }
    // A version given twice, the last one newer than this build: never loaded as the first.
    let text = current_plan(r#""Plan""#, "", "").replacen(
        "\"schema_version\"",
        "\"schema_version\": 1, \"schema_version\"",
        1,
    );
    let newer = text.replacen(
        &format!("\"schema_version\": {SCHEMA_VERSION}"),
        &format!("\"schema_version\": {}", SCHEMA_VERSION + 1),
        1,
    );
    refused(&newer);
}

#[test]
fn null_loads_as_not_set_where_the_format_allows_it() {
    // `model_id`, `due`, `legal_basis` and `source` may be null in the published schema.
    let plan = loads(&current_plan(
        r#""Plan""#,
        r#", "due": null, "legal_basis": null, "source": null"#,
        r#", "model_id": null"#,
    ));
    assert_eq!(plan.model_id, None);
    assert_eq!(plan.checklist[0].due, None);
    assert_eq!(plan.checklist[0].legal_basis, None);
    // Where it may not (a text field, a required field), the file is refused with one line,
    // or, for an optional text, read as its published default: never another value.
    for (entry, extra) in [
        (r#", "note": null"#, ""),
        (r#", "owner": null"#, ""),
        ("", r#", "profile": null"#),
    ] {
        if let Ok(plan) = parse_plan(current_plan(r#""Plan""#, entry, extra).as_bytes()) {
            assert_eq!(plan.checklist[0].note, "");
            assert_eq!(plan.checklist[0].owner, "");
            assert_eq!(plan.profile, Default::default());
        }
    }
    refused(&current_plan("null", "", ""));
    refused(&current_plan(r#""Plan""#, "", "").replace(r#""id": "own_1""#, r#""id": null"#));
}

#[test]
fn versions_written_oddly_are_refused_with_one_line() {
    let plan = current_plan(r#""Plan""#, "", "");
    let with = |version: &str| {
        plan.replacen(
            &format!("\"schema_version\": {SCHEMA_VERSION}"),
            &format!("\"schema_version\": {version}"),
            1,
        )
    };
    // The published format: an integer from 1 to the current version.
    for odd in [
        "0", "-1", "2.0", "2e0", "\"2\"", "null", "[2]", "true", "1.5",
    ] {
        refused(&with(odd));
    }
    let newer = refused(&with(&(SCHEMA_VERSION + 1).to_string()));
    assert!(newer.contains(&(SCHEMA_VERSION + 1).to_string()), "{newer}");
    // 2³² + the current version must not wrap round to a known version.
    refused(&with(
        &(u64::from(u32::MAX) + 1 + u64::from(SCHEMA_VERSION)).to_string(),
    ));
    refused(&with("18446744073709551616"));
    for version in 1..=SCHEMA_VERSION {
        assert!(
            parse_plan(with(&version.to_string()).as_bytes()).is_ok(),
            "{version}"
        );
    }
}

#[test]
fn json_that_editors_accept_but_json_does_not_is_refused() {
    let plan = current_plan(r#""Plan""#, "", "");
    refused(&plan.replacen("}]", "},]", 1)); // trailing comma
    refused(&format!("// mój plan\n{plan}")); // comment
    refused(&plan.replace('"', "'")); // single quotes
    refused(&format!("{plan}\n{plan}")); // two documents
    refused(&plan.replace(r#""name""#, "name")); // bare key
}

#[test]
fn both_shapes_of_schema_1_files_load_with_every_user_value_kept() {
    for (shape, version, file) in shapes() {
        let bytes = serde_json::to_vec_pretty(&file).unwrap();
        let (plan, read) = parse_plan_versioned(&bytes).unwrap_or_else(|e| panic!("{shape}: {e}"));
        assert_eq!(read, version, "{shape}");
        user_values_kept(&file, version, &plan).unwrap_or_else(|e| panic!("{shape}: {e}"));
    }
    // The late shape's own values, stated here: a common item with owner and due date.
    let late = shapes()
        .into_iter()
        .find(|(s, ..)| *s == "late v1")
        .unwrap()
        .2;
    let plan = parse_plan(&serde_json::to_vec(&late).unwrap()).unwrap();
    let tutor = plan
        .checklist
        .iter()
        .find(|e| e.id == "name_owes_tutor")
        .unwrap();
    assert_eq!(tutor.owner, "+48 600 100 200 (Zarząd)");
    assert_eq!(
        tutor.due.map(|d| d.to_string()).as_deref(),
        Some("2026-12-04")
    );
    assert_eq!(tutor.status, Status::InProgress);
}

#[test]
fn unknown_fields_deep_inside_change_no_known_value() {
    let (_, _, mut file) = shapes().pop().unwrap();
    let extra = json!({"x_plugin": {"a": [1, null, "ą"]}, "Status": "done", "notes": "x"});
    for key in ["profile", "readiness", "membership", "budget"] {
        if let Some(Value::Object(object)) = file.get_mut(key) {
            object.extend(extra.as_object().unwrap().clone());
        }
    }
    for entry in file["checklist"].as_array_mut().unwrap() {
        entry
            .as_object_mut()
            .unwrap()
            .extend(extra.as_object().unwrap().clone());
    }
    let plan = parse_plan(&serde_json::to_vec(&file).unwrap()).unwrap();
    user_values_kept(&file, SCHEMA_VERSION, &plan).unwrap();
    // A third language in a text: the published schema allows only "pl" and "en" there, so
    // the file is refused with one line, or (if the format ever opens up) loads unchanged.
    let mut third = file.clone();
    third["checklist"][0]["text"]["de"] = Value::from("Aufgabe");
    match parse_plan(&serde_json::to_vec(&third).unwrap()) {
        Ok(plan) => user_values_kept(&third, SCHEMA_VERSION, &plan).unwrap(),
        Err(err) => assert!(!err.to_string().contains('\n')),
    }
    // The near miss "Status": "done" did not mark anything done.
    let statuses = |v: &Value| -> Vec<Value> {
        v["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["status"].clone())
            .collect()
    };
    let loaded = serde_json::to_value(&plan).unwrap();
    assert_eq!(statuses(&loaded), statuses(&file));
}

#[path = "../fuzz/checks/plan_loader.rs"]
mod plan_loader_check;

#[path = "../fuzz/checks/model_import.rs"]
mod model_import_check;

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// The checks of the `plan_loader` fuzz target (the same file), on every seed of its corpus.
#[test]
fn the_plan_loader_fuzz_corpus_passes_the_fuzz_checks() {
    let files = corpus("plan_loader");
    assert!(files.len() >= 16, "the corpus is in the repository");
    let mut loaded_any = 0;
    for file in &files {
        let data = std::fs::read(file).unwrap();
        let loaded = std::panic::catch_unwind(|| plan_loader_check::check(&data))
            .unwrap_or_else(|_| panic!("the fuzz check fails on {}", file.display()));
        loaded_any += usize::from(loaded);
    }
    // The seeds include plans of every shape (early and late v1, current), not only errors.
    assert!(loaded_any >= 3, "{loaded_any} seeds load");
}

/// The checks of the `model_import` fuzz target (the same file), on every seed of its corpus;
/// the seeds are real models, so each must also parse and pass the validator.
#[test]
fn the_model_import_fuzz_corpus_passes_the_fuzz_checks() {
    let files = corpus("model_import");
    assert!(!files.is_empty());
    for file in &files {
        let data = std::fs::read(file).unwrap();
        let problems = model_import_check::check(&data);
        assert_eq!(problems, Some(Vec::new()), "{}", file.display());
    }
}
