//! Texts of the franchise step, and the franchise parts of the review and exports.

use crate::i18n::Lang;
use crate::model::franchise::{Decision, FeeKind, Fidelity, FranchisorKind};
use crate::model::franchise_elements::{ElementKind, ElementProvenance};
use crate::model::franchise_terms::{TermId, TermStatus};

/// Every text of the franchise step.
#[derive(Debug)]
pub struct FranchiseTexts {
    /// Heading (also the section title in exports).
    pub heading: &'static str,
    /// What the step is for.
    pub intro: &'static str,
    /// Shown until a model is chosen.
    pub no_model: &'static str,
    /// "Core kept: k of n; adaptations: a".
    pub fidelity: fn(usize, usize, usize) -> String,
    /// Heading of the franchisor part.
    pub franchisor_heading: &'static str,
    /// The franchisor kinds, in [`FranchisorKind::ALL`] order.
    pub franchisor_kinds: [&'static str; 5],
    /// Label of the franchisor's name.
    pub franchisor_name: &'static str,
    /// Label of the franchisor's contact.
    pub franchisor_contact: &'static str,
    /// Only an organisation's contact.
    pub contact_hint: &'static str,
    /// Label of the know-how source (open replication).
    pub know_how_source: &'static str,
    /// Marks our own proposals.
    pub verify_owner: &'static str,
    /// Heading of the elements table.
    pub elements_heading: &'static str,
    /// Core / adaptable badges.
    pub kinds: [&'static str; 2],
    /// Provenance labels, in enum order.
    pub provenances: [&'static str; 3],
    /// Decisions, in [`Decision::ALL`] order.
    pub decisions: [&'static str; 3],
    /// Label: what changes.
    pub change_label: &'static str,
    /// Label: why it is adapted.
    pub adapt_reason_label: &'static str,
    /// Label: why it is dropped.
    pub drop_reason_label: &'static str,
    /// Warning on a dropped core element.
    pub drop_core_warning: &'static str,
    /// Heading of the agreement terms.
    pub agreement_heading: &'static str,
    /// The legal basis of the agreement.
    pub agreement_hint: &'static str,
    /// Term headings, in [`TermId::ALL`] order.
    pub terms: [&'static str; 14],
    /// Term statuses, in [`TermStatus::ALL`] order.
    pub statuses: [&'static str; 3],
    /// Heading of the support package.
    pub support_heading: &'static str,
    /// Support: what.
    pub support_what: fn(usize) -> String,
    /// Support: how often or how much.
    pub support_note: fn(usize) -> String,
    /// Button: add support.
    pub add_support: &'static str,
    /// Heading of the fees.
    pub fees_heading: &'static str,
    /// Fees feed the budget.
    pub fees_hint: &'static str,
    /// Fee: name.
    pub fee_name: fn(usize) -> String,
    /// Fee: amount.
    pub fee_amount: fn(usize) -> String,
    /// Fee kinds, in enum order.
    pub fee_kinds: [&'static str; 2],
    /// Button: add a fee.
    pub add_fee: &'static str,
    /// Heading of the reports sent back.
    pub reporting_heading: &'static str,
    /// Report: what.
    pub reporting_what: fn(usize) -> String,
    /// Report: how often.
    pub reporting_how_often: fn(usize) -> String,
    /// Button: add a report.
    pub add_reporting: &'static str,
    /// Button: remove a line.
    pub remove: fn(usize) -> String,
    /// Missing before going on: a dropped element without a reason.
    pub missing_drop_reason: &'static str,
    /// What the franchisor commits to.
    pub franchisor_commits: &'static str,
    /// What the franchisor expects back.
    pub replicator_commits: &'static str,
    /// Finding: a core element dropped.
    pub finding_core_dropped: fn(&str) -> String,
    /// Finding: no franchisor chosen.
    pub finding_no_franchisor: &'static str,
    /// Finding: open replication without a know-how source.
    pub finding_open_without_know_how: &'static str,
    /// Finding: terms still to negotiate.
    pub finding_terms_open: fn(usize) -> String,
    /// Finding: terms still to negotiate (how many) and days to the start of operations
    /// (negative once past).
    pub finding_terms_open_near_start: fn(usize, i64) -> String,
    /// Finding: fee lines without an amount (how many).
    pub finding_fees_not_in_budget: fn(usize) -> String,
    /// Heading of the fees as the budget shows them.
    pub fees_in_budget: &'static str,
    /// Table columns: element, decision, why or reason, term, status, note.
    pub columns: [&'static str; 6],
    /// Shown after a model change dropped decisions.
    pub decisions_dropped: fn(&str) -> String,
}

impl FranchiseTexts {
    /// The text of a finding; `model` gives element names.
    pub fn finding(
        &self,
        finding: &crate::model::franchise_findings::Finding,
        model: Option<&crate::model::catalogue::ModelEntry>,
        lang: Lang,
    ) -> String {
        use crate::model::franchise_findings::Finding;
        match finding {
            Finding::NoFranchisor => self.finding_no_franchisor.to_owned(),
            Finding::OpenWithoutKnowHow => self.finding_open_without_know_how.to_owned(),
            Finding::TermsOpen(n) => (self.finding_terms_open)(*n),
            Finding::TermsOpenNearStart { open, days } => {
                (self.finding_terms_open_near_start)(*open, *days)
            }
            Finding::FeesNotInBudget(n) => (self.finding_fees_not_in_budget)(*n),
            Finding::CoreDropped { id } => {
                let name = model
                    .and_then(|m| m.elements.iter().find(|e| &e.id == id))
                    .map_or(id.as_str(), |e| e.name.get(lang));
                (self.finding_core_dropped)(name)
            }
        }
    }

    /// The fidelity line.
    pub fn fidelity_line(&self, fidelity: Fidelity) -> String {
        (self.fidelity)(
            fidelity.core_kept,
            fidelity.core_total,
            fidelity.adaptations,
        )
    }

    /// The name of a franchisor kind.
    pub fn franchisor_kind(&self, kind: FranchisorKind) -> &'static str {
        let [pilot, snrss, owes, other, none] = self.franchisor_kinds;
        match kind {
            FranchisorKind::PilotCooperative => pilot,
            FranchisorKind::Snrss => snrss,
            FranchisorKind::Owes => owes,
            FranchisorKind::Other => other,
            FranchisorKind::None => none,
        }
    }

    /// The name of a decision.
    pub fn decision(&self, decision: Decision) -> &'static str {
        let [keep, adapt, drop] = self.decisions;
        match decision {
            Decision::Keep => keep,
            Decision::Adapt => adapt,
            Decision::Drop => drop,
        }
    }

    /// The heading of a term.
    pub fn term(&self, id: TermId) -> &'static str {
        let [
            parties,
            term_renewal,
            territory,
            brand,
            manual_know_how,
            training,
            ongoing_support,
            fees,
            quality,
            reporting,
            confidentiality_ip,
            model_changes,
            disputes,
            exit,
        ] = self.terms;
        match id {
            TermId::Parties => parties,
            TermId::TermRenewal => term_renewal,
            TermId::Territory => territory,
            TermId::Brand => brand,
            TermId::ManualKnowHow => manual_know_how,
            TermId::Training => training,
            TermId::OngoingSupport => ongoing_support,
            TermId::Fees => fees,
            TermId::Quality => quality,
            TermId::Reporting => reporting,
            TermId::ConfidentialityIp => confidentiality_ip,
            TermId::ModelChanges => model_changes,
            TermId::Disputes => disputes,
            TermId::Exit => exit,
        }
    }

    /// The name of a term status.
    pub fn status(&self, status: TermStatus) -> &'static str {
        let [agreed, to_negotiate, not_applicable] = self.statuses;
        match status {
            TermStatus::Agreed => agreed,
            TermStatus::ToNegotiate => to_negotiate,
            TermStatus::NotApplicable => not_applicable,
        }
    }

    /// The badge of an element kind.
    pub fn kind(&self, kind: ElementKind) -> &'static str {
        let [core, adaptable] = self.kinds;
        match kind {
            ElementKind::Core => core,
            ElementKind::Adaptable => adaptable,
        }
    }

    /// The label of an element's provenance.
    pub fn provenance(&self, provenance: ElementProvenance) -> &'static str {
        let [confirmed, inferred, proposed] = self.provenances;
        match provenance {
            ElementProvenance::Confirmed => confirmed,
            ElementProvenance::Inferred => inferred,
            ElementProvenance::Proposed => proposed,
        }
    }

    /// The name of a fee kind.
    pub fn fee_kind(&self, kind: FeeKind) -> &'static str {
        let [one_off, periodic] = self.fee_kinds;
        match kind {
            FeeKind::OneOff => one_off,
            FeeKind::Periodic => periodic,
        }
    }
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static FranchiseTexts {
    match lang {
        Lang::Pl => &pl::PL,
        Lang::En => &en::EN,
    }
}

#[path = "franchise_en.rs"]
mod en;
#[path = "franchise_pl.rs"]
mod pl;

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::i18n::Lang;
    use crate::model::franchise::{Decision, Fidelity, FranchisorKind};
    use crate::model::franchise_terms::{TermId, TermStatus};

    #[test]
    fn labels_follow_the_order_the_tables_are_written_in() {
        for lang in Lang::ALL {
            let t = texts(lang);
            for (i, kind) in FranchisorKind::ALL.into_iter().enumerate() {
                assert_eq!(t.franchisor_kind(kind), t.franchisor_kinds[i], "{kind:?}");
            }
            for (i, decision) in Decision::ALL.into_iter().enumerate() {
                assert_eq!(t.decision(decision), t.decisions[i], "{decision:?}");
            }
            for (i, id) in TermId::ALL.into_iter().enumerate() {
                assert_eq!(t.term(id), t.terms[i], "{id:?}");
            }
            for (i, status) in TermStatus::ALL.into_iter().enumerate() {
                assert_eq!(t.status(status), t.statuses[i], "{status:?}");
            }
        }
        let pl = texts(Lang::Pl);
        assert_eq!(
            pl.term(TermId::Fees),
            "Opłaty (jednorazowe, okresowe albo żadne)"
        );
        assert_eq!(pl.status(TermStatus::ToNegotiate), "Do negocjacji");
        assert_eq!(texts(Lang::En).decision(Decision::Drop), "Drop");
    }

    #[test]
    fn both_tables_are_complete_and_the_fidelity_line_reads_right() {
        for lang in Lang::ALL {
            crate::i18n::planning::assert_no_empty_field(&format!("{:?}", texts(lang)));
        }
        let fidelity = Fidelity {
            core_kept: 5,
            core_total: 6,
            adaptations: 3,
        };
        assert_eq!(
            texts(Lang::Pl).fidelity_line(fidelity),
            "Rdzeń modelu zachowany: 5 z 6; adaptacje: 3"
        );
        assert_eq!(
            texts(Lang::En).fidelity_line(fidelity),
            "Model core kept: 5 of 6; adaptations: 3"
        );
    }
}
