//! Changing the model or the kind of replicator: both rebuild the checklist, so when entries
//! the user filled in would leave the list, the window asks first (they are kept, marked, and
//! come back when the user switches back).

use super::PlannerApp;
use crate::command::Command;
use crate::model::checklist::touched_leaving;
use crate::model::taxonomy::FounderRoute;
use crate::ui::modals::Modal;

impl PlannerApp {
    /// [`Command::ChooseModel`] or [`Command::SetKind`]: asks first when the change would move
    /// entries the user filled in out of the list, otherwise applies it at once.
    pub(super) fn request_template_change(&mut self, command: Command) {
        let count = self.entries_leaving(&command);
        if count > 0 {
            self.modal = Some(Modal::ChangeTemplate { count, command });
        } else {
            self.apply_template_change(command);
        }
    }

    /// How many filled-in entries would leave the list after `command`.
    fn entries_leaving(&self, command: &Command) -> usize {
        let plan = &self.doc.plan;
        let current = plan
            .model_id
            .as_deref()
            .and_then(|id| self.catalogue.get(id));
        let (model, route): (_, Option<FounderRoute>) = match command {
            Command::ChooseModel(id) if plan.model_id.as_deref() != Some(id.as_str()) => {
                (self.catalogue.get(id), plan.route())
            }
            Command::SetKind(kind)
                if plan.route() != Some(kind.founder_route()) && plan.model_id.is_some() =>
            {
                (current, Some(kind.founder_route()))
            }
            _ => return 0,
        };
        if model.is_none() {
            return 0;
        }
        touched_leaving(&plan.checklist, model, route)
    }

    /// Applies a model or kind change (after the user agreed, or when nothing is at stake).
    pub(super) fn apply_template_change(&mut self, command: Command) {
        match command {
            Command::ChooseModel(id) => self.choose_model(&id),
            Command::SetKind(kind) => {
                let model = self
                    .doc
                    .plan
                    .model_id
                    .as_deref()
                    .and_then(|id| self.catalogue.get(id));
                self.doc.plan.set_kind(kind, model);
            }
            _ => {}
        }
    }
}
