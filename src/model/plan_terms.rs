//! The agreement tasks: one ordinary checklist task per group of agreement terms (items of
//! the common list with a `term_group`), so that owners, due dates, progress, overdue marks
//! and exports cover the negotiation like any other task. Their status follows the terms.

use super::Plan;
use crate::model::checklist::{
    Applicability, ChecklistEntry, Origin, Status, common_items, derive_untouched,
};

impl Plan {
    /// Brings the agreement tasks in line after an edit of the franchise section; `before` is
    /// [`Plan::applicability`] taken before the edit. Nothing happens until a model is chosen
    /// (the checklist is built with the model).
    /// - An open replication has no agreement: untouched agreement tasks leave the list, and
    ///   touched ones stay (marked as no longer in the list, like after any rebuild). Going
    ///   back to a franchisor brings the missing tasks in again.
    /// - When the last open term of a group is settled, the group's task to do or in progress
    ///   is marked done; when a term of a settled group is reopened, a done task goes back to
    ///   "to do". "Not applicable", owner, due date, note and evidence are never changed.
    pub fn sync_term_tasks(&mut self, before: &Applicability) {
        let now = self.applicability();
        if self.model_id.is_none() || now == *before {
            return;
        }
        for template in common_items() {
            let Some(group) = template.term_group else {
                continue;
            };
            let at = self.checklist.iter().position(|e| e.id == template.id);
            match (now.agreement, at) {
                (true, None) => {
                    let mut entry = ChecklistEntry::from_template(template, Origin::Common);
                    derive_untouched(&mut entry, template, &now);
                    self.insert_in_phase(entry);
                }
                (false, Some(index)) => {
                    if !self.checklist[index].is_touched() {
                        self.checklist.remove(index);
                    }
                }
                (true, Some(index)) => {
                    let entry = &mut self.checklist[index];
                    let (was, is) = (before.is_settled(group), now.is_settled(group));
                    let open = matches!(entry.status, Status::Todo | Status::InProgress);
                    if is && !was && open {
                        entry.status = Status::Done;
                    } else if was && !is && entry.status == Status::Done {
                        entry.status = Status::Todo;
                    }
                }
                (false, None) => {}
            }
        }
    }
}
