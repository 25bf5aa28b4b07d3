//! Which checklist items apply to a plan (its founder route, its kind of replicator and
//! whether there is a franchise agreement), and the statuses a rebuild derives from the plan
//! for entries the user has not touched.

use super::{ChecklistEntry, Status};
use crate::model::catalogue::ItemTemplate;
use crate::model::franchise::{Franchise, FranchisorKind};
use crate::model::franchise_terms::{TermGroup, TermId, TermStatus};
use crate::model::taxonomy::{FounderRoute, ReplicatorKind};

/// The id of the task done once the Profile step fixes the founder route.
pub const CHOOSE_ROUTE_ID: &str = "choose_founder_route";

/// What decides which items a plan's checklist holds. Built from the plan
/// ([`crate::model::plan::Plan::applicability`]); a bare founder route (kind unknown) also converts into one, so
/// that callers that only know the route keep working.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Applicability {
    /// The founder route, once known.
    pub route: Option<FounderRoute>,
    /// The kind of replicator, once chosen; `None` lets every kind's items apply.
    pub kind: Option<ReplicatorKind>,
    /// False for an open replication (no franchisor, so no agreement to negotiate).
    pub agreement: bool,
    /// Per [`TermGroup::ALL`]: true when no term of the group is still to negotiate.
    pub settled: [bool; 4],
}

impl From<Option<FounderRoute>> for Applicability {
    fn from(route: Option<FounderRoute>) -> Self {
        Self {
            route,
            kind: None,
            agreement: true,
            settled: [false; 4],
        }
    }
}

impl From<Option<ReplicatorKind>> for Applicability {
    fn from(kind: Option<ReplicatorKind>) -> Self {
        Self {
            kind,
            ..Self::from(kind.map(ReplicatorKind::founder_route))
        }
    }
}

impl Applicability {
    /// The applicability for a plan with this kind of replicator and this franchise.
    pub fn of(kind: Option<ReplicatorKind>, franchise: &Franchise) -> Self {
        Self {
            agreement: franchise.franchisor.kind != Some(FranchisorKind::None),
            settled: TermGroup::ALL.map(|group| group_settled(franchise, group)),
            ..Self::from(kind)
        }
    }

    /// True when the terms of `group` are all agreed or not applicable.
    pub fn is_settled(&self, group: TermGroup) -> bool {
        TermGroup::ALL
            .iter()
            .position(|g| *g == group)
            .and_then(|i| self.settled.get(i))
            .copied()
            .unwrap_or(false)
    }
}

/// True when no term of `group` is still to negotiate (a term missing from the file counts
/// as to negotiate).
pub fn group_settled(franchise: &Franchise, group: TermGroup) -> bool {
    TermId::ALL
        .into_iter()
        .filter(|t| t.group() == group)
        .all(|t| franchise.term_status(t) != TermStatus::ToNegotiate)
}

/// True when `template` applies. Items without routes or kinds apply to every route or kind,
/// and every item applies while the route or kind is not chosen yet; agreement tasks apply
/// unless the plan is an open replication.
pub fn applies(template: &ItemTemplate, fit: impl Into<Applicability>) -> bool {
    let fit = fit.into();
    let route_ok =
        template.routes.is_empty() || fit.route.is_none_or(|r| template.routes.contains(&r));
    let kind_ok = template.kinds.is_empty() || fit.kind.is_none_or(|k| template.kinds.contains(&k));
    let agreement_ok = template.term_group.is_none() || fit.agreement;
    route_ok && kind_ok && agreement_ok
}

/// The status the plan itself gives an untouched `entry` of `template`: "done" for the
/// founder-route task once the route is known, and for an agreement task once its terms are
/// settled. `None` leaves the entry as it is.
pub fn derived_status(template: &ItemTemplate, fit: &Applicability) -> Option<Status> {
    if template.id == CHOOSE_ROUTE_ID && fit.route.is_some() {
        return Some(Status::Done);
    }
    template
        .term_group
        .filter(|group| fit.is_settled(*group))
        .map(|_| Status::Done)
}

/// Applies [`derived_status`] to `entry` when the user has not touched it (so nothing the
/// user entered, a status included, is ever overwritten).
pub fn derive_untouched(entry: &mut ChecklistEntry, template: &ItemTemplate, fit: &Applicability) {
    if entry.is_touched() {
        return;
    }
    if let Some(status) = derived_status(template, fit) {
        entry.status = status;
    }
}

#[cfg(test)]
#[path = "checklist_fit_tests.rs"]
mod tests;
