//! Review findings on the franchise section: what a replicator should settle before
//! sending the plan to the franchisor.

use super::catalogue::ModelEntry;
use super::franchise::{Franchise, FranchisorKind};
use super::franchise_terms::TermStatus;

/// One franchise finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// No franchisor kind is chosen.
    NoFranchisor,
    /// "None" (open replication) is chosen without saying where the know-how comes from.
    OpenWithoutKnowHow,
    /// A core element of the model is dropped: the plan no longer replicates it there.
    CoreDropped {
        /// The element's id.
        id: String,
    },
    /// Agreement terms still to negotiate (with a franchisor chosen).
    TermsOpen(usize),
}

/// The findings on `franchise` against `model` (when known), most serious first.
pub fn findings(franchise: &Franchise, model: Option<&ModelEntry>) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(model) = model {
        out.extend(
            franchise
                .dropped_core(model)
                .into_iter()
                .map(|e| Finding::CoreDropped { id: e.id.clone() }),
        );
    }
    match franchise.franchisor.kind {
        None => out.push(Finding::NoFranchisor),
        Some(FranchisorKind::None) => {
            if franchise.franchisor.know_how_source.trim().is_empty() {
                out.push(Finding::OpenWithoutKnowHow);
            }
        }
        Some(_) => {
            let open = franchise
                .agreement
                .iter()
                .filter(|t| t.status == TermStatus::ToNegotiate)
                .count();
            if open > 0 {
                out.push(Finding::TermsOpen(open));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Finding, findings};
    use crate::model::catalogue::Catalogue;
    use crate::model::franchise::{Decision, Franchise, FranchisorKind};
    use crate::model::franchise_terms::{TermId, TermStatus};

    #[test]
    fn each_finding_appears_and_goes_away() {
        let catalogue = Catalogue::built_in();
        let model = catalogue.get("kindergarten").unwrap();
        let mut franchise = Franchise::default();
        assert_eq!(findings(&franchise, Some(model)), [Finding::NoFranchisor]);
        franchise.franchisor.kind = Some(FranchisorKind::None);
        assert_eq!(
            findings(&franchise, Some(model)),
            [Finding::OpenWithoutKnowHow]
        );
        franchise.franchisor.know_how_source = "Podręcznik modelu".to_owned();
        assert!(findings(&franchise, Some(model)).is_empty());
        franchise.decision_mut("kg.subsidy").decision = Decision::Drop;
        franchise.decision_mut("kg.local_name").decision = Decision::Drop;
        let id = "kg.subsidy".to_owned();
        assert_eq!(
            findings(&franchise, Some(model)),
            [Finding::CoreDropped { id }]
        );
        franchise.franchisor.kind = Some(FranchisorKind::Owes);
        for term in TermId::ALL.into_iter().skip(2) {
            franchise.term_mut(term).status = TermStatus::Agreed;
        }
        assert_eq!(findings(&franchise, None), [Finding::TermsOpen(2)]);
    }
}
