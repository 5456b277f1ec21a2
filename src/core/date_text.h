// Internal: recognising ISO 8601 calendar dates in text fields (as_of).
#pragma once

#include <string>
#include <string_view>

namespace parley {

// True for "YYYY-MM-DD", "YYYY-MM" and "YYYY" with a real month and day
// (leap years counted), the forms ISO 8601 allows for a calendar date.
bool IsIsoDate(std::string_view text);

// For a date written "DD/MM/YYYY" or "MM/DD/YYYY" (also with '.' or '-'):
// " (did you mean 2017-06-28?)" when the day cannot be a month, or a note
// that day and month are ambiguous; empty for other text.
std::string IsoDateSuggestion(std::string_view text);

}  // namespace parley
