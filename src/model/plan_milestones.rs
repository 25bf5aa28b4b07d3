//! The plan's milestone edits: moving, adding and removing milestones, and re-dating the
//! tasks counted from them (see [`crate::model::milestones`]).

use chrono::NaiveDate;

use super::Plan;
use crate::model::milestones::{Milestone, RelativeDue, next_milestone_id};
use crate::model::text::Text;

impl Plan {
    /// The milestone with this id.
    pub fn milestone(&self, id: &str) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.id == id)
    }

    /// Gives every task with a relative due date the date its rule gives now; tasks whose
    /// milestone is missing or undated keep their date. Returns how many dates changed.
    pub fn redate(&mut self) -> usize {
        let milestones = &self.milestones;
        let mut changed = 0;
        for entry in &mut self.checklist {
            let Some(rule) = &entry.relative_due else {
                continue;
            };
            if let Some(date) = rule.resolve(milestones)
                && entry.due != Some(date)
            {
                entry.due = Some(date);
                changed += 1;
            }
        }
        changed
    }

    /// Sets the date of milestone `id` and re-dates its tasks. Returns false when the plan
    /// has no such milestone.
    pub fn set_milestone_date(&mut self, id: &str, date: Option<NaiveDate>) -> bool {
        let Some(milestone) = self.milestones.iter_mut().find(|m| m.id == id) else {
            return false;
        };
        milestone.date = date;
        self.redate();
        true
    }

    /// Adds a milestone of the user's own (the same name in both languages); returns its id,
    /// or `None` for an empty name.
    pub fn add_milestone(&mut self, name: &str, date: Option<NaiveDate>) -> Option<String> {
        let name = name.trim();
        if name.is_empty() {
            return None;
        }
        let id = next_milestone_id(&self.milestones);
        let mut milestone = Milestone::new(id.clone(), Text::new(name, name));
        milestone.date = date;
        self.milestones.push(milestone);
        Some(id)
    }

    /// Removes milestone `id`. Its tasks keep their last date as a fixed date. Returns how
    /// many tasks were relative to it, or `None` when there was no such milestone.
    pub fn remove_milestone(&mut self, id: &str) -> Option<usize> {
        let at = self.milestones.iter().position(|m| m.id == id)?;
        self.milestones.remove(at);
        let mut released = 0;
        for entry in &mut self.checklist {
            if entry
                .relative_due
                .as_ref()
                .is_some_and(|r| r.milestone == id)
            {
                entry.relative_due = None;
                released += 1;
            }
        }
        Some(released)
    }

    /// Gives task `entry_id` a due date relative to a milestone (dated at once when the
    /// milestone has a date), or, with `None`, makes its current date a fixed one. Returns
    /// false when there is no such task.
    pub fn set_relative_due(&mut self, entry_id: &str, rule: Option<RelativeDue>) -> bool {
        let milestones = &self.milestones;
        let Some(entry) = self.checklist.iter_mut().find(|e| e.id == entry_id) else {
            return false;
        };
        if let Some(date) = rule.as_ref().and_then(|r| r.resolve(milestones)) {
            entry.due = Some(date);
        }
        entry.relative_due = rule;
        true
    }

    /// How many tasks are relative to milestone `id`.
    pub fn tasks_relative_to(&self, id: &str) -> usize {
        self.checklist
            .iter()
            .filter(|e| e.relative_due.as_ref().is_some_and(|r| r.milestone == id))
            .count()
    }
}
