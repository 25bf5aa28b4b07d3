//! The replication checklist: the common items every replication shares
//! (`assets/checklist/common.json`) merged with the chosen model's own items and filtered by
//! the founder route, the kind of replicator and the agreement (see [`Applicability`]), plus
//! the user's custom items. Rebuilding the list after a change of model, kind or route keeps
//! everything the user entered for items that stay.

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use super::catalogue::{ItemTemplate, ModelEntry};

/// The `format` marker of checklist files.
pub const CHECKLIST_FORMAT: &str = "social-franchise-checklist";

/// The checklist-file format version this build reads.
pub const CHECKLIST_FORMAT_VERSION: u32 = 1;

/// Prefix of the ids of items the user adds.
pub const CUSTOM_PREFIX: &str = "custom_";

/// Prefix of the ids of items added from the readiness assessment.
pub const SUGGESTED_PREFIX: &str = "readiness_";

/// The common checklist, embedded at compile time.
const COMMON_JSON: &str = include_str!("../../assets/checklist/common.json");

/// Where a checklist item comes from.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// The common checklist shared by every model.
    Common,
    /// The chosen model's own items. The default, because plans written before common items
    /// existed held only model items.
    #[default]
    Model,
    /// Added by the user (by hand or from the readiness assessment).
    Custom,
}

/// A checklist data file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistFile {
    /// Always [`CHECKLIST_FORMAT`].
    pub format: String,
    /// At most [`CHECKLIST_FORMAT_VERSION`].
    pub format_version: u32,
    /// The items, in the order they are shown within each phase.
    pub items: Vec<ItemTemplate>,
}

/// Parses a checklist file and checks its format marker and version.
pub fn parse_checklist(json: &str) -> Result<Vec<ItemTemplate>, String> {
    let file: ChecklistFile = serde_json::from_str(json).map_err(|err| err.to_string())?;
    if file.format != CHECKLIST_FORMAT {
        return Err(format!(
            "\"format\" is {:?}, expected {CHECKLIST_FORMAT:?}",
            file.format
        ));
    }
    if file.format_version > CHECKLIST_FORMAT_VERSION {
        return Err(format!(
            "\"format_version\" {} is newer than this app reads",
            file.format_version
        ));
    }
    Ok(file.items)
}

static COMMON: LazyLock<Vec<ItemTemplate>> = LazyLock::new(|| {
    parse_checklist(COMMON_JSON).unwrap_or_else(|err| {
        log::error!("The built-in common checklist is invalid: {err}");
        Vec::new()
    })
});

/// The built-in common checklist (empty, and logged, if its file were broken; a test makes
/// sure it is not).
pub fn common_items() -> &'static [ItemTemplate] {
    &COMMON
}

/// The common item with this id.
pub fn common_item(id: &str) -> Option<&'static ItemTemplate> {
    common_items().iter().find(|t| t.id == id)
}

/// The templates of a plan for `model` and `fit` (founder route, kind of replicator,
/// agreement), ordered by phase: common items first, then the model's. A model item with the
/// same id as a common item replaces it.
pub fn templates_for<'a>(
    common: &'a [ItemTemplate],
    model: Option<&'a ModelEntry>,
    fit: impl Into<Applicability>,
) -> Vec<(&'a ItemTemplate, Origin)> {
    let fit = fit.into();
    let model_items: &[ItemTemplate] = model.map_or(&[], |m| m.checklist.as_slice());
    let overridden = |id: &str| model_items.iter().any(|t| t.id == id);
    let mut out: Vec<_> = common
        .iter()
        .filter(|t| !overridden(&t.id))
        .map(|t| (t, Origin::Common))
        .chain(model_items.iter().map(|t| (t, Origin::Model)))
        .filter(|(t, _)| applies(t, fit))
        .collect();
    out.sort_by_key(|(t, _)| t.phase);
    out
}

/// The checklist for `model` and `fit`. The rule for every rebuild (upgrade, change of model,
/// of the kind of replicator or of the founder route): items of the new template keep what the
/// user entered (the catalogue's wording is refreshed), and an entry the user has not touched
/// takes the status the plan gives it (see [`derived_status`]); custom items stay; an item the
/// new template lacks stays when the user touched it (see [`ChecklistEntry::is_touched`]) and is dropped otherwise, so
/// nothing the user entered is ever lost, and switching back finds it again. When `model` is
/// `None` the model's items already in the list are kept too (the plan may name a model this
/// build does not know).
pub fn rebuild(
    old: Vec<ChecklistEntry>,
    common: &[ItemTemplate],
    model: Option<&ModelEntry>,
    fit: impl Into<Applicability>,
) -> Vec<ChecklistEntry> {
    let fit = fit.into();
    let mut kept_tail = Vec::new();
    let mut by_id: HashMap<String, ChecklistEntry> = HashMap::new();
    let mut order = Vec::new();
    for entry in old {
        let keep_anyway =
            entry.origin == Origin::Custom || (model.is_none() && entry.origin == Origin::Model);
        if keep_anyway {
            kept_tail.push(entry);
        } else {
            // Ids are unique in a plan; should a hand-edited file repeat one, the entry the
            // user worked on wins over an untouched copy.
            match by_id.get(&entry.id) {
                Some(first) if first.is_touched() || !entry.is_touched() => {}
                Some(_) => {
                    by_id.insert(entry.id.clone(), entry);
                }
                None => {
                    order.push(entry.id.clone());
                    by_id.insert(entry.id.clone(), entry);
                }
            }
        }
    }
    let mut list: Vec<ChecklistEntry> = templates_for(common, model, fit)
        .into_iter()
        .filter(|(t, _)| !kept_tail.iter().any(|e| e.id == t.id))
        .map(|(template, origin)| {
            let mut entry = match by_id.remove(&template.id) {
                Some(mut entry) => {
                    entry.refresh_from(template, origin);
                    entry
                }
                None => ChecklistEntry::from_template(template, origin),
            };
            derive_untouched(&mut entry, template, &fit);
            entry
        })
        .collect();
    let touched_leftovers = order
        .iter()
        .filter_map(|id| by_id.remove(id))
        .filter(ChecklistEntry::is_touched);
    list.extend(touched_leftovers);
    list.extend(kept_tail);
    list.sort_by_key(|e| e.phase);
    list
}

/// An id for a new custom item, unused in `entries`.
pub fn next_custom_id(entries: &[ChecklistEntry]) -> String {
    let highest = entries
        .iter()
        .filter_map(|e| e.id.strip_prefix(CUSTOM_PREFIX))
        .filter_map(|n| n.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{CUSTOM_PREFIX}{}", highest.saturating_add(1))
}

/// Problems in a set of item templates (ids, both languages, a source or a legal basis, well-
/// formed URLs), as short English sentences; empty when the items are valid.
pub fn item_problems(items: &[ItemTemplate]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for item in items {
        let id = item.id.as_str();
        let snake = id.starts_with(|c: char| c.is_ascii_lowercase())
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !snake || id.starts_with(CUSTOM_PREFIX) || id.starts_with(SUGGESTED_PREFIX) {
            problems.push(format!(
                "{id:?}: the id must be snake_case without a reserved prefix"
            ));
        }
        if !ids.insert(id) {
            problems.push(format!("{id:?}: duplicate id"));
        }
        if item.text.has_gap() || item.why.has_gap() {
            problems.push(format!("{id:?}: text and why need both languages"));
        }
        let has_basis = item
            .legal_basis
            .as_deref()
            .is_some_and(|b| !b.trim().is_empty());
        if !has_basis && item.source.is_none() {
            problems.push(format!("{id:?}: needs a source or a legal basis"));
        }
        if let Some(url) = &item.source
            && !super::text::is_well_formed_url(url)
        {
            problems.push(format!("{id:?}: malformed source URL"));
        }
    }
    problems
}

#[path = "checklist_entry.rs"]
mod entry;
pub use entry::{ChecklistEntry, Status};

#[path = "checklist_outside.rs"]
mod outside;
pub use outside::{template_ids, touched_leaving};

#[path = "checklist_fit.rs"]
mod fit;
pub use fit::{
    Applicability, CHOOSE_ROUTE_ID, applies, derive_untouched, derived_status, group_settled,
};

#[cfg(test)]
#[path = "checklist_tests.rs"]
mod tests;
