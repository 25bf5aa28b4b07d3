//! The one way a plan is read: the window's open and reopen, autosave recovery and every CLI
//! command go through [`load`] (or [`load_bytes`]), so they all see the same plan.

use std::path::Path;

use super::plan_file::{MAX_PLAN_BYTES, PlanFileError, content_fingerprint, parse_plan_versioned};
use crate::model::catalogue::Catalogue;
use crate::model::plan::{Plan, SCHEMA_VERSION};

/// Something worth telling the user about a plan that did load.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadWarning {
    /// The plan names a model the catalogue does not know; it opens with its items as they are.
    UnknownModel(String),
}

/// A plan as read from its file, with what the loader changed or noticed.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The plan, at the current schema version, its upgrade completed.
    pub plan: Plan,
    /// The schema version the file was written with.
    pub from_version: u32,
    /// Fingerprint of the bytes read (to notice later changes by someone else).
    pub fingerprint: u64,
    /// What the user should be told.
    pub warnings: Vec<LoadWarning>,
}

impl Loaded {
    /// The older schema version the plan was upgraded from, if any.
    pub fn upgraded_from(&self) -> Option<u32> {
        (self.from_version < SCHEMA_VERSION).then_some(self.from_version)
    }
}

/// Reads (bounded, never from a special file), parses, migrates and completes the upgrade of
/// the plan at `path`.
pub fn load(path: &Path, catalogue: &Catalogue) -> Result<Loaded, PlanFileError> {
    let bytes = super::plan_file::read_bounded(path, MAX_PLAN_BYTES)?;
    load_bytes(&bytes, catalogue)
}

/// Like [`load`], from the bytes of a plan file.
pub fn load_bytes(bytes: &[u8], catalogue: &Catalogue) -> Result<Loaded, PlanFileError> {
    let (mut plan, from_version) = parse_plan_versioned(bytes)?;
    if !plan.budget.amounts_in_range() {
        return Err(PlanFileError::Invalid(
            "a budget amount is beyond 10 000 000 000 zł either way".to_owned(),
        ));
    }
    let model = plan.model_id.as_deref().and_then(|id| catalogue.get(id));
    plan.complete_upgrade(from_version, model);
    let warnings = match plan.model_id.as_deref() {
        Some(id) if model.is_none() => vec![LoadWarning::UnknownModel(id.to_owned())],
        _ => Vec::new(),
    };
    Ok(Loaded {
        plan,
        from_version,
        fingerprint: content_fingerprint(bytes),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::{LoadWarning, load_bytes};
    use crate::model::catalogue::Catalogue;

    #[test]
    fn a_version_1_plan_gets_the_common_items_and_keeps_its_own() {
        let catalogue = Catalogue::built_in();
        let v1 = include_bytes!("../../tests/fixtures/plan_v1.json");
        let loaded = load_bytes(v1, &catalogue).unwrap();
        assert_eq!(loaded.upgraded_from(), Some(1));
        let raw: serde_json::Value = serde_json::from_slice(v1).unwrap();
        let old = raw["checklist"].as_array().unwrap();
        assert!(loaded.plan.checklist.len() > old.len());
        for item in old {
            let id = item["id"].as_str().unwrap();
            assert!(loaded.plan.entry(id).is_some(), "{id} kept");
        }
        assert!(loaded.warnings.is_empty());
    }

    #[test]
    fn amounts_beyond_the_bound_are_refused() {
        let catalogue = Catalogue::built_in();
        let text = include_str!("../../tests/fixtures/plan_v2.json");
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
        value["budget"] = serde_json::json!({"costs": [{"amount": 1_000_000_000_001_i64}]});
        let bytes = serde_json::to_vec(&value).unwrap();
        let refused = load_bytes(&bytes, &catalogue);
        assert!(matches!(refused, Err(super::PlanFileError::Invalid(_))));
        value["budget"] = serde_json::json!({"costs": [{"amount": 1_000_000_000_000_i64}]});
        let bytes = serde_json::to_vec(&value).unwrap();
        assert!(load_bytes(&bytes, &catalogue).is_ok());
    }

    #[test]
    fn an_unknown_model_is_a_warning_not_an_error() {
        let catalogue = Catalogue::built_in();
        let text = include_str!("../../tests/fixtures/plan_v2.json");
        let mut value: serde_json::Value = serde_json::from_str(text).unwrap();
        value["model_id"] = serde_json::Value::from("no_such_model");
        let bytes = serde_json::to_vec(&value).unwrap();
        let loaded = load_bytes(&bytes, &catalogue).unwrap();
        assert_eq!(
            loaded.warnings,
            vec![LoadWarning::UnknownModel("no_such_model".to_owned())]
        );
    }
}
