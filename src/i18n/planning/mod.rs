//! String tables of the planning screens (readiness, checklist, team, budget and the health
//! check): one typed table per screen, each filled in both languages.

pub mod budget;
pub mod charts;
pub mod checklist;
pub mod franchise;
mod franchise_en;
mod franchise_pl;
pub mod health;
pub mod milestones;
pub mod readiness;
pub mod team;
pub mod timeline;

/// Asserts that the `Debug` dump of a table has no empty string.
#[cfg(test)]
pub(crate) fn assert_no_empty_field(dump: &str) {
    assert!(!dump.contains("\"\""), "an empty string: {dump}");
}
