//! The replication plan: the document a user saves, reopens and shares.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::budget::{Budget, Totals};
use super::catalogue::ModelEntry;
use super::checklist::{common_items, rebuild};
use super::membership::Membership;
use super::milestones::{Milestone, default_milestones};
use super::money::Money;
use super::readiness::Readiness;
use super::taxonomy::FounderRoute;

pub use super::checklist::{ChecklistEntry, Status};
pub use super::taxonomy::ReplicatorKind;
pub use super::text::Extra;

/// The `format` marker every plan file carries.
pub const PLAN_FORMAT: &str = "social-franchise-plan";

/// The plan-file schema version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

/// Who replicates, and where.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Profile {
    /// The kind of replicator; `None` until chosen.
    pub kind: Option<ReplicatorKind>,
    /// The replicating organisation or group.
    pub organisation: String,
    /// Town or municipality where the cooperative will work.
    pub place: String,
    /// Fields this build does not know (written by a newer or another tool), kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A replication plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Plan {
    /// Always [`PLAN_FORMAT`].
    #[schemars(extend("const" = PLAN_FORMAT))]
    pub format: String,
    /// The schema version the file was written with (older ones are upgraded on opening).
    #[schemars(range(min = 1, max = SCHEMA_VERSION))]
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
    /// The named key dates tasks can be dated against.
    #[serde(default = "default_milestones")]
    pub milestones: Vec<Milestone>,
    /// The checklist.
    #[serde(default)]
    pub checklist: Vec<ChecklistEntry>,
    /// The replicator's readiness self-assessment.
    #[serde(default)]
    pub readiness: Readiness,
    /// Head counts of founders, members and employees.
    #[serde(default)]
    pub membership: Membership,
    /// Start-up costs and funding.
    #[serde(default)]
    pub budget: Budget,
    /// The franchise: franchisor, element decisions, agreement, support and fees.
    #[serde(default)]
    pub franchise: super::franchise::Franchise,
    /// Fields this build does not know, kept as they were so that a load and save loses nothing.
    #[serde(flatten)]
    pub extra: Extra,
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
            milestones: default_milestones(),
            checklist: Vec::new(),
            readiness: Readiness::default(),
            membership: Membership::default(),
            budget: Budget::default(),
            extra: Extra::new(),
            franchise: super::franchise::Franchise::default(),
        }
    }

    /// The founder route, once the kind of replicator is chosen.
    pub fn route(&self) -> Option<FounderRoute> {
        self.profile.kind.map(ReplicatorKind::founder_route)
    }

    /// Chooses `model` and rebuilds the checklist (common items plus the model's, for the
    /// plan's founder route), keeping what the user entered for items that stay and every
    /// custom item. Choosing the model already chosen changes nothing.
    pub fn choose_model(&mut self, model: &ModelEntry) {
        if self.model_id.as_deref() == Some(model.id.as_str()) && !self.checklist.is_empty() {
            return;
        }
        self.model_id = Some(model.id.clone());
        self.rebuild_checklist(Some(model));
    }

    /// Sets the kind of replicator; when the kind changes, the checklist is rebuilt for it
    /// (items follow the founder route and the kind, and the founder-route task is done once
    /// the route is fixed). `model` is the plan's model as the catalogue knows it.
    pub fn set_kind(&mut self, kind: ReplicatorKind, model: Option<&ModelEntry>) {
        let old_kind = self.profile.kind;
        self.profile.kind = Some(kind);
        if old_kind != Some(kind) && (self.model_id.is_some() || !self.checklist.is_empty()) {
            self.rebuild_checklist(model);
        }
    }

    /// Rebuilds the checklist for `model` and the plan's route, kind and agreement (see
    /// [`rebuild`]).
    pub fn rebuild_checklist(&mut self, model: Option<&ModelEntry>) {
        let old = std::mem::take(&mut self.checklist);
        self.checklist = rebuild(old, common_items(), model, self.applicability());
    }

    /// Finishes an upgrade from schema version `from` that needs the catalogue: the checklist
    /// is rebuilt from the current catalogue by the one rule every rebuild follows (an entry
    /// the user touched is kept whole; untouched ones take the current wording, items new to
    /// the list come in, untouched ones that left it go). So plans of version 1, which held
    /// only the model's own items, gain the common items, and every older plan gets the
    /// corrected item texts, the agreement tasks and the items that fit its replicator.
    pub fn complete_upgrade(&mut self, from: u32, model: Option<&ModelEntry>) {
        if from < SCHEMA_VERSION {
            self.rebuild_checklist(model);
        }
    }

    /// How many checklist items are done, and how many there are.
    pub fn progress(&self) -> (usize, usize) {
        let done = self.checklist.iter().filter(|e| e.is_done()).count();
        (done, self.checklist.len())
    }
}

impl Plan {
    /// The budget's totals with the franchise fees counted as costs (each one-off fee, and
    /// one period of each periodic fee). The fees are stored once, in the franchise section,
    /// and derived here, so no amount is written twice.
    pub fn budget_totals(&self) -> Totals {
        let own = self.budget.totals();
        Totals {
            costs: own.costs.plus(self.franchise.fees_total()),
            funding: own.funding,
        }
    }

    /// Start-up costs, franchise fees included, per job created, when jobs are entered.
    pub fn cost_per_job(&self) -> Option<Money> {
        self.budget_totals().costs.per(self.budget.jobs)
    }
}

#[path = "plan_checklist.rs"]
mod checklist_edits;
#[path = "plan_milestones.rs"]
mod milestone_edits;
#[path = "plan_terms.rs"]
mod term_tasks;

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
    fn choosing_a_model_merges_common_items_and_keeps_progress() {
        let catalogue = Catalogue::built_in();
        let model = &catalogue.models[0];
        let mut plan = Plan::new("Plan", now());
        plan.choose_model(model);
        let total = plan.checklist.len();
        assert!(total > model.checklist.len());
        for item in &model.checklist {
            assert!(plan.entry(&item.id).is_some(), "{}", item.id);
        }
        let id = model.checklist[0].id.clone();
        let first = plan.checklist.iter_mut().find(|e| e.id == id).unwrap();
        first.status = Status::Done;
        first.note = "Zrobione".to_owned();
        plan.choose_model(model);
        assert_eq!(plan.entry(&id).unwrap().status, Status::Done);
        assert_eq!(plan.progress(), (1, total));

        let other = &catalogue.models[1];
        plan.choose_model(other);
        assert_eq!(plan.model_id.as_deref(), Some(other.id.as_str()));
        for item in &other.checklist {
            assert!(plan.entry(&item.id).is_some(), "{}", item.id);
        }
    }

    #[test]
    fn a_route_change_rebuilds_the_checklist_and_keeps_work() {
        let catalogue = Catalogue::built_in();
        let model = &catalogue.models[0];
        let mut plan = Plan::new("Plan", now());
        plan.set_kind(ReplicatorKind::NaturalPersons, Some(model));
        assert!(
            plan.checklist.is_empty(),
            "no model yet, nothing to rebuild"
        );
        plan.choose_model(model);
        assert!(plan.entry("gather_natural_person_founders").is_some());
        assert!(plan.entry("gather_legal_person_founders").is_none());
        plan.checklist[0].owner = "Anna".to_owned();
        let kept = plan.checklist[0].id.clone();
        let custom = plan
            .add_custom_item(
                crate::model::taxonomy::Phase::Funding,
                "Spotkanie z bankiem",
            )
            .unwrap();

        plan.set_kind(ReplicatorKind::Municipality, Some(model));
        assert!(plan.entry("gather_natural_person_founders").is_none());
        assert!(plan.entry("gather_legal_person_founders").is_some());
        assert_eq!(plan.entry(&kept).unwrap().owner, "Anna");
        assert!(plan.entry(&custom).is_some());

        // A municipality is not shown the items on an organisation's own statute.
        assert!(plan.entry("check_founder_statutory_aims").is_none());
        // Another legal-persons kind keeps the route but rebuilds for the kind.
        plan.set_kind(ReplicatorKind::Ngo, Some(model));
        assert!(plan.entry("check_founder_statutory_aims").is_some());
        assert_eq!(plan.entry(&kept).unwrap().owner, "Anna");
        assert!(plan.entry(&custom).is_some());
        let before = plan.checklist.clone();
        plan.set_kind(ReplicatorKind::Ngo, Some(model));
        assert_eq!(
            plan.checklist, before,
            "the same kind again changes nothing"
        );
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
