//! The plan's checklist edits: custom items, what applies to the plan, entries no longer in
//! the model's list, and the items the readiness assessment suggests.

use std::collections::HashSet;

use super::Plan;
use crate::model::catalogue::ModelEntry;
use crate::model::checklist::{
    Applicability, ChecklistEntry, Origin, common_items, next_custom_id, template_ids,
    templates_for,
};
use crate::model::readiness::{Question, suggested_entry, suggested_id};
use crate::model::taxonomy::Phase;

impl Plan {
    /// Adds a custom item at the end of `phase`; returns its id, or `None` for an empty text.
    pub fn add_custom_item(&mut self, phase: Phase, text: &str) -> Option<String> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let id = next_custom_id(&self.checklist);
        self.insert_in_phase(ChecklistEntry::custom(id.clone(), phase, text));
        Some(id)
    }

    /// Inserts `entry` after the last item of its phase.
    pub fn insert_in_phase(&mut self, entry: ChecklistEntry) {
        let at = self
            .checklist
            .iter()
            .rposition(|e| e.phase <= entry.phase)
            .map_or(0, |i| i + 1);
        self.checklist.insert(at, entry);
    }

    /// Removes the custom item `id`; items from the catalogue cannot be removed (mark them
    /// "not applicable" instead). Returns true when an item was removed.
    pub fn remove_custom_item(&mut self, id: &str) -> bool {
        let before = self.checklist.len();
        self.checklist
            .retain(|e| !(e.id == id && e.origin == Origin::Custom));
        self.checklist.len() != before
    }

    /// The checklist entry with this id.
    pub fn entry(&self, id: &str) -> Option<&ChecklistEntry> {
        self.checklist.iter().find(|e| e.id == id)
    }

    /// What decides which items this plan's checklist holds.
    pub fn applicability(&self) -> Applicability {
        Applicability::of(self.profile.kind, &self.franchise)
    }

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

    /// True when the item `question` suggests is already on the checklist.
    pub fn has_suggestion(&self, question: &Question) -> bool {
        self.entry(&suggested_id(question)).is_some()
    }

    /// Adds the item `question` suggests unless it is there already; returns its id.
    pub fn add_suggestion(&mut self, question: &Question) -> Option<String> {
        let id = suggested_id(question);
        if self.entry(&id).is_none() {
            self.insert_in_phase(suggested_entry(question)?);
        }
        Some(id)
    }
}
