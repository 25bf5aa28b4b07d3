//! Tests of the kind-aware checklist, the founder-route task and the agreement tasks.

use chrono::TimeZone as _;

use super::{CHOOSE_ROUTE_ID, applies};
use crate::model::catalogue::Catalogue;
use crate::model::checklist::{common_item, common_items, templates_for};
use crate::model::franchise::FranchisorKind;
use crate::model::franchise_terms::{TermGroup, TermId, TermStatus};
use crate::model::plan::{Plan, ReplicatorKind, Status};

/// The agreement tasks, in [`TermGroup::ALL`] order.
const TASKS: [&str; 4] = [
    "agree_replication_terms",
    "arrange_know_how_transfer",
    "agree_fees_quality_reporting",
    "agree_confidentiality_changes_exit",
];

fn plan() -> Plan {
    let now = chrono::Utc.with_ymd_and_hms(2026, 12, 5, 10, 0, 0).unwrap();
    Plan::new("Plan", now)
}

fn ids_for(model: &str, kind: ReplicatorKind) -> Vec<String> {
    let catalogue = Catalogue::built_in();
    templates_for(common_items(), catalogue.get(model), Some(kind))
        .into_iter()
        .map(|(t, _)| t.id.clone())
        .collect()
}

#[test]
fn a_municipality_is_not_shown_statute_items_nor_asked_to_agree_with_the_municipality() {
    let catalogue = Catalogue::built_in();
    for model in &catalogue.models {
        let items = templates_for(
            common_items(),
            Some(model),
            Some(ReplicatorKind::Municipality),
        );
        for (t, _) in &items {
            assert_ne!(t.id, "check_founder_statutory_aims", "{}", model.id);
            for phrase in ["z gminą", "spółdzielni i gminy"] {
                assert!(
                    !t.text.pl.contains(phrase),
                    "{}.{}: {phrase}",
                    model.id,
                    t.id
                );
            }
        }
    }
    let ngo = ids_for("kindergarten", ReplicatorKind::Ngo);
    let municipality = ids_for("kindergarten", ReplicatorKind::Municipality);
    assert!(ngo.iter().any(|id| id == "check_founder_statutory_aims"));
    assert!(ngo.iter().any(|id| id == "municipal_partnership_agreement"));
    assert!(!ngo.iter().any(|id| id == "municipal_partnership_support"));
    assert!(
        municipality
            .iter()
            .any(|id| id == "municipal_partnership_support")
    );
    assert!(
        !municipality
            .iter()
            .any(|id| id == "municipal_partnership_agreement")
    );
    let victims = ids_for("victims_of_violence", ReplicatorKind::Municipality);
    assert!(victims.iter().any(|id| id == "care_contract_ops"));
    assert!(!victims.iter().any(|id| id == "care_contract"));
    // Until the kind is chosen every kind's items apply.
    let statute = common_item("check_founder_statutory_aims").unwrap();
    assert!(applies(statute, None::<ReplicatorKind>));
}

#[test]
fn the_route_task_is_done_once_the_profile_fixes_the_route_unless_the_user_set_it() {
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("kindergarten").unwrap();
    let mut plan = plan();
    plan.choose_model(model);
    assert_eq!(plan.entry(CHOOSE_ROUTE_ID).unwrap().status, Status::Todo);
    plan.set_kind(ReplicatorKind::Ngo, Some(model));
    assert_eq!(plan.entry(CHOOSE_ROUTE_ID).unwrap().status, Status::Done);
    // A plan started after the profile: the task is done from the start.
    let mut later = plan_of_kind(ReplicatorKind::Municipality);
    later.choose_model(model);
    assert_eq!(later.entry(CHOOSE_ROUTE_ID).unwrap().status, Status::Done);

    // The user's own status and notes are never overwritten.
    let mut own = plan_with_model(model);
    let entry = own
        .checklist
        .iter_mut()
        .find(|e| e.id == CHOOSE_ROUTE_ID)
        .unwrap();
    entry.status = Status::InProgress;
    own.set_kind(ReplicatorKind::NaturalPersons, Some(model));
    assert_eq!(
        own.entry(CHOOSE_ROUTE_ID).unwrap().status,
        Status::InProgress
    );
    let mut noted = plan_with_model(model);
    let entry = noted
        .checklist
        .iter_mut()
        .find(|e| e.id == CHOOSE_ROUTE_ID)
        .unwrap();
    entry.note = "Zdecyduje zarząd".to_owned();
    noted.set_kind(ReplicatorKind::Ngo, Some(model));
    assert_eq!(noted.entry(CHOOSE_ROUTE_ID).unwrap().status, Status::Todo);
}

fn plan_of_kind(kind: ReplicatorKind) -> Plan {
    let mut plan = plan();
    plan.set_kind(kind, None);
    assert!(plan.checklist.is_empty());
    plan
}

fn plan_with_model(model: &crate::model::catalogue::ModelEntry) -> Plan {
    let mut plan = plan();
    plan.choose_model(model);
    plan
}

#[test]
fn one_agreement_task_per_term_group_replaces_the_old_single_item() {
    for (group, id) in TermGroup::ALL.into_iter().zip(TASKS) {
        assert_eq!(common_item(id).unwrap().term_group, Some(group), "{id}");
    }
    let with_group = common_items().iter().filter(|t| t.term_group.is_some());
    assert_eq!(with_group.count(), 4, "no other agreement item");
    let catalogue = Catalogue::built_in();
    let plan = plan_with_model(catalogue.get("tourism").unwrap());
    for id in TASKS {
        let count = plan.checklist.iter().filter(|e| e.id == id).count();
        assert_eq!(count, 1, "{id}");
        assert_eq!(plan.entry(id).unwrap().status, Status::Todo);
    }
}

#[test]
fn agreement_tasks_follow_the_terms_and_keep_what_the_user_entered() {
    let catalogue = Catalogue::built_in();
    let model = catalogue.get("tourism").unwrap();
    let mut plan = plan_with_model(model);
    plan.franchise.franchisor.kind = Some(FranchisorKind::Owes);
    let money = "agree_fees_quality_reporting";
    let task = plan.checklist.iter_mut().find(|e| e.id == money).unwrap();
    task.owner = "Prezes".to_owned();
    task.due = chrono::NaiveDate::from_ymd_opt(2027, 1, 31);
    task.status = Status::InProgress;

    let before = plan.applicability();
    for term in [TermId::Fees, TermId::Quality] {
        plan.franchise.term_mut(term).status = TermStatus::Agreed;
    }
    plan.franchise.term_mut(TermId::Reporting).status = TermStatus::NotApplicable;
    plan.sync_term_tasks(&before);
    let task = plan.entry(money).unwrap();
    assert_eq!(task.status, Status::Done, "every term of the group settled");
    assert_eq!(task.owner, "Prezes");
    assert_eq!(task.due, chrono::NaiveDate::from_ymd_opt(2027, 1, 31));
    assert_eq!(plan.entry(TASKS[0]).unwrap().status, Status::Todo);

    let before = plan.applicability();
    plan.franchise.term_mut(TermId::Quality).status = TermStatus::ToNegotiate;
    plan.sync_term_tasks(&before);
    assert_eq!(plan.entry(money).unwrap().status, Status::Todo, "reopened");
    assert_eq!(plan.entry(money).unwrap().owner, "Prezes");

    // An open replication has no agreement: untouched tasks go, the touched one stays.
    let before = plan.applicability();
    plan.franchise.franchisor.kind = Some(FranchisorKind::None);
    plan.sync_term_tasks(&before);
    for id in TASKS {
        assert_eq!(plan.entry(id).is_some(), id == money, "{id}");
    }
    assert!(plan.is_outside_template(plan.entry(money).unwrap(), Some(model)));
    // Back to a franchisor: the tasks return, once each, the touched one as it was.
    let before = plan.applicability();
    plan.franchise.franchisor.kind = Some(FranchisorKind::PilotCooperative);
    plan.sync_term_tasks(&before);
    for id in TASKS {
        assert_eq!(
            plan.checklist.iter().filter(|e| e.id == id).count(),
            1,
            "{id}"
        );
    }
    assert_eq!(plan.entry(money).unwrap().owner, "Prezes");
    assert!(!plan.is_outside_template(plan.entry(money).unwrap(), Some(model)));

    // A rebuild (another model) keeps the user's task and starts settled groups as done.
    for term in TermId::ALL
        .into_iter()
        .filter(|t| t.group() == TermGroup::Scope)
    {
        plan.franchise.term_mut(term).status = TermStatus::Agreed;
    }
    plan.choose_model(catalogue.get("kindergarten").unwrap());
    assert_eq!(plan.entry(money).unwrap().owner, "Prezes");
    assert_eq!(plan.entry(TASKS[0]).unwrap().status, Status::Done);
}

#[test]
fn agreement_tasks_wait_for_a_model() {
    let mut plan = plan();
    let before = plan.applicability();
    plan.franchise.franchisor.kind = Some(FranchisorKind::Snrss);
    plan.franchise.term_mut(TermId::Fees).status = TermStatus::Agreed;
    plan.sync_term_tasks(&before);
    assert!(plan.checklist.is_empty());
}
