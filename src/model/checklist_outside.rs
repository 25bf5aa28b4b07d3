//! Entries no longer in the model's list: kept by a rebuild because the user entered something
//! on them (see [`super::rebuild`]), shown with a mark and removable.

use std::collections::HashSet;

use super::{Applicability, ChecklistEntry, Origin, common_items, templates_for};
use crate::model::catalogue::ModelEntry;

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
