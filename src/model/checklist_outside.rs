//! Entries no longer in the model's list: kept by a rebuild because the user entered something
//! on them (see [`super::rebuild`]), shown with a mark and removable.

use std::collections::HashSet;

use super::{Applicability, Origin, common_items, templates_for};
use crate::model::catalogue::ModelEntry;
use crate::model::plan::{ChecklistEntry, Plan};

/// The ids of the plan's template for `model` and `fit` (common and model items).
pub fn template_ids(model: Option<&ModelEntry>, fit: impl Into<Applicability>) -> HashSet<&str> {
    templates_for(common_items(), model, fit)
        .into_iter()
        .map(|(t, _)| t.id.as_str())
        .collect()
}

/// How many entries of `checklist` hold something the user entered and would leave the
/// template if the plan switched to `model` and `fit` (they would be kept, marked "no longer
/// in the model's list"). Zero means the switch changes nothing the user wrote.
pub fn touched_leaving(
    checklist: &[ChecklistEntry],
    model: Option<&ModelEntry>,
    fit: impl Into<Applicability>,
) -> usize {
    let ids = template_ids(model, fit);
    checklist
        .iter()
        .filter(|e| e.origin != Origin::Custom && e.is_touched() && !ids.contains(e.id.as_str()))
        .count()
}

impl Plan {
    /// True when `entry` is no longer in the list of the plan's model (nor in the common list)
    /// for the plan's route: it was kept because the user entered something on it. `model` is
    /// the plan's model as the catalogue knows it; with an unknown model nothing is marked.
    pub fn is_outside_template(&self, entry: &ChecklistEntry, model: Option<&ModelEntry>) -> bool {
        if entry.origin == Origin::Custom || (model.is_none() && self.model_id.is_some()) {
            return false;
        }
        !templates_for(common_items(), model, self.applicability())
            .iter()
            .any(|(t, _)| t.id == entry.id)
    }

    /// The ids of the entries no longer in the model's list (see
    /// [`Plan::is_outside_template`]).
    pub fn outside_template_ids(&self, model: Option<&ModelEntry>) -> HashSet<String> {
        if model.is_none() && self.model_id.is_some() {
            return HashSet::new();
        }
        let ids = template_ids(model, self.applicability());
        self.checklist
            .iter()
            .filter(|e| e.origin != Origin::Custom && !ids.contains(e.id.as_str()))
            .map(|e| e.id.clone())
            .collect()
    }

    /// Removes `id` when it is no longer in the model's list (see
    /// [`Plan::is_outside_template`]). Returns true when an item was removed.
    pub fn remove_outside_template(&mut self, id: &str, model: Option<&ModelEntry>) -> bool {
        let Some(at) = self.checklist.iter().position(|e| e.id == id) else {
            return false;
        };
        if !self.is_outside_template(&self.checklist[at], model) {
            return false;
        }
        self.checklist.remove(at);
        true
    }
}
