//! One checklist entry as a plan stores it, and where it stands.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Origin;
use crate::model::catalogue::ItemTemplate;
use crate::model::milestones::RelativeDue;
use crate::model::taxonomy::Phase;
use crate::model::text::{Extra, Text};

/// Where a checklist item stands.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started.
    #[default]
    Todo,
    /// Started.
    InProgress,
    /// Finished.
    Done,
    /// Does not apply to this replication.
    NotApplicable,
}

impl Status {
    /// All statuses, in the order shown to users.
    pub const ALL: [Self; 4] = [
        Self::Todo,
        Self::InProgress,
        Self::Done,
        Self::NotApplicable,
    ];
}

/// One item of the plan's checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct ChecklistEntry {
    /// The template id the item came from (unique within the plan).
    pub id: String,
    /// The phase it belongs to.
    pub phase: Phase,
    /// What to do, copied from the catalogue so the plan stands on its own.
    pub text: Text,
    /// Where the item stands.
    #[serde(default)]
    pub status: Status,
    /// The user's note.
    #[serde(default)]
    pub note: String,
    /// Where the item comes from (common list, model, user).
    #[serde(default)]
    pub origin: Origin,
    /// Why the item matters; `None` for custom items.
    #[serde(default)]
    pub why: Option<Text>,
    /// The legal basis, where there is one.
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// True when the fact behind the item still needs checking.
    #[serde(default)]
    pub verify: bool,
    /// Where the item comes from (a URL).
    #[serde(default)]
    pub source: Option<String>,
    /// Who is responsible.
    #[serde(default)]
    pub owner: String,
    /// When it should be done. For a task relative to a milestone, the date its rule gave
    /// last (see [`super::milestones`]).
    #[serde(default)]
    pub due: Option<NaiveDate>,
    /// The due date's rule when it is given relative to a milestone; `None` for a fixed date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relative_due: Option<RelativeDue>,
    /// Why the item does not apply (required for "not applicable").
    #[serde(default)]
    pub na_reason: String,
    /// Links or references showing the item is done.
    #[serde(default)]
    pub evidence: Vec<String>,
    /// Fields this build does not know, kept as they were.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ChecklistEntry {
    /// True when the item is finished.
    pub fn is_done(&self) -> bool {
        self.status == Status::Done
    }

    /// True when the item is marked "not applicable" and says why.
    pub fn is_not_applicable(&self) -> bool {
        self.status == Status::NotApplicable && !self.na_reason.trim().is_empty()
    }

    /// True when the item is marked "not applicable" without a reason.
    pub fn lacks_reason(&self) -> bool {
        self.status == Status::NotApplicable && self.na_reason.trim().is_empty()
    }

    /// True when the user entered something on the item: a status other than "to do", an owner,
    /// a due date, a note, a reason, evidence, or fields this build does not know.
    pub fn is_touched(&self) -> bool {
        self.status != Status::Todo
            || !self.owner.is_empty()
            || self.due.is_some()
            || self.relative_due.is_some()
            || !self.note.is_empty()
            || !self.na_reason.is_empty()
            || !self.evidence.is_empty()
            || !self.extra.is_empty()
    }

    /// True when nothing is left to do: done, or not applicable with a reason.
    pub fn is_closed(&self) -> bool {
        self.is_done() || self.is_not_applicable()
    }

    /// A fresh entry for `template`.
    pub fn from_template(template: &ItemTemplate, origin: Origin) -> Self {
        let mut entry = Self::custom(template.id.clone(), template.phase, "");
        entry.refresh_from(template, origin);
        entry
    }

    /// A fresh custom entry; `text` is used for both languages.
    pub fn custom(id: String, phase: Phase, text: &str) -> Self {
        Self {
            id,
            phase,
            text: Text::new(text, text),
            status: Status::Todo,
            note: String::new(),
            origin: Origin::Custom,
            why: None,
            legal_basis: None,
            verify: false,
            source: None,
            owner: String::new(),
            due: None,
            relative_due: None,
            na_reason: String::new(),
            evidence: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// Copies what the catalogue says about the item, keeping what the user entered.
    pub(super) fn refresh_from(&mut self, template: &ItemTemplate, origin: Origin) {
        self.phase = template.phase;
        self.text = template.text.clone();
        self.why = Some(template.why.clone());
        self.legal_basis = template.legal_basis.clone();
        self.verify = template.verify;
        self.source = template.source.clone();
        self.origin = origin;
    }
}
