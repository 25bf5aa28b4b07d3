//! Generators for the property tests: any plan the model can represent, with awkward text
//! (Polish letters, quotes, control characters, emoji), extreme numbers and odd dates.

#![allow(dead_code, reason = "each test file uses a different subset")]

use chrono::{DateTime, Datelike as _, NaiveDate, Utc};
use proptest::prelude::*;
use social_franchise_planner::model::budget::{Budget, CostLine, FundingKind, FundingLine};
use social_franchise_planner::model::checkins::{CheckIn, Indicator, IndicatorValue};
use social_franchise_planner::model::checklist::Origin;
use social_franchise_planner::model::franchise::{
    AgreementTerm, Decision, ElementDecision, Fee, FeeKind, Franchise, Franchisor, FranchisorKind,
    ReportingItem, SupportItem,
};
use social_franchise_planner::model::franchise_terms::{TermId, TermStatus};
use social_franchise_planner::model::membership::{Headcount, Membership};
use social_franchise_planner::model::milestones::{Milestone, OffsetUnit, RelativeDue};
use social_franchise_planner::model::money::Money;
use social_franchise_planner::model::plan::{
    ChecklistEntry, PLAN_FORMAT, Plan, Profile, ReplicatorKind, SCHEMA_VERSION, Status,
};
use social_franchise_planner::model::readiness::Readiness;
use social_franchise_planner::model::taxonomy::Phase;
use social_franchise_planner::model::text::Text;

/// Characters that tend to break text handling: Polish letters, typographic and JSON
/// quotes, escapes, control characters, a byte-order mark, line separators, emoji and
/// combining marks.
const AWKWARD: &[char] = &[
    'ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż', 'Ą', 'Ć', 'Ę', 'Ł', 'Ń', 'Ó', 'Ś', 'Ź', 'Ż', '„',
    '”', '“', '«', '»', '"', '\'', '\\', '/', '{', '}', '[', ']', ':', ',', '\0', '\t', '\n', '\r',
    '\u{1}', '\u{1b}', '\u{7f}', '\u{85}', '\u{a0}', '\u{feff}', '\u{2028}', '\u{2029}',
    '\u{200b}', '\u{200d}', '\u{202e}', '\u{301}', '😀', '👩', '🏽', '🇵', '🇱', '€', 'z', ' ',
];

/// One character: mostly awkward ones, sometimes any Unicode scalar value.
fn awkward_char() -> impl Strategy<Value = char> {
    prop_oneof![3 => proptest::sample::select(AWKWARD), 1 => any::<char>()]
}

/// A string of up to `max` awkward characters.
pub fn text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(awkward_char(), 0..=max).prop_map(String::from_iter)
}

/// A two-language text.
pub fn two_lang() -> impl Strategy<Value = Text> {
    (text(24), text(24)).prop_map(|(pl, en)| Text::new(pl, en))
}

/// A moment: mostly in years 1–9999, sometimes anywhere the type allows, with nanoseconds.
pub fn moment() -> impl Strategy<Value = DateTime<Utc>> {
    let (min, max) = (
        DateTime::<Utc>::MIN_UTC.timestamp(),
        DateTime::<Utc>::MAX_UTC.timestamp(),
    );
    // 0001-01-01T00:00:00Z ..= 9999-12-31T23:59:59Z.
    let secs = prop_oneof![3 => -62_135_596_800_i64..=253_402_300_799, 1 => min..=max];
    (secs, 0_u32..1_000_000_000).prop_map(|(secs, nanos)| {
        DateTime::from_timestamp(secs, nanos).unwrap_or(DateTime::UNIX_EPOCH)
    })
}

/// A calendar day: mostly in years 0–9999 (what the date field takes), sometimes anywhere
/// the type allows.
pub fn day() -> impl Strategy<Value = NaiveDate> {
    let (min, max) = (NaiveDate::MIN.year(), NaiveDate::MAX.year());
    let year = prop_oneof![3 => 0_i32..=9999, 1 => min..=max];
    (year, 1_u32..=366).prop_map(|(year, ordinal)| {
        NaiveDate::from_yo_opt(year, ordinal)
            .or_else(|| NaiveDate::from_yo_opt(year, 365))
            .unwrap_or_default()
    })
}

fn status() -> impl Strategy<Value = Status> {
    proptest::sample::select(vec![
        Status::Todo,
        Status::InProgress,
        Status::Done,
        Status::NotApplicable,
    ])
}

fn origin() -> impl Strategy<Value = Origin> {
    proptest::sample::select(vec![Origin::Common, Origin::Model, Origin::Custom])
}

/// Any checklist entry, every field filled at random.
pub fn entry() -> impl Strategy<Value = ChecklistEntry> {
    let head = (
        text(16),
        proptest::sample::select(Phase::ALL.to_vec()),
        two_lang(),
        status(),
        text(40),
        origin(),
        proptest::option::of(two_lang()),
    );
    let tail = (
        proptest::option::of(text(20)),
        any::<bool>(),
        proptest::option::of(text(30)),
        text(12),
        proptest::option::of(day()),
        text(20),
        proptest::collection::vec(text(30), 0..4),
    );
    (head, tail, proptest::option::of(relative_due())).prop_map(
        |(
            (id, phase, text, status, note, origin, why),
            (legal_basis, verify, source, owner, due, na_reason, evidence),
            relative_due,
        )| ChecklistEntry {
            id,
            phase,
            text,
            status,
            note,
            origin,
            why,
            legal_basis,
            verify,
            source,
            owner,
            due,
            relative_due,
            na_reason,
            evidence,
            extra: serde_json::Map::new(),
        },
    )
}

/// A due date relative to a milestone, with any offset (the plan may not have the
/// milestone).
fn relative_due() -> impl Strategy<Value = RelativeDue> {
    (
        text(12),
        any::<i32>(),
        proptest::sample::select(OffsetUnit::ALL.to_vec()),
    )
        .prop_map(|(milestone, offset, unit)| RelativeDue::new(milestone, offset, unit))
}

/// A milestone with an awkward id and name, dated or not.
fn milestone() -> impl Strategy<Value = Milestone> {
    (text(12), two_lang(), proptest::option::of(day())).prop_map(|(id, name, date)| {
        let mut milestone = Milestone::new(id, name);
        milestone.date = date;
        milestone
    })
}

/// An indicator with awkward text.
fn indicator() -> impl Strategy<Value = Indicator> {
    (two_lang(), any::<bool>()).prop_map(|(text, verify)| Indicator {
        text,
        verify,
        extra: serde_json::Map::new(),
    })
}

/// A check-in with any number and date, and rows of awkward text (the file format does not
/// limit what a hand-edited file holds; the window does).
fn checkin() -> impl Strategy<Value = CheckIn> {
    let value =
        (two_lang(), text(8), text(8), text(16)).prop_map(|(indicator, target, actual, note)| {
            IndicatorValue {
                indicator,
                target,
                actual,
                note,
                extra: serde_json::Map::new(),
            }
        });
    (any::<u8>(), day(), proptest::collection::vec(value, 0..4)).prop_map(
        |(number, date, values)| CheckIn {
            number,
            date,
            values,
            extra: serde_json::Map::new(),
        },
    )
}

fn headcount() -> impl Strategy<Value = Headcount> {
    (any::<u32>(), any::<u32>()).prop_map(|(at_risk, others)| Headcount { at_risk, others })
}

fn membership() -> impl Strategy<Value = Membership> {
    (headcount(), any::<u32>(), headcount(), headcount()).prop_map(
        |(founders, legal_founders, members, employees)| Membership {
            founders,
            legal_founders,
            members,
            employees,
        },
    )
}

/// Amounts from the extremes of the range as well as ordinary ones.
fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        proptest::sample::select(vec![
            i64::MIN,
            i64::MIN + 1,
            -1,
            0,
            1,
            i64::MAX - 1,
            i64::MAX
        ]),
        any::<i64>(),
        -100_000_000_i64..100_000_000,
    ]
    .prop_map(Money)
}

fn budget() -> impl Strategy<Value = Budget> {
    let cost = (text(20), money()).prop_map(|(name, amount)| CostLine { name, amount });
    let funding = (
        proptest::sample::select(FundingKind::ALL.to_vec()),
        text(20),
        money(),
    )
        .prop_map(|(kind, name, amount)| FundingLine { kind, name, amount });
    (
        proptest::collection::vec(cost, 0..5),
        proptest::collection::vec(funding, 0..5),
        any::<u32>(),
    )
        .prop_map(|(costs, funding, jobs)| Budget {
            costs,
            funding,
            jobs,
        })
}

fn profile() -> impl Strategy<Value = Profile> {
    let kind = proptest::option::of(proptest::sample::select(ReplicatorKind::ALL.to_vec()));
    (kind, text(30), text(20)).prop_map(|(kind, organisation, place)| Profile {
        kind,
        organisation,
        place,
        extra: serde_json::Map::new(),
    })
}

fn readiness() -> impl Strategy<Value = Readiness> {
    proptest::collection::btree_map(text(12), any::<u8>(), 0..12)
        .prop_map(|scores| Readiness { scores })
}

/// Any plan as the current version writes it, with up to `max_items` checklist entries.
pub fn plan(max_items: usize) -> impl Strategy<Value = Plan> {
    (
        (text(40), moment(), moment(), profile()),
        proptest::option::of(text(20)),
        proptest::collection::vec(entry(), 0..=max_items),
        (readiness(), membership(), budget(), franchise()),
        (
            proptest::collection::vec(milestone(), 0..6),
            proptest::collection::vec(indicator(), 0..4),
            proptest::collection::vec(checkin(), 0..4),
        ),
    )
        .prop_map(
            |((name, created, modified, profile), model_id, checklist, rest, dates)| {
                let (readiness, membership, budget, franchise) = rest;
                let (milestones, indicators, checkins) = dates;
                Plan {
                    format: PLAN_FORMAT.to_owned(),
                    schema_version: SCHEMA_VERSION,
                    name,
                    created,
                    modified,
                    profile,
                    model_id,
                    milestones,
                    checklist,
                    readiness,
                    membership,
                    budget,
                    franchise,
                    indicators,
                    checkins,
                    extra: serde_json::Map::new(),
                }
            },
        )
}

fn franchise() -> impl Strategy<Value = Franchise> {
    let kind = proptest::option::of(proptest::sample::select(FranchisorKind::ALL.to_vec()));
    let decision = (
        text(12),
        proptest::sample::select(Decision::ALL.to_vec()),
        text(20),
        text(20),
    )
        .prop_map(|(id, decision, change, reason)| ElementDecision {
            id,
            decision,
            change,
            reason,
        });
    let term = (
        proptest::sample::select(TermId::ALL.to_vec()),
        proptest::sample::select(TermStatus::ALL.to_vec()),
        text(20),
    )
        .prop_map(|(id, status, note)| AgreementTerm { id, status, note });
    let fee = (text(12), any::<bool>(), money()).prop_map(|(name, periodic, amount)| Fee {
        name,
        kind: if periodic {
            FeeKind::Periodic
        } else {
            FeeKind::OneOff
        },
        amount,
    });
    (
        (kind, text(20), text(20), text(20)),
        proptest::collection::vec(decision, 0..4),
        proptest::collection::vec(term, 0..4),
        proptest::collection::vec(fee, 0..3),
        (text(12), text(12)),
    )
        .prop_map(
            |((kind, name, contact, know_how_source), elements, agreement, fees, (what, note))| {
                Franchise {
                    franchisor: Franchisor {
                        kind,
                        name,
                        contact,
                        know_how_source,
                    },
                    elements,
                    agreement,
                    support: vec![SupportItem {
                        what: what.clone(),
                        note: note.clone(),
                    }],
                    fees,
                    reporting: vec![ReportingItem {
                        what,
                        how_often: note,
                    }],
                }
            },
        )
}
