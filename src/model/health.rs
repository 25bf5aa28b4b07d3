//! The plan's health check: what needs attention, each with the place to fix it.

use chrono::NaiveDate;

use super::catalogue::ModelEntry;
use super::franchise_findings::{self, Finding};
use super::membership::{self, Check, Outcome, Rule};
use super::money::Money;
use super::plan::Plan;
use super::progress::{Due, due_state};
use super::taxonomy::FounderRoute;
use super::wizard::Step;

/// Something in the plan that needs attention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Issue {
    /// No model is chosen.
    NoModel,
    /// Open items without an owner: how many, and the first of them.
    NoOwner {
        /// How many items.
        count: usize,
        /// The first item's id.
        first: String,
    },
    /// An item past its due date.
    Overdue {
        /// The item's id.
        id: String,
        /// Days past the due date.
        days: i64,
    },
    /// An item marked "not applicable" without a reason.
    MissingReason {
        /// The item's id.
        id: String,
    },
    /// The founder counts are not entered yet.
    NoFounderCount,
    /// A legal minimum that the counts do not meet.
    LegalMinimum(Check),
    /// Readiness questions left unanswered.
    ReadinessIncomplete {
        /// Questions answered.
        answered: usize,
        /// Questions asked.
        questions: usize,
    },
    /// The readiness score is below the pass mark.
    ReadinessLow {
        /// Points scored.
        points: u32,
        /// Points needed.
        threshold: u32,
    },
    /// Funding falls short of costs by this much.
    FundingGap(Money),
    /// The next check-in after launch is less than [`CHECKIN_SOON_DAYS`] away.
    CheckInSoon {
        /// The check-in's number.
        number: u8,
        /// Days to go (0: today).
        days: i64,
    },
    /// A check-in's date has passed and no value reached is entered (the earliest such one).
    CheckInOverdue {
        /// The check-in's number.
        number: u8,
        /// Days since its date.
        days: i64,
    },
    /// A finding on the franchise section (no franchisor, a core element dropped, fees the
    /// budget cannot count). Open agreement terms are not one: they are checklist tasks.
    Franchise(Finding),
}

/// Where an issue is fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A wizard step.
    Step(Step),
    /// A checklist item, by id.
    Item(String),
}

impl Issue {
    /// Where the user fixes it.
    pub fn target(&self) -> Target {
        match self {
            Self::NoModel => Target::Step(Step::Model),
            Self::NoOwner { first: id, .. }
            | Self::Overdue { id, .. }
            | Self::MissingReason { id } => Target::Item(id.clone()),
            Self::NoFounderCount | Self::LegalMinimum(_) => Target::Step(Step::Team),
            Self::ReadinessIncomplete { .. } | Self::ReadinessLow { .. } => {
                Target::Step(Step::Readiness)
            }
            Self::FundingGap(_) => Target::Step(Step::Budget),
            Self::CheckInSoon { .. } | Self::CheckInOverdue { .. } => Target::Step(Step::Checklist),
            Self::Franchise(_) => Target::Step(Step::Franchise),
        }
    }
}

/// How many days ahead the health check mentions the next check-in.
pub const CHECKIN_SOON_DAYS: i64 = 30;

/// Everything that needs attention in `plan` on `today`, most urgent kinds first, without
/// the catalogue (a dropped core element is only found with it: see [`check_with`]).
pub fn check(plan: &Plan, today: NaiveDate) -> Vec<Issue> {
    check_with(plan, None, today)
}

/// Everything that needs attention in `plan` on `today`; `model` is the plan's model as the
/// catalogue knows it, used to name the core elements the plan drops.
pub fn check_with(plan: &Plan, model: Option<&ModelEntry>, today: NaiveDate) -> Vec<Issue> {
    let mut issues = Vec::new();
    if plan.model_id.is_none() {
        issues.push(Issue::NoModel);
    }
    let mut overdue: Vec<(i64, &str)> = plan
        .checklist
        .iter()
        .filter_map(|e| match due_state(e, today) {
            Due::Overdue(days) => Some((days, e.id.as_str())),
            _ => None,
        })
        .collect();
    overdue.sort_by_key(|(days, _)| std::cmp::Reverse(*days));
    issues.extend(overdue.into_iter().map(|(days, id)| Issue::Overdue {
        id: id.to_owned(),
        days,
    }));
    checkin_issues(plan, today, &mut issues);
    issues.extend(
        plan.checklist
            .iter()
            .filter(|e| e.lacks_reason())
            .map(|e| Issue::MissingReason { id: e.id.clone() }),
    );
    let mut no_owner = plan
        .checklist
        .iter()
        .filter(|e| !e.is_closed() && e.owner.trim().is_empty());
    if let Some(first) = no_owner.next() {
        issues.push(Issue::NoOwner {
            count: 1 + no_owner.count(),
            first: first.id.clone(),
        });
    }
    membership_issues(plan, &mut issues);
    let summary = plan.readiness.summary();
    if !summary.is_complete() {
        issues.push(Issue::ReadinessIncomplete {
            answered: summary.answered,
            questions: summary.questions,
        });
    } else if !summary.passes() {
        issues.push(Issue::ReadinessLow {
            points: summary.points,
            threshold: summary.threshold(),
        });
    }
    if let Some(gap) = plan.budget_totals().shortfall() {
        issues.push(Issue::FundingGap(gap));
    }
    issues.extend(
        franchise_findings::findings(plan, model)
            .into_iter()
            .filter(|f| !matches!(f, Finding::TermsOpen(_)))
            .chain(franchise_findings::terms_open_near_start(plan, today))
            .map(Issue::Franchise),
    );
    issues
}

/// The earliest check-in overdue, and the next one when it is near.
fn checkin_issues(plan: &Plan, today: NaiveDate, issues: &mut Vec<Issue>) {
    if let Some(late) = plan.overdue_checkin(today) {
        issues.push(Issue::CheckInOverdue {
            number: late.number,
            days: (today - late.date).num_days(),
        });
    }
    if let Some(next) = plan.next_checkin(today) {
        let days = (next.date - today).num_days();
        if days < CHECKIN_SOON_DAYS {
            issues.push(Issue::CheckInSoon {
                number: next.number,
                days,
            });
        }
    }
}

fn membership_issues(plan: &Plan, issues: &mut Vec<Issue>) {
    let route = plan.route();
    let checks = membership::checks(&plan.membership, route);
    let founders_rule = match route {
        Some(FounderRoute::NaturalPersons) => Rule::NaturalFounders,
        Some(FounderRoute::LegalPersons) => Rule::LegalFounders,
        None => return,
    };
    let no_count = checks
        .iter()
        .any(|c| c.rule == founders_rule && c.outcome == Outcome::NoData);
    if no_count {
        issues.push(Issue::NoFounderCount);
    }
    issues.extend(
        membership::unmet(&plan.membership, route)
            .into_iter()
            .map(Issue::LegalMinimum),
    );
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeZone as _};

    use super::{Issue, Target, check, check_with};
    use crate::model::catalogue::Catalogue;
    use crate::model::franchise::{Decision, Fee, FranchisorKind};
    use crate::model::franchise_findings::Finding;
    use crate::model::membership::{Check, Headcount, Outcome, Rule};
    use crate::model::money::Money;
    use crate::model::plan::{Plan, ReplicatorKind, Status};
    use crate::model::readiness::QUESTIONS;
    use crate::model::wizard::Step;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
    }

    fn plan() -> Plan {
        let now = chrono::Utc
            .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
            .unwrap();
        Plan::new("Plan", now)
    }

    #[test]
    fn an_empty_plan_asks_for_a_model_and_the_assessment() {
        let issues = check(&plan(), today());
        assert_eq!(issues[0], Issue::NoModel);
        assert_eq!(issues[0].target(), Target::Step(Step::Model));
        assert!(issues.contains(&Issue::ReadinessIncomplete {
            answered: 0,
            questions: 10
        }));
        assert!(
            !issues.iter().any(|i| matches!(i, Issue::NoFounderCount)),
            "no route yet"
        );
    }

    #[test]
    fn a_finished_plan_is_healthy() {
        let mut plan = plan();
        plan.set_kind(ReplicatorKind::Ngo, None);
        plan.franchise.franchisor.kind = Some(FranchisorKind::None);
        plan.franchise.franchisor.know_how_source = "Podręcznik modelu".to_owned();
        plan.choose_model(&Catalogue::built_in().models[0]);
        for entry in &mut plan.checklist {
            entry.owner = "Zarząd".to_owned();
        }
        for q in &QUESTIONS {
            plan.readiness.set(q.id, 2);
        }
        plan.membership.legal_founders = 2;
        assert_eq!(check(&plan, today()), []);
    }

    #[test]
    fn each_problem_is_reported_with_its_place() {
        let mut plan = plan();
        plan.set_kind(ReplicatorKind::NaturalPersons, None);
        plan.choose_model(&Catalogue::built_in().models[0]);
        let first = plan.checklist[0].id.clone();
        let second = plan.checklist[1].id.clone();
        plan.checklist[0].due = NaiveDate::from_ymd_opt(2026, 11, 20);
        plan.checklist[1].due = NaiveDate::from_ymd_opt(2026, 11, 1);
        plan.checklist[2].status = Status::NotApplicable;
        // The founder-route task is done: the route is fixed.
        let open = plan.checklist.len() - 1;
        for q in &QUESTIONS {
            plan.readiness.set(q.id, 1);
        }
        plan.membership.founders = Headcount {
            at_risk: 1,
            others: 1,
        };
        plan.budget.costs.push(crate::model::budget::CostLine {
            name: "x".to_owned(),
            amount: Money(500),
        });
        let issues = check(&plan, today());
        let expected = [
            Issue::Overdue {
                id: second,
                days: 26,
            },
            Issue::Overdue {
                id: first.clone(),
                days: 7,
            },
            Issue::MissingReason {
                id: plan.checklist[2].id.clone(),
            },
            Issue::NoOwner {
                count: open,
                first: first.clone(),
            },
            Issue::LegalMinimum(Check {
                rule: Rule::NaturalFounders,
                outcome: Outcome::Short(1),
            }),
            Issue::ReadinessLow {
                points: 10,
                threshold: 15,
            },
            Issue::FundingGap(Money(500)),
            Issue::Franchise(Finding::NoFranchisor),
        ];
        assert_eq!(issues, expected);
        assert_eq!(issues[7].target(), Target::Step(Step::Franchise));
        assert_eq!(issues[3].target(), Target::Item(first));
        assert_eq!(issues[4].target(), Target::Step(Step::Team));
        assert_eq!(issues[5].target(), Target::Step(Step::Readiness));
        assert_eq!(issues[6].target(), Target::Step(Step::Budget));
    }

    #[test]
    fn franchise_findings_join_the_health_check_but_open_terms_do_not() {
        let catalogue = Catalogue::built_in();
        let model = catalogue.get("kindergarten").unwrap();
        let mut plan = plan();
        plan.choose_model(model);
        plan.franchise.franchisor.kind = Some(FranchisorKind::Owes);
        plan.franchise.decision_mut("kg.subsidy").decision = Decision::Drop;
        plan.franchise.fees.push(Fee {
            name: "Opłata wstępna".to_owned(),
            ..Fee::default()
        });
        let franchise: Vec<_> = check_with(&plan, Some(model), today())
            .into_iter()
            .filter(|i| matches!(i, Issue::Franchise(_)))
            .collect();
        let dropped = Finding::CoreDropped {
            id: "kg.subsidy".to_owned(),
        };
        assert_eq!(
            franchise,
            [
                Issue::Franchise(dropped),
                Issue::Franchise(Finding::FeesNotInBudget(1)),
            ],
            "no finding for the 14 open terms: they are checklist tasks"
        );
        // Without the catalogue the dropped element cannot be named, so it is not reported.
        assert!(!check(&plan, today()).contains(&franchise[0]));
        // Once the start of operations is near, the open terms are a finding after all.
        let start = today() + chrono::Days::new(20);
        assert!(plan.set_milestone_date(crate::model::milestones::OPERATIONS_START, Some(start)));
        let near = Issue::Franchise(Finding::TermsOpenNearStart { open: 14, days: 20 });
        assert!(check_with(&plan, Some(model), today()).contains(&near));
    }

    #[test]
    fn missing_founder_counts_are_reported() {
        let mut plan = plan();
        plan.set_kind(ReplicatorKind::Municipality, None);
        let issues = check(&plan, today());
        assert!(issues.contains(&Issue::NoFounderCount));
        assert_eq!(Issue::NoFounderCount.target(), Target::Step(Step::Team));
    }
}
