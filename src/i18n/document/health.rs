//! Words of the health-check section (the findings themselves are worded in
//! [`crate::i18n::findings`], shared with the window).

/// What needs attention.
#[derive(Debug)]
pub struct HealthWords {
    /// Heading.
    pub heading: &'static str,
    /// The date the check was made (formatted date).
    pub as_of: fn(&str) -> String,
    /// How many things need attention (for outlines).
    pub count: fn(usize) -> String,
}

/// Polish.
pub const PL: HealthWords = HealthWords {
    heading: "Co wymaga uwagi",
    as_of: |date| format!("Stan na dzień {date}."),
    count: |n| format!("Spraw wymagających uwagi: {n}."),
};

/// English.
pub const EN: HealthWords = HealthWords {
    heading: "What needs attention",
    as_of: |date| format!("As of {date}."),
    count: |n| format!("Things that need attention: {n}."),
};
