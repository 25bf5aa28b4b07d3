//! Checks a model entry (built-in or imported) for the rules the catalogue promises:
//! both languages present, sources well-formed, pilots only where confirmed.

use std::collections::HashSet;

use super::catalogue::{ModelEntry, Provenance};
use super::text::Fact;
pub use super::text::is_well_formed_url;

/// Every problem found in `model`, as short English sentences; empty when the model is valid.
pub fn model_problems(model: &ModelEntry) -> Vec<String> {
    let mut problems = Vec::new();
    if !is_snake_case_id(&model.id) {
        problems.push(format!("id {:?} must be lower-case snake_case", model.id));
    }
    if model.name.has_gap() {
        problems.push("name needs both Polish and English".to_owned());
    }
    if model.summary.has_gap() {
        problems.push("summary needs both Polish and English".to_owned());
    }
    check_facts(&mut problems, "target_group", &model.target_group);
    check_facts(&mut problems, "diagnosis", &model.diagnosis);
    check_facts(&mut problems, "goals", &model.goals);
    check_facts(&mut problems, "services", &model.services);
    check_facts(&mut problems, "partners", &model.partners);
    check_facts(&mut problems, "prerequisites", &model.prerequisites);
    check_facts(&mut problems, "risks", &model.risks);
    check_facts(&mut problems, "monitoring", &model.monitoring);
    check_facts(&mut problems, "impact", &model.impact);
    check_facts(&mut problems, "funding", &model.funding);
    check_items(&mut problems, model);
    check_sources(&mut problems, model);
    problems.extend(super::franchise_elements::element_problems(&model.elements));
    if model.provenance != Provenance::SeriesConfirmed {
        if model.pilot.is_some() {
            problems.push("a pilot is allowed only on series_confirmed models".to_owned());
        }
        if model.manual.is_some() {
            problems.push("a manual is allowed only on series_confirmed models".to_owned());
        }
    }
    problems
}

/// Problems across a set of models: duplicate ids, plus each model's own problems.
pub fn catalogue_problems(models: &[ModelEntry]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    for model in models {
        if !seen.insert(model.id.as_str()) {
            problems.push(format!("duplicate model id {:?}", model.id));
        }
        for problem in model_problems(model) {
            problems.push(format!("{}: {problem}", model.id));
        }
    }
    problems
}

fn is_snake_case_id(id: &str) -> bool {
    !id.is_empty()
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn check_facts(problems: &mut Vec<String>, field: &str, facts: &[Fact]) {
    for (index, fact) in facts.iter().enumerate() {
        if fact.has_gap() {
            problems.push(format!("{field}[{index}] needs both Polish and English"));
        }
    }
}

fn check_items(problems: &mut Vec<String>, model: &ModelEntry) {
    let mut ids = HashSet::new();
    for item in &model.checklist {
        if !is_snake_case_id(&item.id) {
            problems.push(format!("checklist id {:?} must be snake_case", item.id));
        }
        if !ids.insert(item.id.as_str()) {
            problems.push(format!("duplicate checklist id {:?}", item.id));
        }
        if item.text.has_gap() || item.why.has_gap() {
            problems.push(format!(
                "checklist {:?} needs text and why in both languages",
                item.id
            ));
        }
        let has_basis = item
            .legal_basis
            .as_deref()
            .is_some_and(|b| !b.trim().is_empty());
        let has_source = item.source.is_some();
        if !has_basis && !has_source {
            problems.push(format!(
                "checklist {:?} needs a source or a legal basis",
                item.id
            ));
        }
        if let Some(url) = &item.source
            && !is_well_formed_url(url)
        {
            problems.push(format!(
                "checklist {:?} has a malformed source URL",
                item.id
            ));
        }
    }
}

fn check_sources(problems: &mut Vec<String>, model: &ModelEntry) {
    if model.sources.is_empty() {
        problems.push("at least one source is required".to_owned());
    }
    for source in &model.sources {
        if source.title.trim().is_empty() {
            problems.push(format!("source {:?} needs a title", source.url));
        }
        if !is_well_formed_url(&source.url) {
            problems.push(format!("source URL {:?} is malformed", source.url));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{catalogue_problems, is_well_formed_url, model_problems};
    use crate::model::catalogue::{Catalogue, Pilot, Provenance, parse_model};

    #[test]
    fn every_built_in_file_parses() {
        let files: Vec<_> = Catalogue::built_in_files().collect();
        assert!(files.len() >= 2, "the catalogue needs at least two models");
        for (name, json) in files {
            if let Err(err) = parse_model(json) {
                panic!("{name}: {err}");
            }
        }
    }

    #[test]
    fn built_in_catalogue_is_valid() {
        let catalogue = Catalogue::built_in();
        let problems = catalogue_problems(&catalogue.models);
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn pilot_on_unconfirmed_model_is_rejected() {
        let mut model = Catalogue::built_in().models.remove(0);
        model.provenance = Provenance::SeriesNamed;
        model.manual = None;
        model.pilot = Some(Pilot {
            name: "X".to_owned(),
            place: None,
            year: None,
        });
        let problems = model_problems(&model);
        assert!(problems.iter().any(|p| p.contains("pilot")), "{problems:?}");
    }

    #[test]
    fn duplicate_ids_are_reported() {
        let model = Catalogue::built_in().models.remove(0);
        let problems = catalogue_problems(&[model.clone(), model]);
        assert!(problems.iter().any(|p| p.starts_with("duplicate")));
    }

    #[test]
    fn urls_are_checked() {
        assert!(is_well_formed_url("https://spoldzielnie.org/new,430"));
        assert!(is_well_formed_url("http://www.spoldzielnie.org/project,36"));
        assert!(!is_well_formed_url("ftp://example.org"));
        assert!(!is_well_formed_url("https://"));
        assert!(!is_well_formed_url("https://exa mple.org"));
    }
}
