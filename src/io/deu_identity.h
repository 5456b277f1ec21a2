// Internal: naming a scenario read from a DEU-format CSV. Only data that is
// recognisably the DEU III data set is labelled as such; a user's own table in
// the same format is named after its file.
#pragma once

#include <string>

#include "parley/scenario.h"

namespace parley {

// True when every issue id has DEU III's form (proposal "d00032" or
// "a04163", issue "d00032i1") and every actor is one of DEU III's codes (the Commission "com",
// the Parliament "ep" and the member states "at" ... "uk"). An edited copy of
// DEU III keeps these codes and is still recognised; the description then says
// which file it came from.
bool IsDeuIiiData(const Scenario& scenario);

// Sets id, name, description, documents and the outcome sources: "deu" and
// the DEU III citation for DEU III data; the file's stem and the file
// otherwise.
void NameDeuScenario(Scenario& scenario, const std::string& file);

}  // namespace parley
