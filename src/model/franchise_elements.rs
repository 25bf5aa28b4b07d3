//! The elements of a model that a replication keeps or adapts: the catalogue side of the
//! franchise. Each model file lists them under `elements`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::text::Text;

/// Whether an element must be kept for the model's impact or may change to fit the place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementKind {
    /// Kept, or the model's impact is lost.
    Core,
    /// Changed to fit the place.
    Adaptable,
}

/// Where the element (and its classification as core or adaptable) comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ElementProvenance {
    /// Seen in the manual or a published source.
    Confirmed,
    /// Reasoned from confirmed facts.
    Inferred,
    /// Our own proposal: shown as "to verify with the model's owner".
    Proposed,
}

impl ElementProvenance {
    /// True when the element must be shown as "to verify with the model's owner".
    pub fn needs_owner_check(self) -> bool {
        self == Self::Proposed
    }
}

/// One element of a model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelElement {
    /// Stable id, unique within the model; shared ids carry decisions over a model change.
    pub id: String,
    /// Core or adaptable.
    pub kind: ElementKind,
    /// What the element is.
    pub name: Text,
    /// Why it is core or adaptable.
    pub why: Text,
    /// Where it comes from.
    pub provenance: ElementProvenance,
    /// The URL it comes from, where there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl ModelElement {
    /// True for a core element.
    pub fn is_core(&self) -> bool {
        self.kind == ElementKind::Core
    }
}

/// The number of core and of adaptable elements of a model.
pub fn element_counts(elements: &[ModelElement]) -> (usize, usize) {
    let core = elements.iter().filter(|e| e.is_core()).count();
    (core, elements.len() - core)
}

/// A model's elements, core first, each group in file order.
pub fn core_first(elements: &[ModelElement]) -> Vec<&ModelElement> {
    let (mut core, adaptable): (Vec<_>, Vec<_>) = elements.iter().partition(|e| e.is_core());
    core.extend(adaptable);
    core
}

/// Problems with the elements of a model, as short English sentences.
pub fn element_problems(elements: &[ModelElement]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut ids = HashSet::new();
    for element in elements {
        if !is_element_id(&element.id) {
            problems.push(format!(
                "element id {:?} must be lower-case snake_case (a dot may separate a prefix)",
                element.id
            ));
        }
        if !ids.insert(element.id.as_str()) {
            problems.push(format!("duplicate element id {:?}", element.id));
        }
        if element.name.has_gap() || element.why.has_gap() {
            problems.push(format!(
                "element {:?} needs name and why in both languages",
                element.id
            ));
        }
        match &element.source {
            Some(url) if !super::text::is_well_formed_url(url) => {
                problems.push(format!(
                    "element {:?} has a malformed source URL",
                    element.id
                ));
            }
            None if element.provenance == ElementProvenance::Confirmed => {
                problems.push(format!(
                    "element {:?} is confirmed but names no source",
                    element.id
                ));
            }
            _ => {}
        }
    }
    problems
}

fn is_element_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('.').count() <= 2
        && id.split('.').all(|part| {
            part.starts_with(|c: char| c.is_ascii_lowercase())
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

#[cfg(test)]
mod tests {
    use super::{ElementKind, ElementProvenance, ModelElement, element_counts, element_problems};
    use crate::model::catalogue::{Catalogue, Provenance};
    use crate::model::text::Text;

    fn element(id: &str) -> ModelElement {
        ModelElement {
            id: id.to_owned(),
            kind: ElementKind::Core,
            name: Text::new("a", "a"),
            why: Text::new("b", "b"),
            provenance: ElementProvenance::Proposed,
            source: None,
        }
    }

    #[test]
    fn every_series_model_has_six_elements_three_core() {
        let catalogue = Catalogue::built_in();
        for model in &catalogue.models {
            let (core, adaptable) = element_counts(&model.elements);
            if model.provenance != Provenance::OutsideSeries {
                assert!(core + adaptable >= 6, "{}", model.id);
                assert!(core >= 3, "{}", model.id);
            }
            assert!(core >= 1 && adaptable >= 1, "{}", model.id);
        }
    }

    #[test]
    fn ids_kinds_languages_and_sources_are_checked() {
        assert!(element_problems(&[element("a.b_c"), element("owes_tutor")]).is_empty());
        assert!(!element_problems(&[element("a"), element("a")]).is_empty());
        assert!(!element_problems(&[element("A")]).is_empty());
        assert!(!element_problems(&[element("a.b.c")]).is_empty());
        let mut gap = element("a");
        gap.why.en = " ".to_owned();
        assert!(!element_problems(&[gap]).is_empty());
        let mut confirmed = element("a");
        confirmed.provenance = ElementProvenance::Confirmed;
        assert!(!element_problems(std::slice::from_ref(&confirmed)).is_empty());
        confirmed.source = Some("not a url".to_owned());
        assert!(!element_problems(std::slice::from_ref(&confirmed)).is_empty());
        confirmed.source = Some("https://example.org/x".to_owned());
        assert!(element_problems(&[confirmed]).is_empty());
    }

    #[test]
    fn a_model_file_with_a_bad_element_is_refused_like_an_imported_one() {
        let mut model = Catalogue::built_in().models.remove(0);
        assert!(crate::model::validate::model_problems(&model).is_empty());
        let twin = model.elements[0].clone();
        model.elements.push(twin);
        let problems = crate::model::validate::model_problems(&model);
        assert!(
            problems.iter().any(|p| p.contains("duplicate element")),
            "{problems:?}"
        );
    }

    #[test]
    fn unknown_kind_is_refused_when_parsing() {
        let json = r#"{"id":"a","kind":"optional","name":{"pl":"a","en":"a"},
            "why":{"pl":"b","en":"b"},"provenance":"proposed"}"#;
        assert!(serde_json::from_str::<ModelElement>(json).is_err());
    }
}
