//! Tests of the checklist merge, the common checklist data and custom items.

use chrono::{NaiveDate, TimeZone as _};

use super::{
    CHECKLIST_FORMAT, Origin, applies, common_item, common_items, item_problems, next_custom_id,
    parse_checklist, rebuild, template_ids, templates_for, touched_leaving,
};
use crate::model::catalogue::{Catalogue, ItemTemplate};
use crate::model::plan::{ChecklistEntry, Plan, Status};
use crate::model::taxonomy::{FounderRoute, Phase};
use crate::model::text::Text;

fn template(id: &str, phase: Phase, routes: Vec<FounderRoute>) -> ItemTemplate {
    ItemTemplate {
        id: id.to_owned(),
        phase,
        text: Text::new(format!("{id} pl"), format!("{id} en")),
        why: Text::new("dlaczego", "why"),
        legal_basis: None,
        verify: false,
        source: Some("https://example.org/x".to_owned()),
        routes,
        kinds: Vec::new(),
        term_group: None,
    }
}

fn ids(entries: &[ChecklistEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.id.as_str()).collect()
}

#[test]
fn the_common_checklist_is_valid_and_covers_every_phase_but_licences() {
    let items = parse_checklist(include_str!("../../assets/checklist/common.json")).unwrap();
    assert_eq!(items.len(), common_items().len());
    assert!(items.len() >= 40);
    let problems = item_problems(&items);
    assert!(problems.is_empty(), "{problems:#?}");
    for phase in Phase::ALL {
        let has = items.iter().any(|t| t.phase == phase);
        // Licences are model-specific: the common list leaves them to the models.
        assert_eq!(has, phase != Phase::Licences, "{phase:?}");
    }
    for route in [FounderRoute::LegalPersons, FounderRoute::NaturalPersons] {
        assert!(items.iter().any(|t| t.routes == [route]), "{route:?}");
    }
}

#[test]
fn model_items_are_valid_and_do_not_use_reserved_ids() {
    for model in Catalogue::built_in().models {
        let problems = item_problems(&model.checklist);
        assert!(problems.is_empty(), "{}: {problems:#?}", model.id);
    }
}

#[test]
fn problems_are_found() {
    let mut bad = template("custom_1", Phase::Founding, Vec::new());
    bad.source = Some("not a url".to_owned());
    bad.why = Text::new("", "why");
    let mut no_source = template("ok_id", Phase::Founding, Vec::new());
    no_source.source = None;
    let problems = item_problems(&[bad, no_source.clone(), no_source]);
    let joined = problems.join("\n");
    for expected in [
        "reserved prefix",
        "malformed",
        "both languages",
        "source or a legal",
        "duplicate",
    ] {
        assert!(joined.contains(expected), "{expected}: {joined}");
    }
}

#[test]
fn wrong_format_or_newer_version_is_refused() {
    let json = format!(r#"{{"format":"{CHECKLIST_FORMAT}","format_version":9,"items":[]}}"#);
    assert!(parse_checklist(&json).unwrap_err().contains("newer"));
    let json = r#"{"format":"other","format_version":1,"items":[]}"#;
    assert!(parse_checklist(json).is_err());
    assert!(parse_checklist("{").is_err());
}

#[test]
fn routes_filter_items() {
    let any = template("any", Phase::Preparation, Vec::new());
    let natural = template(
        "natural",
        Phase::Preparation,
        vec![FounderRoute::NaturalPersons],
    );
    assert!(applies(&any, Some(FounderRoute::LegalPersons)));
    assert!(applies(&natural, Some(FounderRoute::NaturalPersons)));
    assert!(!applies(&natural, Some(FounderRoute::LegalPersons)));
    assert!(
        applies(&natural, None::<FounderRoute>),
        "no route yet: show both"
    );
}

#[test]
fn templates_merge_by_phase_and_model_items_override_common_ones() {
    let common = vec![
        template("a", Phase::Preparation, Vec::new()),
        template("shared", Phase::Founding, Vec::new()),
        template("legal", Phase::Founding, vec![FounderRoute::LegalPersons]),
        template("z", Phase::Operation, Vec::new()),
    ];
    let mut model = Catalogue::built_in().models.remove(0);
    model.checklist = vec![
        template("m1", Phase::Founding, Vec::new()),
        template("shared", Phase::Licences, Vec::new()),
    ];
    let merged = templates_for(&common, Some(&model), Some(FounderRoute::NaturalPersons));
    let got: Vec<_> = merged.iter().map(|(t, o)| (t.id.as_str(), *o)).collect();
    assert_eq!(
        got,
        [
            ("a", Origin::Common),
            ("m1", Origin::Model),
            ("shared", Origin::Model),
            ("z", Origin::Common),
        ]
    );
}

#[test]
fn rebuild_keeps_user_work_and_custom_items() {
    let common = vec![
        template("a", Phase::Preparation, Vec::new()),
        template(
            "natural",
            Phase::Preparation,
            vec![FounderRoute::NaturalPersons],
        ),
        template("b", Phase::Funding, Vec::new()),
    ];
    let first = rebuild(
        Vec::new(),
        &common,
        None,
        Some(FounderRoute::NaturalPersons),
    );
    assert_eq!(ids(&first), ["a", "natural", "b"]);
    let mut edited = first;
    edited[0].status = Status::InProgress;
    edited[0].owner = "Ewa".to_owned();
    edited[0].due = NaiveDate::from_ymd_opt(2027, 1, 15);
    edited[0].note = "notatka".to_owned();
    edited[0]
        .evidence
        .push("https://example.org/uchwala".to_owned());
    edited[0].text = Text::new("stary tekst", "old text");
    edited.push(ChecklistEntry::custom(
        "custom_1".to_owned(),
        Phase::Preparation,
        "Moje",
    ));

    let second = rebuild(edited, &common, None, Some(FounderRoute::LegalPersons));
    assert_eq!(ids(&second), ["a", "custom_1", "b"]);
    let a = &second[0];
    assert_eq!(a.status, Status::InProgress);
    assert_eq!(a.owner, "Ewa");
    assert_eq!(a.due, NaiveDate::from_ymd_opt(2027, 1, 15));
    assert_eq!(a.note, "notatka");
    assert_eq!(a.evidence.len(), 1);
    assert_eq!(a.text.pl, "a pl", "catalogue text is refreshed");
    assert_eq!(second[1].origin, Origin::Custom);
}

#[test]
fn rebuild_without_a_known_model_keeps_its_items() {
    let mut old = vec![ChecklistEntry::from_template(
        &template("model_only", Phase::Licences, Vec::new()),
        Origin::Model,
    )];
    old[0].status = Status::Done;
    let rebuilt = rebuild(old, common_items(), None, None::<FounderRoute>);
    let kept = rebuilt.iter().find(|e| e.id == "model_only").unwrap();
    assert_eq!(kept.status, Status::Done);
    assert_eq!(rebuilt.len(), common_items().len() + 1);
}

#[test]
fn custom_items_get_fresh_ids_land_in_their_phase_and_can_be_removed() {
    let now = chrono::Utc
        .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
        .unwrap();
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Plan", now);
    plan.choose_model(&catalogue.models[0]);
    assert_eq!(plan.add_custom_item(Phase::Founding, "   "), None);
    let first = plan
        .add_custom_item(Phase::Founding, " Zamówić pieczątkę ")
        .unwrap();
    let second = plan
        .add_custom_item(Phase::Preparation, "Spotkanie")
        .unwrap();
    assert_eq!(first, "custom_1");
    assert_eq!(second, "custom_2");
    let entry = plan.entry(&first).unwrap();
    assert_eq!(entry.text.pl, "Zamówić pieczątkę");
    assert_eq!(entry.text.en, "Zamówić pieczątkę");
    let pos = |id: &str| plan.checklist.iter().position(|e| e.id == id).unwrap();
    let last_founding = plan
        .checklist
        .iter()
        .rposition(|e| e.phase == Phase::Founding);
    assert_eq!(Some(pos(&first)), last_founding);
    assert_eq!(plan.checklist[pos(&second) + 1].phase, Phase::Founding);
    assert!(
        !plan.remove_custom_item("get_model_manual"),
        "catalogue items stay"
    );
    assert!(plan.remove_custom_item(&first));
    assert!(plan.entry(&first).is_none());
    assert_eq!(next_custom_id(&plan.checklist), "custom_3");
}

#[test]
fn not_applicable_needs_a_reason() {
    let mut entry =
        ChecklistEntry::from_template(common_item("get_model_manual").unwrap(), Origin::Common);
    entry.status = Status::NotApplicable;
    assert!(entry.lacks_reason());
    assert!(!entry.is_closed());
    entry.na_reason = "Mamy podręcznik".to_owned();
    assert!(entry.is_not_applicable());
    assert!(entry.is_closed());
}

#[test]
fn old_plan_entries_without_new_fields_still_load() {
    let json = r#"{"id":"x","phase":"founding","text":{"pl":"a","en":"b"},"status":"done"}"#;
    let entry: ChecklistEntry = serde_json::from_str(json).unwrap();
    assert_eq!(entry.origin, Origin::Model);
    assert!(entry.is_done());
    assert!(entry.owner.is_empty() && entry.due.is_none() && entry.evidence.is_empty());
}

#[test]
fn a_model_change_keeps_touched_items_aside_and_brings_them_back() {
    let catalogue = crate::model::catalogue::Catalogue::built_in();
    let (first, second) = (&catalogue.models[0], &catalogue.models[1]);
    let now = chrono::DateTime::UNIX_EPOCH;
    let mut plan = crate::model::plan::Plan::new("Plan", now);
    plan.choose_model(first);
    let leaving = template_ids(Some(first), None::<FounderRoute>);
    let staying = template_ids(Some(second), None::<FounderRoute>);
    let own: Vec<String> = first
        .checklist
        .iter()
        .map(|t| t.id.clone())
        .filter(|id| !staying.contains(id.as_str()))
        .collect();
    assert!(own.len() >= 2, "the first model has items the second lacks");
    let (touched_id, untouched_id) = (own[0].clone(), own[1].clone());
    let entry = plan
        .checklist
        .iter_mut()
        .find(|e| e.id == touched_id)
        .unwrap();
    entry.owner = "Anna".to_owned();
    entry.note = "Rozmowa w urzędzie".to_owned();
    let before = entry.clone();
    assert_eq!(
        touched_leaving(&plan.checklist, Some(second), None::<FounderRoute>),
        1
    );
    assert!(leaving.contains(touched_id.as_str()));

    plan.choose_model(second);
    let kept = plan.entry(&touched_id).expect("touched item kept");
    assert_eq!(kept, &before, "everything entered is kept as it was");
    assert!(plan.is_outside_template(kept, Some(second)));
    assert!(
        plan.entry(&untouched_id).is_none(),
        "untouched item dropped"
    );
    let template_item = plan
        .checklist
        .iter()
        .find(|e| e.origin != Origin::Custom && e.id != touched_id)
        .unwrap();
    assert!(!plan.is_outside_template(template_item, Some(second)));

    plan.choose_model(first);
    let back = plan.entry(&touched_id).unwrap();
    assert_eq!(back.owner, "Anna");
    assert!(!plan.is_outside_template(back, Some(first)));
    assert!(
        plan.entry(&untouched_id).is_some(),
        "the template item is back"
    );

    plan.choose_model(second);
    assert!(plan.remove_outside_template(&touched_id, Some(second)));
    assert!(!plan.remove_outside_template(&template_item_id(&plan), Some(second)));
}

fn template_item_id(plan: &crate::model::plan::Plan) -> String {
    plan.checklist
        .iter()
        .find(|e| e.origin != Origin::Custom)
        .unwrap()
        .id
        .clone()
}

#[test]
fn unknown_fields_of_the_plan_profile_and_items_survive_a_round_trip() {
    let catalogue = crate::model::catalogue::Catalogue::built_in();
    let mut plan = crate::model::plan::Plan::new("Plan", chrono::DateTime::UNIX_EPOCH);
    plan.choose_model(&catalogue.models[0]);
    let mut value = serde_json::to_value(&plan).unwrap();
    value["x_top"] = serde_json::json!({"a": [1, 2]});
    value["profile"]["x_profile"] = serde_json::json!("gmina");
    value["checklist"][0]["x_item"] = serde_json::json!(null);
    let read: crate::model::plan::Plan = serde_json::from_value(value.clone()).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), value);
    assert!(
        read.checklist[0].is_touched(),
        "unknown data counts as entered"
    );
}
