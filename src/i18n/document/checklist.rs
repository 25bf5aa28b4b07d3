//! Words of the checklist details: own items, "not applicable" reasons, owners, due dates and
//! evidence.

/// Checklist details.
#[derive(Debug)]
pub struct ChecklistWords {
    /// Mark on an item the user added.
    pub custom_mark: &'static str,
    /// CSV column: the item was added by the user.
    pub col_custom: &'static str,
    /// Label and CSV column: why the item does not apply.
    pub na_reason: &'static str,
    /// Mark on a "not applicable" status without a reason.
    pub no_reason: &'static str,
    /// Label and CSV column: evidence that the item is done.
    pub evidence: &'static str,
    /// Mark on a due date that has passed.
    pub overdue: &'static str,
    /// Added to a progress line: how many items do not apply.
    pub not_applicable: fn(usize) -> String,
    /// The progress line when no item applies: how many items there are.
    pub none_applicable: fn(usize) -> String,
}

/// Polish.
pub const PL: ChecklistWords = ChecklistWords {
    custom_mark: "własne zadanie",
    col_custom: "Własne zadanie",
    na_reason: "Dlaczego nie dotyczy",
    no_reason: "brak powodu",
    evidence: "Dowody wykonania",
    overdue: "po terminie",
    not_applicable: |n| format!("(nie dotyczy: {n})"),
    none_applicable: |n| format!("Wszystkie zadania ({n}) oznaczono jako „Nie dotyczy”."),
};

/// English.
pub const EN: ChecklistWords = ChecklistWords {
    custom_mark: "own item",
    col_custom: "Own item",
    na_reason: "Why not applicable",
    no_reason: "no reason given",
    evidence: "Evidence of completion",
    overdue: "overdue",
    not_applicable: |n| format!("(not applicable: {n})"),
    none_applicable: |n| format!("All items ({n}) are marked \u{201c}Not applicable\u{201d}."),
};

#[cfg(test)]
mod tests {
    use super::{EN, PL};

    #[test]
    fn counts_are_shown() {
        assert_eq!((PL.not_applicable)(2), "(nie dotyczy: 2)");
        assert_eq!((EN.not_applicable)(1), "(not applicable: 1)");
        assert!((PL.none_applicable)(3).contains("(3)"));
        assert!((EN.none_applicable)(3).contains("(3)"));
    }
}
