//! Which checklist items the list shows: every one, the open ones, the pressing ones or
//! those without an owner. Kept apart from the screen so a command can name a filter.

use chrono::NaiveDate;

use crate::model::plan::ChecklistEntry;
use crate::model::progress::due_state;

/// Which items the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every item.
    #[default]
    All,
    /// Items not done and not "not applicable".
    Open,
    /// Items overdue or due within a week.
    Pressing,
    /// Open items without an owner.
    NoOwner,
}

impl Filter {
    /// All filters, in the order shown.
    pub const ALL: [Self; 4] = [Self::All, Self::Open, Self::Pressing, Self::NoOwner];

    /// True when the filter shows `entry`.
    pub fn keeps(self, entry: &ChecklistEntry, today: NaiveDate) -> bool {
        match self {
            Self::All => true,
            Self::Open => !entry.is_closed(),
            Self::Pressing => due_state(entry, today).is_pressing(),
            Self::NoOwner => !entry.is_closed() && entry.owner.trim().is_empty(),
        }
    }
}
