//! The numbers behind the charts (the budget against its funding sources, the readiness
//! answers), computed from the plan with no drawing: the window and the exports draw the same
//! figures from them. Progress per phase is [`super::progress::by_phase`].

use super::budget::FundingKind;
use super::money::Money;
use super::plan::Plan;
use super::readiness::{MAX_POINTS, QUESTIONS, Readiness};

/// Money from one kind of source (all the plan's funding lines of that kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// The kind of source.
    pub kind: FundingKind,
    /// The sum of its lines.
    pub amount: Money,
}

/// The budget as a chart: the costs (franchise fees included) against the funding, source by
/// source, and the gap between them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetChart {
    /// All costs.
    pub costs: Money,
    /// The sources with money, in [`FundingKind::ALL`] order.
    pub sources: Vec<Source>,
    /// All funding.
    pub funding: Money,
}

impl BudgetChart {
    /// The chart of `plan`'s budget.
    pub fn of(plan: &Plan) -> Self {
        let totals = plan.budget_totals();
        let sources = FundingKind::ALL
            .into_iter()
            .map(|kind| Source {
                kind,
                amount: Money::sum(
                    plan.budget
                        .funding
                        .iter()
                        .filter(|line| line.kind == kind)
                        .map(|line| line.amount),
                ),
            })
            .filter(|source| source.amount > Money::ZERO)
            .collect();
        Self {
            costs: totals.costs,
            sources,
            funding: totals.funding,
        }
    }

    /// Costs minus funding: above zero money is missing, below zero there is a surplus.
    pub fn gap(&self) -> Money {
        self.costs.minus(self.funding)
    }

    /// True when there is nothing to draw (no costs and no funding).
    pub fn is_empty(&self) -> bool {
        self.costs <= Money::ZERO && self.funding <= Money::ZERO
    }

    /// The longest bar: the larger of costs and funding.
    pub fn scale(&self) -> Money {
        self.costs.max(self.funding)
    }

    /// `amount` as a share of the longest bar, 0.0–1.0.
    pub fn share(&self, amount: Money) -> f32 {
        let scale = self.scale().0;
        if scale <= 0 || amount.0 <= 0 {
            return 0.0;
        }
        #[expect(clippy::cast_precision_loss, reason = "a share for drawing")]
        let share = amount.0 as f32 / scale as f32;
        share.min(1.0)
    }
}

/// The readiness answers as a chart: the points given to each question, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadinessChart {
    /// Points per question (`None` while unanswered), in [`QUESTIONS`] order.
    pub points: Vec<Option<u8>>,
}

impl ReadinessChart {
    /// The chart of `readiness`.
    pub fn of(readiness: &Readiness) -> Self {
        Self {
            points: QUESTIONS.iter().map(|q| readiness.score(q.id)).collect(),
        }
    }

    /// How many questions got 0, 1 and 2 points, and how many are unanswered.
    pub fn counts(&self) -> ([usize; 3], usize) {
        let mut by_points = [0; 3];
        let mut unanswered = 0;
        for points in &self.points {
            match points {
                Some(p) => {
                    if let Some(count) = by_points.get_mut(usize::from((*p).min(MAX_POINTS))) {
                        *count += 1;
                    }
                }
                None => unanswered += 1,
            }
        }
        (by_points, unanswered)
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::{BudgetChart, ReadinessChart, Source};
    use crate::model::budget::{CostLine, FundingKind, FundingLine};
    use crate::model::money::Money;
    use crate::model::plan::Plan;
    use crate::model::readiness::{QUESTIONS, Readiness};

    fn plan() -> Plan {
        let now = chrono::Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
        Plan::new("p", now)
    }

    fn funding(kind: FundingKind, zloty: i64) -> FundingLine {
        FundingLine {
            kind,
            name: String::new(),
            amount: Money::zloty(zloty),
        }
    }

    #[test]
    fn sources_are_summed_by_kind_in_order_and_the_gap_is_what_is_missing() {
        let mut plan = plan();
        plan.budget.costs = vec![CostLine {
            name: "Lokal".to_owned(),
            amount: Money::zloty(100_000),
        }];
        plan.budget.funding = vec![
            funding(FundingKind::Loan, 10_000),
            funding(FundingKind::OwesGrant, 30_000),
            funding(FundingKind::Loan, 5_000),
            funding(FundingKind::Pfron, 0),
        ];
        let chart = BudgetChart::of(&plan);
        assert_eq!(
            chart.sources,
            vec![
                Source {
                    kind: FundingKind::OwesGrant,
                    amount: Money::zloty(30_000)
                },
                Source {
                    kind: FundingKind::Loan,
                    amount: Money::zloty(15_000)
                },
            ]
        );
        assert_eq!(chart.funding, Money::zloty(45_000));
        assert_eq!(chart.gap(), Money::zloty(55_000));
        assert_eq!(chart.scale(), Money::zloty(100_000));
        assert!((chart.share(Money::zloty(45_000)) - 0.45).abs() < 1e-6);
        assert!(!chart.is_empty());
    }

    #[test]
    fn a_surplus_makes_funding_the_longest_bar() {
        let mut plan = plan();
        assert!(BudgetChart::of(&plan).is_empty());
        assert!(BudgetChart::of(&plan).share(Money::zloty(5)).abs() < f32::EPSILON);
        plan.budget.funding = vec![funding(FundingKind::Municipality, 2_000)];
        plan.budget.costs = vec![CostLine {
            name: String::new(),
            amount: Money::zloty(500),
        }];
        let chart = BudgetChart::of(&plan);
        assert_eq!(chart.gap(), Money::zloty(-1_500));
        assert_eq!(chart.scale(), Money::zloty(2_000));
        assert!((chart.share(chart.costs) - 0.25).abs() < 1e-6);
    }

    #[test]
    fn readiness_points_follow_the_questions_and_are_counted() {
        let mut readiness = Readiness::default();
        readiness.set(QUESTIONS[0].id, 2);
        readiness.set(QUESTIONS[3].id, 1);
        readiness.set(QUESTIONS[9].id, 0);
        readiness.set("unknown", 2);
        let chart = ReadinessChart::of(&readiness);
        assert_eq!(chart.points.len(), QUESTIONS.len());
        assert_eq!(chart.points[0], Some(2));
        assert_eq!(chart.points[1], None);
        assert_eq!(chart.points[3], Some(1));
        assert_eq!(chart.points[9], Some(0));
        assert_eq!(chart.counts(), ([1, 1, 1], 7));
    }
}
