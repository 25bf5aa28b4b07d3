//! The readiness self-assessment: ten questions on the replicator's side scored 0–2, a pass
//! mark of 75 % (the mark the ICSF "Ready to replicate?" test suggests), and checklist items
//! proposed for weak answers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use super::readiness_questions::{QUESTIONS, Question, Suggestion};

use super::checklist::{ChecklistEntry, Origin, SUGGESTED_PREFIX, common_item};

/// Points for a full "yes".
pub const MAX_POINTS: u8 = 2;

/// The share of all points needed to pass, in percent.
pub const PASS_PERCENT: u32 = 75;

/// The answers given so far, by question id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Readiness {
    /// Points per question id (0–2).
    pub scores: BTreeMap<String, u8>,
}

/// The totals of an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Points scored.
    pub points: u32,
    /// Points possible.
    pub max: u32,
    /// Questions answered.
    pub answered: usize,
    /// Questions asked.
    pub questions: usize,
}

impl Summary {
    /// The points needed to pass.
    pub fn threshold(&self) -> u32 {
        (self.max * PASS_PERCENT).div_ceil(100)
    }

    /// True when every question is answered.
    pub fn is_complete(&self) -> bool {
        self.answered == self.questions
    }

    /// True when every question is answered and the points reach the threshold.
    pub fn passes(&self) -> bool {
        self.is_complete() && self.points >= self.threshold()
    }
}

impl Readiness {
    /// The points given for question `id`, if answered.
    pub fn score(&self, id: &str) -> Option<u8> {
        self.scores.get(id).map(|p| (*p).min(MAX_POINTS))
    }

    /// Records the answer to question `id` (capped at [`MAX_POINTS`]).
    pub fn set(&mut self, id: &str, points: u8) {
        self.scores.insert(id.to_owned(), points.min(MAX_POINTS));
    }

    /// The totals over [`QUESTIONS`]; answers to unknown questions are ignored.
    pub fn summary(&self) -> Summary {
        let scored: Vec<u8> = QUESTIONS.iter().filter_map(|q| self.score(q.id)).collect();
        Summary {
            points: scored.iter().map(|p| u32::from(*p)).sum(),
            max: u32::from(MAX_POINTS) * QUESTIONS.len() as u32,
            answered: scored.len(),
            questions: QUESTIONS.len(),
        }
    }

    /// Questions answered with less than a full "yes", in order.
    pub fn weak(&self) -> Vec<&'static Question> {
        QUESTIONS
            .iter()
            .filter(|q| self.score(q.id).is_some_and(|p| p < MAX_POINTS))
            .collect()
    }
}

/// The id of the checklist item `question` suggests.
pub fn suggested_id(question: &Question) -> String {
    match question.suggestion {
        Suggestion::Common(id) => id.to_owned(),
        Suggestion::Custom { .. } => format!("{SUGGESTED_PREFIX}{}", question.id),
    }
}

/// A fresh checklist entry for what `question` suggests (`None` if the common item it names
/// were missing from the data; a test makes sure none is).
pub fn suggested_entry(question: &Question) -> Option<ChecklistEntry> {
    match question.suggestion {
        Suggestion::Common(id) => {
            common_item(id).map(|template| ChecklistEntry::from_template(template, Origin::Common))
        }
        Suggestion::Custom { phase, text } => {
            let mut entry = ChecklistEntry::custom(suggested_id(question), phase, "");
            entry.text = text.to_text();
            Some(entry)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use chrono::TimeZone as _;

    use super::{MAX_POINTS, QUESTIONS, Readiness, Suggestion, suggested_entry, suggested_id};
    use crate::model::checklist::{Origin, common_item};
    use crate::model::plan::Plan;

    #[test]
    fn questions_are_complete_and_their_suggestions_exist() {
        assert_eq!(QUESTIONS.len(), 10);
        let mut ids = HashSet::new();
        for q in &QUESTIONS {
            assert!(ids.insert(q.id), "duplicate {}", q.id);
            for text in [q.title, q.statement] {
                assert!(
                    !text.pl.trim().is_empty() && !text.en.trim().is_empty(),
                    "{}",
                    q.id
                );
                assert_ne!(text.pl, text.en, "{}", q.id);
            }
            match q.suggestion {
                Suggestion::Common(id) => assert!(common_item(id).is_some(), "{id}"),
                Suggestion::Custom { text, .. } => {
                    assert!(!text.pl.is_empty() && !text.en.is_empty());
                }
            }
            assert!(suggested_entry(q).is_some());
        }
    }

    #[test]
    fn scoring_and_threshold() {
        let mut r = Readiness::default();
        let empty = r.summary();
        assert_eq!((empty.points, empty.max, empty.answered), (0, 20, 0));
        assert_eq!(empty.threshold(), 15);
        assert!(!empty.passes());
        for q in &QUESTIONS {
            r.set(q.id, MAX_POINTS);
        }
        r.set("local_need", 1);
        r.set("partners", 1);
        r.set("premises", 1);
        r.set("people", 1);
        r.set("money", 1);
        assert_eq!(r.summary().points, 15);
        assert!(r.summary().passes());
        r.set("money", 0);
        assert!(!r.summary().passes());
        r.set("premises", 9);
        assert_eq!(r.score("premises"), Some(2), "capped");
        r.scores.insert("from_a_newer_version".to_owned(), 2);
        assert_eq!(r.summary().answered, 10);
    }

    #[test]
    fn weak_answers_propose_items_once() {
        let now = chrono::Utc
            .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
            .unwrap();
        let mut plan = Plan::new("Plan", now);
        plan.readiness.set("local_need", 0);
        plan.readiness.set("premises", 1);
        plan.readiness.set("partners", 2);
        let weak = plan.readiness.weak();
        let weak_ids: Vec<_> = weak.iter().map(|q| q.id).collect();
        assert_eq!(weak_ids, ["local_need", "premises"]);

        // A common item becomes a copy of the common template.
        assert!(!plan.has_suggestion(weak[0]));
        assert_eq!(
            plan.add_suggestion(weak[0]).as_deref(),
            Some("diagnose_local_needs")
        );
        assert_eq!(
            plan.entry("diagnose_local_needs").unwrap().origin,
            Origin::Common
        );
        // Anything else becomes a custom item with a stable id.
        let id = plan.add_suggestion(weak[1]).unwrap();
        assert_eq!(id, suggested_id(weak[1]));
        let entry = plan.entry(&id).unwrap();
        assert_eq!(entry.origin, Origin::Custom);
        assert!(entry.text.pl.starts_with("Znajdź lokal"));
        assert!(entry.text.en.starts_with("Find premises"));
        plan.add_suggestion(weak[1]);
        assert_eq!(plan.checklist.len(), 2, "added once");
        assert!(
            plan.remove_custom_item(&id),
            "suggested items can be removed"
        );
    }
}
