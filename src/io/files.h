// Internal: helpers on file paths that several readers share.
#pragma once

#include <string>

namespace parley {

// The file name without folder and extension: "data/ec.csv" -> "ec". A reader
// uses it as the scenario id when the format has no id of its own.
std::string FileStem(const std::string& path);

}  // namespace parley
