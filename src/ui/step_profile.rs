//! Step 2: who replicates the model, and where.

use crate::command::Command;
use crate::i18n::Strings;
use crate::model::plan::{Plan, ReplicatorKind};
use crate::model::taxonomy::FounderRoute;

/// Draws the profile form; edits the plan in place. Choosing the kind of replicator is
/// returned as a command, because it may rebuild the checklist.
pub fn ui(ui: &mut egui::Ui, s: &Strings, plan: &mut Plan) -> Option<Command> {
    let mut command = None;
    ui.heading(s.profile_heading);
    ui.add_space(8.0);
    let name = super::labelled_text_field(ui, s.plan_name_label, &mut plan.name);
    super::autofocus(ui, &name);
    super::why_hint(ui, s.why_plan_name);
    ui.add_space(8.0);
    ui.label(egui::RichText::new(s.kind_label).strong());
    super::why_hint(ui, s.why_kind);
    for kind in ReplicatorKind::ALL {
        if ui
            .radio(plan.profile.kind == Some(kind), s.kind(kind))
            .clicked()
        {
            command = Some(Command::SetKind(kind));
        }
    }
    if let Some(kind) = plan.profile.kind {
        let route = match kind.founder_route() {
            FounderRoute::LegalPersons => s.route_legal,
            FounderRoute::NaturalPersons => s.route_natural,
        };
        ui.label(egui::RichText::new(format!("ℹ {route}")).italics());
    }
    ui.add_space(8.0);
    super::labelled_text_field(ui, s.organisation_label, &mut plan.profile.organisation);
    super::why_hint(ui, s.why_organisation);
    ui.add_space(4.0);
    super::labelled_text_field(ui, s.place_label, &mut plan.profile.place);
    super::why_hint(ui, s.why_place);
    command
}
