//! The headings of a social-franchise agreement and the groups they are negotiated in.
//! The headings follow the usual franchise-agreement structure and the ESFN criteria.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One heading of the agreement between the franchisor and the replicator.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TermId {
    /// Who the parties are.
    Parties,
    /// How long the agreement runs and how it is renewed.
    TermRenewal,
    /// Where the replicator works.
    Territory,
    /// Use of the name and brand.
    Brand,
    /// The manual and the know-how transfer.
    ManualKnowHow,
    /// Initial training.
    Training,
    /// Ongoing support: mentoring, visits.
    OngoingSupport,
    /// Fees: one-off, periodic or none.
    Fees,
    /// Quality standards and fidelity checks.
    Quality,
    /// Reporting (counts only) and data protection.
    Reporting,
    /// Confidentiality and intellectual property.
    ConfidentialityIp,
    /// Changes to the model and feedback to the network.
    ModelChanges,
    /// How disputes are settled.
    Disputes,
    /// Exit and termination: the name and the clients afterwards.
    Exit,
}

/// Terms negotiated together; each group still open becomes one checklist task.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TermGroup {
    /// Parties, term, territory, brand.
    Scope,
    /// Manual, training, ongoing support.
    KnowHow,
    /// Fees, quality, reporting.
    MoneyAndQuality,
    /// Confidentiality, changes, disputes, exit.
    LegalAndExit,
}

impl TermGroup {
    /// All groups, in agreement order.
    pub const ALL: [Self; 4] = [
        Self::Scope,
        Self::KnowHow,
        Self::MoneyAndQuality,
        Self::LegalAndExit,
    ];

    /// The value used in JSON and in checklist ids.
    pub fn code(self) -> &'static str {
        match self {
            Self::Scope => "scope",
            Self::KnowHow => "know_how",
            Self::MoneyAndQuality => "money_and_quality",
            Self::LegalAndExit => "legal_and_exit",
        }
    }
}

impl TermId {
    /// Every heading, in agreement order.
    pub const ALL: [Self; 14] = [
        Self::Parties,
        Self::TermRenewal,
        Self::Territory,
        Self::Brand,
        Self::ManualKnowHow,
        Self::Training,
        Self::OngoingSupport,
        Self::Fees,
        Self::Quality,
        Self::Reporting,
        Self::ConfidentialityIp,
        Self::ModelChanges,
        Self::Disputes,
        Self::Exit,
    ];

    /// The value used in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::Parties => "parties",
            Self::TermRenewal => "term_renewal",
            Self::Territory => "territory",
            Self::Brand => "brand",
            Self::ManualKnowHow => "manual_know_how",
            Self::Training => "training",
            Self::OngoingSupport => "ongoing_support",
            Self::Fees => "fees",
            Self::Quality => "quality",
            Self::Reporting => "reporting",
            Self::ConfidentialityIp => "confidentiality_ip",
            Self::ModelChanges => "model_changes",
            Self::Disputes => "disputes",
            Self::Exit => "exit",
        }
    }

    /// The group the heading is negotiated in.
    pub fn group(self) -> TermGroup {
        match self {
            Self::Parties | Self::TermRenewal | Self::Territory | Self::Brand => TermGroup::Scope,
            Self::ManualKnowHow | Self::Training | Self::OngoingSupport => TermGroup::KnowHow,
            Self::Fees | Self::Quality | Self::Reporting => TermGroup::MoneyAndQuality,
            Self::ConfidentialityIp | Self::ModelChanges | Self::Disputes | Self::Exit => {
                TermGroup::LegalAndExit
            }
        }
    }

    /// The franchisor's commitment under this heading (true) or the replicator's (false),
    /// for the two-perspective view.
    pub fn franchisor_commits(self) -> bool {
        matches!(
            self,
            Self::ManualKnowHow | Self::Training | Self::OngoingSupport | Self::Quality
        )
    }
}

/// Where a term stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum TermStatus {
    /// Both sides agreed.
    Agreed,
    /// Still open.
    #[default]
    ToNegotiate,
    /// Does not apply to this replication.
    NotApplicable,
}

impl TermStatus {
    /// All statuses, in the order shown.
    pub const ALL: [Self; 3] = [Self::Agreed, Self::ToNegotiate, Self::NotApplicable];

    /// The value used in JSON and CSV.
    pub fn code(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::ToNegotiate => "to_negotiate",
            Self::NotApplicable => "not_applicable",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{TermGroup, TermId};

    #[test]
    fn every_group_has_terms_and_codes_match_serde() {
        for group in TermGroup::ALL {
            assert!(TermId::ALL.iter().any(|t| t.group() == group));
        }
        for term in TermId::ALL {
            let json = serde_json::to_value(term).unwrap();
            assert_eq!(json, term.code());
        }
    }
}
