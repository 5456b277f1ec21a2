// One round of the expected-utility model: the risk step (Scholz 2011 eqs.
// 32-34), the classification of every dyad (fig. 6, eqs. 35-36) and the choice
// among offers (section 6.2; A7), applied simultaneously.
#include "models/eum_round.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "parley/classic_models.h"

namespace parley::eum {
namespace {

// Security values closer than this (relative to their size) count as equal, so
// rounding noise in a symmetric case cannot produce risk scores of +-1.
constexpr double kEqualSecurity = 1e-12;

// max - min of the positions of the actors who take part (0 for none).
double Spread(const IssueProblem& problem, const std::vector<double>& position) {
  double low = HUGE_VAL;
  double high = -HUGE_VAL;
  for (std::size_t i = 0; i < position.size(); ++i) {
    if (!TakesPart(problem, i)) continue;
    low = std::min(low, position[i]);
    high = std::max(high, position[i]);
  }
  return high >= low ? high - low : 0.0;
}

std::vector<double> Weights(const IssueProblem& problem) {
  std::vector<double> weight(problem.ActorCount());
  for (std::size_t i = 0; i < weight.size(); ++i) weight[i] = problem.Weight(i);
  return weight;
}

// Receiver i's reading of one dyad (a = E(i challenges j), b = E(j challenges i)):
//   b > a > 0             confrontation lost: i moves to x_j (only if conflicts move, A8);
//   a < 0 < b, b > |a|    compromise: x_i + (x_j - x_i) |a / b| (eq. 36; BDM 1994 p. 96);
//   a < 0 < b, b < |a|    capitulation: i moves to x_j (if enabled; off in scholz_code).
// Worked number (models.md 3.6.4): Belgium (7) and France (10), a = -0.1148,
// b = 0.2433: 7 + 3 x 0.4719 = 8.415932.
std::optional<EumMove> ClassifyOffer(const EumSettings& settings, const EumSnapshot& snapshot,
                                     std::size_t i, std::size_t j, EumViewPoint view) {
  const double a = view.x;
  const double b = view.y;
  const double x_i = snapshot.position[i];
  const double x_j = snapshot.position[j];
  EumMove move{i, j, EumMoveKind::kCompromise, a, b, x_j};
  if (b > a && a > 0.0) {
    if (!settings.conflict_moves) return std::nullopt;
    move.kind = EumMoveKind::kConfrontationLost;
  } else if (b > 0.0 && a < 0.0 && b > -a) {
    move.position = x_i + (x_j - x_i) * std::abs(a / b);
  } else if (b > 0.0 && a < 0.0 && b < -a && settings.capitulation) {
    move.kind = EumMoveKind::kCapitulation;
  } else {
    return std::nullopt;
  }
  return move;
}

// jmckib's ordering (models.md 3.4 item 5): any lost confrontation first, the
// nearest target winning; else the compromise with the smallest
// (|a| x_i + |b| x_j) / (|a| + |b|); else the nearest capitulation. Ties keep
// the first offer in actor order.
const EumMove* SelectScholzCode(const std::vector<EumMove>& offers, const EumSnapshot& snapshot) {
  const auto key = [&](const EumMove& offer) {
    const double x_i = snapshot.position[offer.mover];
    if (offer.kind != EumMoveKind::kCompromise) return std::abs(x_i - offer.position);
    const double a = std::abs(offer.mover_utility);
    const double b = std::abs(offer.proposer_utility);
    return (a * x_i + b * snapshot.position[offer.proposer]) / (a + b);
  };
  for (EumMoveKind kind :
       {EumMoveKind::kConfrontationLost, EumMoveKind::kCompromise, EumMoveKind::kCapitulation}) {
    const EumMove* best = nullptr;
    for (const EumMove& offer : offers) {
      if (offer.kind == kind && (best == nullptr || key(offer) < key(*best))) best = &offer;
    }
    if (best != nullptr) return best;
  }
  return nullptr;
}

// kMostEnforceable: highest proposer utility b, then the smallest move;
// kSmallestMove: the smallest move, then the highest b. Ties keep actor order.
const EumMove* SelectByRank(const std::vector<EumMove>& offers, const EumSnapshot& snapshot,
                            bool enforceability_first) {
  const auto rank = [&](const EumMove& offer) {
    const double move = std::abs(offer.position - snapshot.position[offer.mover]);
    return enforceability_first ? std::pair(-offer.proposer_utility, move)
                                : std::pair(move, -offer.proposer_utility);
  };
  const EumMove* best = nullptr;
  for (const EumMove& offer : offers) {
    if (best == nullptr || rank(offer) < rank(*best)) best = &offer;
  }
  return best;
}

// Only actors who take part make and receive offers.
// `offers` is scratch space reused across actors.
std::optional<EumMove> BestOffer(const IssueProblem& problem, const Pass& pass,
                                 const EumSettings& settings, const EumSnapshot& snapshot,
                                 std::size_t i, std::vector<EumMove>& offers) {
  if (!TakesPart(problem, i)) return std::nullopt;
  offers.clear();
  for (std::size_t j = 0; j < pass.ActorCount(); ++j) {
    if (!TakesPart(problem, j) || snapshot.position[j] == snapshot.position[i]) continue;
    auto offer = ClassifyOffer(settings, snapshot, i, j, ViewPoint(pass, settings, i, j));
    if (offer) offers.push_back(*offer);
  }
  const EumMove* best = nullptr;
  switch (settings.offer_selection) {
    case EumOfferSelection::kScholzCode:
      best = SelectScholzCode(offers, snapshot);
      break;
    case EumOfferSelection::kMostEnforceable:
      best = SelectByRank(offers, snapshot, true);
      break;
    case EumOfferSelection::kSmallestMove:
      best = SelectByRank(offers, snapshot, false);
      break;
  }
  if (best == nullptr) return std::nullopt;
  return *best;
}

}  // namespace

EumSnapshot MakeSnapshot(const IssueProblem& problem, const EumSettings& settings,
                         std::vector<double> position) {
  EumSnapshot snapshot;
  switch (settings.range) {
    case EumRange::kInitialPositions:
      snapshot.range = Spread(problem, problem.position);
      break;
    case EumRange::kCurrentPositions:
      snapshot.range = Spread(problem, position);
      break;
    case EumRange::kScale:
      snapshot.range = problem.Range();
      break;
  }
  snapshot.median = WeightedMedianPosition(position, Weights(problem));
  snapshot.position = std::move(position);
  return snapshot;
}

EumViewPoint ViewPoint(const Pass& pass, const EumSettings& settings, std::size_t viewer,
                       std::size_t other) {
  const std::size_t other_pricer = settings.perspective == EumPerspective::kViewer ? viewer : other;
  return {other, pass.PricedExpectedUtility(viewer, viewer, other),
          pass.PricedExpectedUtility(other_pricer, other, viewer)};
}

// Sec_i = sum_{j != i} E(j challenges i), all r = 1 (eq. 34; A3);
// R_i = (2 Sec_i - max - min) / (max - min) (eq. 32); r_i = (1 - R_i/3) / (1 + R_i/3)
// (eq. 33). Worked number (models.md 3.6.4): Belgium Sec = 1.4283, R = 0.4204,
// r = 0.754196; Denmark, the most secure, r = 2; Ireland, the least, r = 0.5.
EumRisk ComputeRisk(const IssueProblem& problem, const EumSettings& settings,
                    const EumSnapshot& snapshot, PassStorage& storage) {
  const std::size_t n = snapshot.position.size();
  Pass pass(problem, settings, snapshot, std::vector<double>(n, 1.0), std::move(storage));
  EumRisk risk{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0),
               std::vector<double>(n, 1.0)};
  double min_security = HUGE_VAL;
  double max_security = -HUGE_VAL;
  for (std::size_t i = 0; i < n; ++i) {
    if (!TakesPart(problem, i)) continue;
    for (std::size_t j = 0; j < n; ++j) {
      if (j != i && TakesPart(problem, j)) risk.security[i] += pass.PricedExpectedUtility(j, j, i);
    }
    min_security = std::min(min_security, risk.security[i]);
    max_security = std::max(max_security, risk.security[i]);
  }
  storage = std::move(pass).Release();
  if (!(max_security >= min_security)) return risk;  // nobody takes part
  const double spread = max_security - min_security;
  const double size = 1.0 + std::max(std::abs(min_security), std::abs(max_security));
  if (spread <= kEqualSecurity * size) return risk;
  for (std::size_t i = 0; i < n; ++i) {
    if (!TakesPart(problem, i)) continue;
    const double score = (2.0 * risk.security[i] - max_security - min_security) / spread;
    risk.score[i] = std::clamp(score, -1.0, 1.0);
    risk.exponent[i] = (1.0 - risk.score[i] / 3.0) / (1.0 + risk.score[i] / 3.0);
  }
  return risk;
}

EumStepResult ComputeStep(const IssueProblem& problem, const EumSettings& settings,
                          const EumSnapshot& snapshot, PassStorage& storage) {
  EumStepResult step;
  step.risk = ComputeRisk(problem, settings, snapshot, storage);
  Pass pass(problem, settings, snapshot, step.risk.exponent, std::move(storage));
  step.position = snapshot.position;
  step.move.resize(snapshot.position.size());
  std::vector<EumMove> offers;
  offers.reserve(snapshot.position.size());
  for (std::size_t i = 0; i < snapshot.position.size(); ++i) {
    step.move[i] = BestOffer(problem, pass, settings, snapshot, i, offers);
    if (step.move[i]) step.position[i] = step.move[i]->position;
  }
  storage = std::move(pass).Release();
  return step;
}

}  // namespace parley::eum
