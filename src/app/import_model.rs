//! Importing a franchisor's own model file into the catalogue.

use super::PlannerApp;
use crate::dialogs::Modal;
use crate::i18n::catalogue::cat_tr;
use crate::io::model_files::{import_model_file, imported_file_path};
use crate::model::catalogue::Catalogue;

impl PlannerApp {
    /// Asks for a model file, checks it and copies it into the imported models folder.
    /// On success the model joins the catalogue, marked as imported; on failure an error
    /// says why and nothing changes.
    pub(super) fn import_model(&mut self) {
        let Some(source) = self
            .services
            .dialogs
            .pick_model_to_import(&self.services.plans_dir)
        else {
            return;
        };
        let lang = self.prefs.lang;
        let c = cat_tr(lang);
        let dir = &self.services.imported_models_dir;
        match import_model_file(&source, dir, &self.catalogue) {
            Ok(model) => {
                log::info!("Imported the model {:?} from {source:?}", model.id);
                let copy = imported_file_path(dir, &model.id);
                self.toasts.info((c.import.done)(
                    model.name(lang),
                    &copy.display().to_string(),
                ));
                self.catalogue_screen.imported.insert(model.id.clone());
                let mut models = std::mem::take(&mut self.catalogue.models);
                models.push(model);
                self.catalogue = Catalogue::from_models(models);
            }
            Err(err) => {
                log::error!("Importing the model file {source:?} failed: {err}");
                self.modal = Some(Modal::Error((c.import.failed)(
                    &err.reason(lang),
                    &source.display().to_string(),
                )));
            }
        }
    }
}
