//! The plan's franchise section: who passes the model on, what the replicator keeps, adapts
//! or drops of it, the agreement terms, the support it receives and the fees it pays.

use serde::{Deserialize, Serialize};

use super::catalogue::ModelEntry;
use super::franchise_terms::{TermId, TermStatus};
use super::money::Money;

/// Who passes the model on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FranchisorKind {
    /// The cooperative that piloted the model.
    PilotCooperative,
    /// The national union of social cooperatives (SNRSS).
    Snrss,
    /// A social-economy support centre (OWES).
    Owes,
    /// Another organisation.
    Other,
    /// Nobody: an open replication from the manual alone.
    None,
}

impl FranchisorKind {
    /// All kinds, in the order shown.
    pub const ALL: [Self; 5] = [
        Self::PilotCooperative,
        Self::Snrss,
        Self::Owes,
        Self::Other,
        Self::None,
    ];
}

/// The franchisor: an organisation, never a private person's data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Franchisor {
    /// The kind; `None` until chosen.
    pub kind: Option<FranchisorKind>,
    /// The organisation's name.
    pub name: String,
    /// The organisation's contact (office address, general e-mail or phone).
    pub contact: String,
    /// Where the know-how comes from when there is no franchisor.
    pub know_how_source: String,
}

/// What the replicator does with one element of the model.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Kept as in the model.
    #[default]
    Keep,
    /// Changed to fit the place.
    Adapt,
    /// Left out.
    Drop,
}

impl Decision {
    /// All decisions, in the order shown.
    pub const ALL: [Self; 3] = [Self::Keep, Self::Adapt, Self::Drop];

    /// The value used in JSON and CSV.
    pub fn code(self) -> &'static str {
        match self {
            Self::Keep => "keep",
            Self::Adapt => "adapt",
            Self::Drop => "drop",
        }
    }
}

/// The replicator's decision on one model element.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct ElementDecision {
    /// The element's id in the model file.
    pub id: String,
    /// Keep, adapt or drop.
    pub decision: Decision,
    /// For an adaptation: what changes.
    pub change: String,
    /// Why it is adapted, or why it is dropped.
    pub reason: String,
}

/// One agreement term and where it stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct AgreementTerm {
    /// The heading.
    pub id: TermId,
    /// Agreed, to negotiate or not applicable.
    #[serde(default)]
    pub status: TermStatus,
    /// A note on what was agreed or what is still open.
    #[serde(default)]
    pub note: String,
}

/// One part of the support package the franchisor gives.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct SupportItem {
    /// What is given (manual, training, mentoring, visits, quality checks).
    pub what: String,
    /// How often or how much.
    pub note: String,
}

/// How often a fee is paid.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// Once, at the start.
    #[default]
    OneOff,
    /// Every period (month, year), as the note says.
    Periodic,
}

/// One fee the replicator pays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Fee {
    /// What the fee is for (licence, franchise fund, training).
    pub name: String,
    /// One-off or periodic.
    pub kind: FeeKind,
    /// The amount in grosze.
    pub amount: Money,
}

/// One report the replicator sends back (counts only, no personal data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct ReportingItem {
    /// What is reported.
    pub what: String,
    /// How often.
    pub how_often: String,
}

/// The plan's franchise section.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Franchise {
    /// Who passes the model on.
    pub franchisor: Franchisor,
    /// Decisions on the model's elements; an element without one is kept.
    pub elements: Vec<ElementDecision>,
    /// The agreement terms, one per heading.
    pub agreement: Vec<AgreementTerm>,
    /// The support package.
    pub support: Vec<SupportItem>,
    /// The fees.
    pub fees: Vec<Fee>,
    /// The reports sent back.
    pub reporting: Vec<ReportingItem>,
}

impl Default for Franchise {
    fn default() -> Self {
        Self {
            franchisor: Franchisor::default(),
            elements: Vec::new(),
            agreement: TermId::ALL
                .iter()
                .map(|&id| AgreementTerm {
                    id,
                    status: TermStatus::ToNegotiate,
                    note: String::new(),
                })
                .collect(),
            support: Vec::new(),
            fees: Vec::new(),
            reporting: Vec::new(),
        }
    }
}

/// How faithful the plan is to the model: "core kept: 5 of 6; adaptations: 3".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Fidelity {
    /// Core elements not dropped.
    pub core_kept: usize,
    /// Core elements of the model.
    pub core_total: usize,
    /// Elements (core or adaptable) adapted.
    pub adaptations: usize,
}

impl Franchise {
    /// The decision on element `id`, if one was recorded.
    pub fn decision(&self, id: &str) -> Option<&ElementDecision> {
        self.elements.iter().find(|d| d.id == id)
    }

    /// The decision on element `id`, created (as "keep") when missing.
    pub fn decision_mut(&mut self, id: &str) -> &mut ElementDecision {
        if let Some(index) = self.elements.iter().position(|d| d.id == id) {
            return &mut self.elements[index];
        }
        self.elements.push(ElementDecision {
            id: id.to_owned(),
            ..ElementDecision::default()
        });
        let last = self.elements.len() - 1;
        &mut self.elements[last]
    }

    /// The decision for element `id`: keep when none was recorded.
    pub fn decision_of(&self, id: &str) -> Decision {
        self.decision(id).map_or(Decision::Keep, |d| d.decision)
    }

    /// The term with heading `id`, created (to negotiate) when missing.
    pub fn term_mut(&mut self, id: TermId) -> &mut AgreementTerm {
        if let Some(index) = self.agreement.iter().position(|t| t.id == id) {
            return &mut self.agreement[index];
        }
        self.agreement.push(AgreementTerm {
            id,
            status: TermStatus::ToNegotiate,
            note: String::new(),
        });
        let last = self.agreement.len() - 1;
        &mut self.agreement[last]
    }

    /// The status of heading `id`: to negotiate when missing.
    pub fn term_status(&self, id: TermId) -> TermStatus {
        self.agreement
            .iter()
            .find(|t| t.id == id)
            .map_or(TermStatus::ToNegotiate, |t| t.status)
    }

    /// The fidelity summary against `model`.
    pub fn fidelity(&self, model: &ModelEntry) -> Fidelity {
        let mut fidelity = Fidelity::default();
        for element in &model.elements {
            let decision = self.decision_of(&element.id);
            if element.is_core() {
                fidelity.core_total += 1;
                if decision != Decision::Drop {
                    fidelity.core_kept += 1;
                }
            }
            if decision == Decision::Adapt {
                fidelity.adaptations += 1;
            }
        }
        fidelity
    }

    /// The core elements of `model` the plan drops, in model order.
    pub fn dropped_core<'a>(
        &self,
        model: &'a ModelEntry,
    ) -> Vec<&'a super::franchise_elements::ModelElement> {
        model
            .elements
            .iter()
            .filter(|e| e.is_core() && self.decision_of(&e.id) == Decision::Drop)
            .collect()
    }

    /// After a model change: keeps the decisions for elements `model` also has and removes
    /// the others. Returns the ids of removed decisions that said more than "keep".
    pub fn retain_for(&mut self, model: &ModelEntry) -> Vec<String> {
        let mut lost = Vec::new();
        self.elements.retain(|d| {
            let known = model.elements.iter().any(|e| e.id == d.id);
            let said_more = d.decision != Decision::Keep
                || !d.change.trim().is_empty()
                || !d.reason.trim().is_empty();
            if !known && said_more {
                lost.push(d.id.clone());
            }
            known
        });
        lost
    }

    /// The total of the fees, one-off and periodic alike (one period each).
    pub fn fees_total(&self) -> Money {
        Money::sum(self.fees.iter().map(|f| f.amount))
    }
}

#[cfg(test)]
#[path = "franchise_tests.rs"]
mod tests;
