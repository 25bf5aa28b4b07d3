//! String tables of the planning screens (readiness, checklist, team, budget and the health
//! check): one typed table per screen, each filled in both languages.

pub mod budget;
pub mod charts;
pub mod checkins;
pub mod checklist;
pub mod franchise;
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

/// The table of each language from `texts`, each checked for empty strings first.
#[cfg(test)]
pub(crate) fn checked_tables<T: std::fmt::Debug + 'static>(
    texts: fn(crate::i18n::Lang) -> &'static T,
) -> impl Iterator<Item = &'static T> {
    crate::i18n::Lang::ALL.into_iter().map(move |lang| {
        let table = texts(lang);
        assert_no_empty_field(&format!("{table:?}"));
        table
    })
}
