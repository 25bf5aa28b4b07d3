//! The domain model: plans, the catalogue, the wizard's rules. No UI code lives here.

pub mod budget;
pub mod catalogue;
pub mod charts;
pub mod checkins;
pub mod checklist;
pub mod dates;
pub mod franchise;
pub mod franchise_elements;
pub mod franchise_findings;
pub mod franchise_terms;
pub mod glossary;
pub mod health;
pub mod legal;
pub mod membership;
pub mod milestones;
pub mod money;
pub mod plan;
pub mod progress;
pub mod readiness;
mod readiness_questions;
pub mod recommend;
pub mod search;
pub mod taxonomy;
pub mod text;
pub mod validate;
pub mod wizard;
