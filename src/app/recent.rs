//! The recent plans as the start screen lists them, from what the preferences remember.

use super::PlannerApp;
use crate::i18n::start::texts;
use crate::i18n::tr;
use crate::prefs::PlanMemory;
use crate::ui::recent_plans::RecentRow;

impl PlannerApp {
    /// One row per recent plan, newest first; a plan whose file is gone is marked so.
    pub(super) fn recent_rows(&self) -> Vec<RecentRow> {
        let lang = self.prefs.lang;
        self.prefs
            .recent
            .iter()
            .map(|path| {
                let memory = self.prefs.plan_memory(path);
                let file_name = path
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned());
                let title = memory
                    .map(|m| m.name.clone())
                    .filter(|name| !name.is_empty())
                    .or(file_name)
                    .unwrap_or_else(|| tr(lang).untitled.to_owned());
                let detail = memory.map(|m| self.recent_detail(m)).unwrap_or_default();
                RecentRow {
                    path: path.clone(),
                    title,
                    detail,
                    exists: self.recent_files.contains(path),
                }
            })
            .collect()
    }

    /// "Gniezno · <model> · saved 04.12.2026 09:30": the place (when given), the model and
    /// when the plan was last saved.
    fn recent_detail(&self, memory: &PlanMemory) -> String {
        let lang = self.prefs.lang;
        let t = texts(lang);
        let model = memory.model_id.as_deref().map_or(t.no_model, |id| {
            self.catalogue.get(id).map_or(id, |m| m.name(lang))
        });
        let mut parts: Vec<String> = Vec::new();
        if !memory.place.is_empty() {
            parts.push(memory.place.clone());
        }
        parts.push(model.to_owned());
        if let Some(saved) = memory.saved {
            parts.push((t.saved)(&super::panels::format_time(lang, saved)));
        }
        parts.join(" · ")
    }
}
