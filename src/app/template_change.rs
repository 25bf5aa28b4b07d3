//! Changing the model or the kind of replicator: both rebuild the checklist, so when entries
//! the user filled in would leave the list, the window asks first (they are kept, marked, and
//! come back when the user switches back).

use super::PlannerApp;
use crate::command::Command;
use crate::dialogs::Modal;
use crate::model::checklist::touched_leaving;
use crate::model::taxonomy::FounderRoute;

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
        let plan = self.doc.plan();
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
                    .plan()
                    .model_id
                    .as_deref()
                    .and_then(|id| self.catalogue.get(id));
                self.doc.plan_mut().set_kind(kind, model);
            }
            _ => {}
        }
    }

    /// Chooses model `id`; decisions on elements the new model shares are kept, and a
    /// warning names the ones that went.
    pub(super) fn choose_model(&mut self, id: &str) {
        let Some(model) = self.catalogue.get(id) else {
            return;
        };
        let old = self.doc.plan().model_id.clone();
        self.doc.plan_mut().choose_model(model);
        let lost = self.doc.plan_mut().franchise.retain_for(model);
        // A choice is a single step: undo should take it back as a whole.
        self.history.add_undo(self.doc.plan());
        if lost.is_empty() {
            return;
        }
        let lang = self.prefs.lang;
        let old = old.as_deref().and_then(|id| self.catalogue.get(id));
        let names: Vec<&str> = lost
            .iter()
            .map(|id| {
                old.and_then(|m| m.elements.iter().find(|e| &e.id == id))
                    .map_or(id.as_str(), |e| e.name.get(lang))
            })
            .collect();
        let t = crate::i18n::planning::franchise::texts(lang);
        self.toasts
            .warning((t.decisions_dropped)(&names.join("; ")));
    }
}
