//! The catalogue of replicable models: data types, loading of the built-in files, lookup
//! and validation. The data lives in `assets/models/*.json`, one file per model.

use serde::{Deserialize, Serialize};

use super::franchise_elements::ModelElement;
use super::franchise_terms::TermGroup;
use super::taxonomy::{FounderRoute, PartnerKind, Phase, ReplicatorKind, ServiceKind, TargetGroup};
use super::text::{Fact, Lang, Text};

/// The `format` marker every model file carries.
pub const MODEL_FORMAT: &str = "social-franchise-model";

/// The model-file format version this build reads and writes.
pub const MODEL_FORMAT_VERSION: u32 = 1;

/// Integration models give work to excluded people; service models start from a public service.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    /// Built around a group of people at risk of exclusion.
    Integration,
    /// Built around a public-utility service.
    Service,
}

impl Family {
    /// The value used in JSON and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::Integration => "integration",
            Self::Service => "service",
        }
    }
}

/// How much is known about where a model comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Part of the series, with its pilot cooperative and/or manual confirmed.
    SeriesConfirmed,
    /// Named by the series, but its pilot and manual could not be confirmed.
    SeriesNamed,
    /// A related model from outside the series.
    OutsideSeries,
}

impl Provenance {
    /// The value used in JSON and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Self::SeriesConfirmed => "series_confirmed",
            Self::SeriesNamed => "series_named",
            Self::OutsideSeries => "outside_series",
        }
    }
}

/// The cooperative that first tested a model. Only given where a source confirms it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pilot {
    /// The cooperative's name as published.
    pub name: String,
    /// Town or area; `None` where no source names it.
    #[serde(default)]
    pub place: Option<String>,
    /// The year the pilot's work on the model started (Arka: start of the implementation,
    /// Nazaret: start of the cooperative, Aktywni: opening of the kindergarten); `None` where
    /// unknown. Shown as "pilot from <year>".
    #[serde(default)]
    pub year: Option<u16>,
}

/// The manual of the series that documents a model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manual {
    /// The title as published (Polish).
    pub title: String,
    /// The author as published.
    pub author: String,
}

/// A published source a model's facts come from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// A short description of the source, in the source's own language (Polish).
    pub title: String,
    /// The title translated into English, where given; the Polish one stays the original.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title_en: Option<String>,
    /// Where to read it (http or https).
    pub url: String,
}

impl Source {
    /// The title as shown in `lang`: the original in Polish; in English the English title
    /// with the Polish original beside it (the original alone when no translation is given).
    pub fn title_in(&self, lang: Lang) -> String {
        let original = self.title.trim();
        match (lang, self.title_en.as_deref().map(str::trim)) {
            (Lang::En, Some(en)) if !en.is_empty() => format!("{en} [PL: {original}]"),
            _ => original.to_owned(),
        }
    }
}

/// A checklist item a model adds to the common checklist.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemTemplate {
    /// Stable id, unique within the model.
    pub id: String,
    /// The phase the item belongs to.
    pub phase: Phase,
    /// What to do.
    pub text: Text,
    /// Why it matters.
    pub why: Text,
    /// The legal basis, where there is one (act and article, in Polish).
    #[serde(default)]
    pub legal_basis: Option<String>,
    /// True when the fact behind the item still needs checking.
    #[serde(default)]
    pub verify: bool,
    /// A URL the item comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// The founder routes the item applies to; empty means every route.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<FounderRoute>,
    /// The kinds of replicator the item applies to; empty means every kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<ReplicatorKind>,
    /// For the agreement tasks: the group of agreement terms the item negotiates. Such an
    /// item applies only where there is an agreement (not to an open replication), and its
    /// status follows the terms of the group (see `checklist_terms`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_group: Option<TermGroup>,
}

/// What a model needs and offers, in closed vocabularies, for filters and the recommendation.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FitTags {
    /// Groups the model employs.
    #[serde(default)]
    pub target_groups: Vec<TargetGroup>,
    /// Services the cooperative sells.
    #[serde(default)]
    pub services: Vec<ServiceKind>,
    /// Founder routes the model suits.
    #[serde(default)]
    pub founder_routes: Vec<FounderRoute>,
    /// Partners the model relies on.
    #[serde(default)]
    pub partners: Vec<PartnerKind>,
    /// True when the model cannot start without dedicated premises.
    #[serde(default)]
    pub needs_premises: bool,
}

/// One replicable model.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModelEntry {
    /// Always [`MODEL_FORMAT`].
    pub format: String,
    /// Always [`MODEL_FORMAT_VERSION`] for files this build writes.
    pub format_version: u32,
    /// Stable id (`snake_case`), used in plan files.
    pub id: String,
    /// The model's name.
    pub name: Text,
    /// Integration or service.
    pub family: Family,
    /// How much is known about its origin.
    pub provenance: Provenance,
    /// The pilot cooperative, only where confirmed.
    #[serde(default)]
    pub pilot: Option<Pilot>,
    /// The series manual, only where confirmed.
    #[serde(default)]
    pub manual: Option<Manual>,
    /// Two or three sentences on what the model is.
    pub summary: Text,
    /// Who the model is for (manual chapter I).
    #[serde(default)]
    pub target_group: Vec<Fact>,
    /// Local needs the model answers (chapter II).
    #[serde(default)]
    pub diagnosis: Vec<Fact>,
    /// What a replication aims at (chapter III).
    #[serde(default)]
    pub goals: Vec<Fact>,
    /// What the cooperative sells.
    #[serde(default)]
    pub services: Vec<Fact>,
    /// Key partners.
    #[serde(default)]
    pub partners: Vec<Fact>,
    /// What must be in place before starting.
    #[serde(default)]
    pub prerequisites: Vec<Fact>,
    /// Items this model adds to the common checklist.
    #[serde(default)]
    pub checklist: Vec<ItemTemplate>,
    /// Risks (chapter VI).
    #[serde(default)]
    pub risks: Vec<Fact>,
    /// Monitoring indicators (chapter VII).
    #[serde(default)]
    pub monitoring: Vec<Fact>,
    /// Expected impact (chapter VIII).
    #[serde(default)]
    pub impact: Vec<Fact>,
    /// Where money for this model usually comes from.
    #[serde(default)]
    pub funding: Vec<Fact>,
    /// Published sources.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Tags for filters and the recommendation.
    #[serde(default)]
    pub fit: FitTags,
    /// Core and adaptable elements, for the franchise step.
    #[serde(default)]
    pub elements: Vec<ModelElement>,
}

impl ModelEntry {
    /// The model's name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        self.name.get(lang)
    }
}

/// The models the app knows about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Catalogue {
    /// The models, sorted by family and then id.
    pub models: Vec<ModelEntry>,
}

/// The built-in model files, embedded at compile time.
const BUILT_IN: &[(&str, &str)] = &include!(concat!(env!("OUT_DIR"), "/built_in_models.rs"));

impl Catalogue {
    /// The built-in catalogue. Files that fail to parse are left out and logged; the tests make
    /// sure none does.
    pub fn built_in() -> Self {
        let mut models = Vec::new();
        for (name, json) in BUILT_IN {
            match parse_model(json) {
                Ok(model) => models.push(model),
                Err(err) => log::error!("Built-in model file {name:?} is invalid: {err}"),
            }
        }
        Self::from_models(models)
    }

    /// A catalogue of the given models, sorted.
    pub fn from_models(mut models: Vec<ModelEntry>) -> Self {
        models.sort_by(|a, b| {
            (a.family != Family::Integration, &a.id).cmp(&(b.family != Family::Integration, &b.id))
        });
        Self { models }
    }

    /// The model with this id.
    pub fn get(&self, id: &str) -> Option<&ModelEntry> {
        self.models.iter().find(|m| m.id == id)
    }

    /// The built-in file names, for tests and diagnostics.
    pub fn built_in_files() -> impl Iterator<Item = (&'static str, &'static str)> {
        BUILT_IN.iter().copied()
    }
}

/// Parses one model file and checks its format marker.
pub fn parse_model(json: &str) -> Result<ModelEntry, String> {
    let model: ModelEntry = serde_json::from_str(json).map_err(|err| err.to_string())?;
    if model.format != MODEL_FORMAT {
        return Err(format!(
            "\"format\" is {:?}, expected {MODEL_FORMAT:?}",
            model.format
        ));
    }
    if model.format_version > MODEL_FORMAT_VERSION {
        return Err(format!(
            "\"format_version\" {} is newer than this app reads ({MODEL_FORMAT_VERSION})",
            model.format_version
        ));
    }
    Ok(model)
}
