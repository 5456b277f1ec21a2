// The `engagement:` section of a scenario file: trust between actors, the
// status issues trust acts on, actor-specific engagement policies and the
// engagement measures on offer (seed 000). The mechanism that uses them is in
// engagement.h; docs/mechanisms/engagement.md states every rule.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/provenance.h"
#include "parley/result.h"

namespace parley {

// The kinds of engagement seed 000 names: "humanitarian aid, travel,
// educational exchanges, trade, and even some diplomatic links" (para. 1) and
// "both military and civilian confidence-building measures" (para. 3).
enum class MeasureType {
  kHumanitarianAid,
  kTrade,
  kTravel,
  kEducation,
  kDiplomaticContact,
  kMilitaryCbm,
  kCivilianCbm,
};

// "humanitarian_aid", "trade", ... (the spelling used in scenario files).
std::string_view ToString(MeasureType type);
Result<MeasureType> MeasureTypeFromString(std::string_view text);
std::vector<std::string_view> AllMeasureTypeNames();

// What about a measure makes a party accept or veto it (engagement.md, E1-E7).
struct MeasureAttributes {
  // Goes through the parent state or needs its explicit approval (para. 13).
  bool through_parent_state = false;
  // Builds the capacity of the de facto state's institutions (paras. 14, 27).
  bool builds_capacity = false;
  // Implies an international border or recognition (para. 14).
  bool implies_recognition = false;
  // Explicitly tied to settlement talks (paras. 27, 35).
  bool tied_to_settlement_talks = false;
  // Implemented by non-state actors (para. 33).
  bool non_state_implementers = false;
  // Meetings held on neutral ground (para. 33).
  bool neutral_ground = false;
  // Bypasses the de facto authorities, e.g. community-to-community (para. 20).
  bool bypasses_de_facto_authorities = false;
};

// The attribute names used in scenario files ("through_parent_state", ...):
// the names of the attributes that are true, in declaration order.
std::vector<std::string_view> TrueAttributeNames(const MeasureAttributes& attributes);
std::vector<std::string_view> AllMeasureAttributeNames();
// Sets the attribute called `name` to true; kInvalidInput naming the known
// names when there is none.
Status SetMeasureAttribute(MeasureAttributes& attributes, std::string_view name);

struct EngagementMeasure {
  std::string id;
  std::string name;
  std::string description;
  MeasureType type = MeasureType::kCivilianCbm;
  std::vector<std::size_t> parties;  // actors whose acceptance it needs (Scenario::actors)
  MeasureAttributes attributes;
  Provenance provenance;  // "type", "parties", "attributes"
  int line = 0;
};

// Conditions an actor sets beyond the rules its role and red lines imply.
struct EngagementPolicy {
  std::size_t actor = 0;
  // Accepts only measures tied to settlement talks (Azerbaijan, seed 000
  // para. 16: "CBMs are conditional on progress in the peace talks").
  bool requires_settlement_link = false;
  // Types exempt from requires_settlement_link (para. 9: "with the exception
  // of some humanitarian work, such as the clearing of mines").
  std::vector<MeasureType> exempt_types;
  // Types always vetoed (para. 8: South Ossetia "has strongly resisted almost
  // all forms of interaction").
  std::vector<MeasureType> rejected_types;
  Provenance provenance;  // one entry per field given
  int line = 0;
};

// Trust between two actors, in [0, 1]; symmetric.
struct TrustLink {
  std::size_t first = 0;
  std::size_t second = 0;
  double trust = 0.0;
  Provenance provenance;  // "trust"
  int line = 0;
};

struct EngagementSettings {
  // Trust of every pair not listed in `trust`, in [0, 1]. Unset: the
  // mechanism's default (EngagementOptions::default_trust).
  std::optional<double> default_trust;
  std::vector<TrustLink> trust;
  // Issues whose salience and red lines trust moves; on each, the scale's max
  // end is taken as separation (recognition of the de facto state) and the
  // min end as reintegration.
  std::vector<std::size_t> status_issues;
  std::vector<EngagementPolicy> policies;
  std::vector<EngagementMeasure> measures;
  Provenance provenance;  // "default_trust"
  int line = 0;           // where the section starts (0: no section)

  bool IsEmpty() const {
    return !default_trust && trust.empty() && status_issues.empty() && policies.empty() &&
           measures.empty();
  }
};

}  // namespace parley
