//! Upgrading a plan of an earlier schema version keeps every value the user entered: for any
//! version-1 plan (items the catalogue knows, items it no longer knows, any model, any kind of
//! replicator, unknown fields anywhere), the loader's plan holds each entered status and note
//! on the same item, the plan's name and profile, and the unknown fields. The expectation is
//! read from the generated file, not from the code under test.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use proptest::prelude::*;
use serde_json::{Value, json};
use social_franchise_planner::io::loader::load_bytes;
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::checklist::common_items;

const STATUSES: [&str; 4] = ["todo", "in_progress", "done", "not_applicable"];
const PHASES: [&str; 3] = ["preparation", "licences", "funding"];
const KINDS: [&str; 4] = [
    "ngo",
    "municipality",
    "church_legal_person",
    "natural_persons",
];

/// Item ids: ones the catalogue knows (model and common) and ones it never knew.
fn ids() -> Vec<String> {
    let catalogue = Catalogue::built_in();
    let mut ids: Vec<String> = catalogue
        .models
        .iter()
        .take(3)
        .flat_map(|m| m.checklist.iter().map(|t| t.id.clone()))
        .collect();
    ids.extend(common_items().iter().take(6).map(|t| t.id.clone()));
    ids.extend(["dawne_zadanie", "usuniete_z_katalogu", "stary_wpis"].map(str::to_owned));
    // A model may override a common item with the same id; a plan holds each id once.
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    ids
}

fn models() -> Vec<String> {
    let catalogue = Catalogue::built_in();
    let mut ids: Vec<String> = catalogue
        .models
        .iter()
        .take(3)
        .map(|m| m.id.clone())
        .collect();
    ids.push("model_ktorego_nie_ma".to_owned());
    ids
}

/// One generated item: (id index, status, note, phase, unknown field).
type Item = (usize, usize, String, usize, Option<String>);

fn item() -> impl Strategy<Value = Item> {
    (
        any::<usize>(),
        0..STATUSES.len(),
        "[a-zA-ZąęłóśżźĄĘ ]{0,12}",
        0..PHASES.len(),
        proptest::option::of("[a-z]{1,6}"),
    )
}

fn v1_plan(items: &[Item], model: Option<&str>, kind: Option<&str>, extra: Option<&str>) -> Value {
    let ids = ids();
    let mut seen = std::collections::HashSet::new();
    let checklist: Vec<Value> = items
        .iter()
        .filter(|(id, ..)| seen.insert(id % ids.len()))
        .map(|(id, status, note, phase, unknown)| {
            let mut entry = json!({
                "id": ids[id % ids.len()],
                "phase": PHASES[*phase],
                "text": {"pl": "Tekst użytkownika", "en": "User's text"},
                "status": STATUSES[*status],
                "note": note,
            });
            if let Some(value) = unknown {
                entry["x_pole"] = Value::from(value.as_str());
            }
            entry
        })
        .collect();
    let mut plan = json!({
        "format": "social-franchise-plan",
        "schema_version": 1,
        "name": "Plan z dawnych lat",
        "created": "2025-01-02T03:04:05Z",
        "modified": "2025-02-03T04:05:06Z",
        "profile": {"kind": kind, "organisation": "Gmina Kcynia", "place": "Kcynia"},
        "model_id": model,
        "checklist": checklist,
    });
    if let Some(value) = extra {
        plan["x_gora"] = json!({"v": value});
        plan["profile"]["x_profil"] = Value::from(value);
    }
    plan
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_value_the_user_entered_is_there_after_the_upgrade(
        items in proptest::collection::vec(item(), 0..16),
        model in any::<Option<usize>>(),
        kind in any::<Option<usize>>(),
        extra in proptest::option::of("[a-z]{1,8}"),
    ) {
        let models = models();
        let model = model.map(|m| models[m % models.len()].clone());
        let kind = kind.map(|k| KINDS[k % KINDS.len()]);
        let file = v1_plan(&items, model.as_deref(), kind, extra.as_deref());
        let bytes = serde_json::to_vec(&file).unwrap();
        let loaded = load_bytes(&bytes, &Catalogue::built_in()).unwrap();
        let plan = &loaded.plan;
        prop_assert_eq!(loaded.upgraded_from(), Some(1));
        prop_assert_eq!(&plan.name, "Plan z dawnych lat");
        prop_assert_eq!(&plan.profile.organisation, "Gmina Kcynia");
        prop_assert_eq!(plan.model_id.as_deref(), model.as_deref());
        if let Some(value) = &extra {
            prop_assert_eq!(&plan.extra["x_gora"], &json!({"v": value}));
            prop_assert_eq!(&plan.profile.extra["x_profil"], &Value::from(value.as_str()));
        }
        for written in file["checklist"].as_array().unwrap() {
            let id = written["id"].as_str().unwrap();
            let status = written["status"].as_str().unwrap();
            let note = written["note"].as_str().unwrap();
            let unknown = written.get("x_pole");
            if status == "todo" && note.is_empty() && unknown.is_none() {
                continue; // Nothing entered: the item may follow the catalogue.
            }
            let kept = plan.entry(id);
            prop_assert!(kept.is_some(), "{} was dropped", id);
            let kept = serde_json::to_value(kept.unwrap()).unwrap();
            prop_assert_eq!(&kept["status"], &written["status"], "{}", id);
            prop_assert_eq!(&kept["note"], &written["note"], "{}", id);
            if let Some(value) = unknown {
                prop_assert_eq!(&kept["x_pole"], value, "{}", id);
            }
        }
    }
}

/// A plan saved by the previous version (schema 3) is rebuilt from the current catalogue when
/// it opens: the agreement task groups come in, the founder-route task is derived as done (the
/// profile fixes the route), and every entry the user touched stays exactly as saved.
#[test]
fn a_version_3_plan_gains_the_current_checklist_and_keeps_every_touched_entry() {
    let catalogue = Catalogue::built_in();
    let bytes = include_bytes!("fixtures/plan_v3.json");
    let file: Value = serde_json::from_slice(bytes).unwrap();
    let plan = load_bytes(bytes, &catalogue).unwrap().plan;
    let saved = serde_json::to_value(&plan).unwrap();
    let entry = |id: &str| -> Value {
        saved["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("{id} is missing"))
    };
    for id in [
        "agree_replication_terms",
        "arrange_know_how_transfer",
        "agree_fees_quality_reporting",
        "agree_confidentiality_changes_exit",
    ] {
        entry(id);
    }
    assert_eq!(entry("choose_founder_route")["status"], "done");
    let mut touched = 0;
    for old in file["checklist"].as_array().unwrap() {
        let written = |field: &str| old.get(field).is_some_and(|v| v != "" && !v.is_null());
        if old["status"] == "todo" && !written("owner") && !written("note") {
            continue;
        }
        touched += 1;
        let new = entry(old["id"].as_str().unwrap());
        for field in ["status", "owner", "note", "due"] {
            assert_eq!(old.get(field), new.get(field), "{} {field}", old["id"]);
        }
    }
    assert!(touched >= 4, "{touched} touched entries in the fixture");
}

/// A version-4 plan whose start of operations is dated (1 May 2027) gains its model's
/// monitoring indicators and eight quarterly check-ins, and keeps its milestones; the
/// version-5 fixture opens with its entered figures and unknown fields as saved.
#[test]
fn a_version_4_plan_gains_check_ins_and_a_version_5_plan_keeps_its_figures() {
    let catalogue = Catalogue::built_in();
    let bytes = include_bytes!("fixtures/plan_v4.json");
    let file: Value = serde_json::from_slice(bytes).unwrap();
    let plan = load_bytes(bytes, &catalogue).unwrap().plan;
    let saved = serde_json::to_value(&plan).unwrap();
    assert_eq!(saved["milestones"], file["milestones"]);
    let monitoring = &catalogue.get("nursery").unwrap().monitoring;
    assert_eq!(plan.indicators.len(), monitoring.len());
    let dates: Vec<&str> = saved["checkins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["date"].as_str().unwrap())
        .collect();
    assert_eq!(dates.first(), Some(&"2027-08-01"));
    assert_eq!(dates.last(), Some(&"2029-05-01"));
    assert_eq!(dates.len(), 8);

    let bytes = include_bytes!("fixtures/plan_v5.json");
    let file: Value = serde_json::from_slice(bytes).unwrap();
    let loaded = load_bytes(bytes, &catalogue).unwrap();
    assert_eq!(loaded.upgraded_from(), None);
    let saved = serde_json::to_value(&loaded.plan).unwrap();
    assert_eq!(saved["checkins"], file["checkins"]);
    assert_eq!(saved["checkins"][0]["values"][0]["actual"], "9");
    assert_eq!(
        saved["checkins"][0]["x_reviewer_note"],
        file["checkins"][0]["x_reviewer_note"]
    );
}
