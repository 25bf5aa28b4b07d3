//! The budget and funding sketch: start-up cost lines, funding lines, totals, the gap and the
//! jobs created, plus dated reference amounts from published sources that the user may add
//! as editable lines.

use serde::{Deserialize, Serialize};

use super::money::Money;
use super::text::StaticText;

/// Where a funding line's money comes from.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum FundingKind {
    /// An OWES grant for new jobs and its bridge support.
    OwesGrant,
    /// Labour Fund money through the county labour office (PUP).
    LabourOffice,
    /// PFRON funds for people with disabilities.
    Pfron,
    /// The municipality's or county's budget.
    Municipality,
    /// A loan.
    Loan,
    /// The founders' own contribution.
    OwnContribution,
    /// Anything else.
    #[default]
    Other,
}

impl FundingKind {
    /// All kinds, in the order shown.
    pub const ALL: [Self; 7] = [
        Self::OwesGrant,
        Self::LabourOffice,
        Self::Pfron,
        Self::Municipality,
        Self::Loan,
        Self::OwnContribution,
        Self::Other,
    ];

    /// The position in [`Self::ALL`].
    pub fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|k| *k == self)
            .unwrap_or_default()
    }
}

/// One start-up cost.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct CostLine {
    /// What the money is for.
    pub name: String,
    /// How much.
    pub amount: Money,
}

/// One source of money.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct FundingLine {
    /// The kind of source.
    pub kind: FundingKind,
    /// A description (programme, lender, where the amount comes from).
    pub name: String,
    /// How much.
    pub amount: Money,
}

/// The plan's budget.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct Budget {
    /// Start-up costs.
    pub costs: Vec<CostLine>,
    /// Funding.
    pub funding: Vec<FundingLine>,
    /// Jobs the cooperative creates.
    pub jobs: u32,
}

/// Sums of a budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Totals {
    /// All costs.
    pub costs: Money,
    /// All funding.
    pub funding: Money,
}

impl Totals {
    /// Costs minus funding: above zero money is missing, below zero there is a surplus.
    pub fn gap(&self) -> Money {
        self.costs.minus(self.funding)
    }

    /// The missing money, when funding falls short of costs.
    pub fn shortfall(&self) -> Option<Money> {
        let gap = self.gap();
        (gap > Money::ZERO).then_some(gap)
    }
}

impl Budget {
    /// The sums of costs and funding.
    pub fn totals(&self) -> Totals {
        Totals {
            costs: Money::sum(self.costs.iter().map(|l| l.amount)),
            funding: Money::sum(self.funding.iter().map(|l| l.amount)),
        }
    }

    /// True when every amount is within what the app accepts (see
    /// [`super::money::MAX_AMOUNT`]); the loader refuses plans where one is not.
    pub fn amounts_in_range(&self) -> bool {
        let costs = self.costs.iter().map(|l| l.amount);
        let funding = self.funding.iter().map(|l| l.amount);
        costs.chain(funding).all(Money::is_in_range)
    }

    /// Start-up costs per job created, when jobs are entered.
    pub fn cost_per_job(&self) -> Option<Money> {
        self.totals().costs.per(self.jobs)
    }
}

/// A published amount offered as an editable default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The kind of source.
    pub kind: FundingKind,
    /// What the amount is.
    pub label: StaticText,
    /// The amount for one unit.
    pub amount: Money,
    /// True when the amount is per job created.
    pub per_job: bool,
    /// The most units one entity may get, where a source states it.
    pub max_units: Option<u32>,
    /// When the amount applied.
    pub dated: StaticText,
    /// Where it was published.
    pub source: &'static str,
    /// True when the notes flag the amount or its rules as still to verify.
    pub verify: bool,
}

impl Reference {
    /// How many units a budget with `jobs` jobs would claim (at least one).
    pub fn units(&self, jobs: u32) -> u32 {
        if !self.per_job {
            return 1;
        }
        let units = jobs.max(1);
        self.max_units.map_or(units, |max| units.min(max))
    }

    /// A funding line with this amount for `jobs` jobs, named in Polish and English.
    pub fn line(&self, jobs: u32, name: String) -> FundingLine {
        FundingLine {
            kind: self.kind,
            name,
            amount: self.amount.times(self.units(jobs)),
        }
    }
}

const OWES_SOURCE: &str = "https://owes.dlawas.org/wsparcie/dofinansowania";
const OWES_PERIOD: StaticText = StaticText {
    pl: "programy FE 2021–2027 (rok stawki do sprawdzenia)",
    en: "EU funds programmes 2021–2027 (year of the rate to be verified)",
};

/// An OWES amount per job created (at most 10 jobs), from the OWES programmes' page; its
/// rate year is still to verify.
const fn owes_per_job(label: StaticText, amount: Money) -> Reference {
    Reference {
        kind: FundingKind::OwesGrant,
        label,
        amount,
        per_job: true,
        max_units: Some(10),
        dated: OWES_PERIOD,
        source: OWES_SOURCE,
        verify: true,
    }
}

/// Reference amounts, each with its date and source.
pub const REFERENCES: [Reference; 4] = [
    owes_per_job(
        StaticText {
            pl: "OWES: dotacja na utworzenie miejsca pracy",
            en: "OWES: grant for creating a job",
        },
        Money::zloty(31_229),
    ),
    owes_per_job(
        StaticText {
            pl: "OWES: wsparcie bieżące przez 12 miesięcy (pełny etat)",
            en: "OWES: current support for 12 months (full time)",
        },
        Money::zloty(32_400),
    ),
    Reference {
        kind: FundingKind::LabourOffice,
        label: StaticText {
            pl: "PUP: dotacja na miejsce pracy w przedsiębiorstwie społecznym (do 6-krotności przeciętnego wynagrodzenia, ok.)",
            en: "PUP: grant per job in a social enterprise (up to 6 times the average wage, approx.)",
        },
        amount: Money::zloty(40_401),
        per_job: true,
        max_units: None,
        dated: StaticText {
            pl: "marzec 2023",
            en: "March 2023",
        },
        source: "https://przedsiebiorstwospoleczne.pl/status-przedsiebiorstwa-spolecznego-korzysci-i-obowiazki/",
        verify: true,
    },
    Reference {
        kind: FundingKind::Pfron,
        label: StaticText {
            pl: "PFRON: jednorazowe środki dla osoby z niepełnosprawnością na założenie spółdzielni lub przystąpienie do niej (do 15-krotności przeciętnego wynagrodzenia)",
            en: "PFRON: one-off funds for a person with a disability to found or join a cooperative (up to 15 times the average wage)",
        },
        amount: Money::zloty(57_823),
        per_job: false,
        max_units: None,
        dated: StaticText {
            pl: "2015",
            en: "2015",
        },
        source: "http://biznesspoleczny.pl/6-wybranych-zrodel-finansowania-spoldzielni-socjalnych-prowadzacych-dzialalnosc-w-obszarze-turystyki/",
        verify: true,
    },
];

#[cfg(test)]
mod tests {
    use super::{Budget, CostLine, FundingKind, FundingLine, REFERENCES};
    use crate::model::money::Money;
    use crate::model::text::is_well_formed_url;

    fn budget() -> Budget {
        Budget {
            costs: vec![
                CostLine {
                    name: "Wyposażenie".to_owned(),
                    amount: Money::zloty(60_000),
                },
                CostLine {
                    name: "Remont".to_owned(),
                    amount: Money(2_500_050),
                },
            ],
            funding: vec![FundingLine {
                kind: FundingKind::OwesGrant,
                name: String::new(),
                amount: Money::zloty(62_458),
            }],
            jobs: 2,
        }
    }

    #[test]
    fn totals_gap_and_cost_per_job() {
        let mut b = budget();
        let totals = b.totals();
        assert_eq!(totals.costs, Money(8_500_050));
        assert_eq!(totals.funding, Money(6_245_800));
        assert_eq!(totals.gap(), Money(2_254_250));
        assert_eq!(totals.shortfall(), Some(Money(2_254_250)));
        assert_eq!(b.cost_per_job(), Some(Money(4_250_025)));
        b.funding.push(FundingLine {
            amount: Money::zloty(30_000),
            ..FundingLine::default()
        });
        assert_eq!(b.totals().shortfall(), None, "surplus");
        assert!(b.totals().gap() < Money::ZERO);
        b.jobs = 0;
        assert_eq!(b.cost_per_job(), None);
        assert_eq!(Budget::default().totals().shortfall(), None);
    }

    #[test]
    fn references_are_dated_sourced_and_scale_with_jobs() {
        for r in &REFERENCES {
            assert!(is_well_formed_url(r.source), "{}", r.source);
            assert!(!r.dated.pl.is_empty() && !r.dated.en.is_empty());
            assert!(r.amount > Money::ZERO);
        }
        let owes = REFERENCES[0];
        assert_eq!(owes.amount, Money(3_122_900));
        assert_eq!(owes.units(0), 1);
        assert_eq!(owes.units(3), 3);
        assert_eq!(owes.units(25), 10, "at most 10 units per entity");
        assert_eq!(owes.line(3, "x".to_owned()).amount, Money(9_368_700));
        let pfron = REFERENCES[3];
        assert!(pfron.verify);
        assert_eq!(pfron.units(8), 1, "per person, not per job");
        assert_eq!(
            FundingKind::ALL[FundingKind::Pfron.index()],
            FundingKind::Pfron
        );
    }
}
