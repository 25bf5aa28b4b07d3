//! The domain model: plans, the catalogue, the wizard's rules. No UI code lives here.

pub mod catalogue;
pub mod glossary;
pub mod plan;
pub mod recommend;
pub mod search;
pub mod taxonomy;
pub mod text;
pub mod validate;
pub mod wizard;
