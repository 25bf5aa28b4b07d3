use super::{Decision, Fee, FeeKind, Fidelity, Franchise, FranchisorKind};
use crate::model::catalogue::Catalogue;
use crate::model::franchise_terms::{TermId, TermStatus};
use crate::model::money::Money;

fn model(id: &str) -> crate::model::catalogue::ModelEntry {
    Catalogue::built_in().get(id).cloned().unwrap()
}

#[test]
fn a_new_section_keeps_everything_and_has_every_term_open() {
    let franchise = Franchise::default();
    let model = model("addiction_recovery");
    let fidelity = franchise.fidelity(&model);
    assert_eq!(fidelity.core_kept, fidelity.core_total);
    assert_eq!(fidelity.adaptations, 0);
    assert_eq!(franchise.agreement.len(), TermId::ALL.len());
    assert!(
        franchise
            .agreement
            .iter()
            .all(|t| t.status == TermStatus::ToNegotiate)
    );
}

#[test]
fn fidelity_counts_dropped_core_and_adaptations() {
    let model = model("addiction_recovery");
    let core: Vec<_> = model.elements.iter().filter(|e| e.is_core()).collect();
    let adaptable = model.elements.iter().find(|e| !e.is_core()).unwrap();
    let mut franchise = Franchise::default();
    franchise.decision_mut(&core[0].id).decision = Decision::Drop;
    franchise.decision_mut(&core[1].id).decision = Decision::Adapt;
    franchise.decision_mut(&adaptable.id).decision = Decision::Adapt;
    assert_eq!(
        franchise.fidelity(&model),
        Fidelity {
            core_kept: core.len() - 1,
            core_total: core.len(),
            adaptations: 2
        }
    );
    let dropped = franchise.dropped_core(&model);
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].id, core[0].id);
}

#[test]
fn model_change_keeps_shared_ids_and_reports_lost_decisions() {
    let mut franchise = Franchise::default();
    franchise.decision_mut("owes_tutor").decision = Decision::Adapt;
    franchise.decision_mut("ad.relapse_rules").decision = Decision::Drop;
    franchise.decision_mut("ad.services");
    let lost = franchise.retain_for(&model("homelessness"));
    assert_eq!(lost, vec!["ad.relapse_rules".to_owned()]);
    assert_eq!(franchise.decision_of("owes_tutor"), Decision::Adapt);
    assert!(franchise.decision("ad.services").is_none());
}

#[test]
fn section_round_trips_and_missing_fields_default() {
    let mut franchise = Franchise::default();
    franchise.franchisor.kind = Some(FranchisorKind::Snrss);
    franchise.term_mut(TermId::Fees).status = TermStatus::Agreed;
    franchise.fees.push(Fee {
        name: "fundusz".to_owned(),
        kind: FeeKind::Periodic,
        amount: Money(12_345),
    });
    let json = serde_json::to_string(&franchise).unwrap();
    let back: Franchise = serde_json::from_str(&json).unwrap();
    assert_eq!(back, franchise);
    assert_eq!(back.term_status(TermId::Fees), TermStatus::Agreed);
    assert_eq!(back.fees_total(), Money(12_345));
    let sparse: Franchise = serde_json::from_str(r#"{"franchisor":{"kind":"none"}}"#).unwrap();
    assert_eq!(sparse.franchisor.kind, Some(FranchisorKind::None));
    assert_eq!(sparse.agreement.len(), TermId::ALL.len());
    assert!(serde_json::from_str::<Franchise>(r#"{"elements":[{"decision":"maybe"}]}"#).is_err());
}
