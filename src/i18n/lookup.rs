//! Names of the closed vocabularies, looked up by `match` on the enum: a new variant fails to
//! compile here until it has a name, instead of showing an empty label. The tables keep the
//! names as arrays in the enum's `ALL` order; each lookup takes the array apart by name.

use super::Strings;
use super::document::strings::DocStrings;
use super::planning::checklist::ChecklistTexts;
use crate::model::catalogue::{Family, Provenance};
use crate::model::plan::{ReplicatorKind, Status};
use crate::model::taxonomy::Phase;
use crate::model::wizard::Step;

/// The name of `step` among `names` (in [`Step::ALL`] order).
fn step_name(names: [&'static str; 9], step: Step) -> &'static str {
    let [
        start,
        profile,
        model,
        franchise,
        readiness,
        checklist,
        team,
        budget,
        review,
    ] = names;
    match step {
        Step::Start => start,
        Step::Profile => profile,
        Step::Model => model,
        Step::Franchise => franchise,
        Step::Readiness => readiness,
        Step::Checklist => checklist,
        Step::Team => team,
        Step::Budget => budget,
        Step::Review => review,
    }
}

/// The name of `kind` among `names` (in [`ReplicatorKind::ALL`] order).
fn kind_name(names: [&'static str; 4], kind: ReplicatorKind) -> &'static str {
    let [ngo, municipality, church, natural] = names;
    match kind {
        ReplicatorKind::Ngo => ngo,
        ReplicatorKind::Municipality => municipality,
        ReplicatorKind::ChurchLegalPerson => church,
        ReplicatorKind::NaturalPersons => natural,
    }
}

/// The name of `phase` among `names` (in [`Phase::ALL`] order).
fn phase_name(names: [&'static str; 7], phase: Phase) -> &'static str {
    let [
        preparation,
        founding,
        organisation,
        reintegration,
        licences,
        funding,
        operation,
    ] = names;
    match phase {
        Phase::Preparation => preparation,
        Phase::Founding => founding,
        Phase::Organisation => organisation,
        Phase::Reintegration => reintegration,
        Phase::Licences => licences,
        Phase::Funding => funding,
        Phase::Operation => operation,
    }
}

/// The name of `status` among `names` (in [`Status::ALL`] order).
fn status_name(names: [&'static str; 4], status: Status) -> &'static str {
    let [todo, in_progress, done, not_applicable] = names;
    match status {
        Status::Todo => todo,
        Status::InProgress => in_progress,
        Status::Done => done,
        Status::NotApplicable => not_applicable,
    }
}

/// The name of `family` among `names` (integration, service).
fn family_name(names: [&'static str; 2], family: Family) -> &'static str {
    let [integration, service] = names;
    match family {
        Family::Integration => integration,
        Family::Service => service,
    }
}

/// The name of `provenance` among `names` (confirmed, named, outside the series).
fn provenance_name(names: [&'static str; 3], provenance: Provenance) -> &'static str {
    let [confirmed, named, outside] = names;
    match provenance {
        Provenance::SeriesConfirmed => confirmed,
        Provenance::SeriesNamed => named,
        Provenance::OutsideSeries => outside,
    }
}

impl Strings {
    /// The name of a model's family.
    pub fn family(&self, family: Family) -> &'static str {
        family_name(self.families, family)
    }

    /// How much is known about a model's place in the series.
    pub fn provenance(&self, provenance: Provenance) -> &'static str {
        provenance_name(self.provenances, provenance)
    }

    /// The name of a wizard step.
    pub fn step(&self, step: Step) -> &'static str {
        step_name(self.steps, step)
    }

    /// The name of a kind of replicator.
    pub fn kind(&self, kind: ReplicatorKind) -> &'static str {
        kind_name(self.kinds, kind)
    }

    /// The name of a checklist phase.
    pub fn phase(&self, phase: Phase) -> &'static str {
        phase_name(self.phases, phase)
    }
}

impl ChecklistTexts {
    /// The name of a status.
    pub fn status(&self, status: Status) -> &'static str {
        status_name(self.statuses, status)
    }
}

impl DocStrings {
    /// The name of a model's family.
    pub fn family(&self, family: Family) -> &'static str {
        family_name(self.families, family)
    }

    /// How much is known about a model's place in the series.
    pub fn provenance(&self, provenance: Provenance) -> &'static str {
        provenance_name(self.provenances, provenance)
    }

    /// The name of a kind of replicator.
    pub fn kind(&self, kind: ReplicatorKind) -> &'static str {
        kind_name(self.kinds, kind)
    }

    /// The name of a checklist phase.
    pub fn phase(&self, phase: Phase) -> &'static str {
        phase_name(self.phases, phase)
    }

    /// The name of a status.
    pub fn status(&self, status: Status) -> &'static str {
        status_name(self.statuses, status)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tr;
    use crate::i18n::document::strings::doc_strings;
    use crate::i18n::planning::checklist::texts;
    use crate::model::catalogue::{Family, Provenance};
    use crate::model::plan::{ReplicatorKind, Status};
    use crate::model::taxonomy::Phase;
    use crate::model::text::Lang;
    use crate::model::wizard::Step;

    #[test]
    fn each_name_is_the_one_at_the_enums_position() {
        for lang in Lang::ALL {
            let (s, d, t) = (tr(lang), doc_strings(lang), texts(lang));
            for (i, step) in Step::ALL.into_iter().enumerate() {
                assert_eq!(s.step(step), s.steps[i]);
            }
            for (i, kind) in ReplicatorKind::ALL.into_iter().enumerate() {
                assert_eq!(s.kind(kind), s.kinds[i]);
                assert_eq!(d.kind(kind), d.kinds[i]);
            }
            for (i, phase) in Phase::ALL.into_iter().enumerate() {
                assert_eq!(s.phase(phase), s.phases[i]);
                assert_eq!(d.phase(phase), d.phases[i]);
            }
            let families = [Family::Integration, Family::Service];
            for (i, family) in families.into_iter().enumerate() {
                assert_eq!(s.family(family), s.families[i]);
                assert_eq!(d.family(family), d.families[i]);
            }
            let provenances = [
                Provenance::SeriesConfirmed,
                Provenance::SeriesNamed,
                Provenance::OutsideSeries,
            ];
            for (i, provenance) in provenances.into_iter().enumerate() {
                assert_eq!(s.provenance(provenance), s.provenances[i]);
                assert_eq!(d.provenance(provenance), d.provenances[i]);
            }
            for (i, status) in Status::ALL.into_iter().enumerate() {
                assert_eq!(t.status(status), t.statuses[i]);
                assert_eq!(d.status(status), d.statuses[i]);
            }
        }
    }
}
