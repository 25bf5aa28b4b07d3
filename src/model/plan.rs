//! The replication plan: the document a user saves, reopens and shares.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::catalogue::ModelEntry;
use super::taxonomy::{FounderRoute, Phase};
use super::text::Text;

/// The `format` marker every plan file carries.
pub const PLAN_FORMAT: &str = "social-franchise-plan";

/// The plan-file schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Who replicates the model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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

/// Who replicates, and where.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// The kind of replicator; `None` until chosen.
    pub kind: Option<ReplicatorKind>,
    /// The replicating organisation or group.
    pub organisation: String,
    /// Town or municipality where the cooperative will work.
    pub place: String,
}

/// Where a checklist item stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started.
    #[default]
    Todo,
    /// Started.
    InProgress,
    /// Finished.
    Done,
    /// Does not apply to this replication.
    NotApplicable,
}

/// One item of the plan's checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistEntry {
    /// The template id the item came from (unique within the plan).
    pub id: String,
    /// The phase it belongs to.
    pub phase: Phase,
    /// What to do, copied from the catalogue so the plan stands on its own.
    pub text: Text,
    /// Where the item stands.
    #[serde(default)]
    pub status: Status,
    /// The user's note.
    #[serde(default)]
    pub note: String,
}

impl ChecklistEntry {
    /// True when the item is finished.
    pub fn is_done(&self) -> bool {
        self.status == Status::Done
    }
}

/// A replication plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// Always [`PLAN_FORMAT`].
    pub format: String,
    /// The schema version the file was written with.
    pub schema_version: u32,
    /// The plan's name, shown in the window title and in lists.
    pub name: String,
    /// When the plan was created.
    pub created: DateTime<Utc>,
    /// When the plan was last saved.
    pub modified: DateTime<Utc>,
    /// Who replicates, and where.
    #[serde(default)]
    pub profile: Profile,
    /// The id of the chosen model; `None` until chosen.
    #[serde(default)]
    pub model_id: Option<String>,
    /// The checklist.
    #[serde(default)]
    pub checklist: Vec<ChecklistEntry>,
}

impl Plan {
    /// An empty plan created at `now`.
    pub fn new(name: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            format: PLAN_FORMAT.to_owned(),
            schema_version: SCHEMA_VERSION,
            name: name.into(),
            created: now,
            modified: now,
            profile: Profile::default(),
            model_id: None,
            checklist: Vec::new(),
        }
    }

    /// Chooses `model` and rebuilds the checklist from its items, keeping the status and notes
    /// of items that stay. Choosing the model already chosen changes nothing.
    pub fn choose_model(&mut self, model: &ModelEntry) {
        if self.model_id.as_deref() == Some(model.id.as_str()) && !self.checklist.is_empty() {
            return;
        }
        let old = std::mem::take(&mut self.checklist);
        self.model_id = Some(model.id.clone());
        self.checklist = model
            .checklist
            .iter()
            .map(|template| {
                let kept = old.iter().find(|e| e.id == template.id);
                ChecklistEntry {
                    id: template.id.clone(),
                    phase: template.phase,
                    text: template.text.clone(),
                    status: kept.map(|e| e.status).unwrap_or_default(),
                    note: kept.map(|e| e.note.clone()).unwrap_or_default(),
                }
            })
            .collect();
    }

    /// How many checklist items are done, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.checklist.iter().filter(|e| e.is_done()).count();
        (done, self.checklist.len())
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::{Plan, ReplicatorKind, Status};
    use crate::model::catalogue::Catalogue;
    use crate::model::taxonomy::FounderRoute;

    fn now() -> chrono::DateTime<chrono::Utc> {
        chrono::Utc
            .with_ymd_and_hms(2026, 11, 27, 10, 0, 0)
            .unwrap()
    }

    #[test]
    fn choosing_a_model_copies_its_items_and_keeps_progress() {
        let catalogue = Catalogue::built_in();
        let model = &catalogue.models[0];
        let mut plan = Plan::new("Plan", now());
        plan.choose_model(model);
        assert_eq!(plan.checklist.len(), model.checklist.len());
        assert!(!plan.checklist.is_empty());
        plan.checklist[0].status = Status::Done;
        plan.checklist[0].note = "Zrobione".to_owned();
        plan.choose_model(model);
        assert_eq!(plan.checklist[0].status, Status::Done);
        assert_eq!(plan.progress(), (1, model.checklist.len()));

        let other = &catalogue.models[1];
        plan.choose_model(other);
        assert_eq!(plan.model_id.as_deref(), Some(other.id.as_str()));
        assert_eq!(plan.checklist.len(), other.checklist.len());
    }

    #[test]
    fn replicator_kinds_map_to_founder_routes() {
        assert_eq!(
            ReplicatorKind::NaturalPersons.founder_route(),
            FounderRoute::NaturalPersons
        );
        for kind in [
            ReplicatorKind::Ngo,
            ReplicatorKind::Municipality,
            ReplicatorKind::ChurchLegalPerson,
        ] {
            assert_eq!(kind.founder_route(), FounderRoute::LegalPersons);
        }
    }
}
