// The models that ship with parley, registered once. Adding a model: its own
// files (a header in include/parley/, sources in its subsystem) and one line here.
#include "parley/classic_models.h"
#include "parley/ensemble.h"
#include "parley/eum.h"
#include "parley/exchange.h"
#include "parley/model.h"
#include "parley/smp.h"

namespace parley {

const ModelRegistry& BuiltinModels() {
  static const ModelRegistry registry = [] {
    ModelRegistry models;
    for (ModelSpec spec : {WeightedMedianModel(), CompromiseModel(), NashModel(), EumModel(),
                           SmpModel(), ExchangeModel(), EnsembleModel()}) {
      // The built-in names are distinct and valid, so Add cannot fail.
      (void)models.Add(std::move(spec));
    }
    return models;
  }();
  return registry;
}

}  // namespace parley
