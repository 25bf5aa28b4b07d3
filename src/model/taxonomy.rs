//! Closed vocabularies shared by the catalogue, the plan and the recommendation:
//! checklist phases, founder routes, kinds of replicator, target groups, services and partners.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The phases of a replication, in the order they usually happen.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Diagnosis, partners, decision to replicate.
    #[default]
    Preparation,
    /// Statute, founding meeting, court registration.
    Founding,
    /// Governing bodies, internal rules, accounting.
    Organisation,
    /// Reintegration duties and use of surplus.
    Reintegration,
    /// Sector permits and registrations.
    Licences,
    /// Grants, loans, contracts.
    Funding,
    /// Running, monitoring, passing the model on.
    Operation,
}

impl Phase {
    /// All phases in order.
    pub const ALL: [Self; 7] = [
        Self::Preparation,
        Self::Founding,
        Self::Organisation,
        Self::Reintegration,
        Self::Licences,
        Self::Funding,
        Self::Operation,
    ];
}

/// Who founds the cooperative: the two routes the law allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FounderRoute {
    /// At least two legal persons (NGOs, municipalities, church legal persons).
    LegalPersons,
    /// Natural persons, at least half of them from the groups of art. 4(1) of the act.
    NaturalPersons,
}

/// Groups of people a model gives work and reintegration to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetGroup {
    /// Survivors of domestic violence.
    DomesticViolence,
    /// People recovering from addiction.
    Addiction,
    /// People on the autism spectrum.
    Autism,
    /// People experiencing homelessness.
    Homelessness,
    /// People with disabilities.
    Disability,
    /// Long-term unemployed people.
    LongTermUnemployed,
    /// Participants and graduates of a CIS or KIS.
    CisParticipants,
    /// Participants of occupational-therapy workshops (WTZ).
    WtzParticipants,
    /// People with mental illness.
    MentalIllness,
}

/// Kinds of service a model's cooperative sells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    /// Care for older and disabled people.
    Care,
    /// Catering and gastronomy.
    Catering,
    /// Care of children under three (nursery, children's club).
    Nursery,
    /// Pre-school education (kindergarten).
    Kindergarten,
    /// Tourism, accommodation, guiding, events.
    Tourism,
    /// Cleaning, green areas, grounds and building upkeep.
    Maintenance,
    /// Crafts and workshop production.
    Crafts,
    /// Renovation and construction work.
    Renovation,
}

/// Local partners a replication may lean on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    /// The municipality or county (JST).
    Municipality,
    /// A social-economy support centre (OWES).
    Owes,
    /// The social-assistance centre (OPS, MOPS, GOPS).
    Ops,
    /// The county labour office (PUP).
    Pup,
    /// A social integration centre (CIS).
    Cis,
    /// A parish or other church legal person.
    Parish,
    /// A non-governmental organisation.
    Ngo,
    /// A therapy or treatment facility.
    Therapy,
}

/// Who replicates the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ReplicatorKind {
    /// A foundation or association.
    Ngo,
    /// A municipality or county (JST).
    Municipality,
    /// A church legal person (parish, diocese, order, Caritas).
    ChurchLegalPerson,
    /// A group of natural persons.
    NaturalPersons,
}

impl ReplicatorKind {
    /// All kinds, in the order shown to users.
    pub const ALL: [Self; 4] = [
        Self::Ngo,
        Self::Municipality,
        Self::ChurchLegalPerson,
        Self::NaturalPersons,
    ];

    /// The founder route this kind of replicator takes.
    pub fn founder_route(self) -> FounderRoute {
        match self {
            Self::NaturalPersons => FounderRoute::NaturalPersons,
            Self::Ngo | Self::Municipality | Self::ChurchLegalPerson => FounderRoute::LegalPersons,
        }
    }
}
