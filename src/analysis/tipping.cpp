// Tipping points by scanning and bisection (include/parley/tipping.h).
#include "parley/tipping.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace parley {
namespace {

// One single-input search: issue, threshold, actor, field.
struct Task {
  std::size_t issue = 0;      // index into the result
  std::size_t threshold = 0;  // index into its thresholds
  std::size_t actor = 0;
  UncertainField field = UncertainField::kCapability;
};

struct IssueSetup {
  Scenario base;          // the issue alone (or the whole scenario for joint models)
  std::size_t local = 0;  // the issue's index in `base`
};

class Searcher {
 public:
  Searcher(const ConfiguredModel& model, const TippingOptions& options, Evaluation evaluation,
           RunContext context)
      : model_(model),
        options_(options),
        evaluation_(std::move(evaluation)),
        context_(std::move(context)) {}

  Result<DrawOutcome> Outcome(const Scenario& scenario, std::size_t issue) const {
    auto outcomes = EvaluateDraw(scenario, model_, evaluation_, context_);
    if (!outcomes) return tl::unexpected(outcomes.error());
    return (*outcomes)[issue];
  }

  Result<std::optional<double>> Evaluate(const Scenario& scenario, std::size_t issue) const {
    auto outcome = Outcome(scenario, issue);
    if (!outcome) return tl::unexpected(outcome.error());
    if (!outcome->HasOutcome()) return std::optional<double>();
    return std::optional<double>(outcome->outcome);
  }

  // The smallest change of one input crossing `threshold`, if any.
  Result<std::optional<TippingChange>> Search(const IssueSetup& setup,
                                              const TippingThreshold& threshold, std::size_t actor,
                                              UncertainField field) const {
    Scenario scenario = setup.base;
    double* slot = nullptr;
    double low = 0.0, high = 0.0;
    const Scale& scale = scenario.issues[setup.local].scale;
    if (field == UncertainField::kCapability) {
      slot = &scenario.actors[actor].capability;
      low = *slot * options_.capability_min_factor;
      high = *slot * options_.capability_max_factor;
    } else {
      for (Stance& stance : scenario.stances) {
        if (stance.actor != actor || stance.issue != setup.local) continue;
        slot = field == UncertainField::kPosition ? &stance.position : &stance.salience;
      }
      if (slot == nullptr) return std::optional<TippingChange>();
      low = field == UncertainField::kPosition ? scale.min : 0.0;
      high = field == UncertainField::kPosition ? scale.max : 1.0;
    }
    const double from = *slot;
    const bool logarithmic = field == UncertainField::kCapability;
    auto crossed = [&](double x) -> Result<bool> {
      *slot = x;
      auto outcome = Evaluate(scenario, setup.local);
      *slot = from;
      if (!outcome) return tl::unexpected(outcome.error());
      if (!*outcome) return false;
      return threshold.forecast_above ? **outcome <= threshold.value : **outcome >= threshold.value;
    };
    auto between = [&](double a, double b, double share) {
      return logarithmic ? a * std::pow(b / a, share) : a + (b - a) * share;
    };
    std::optional<TippingChange> best;
    for (double end : {high, low}) {
      if (end == from) continue;
      double inside = from;  // last value known not to cross
      for (int step = 1; step <= options_.scan_steps; ++step) {
        const double x = between(from, end, static_cast<double>(step) / options_.scan_steps);
        auto hit = crossed(x);
        if (!hit) return tl::unexpected(hit.error());
        if (!*hit) {
          inside = x;
          continue;
        }
        double outside = x;
        for (int halving = 0; halving < options_.bisection_steps; ++halving) {
          const double middle = between(inside, outside, 0.5);
          auto again = crossed(middle);
          if (!again) return tl::unexpected(again.error());
          (*again ? outside : inside) = middle;
        }
        TippingChange change{actor, field, from, outside, 1.0, 0.0};
        if (logarithmic) {
          change.factor = outside / from;
          change.size = std::fabs(std::log10(change.factor));
        } else {
          change.size = std::fabs(outside - from) /
                        (field == UncertainField::kPosition ? scale.Range() : 1.0);
        }
        if (!best || change.size < best->size) best = change;
        break;
      }
    }
    return best;
  }

 private:
  const ConfiguredModel& model_;
  TippingOptions options_;
  Evaluation evaluation_;
  RunContext context_;
};

std::vector<TippingThreshold> ThresholdsOf(const Scenario& scenario, std::size_t issue,
                                           double point) {
  const Scale& scale = scenario.issues[issue].scale;
  const double tolerance = 1e-9 * scale.Range();
  std::vector<TippingThreshold> thresholds;
  auto add = [&](double value, std::optional<std::size_t> actor) {
    if (value <= scale.min + tolerance || value >= scale.max - tolerance) return;
    auto same = std::find_if(thresholds.begin(), thresholds.end(), [&](const TippingThreshold& t) {
      return std::fabs(t.value - value) <= tolerance;
    });
    if (same == thresholds.end()) {
      thresholds.push_back(TippingThreshold{
          value, false, {}, point > value, std::fabs(point - value) <= tolerance, {}});
      same = thresholds.end() - 1;
    }
    if (actor) {
      if (std::find(same->actors.begin(), same->actors.end(), *actor) == same->actors.end()) {
        same->actors.push_back(*actor);
      }
    } else {
      same->midpoint = true;
    }
  };
  for (const Stance& stance : scenario.stances) {
    if (stance.issue != issue || !stance.red_line) continue;
    add(stance.red_line->low, stance.actor);
    add(stance.red_line->high, stance.actor);
  }
  add(scale.min + scale.Range() / 2.0, std::nullopt);
  for (TippingThreshold& threshold : thresholds) {
    std::sort(threshold.actors.begin(), threshold.actors.end());
  }
  std::sort(thresholds.begin(), thresholds.end(),
            [](const TippingThreshold& a, const TippingThreshold& b) { return a.value < b.value; });
  return thresholds;
}

Status CheckOptions(const TippingOptions& options) {
  if (!(options.capability_min_factor > 0.0 && options.capability_min_factor < 1.0) ||
      !(options.capability_max_factor > 1.0 && options.capability_max_factor <= 1000.0)) {
    return InvalidArgument("capability factors must satisfy 0 < min < 1 < max <= 1000");
  }
  if (options.scan_steps < 2 || options.scan_steps > 1000 || options.bisection_steps < 1 ||
      options.bisection_steps > 200) {
    return InvalidArgument("scan steps must be in [2, 1000] and bisection steps in [1, 200]");
  }
  return Ok();
}

}  // namespace

Result<std::vector<IssueTipping>> FindTippingPoints(const Scenario& scenario,
                                                    const ConfiguredModel& model,
                                                    const TippingOptions& options,
                                                    const RunContext& context, ThreadPool* pool) {
  if (Status valid = CheckOptions(options); !valid) return tl::unexpected(valid.error());
  RunContext quiet = context;
  quiet.pool = nullptr;  // the searches run in parallel on `pool`
  const Searcher searcher(model, options, options.evaluation, quiet);
  // Under a regime or a timeline the issues are negotiated together: each
  // search sees the whole scenario.
  const bool whole = model.spec().joint || options.evaluation.regime.has_value() ||
                     options.evaluation.timeline.has_value();
  std::vector<IssueTipping> result;
  std::vector<IssueSetup> setups;
  std::vector<Task> tasks;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    IssueSetup setup;
    setup.base = whole ? WithoutUncertainty(scenario) : RestrictToIssues(scenario, {k});
    setup.local = whole ? k : 0;
    IssueTipping issue;
    issue.issue = k;
    auto point = searcher.Outcome(setup.base, setup.local);
    if (!point) return tl::unexpected(point.error());
    if (point->HasOutcome()) {
      issue.point = point->outcome;
      issue.thresholds = ThresholdsOf(scenario, k, point->outcome);
    } else {
      issue.point_reason = point->reason;
    }
    for (std::size_t t = 0; t < issue.thresholds.size(); ++t) {
      if (issue.thresholds[t].on_threshold) continue;
      for (const Stance& stance : scenario.stances) {
        if (stance.issue != k) continue;
        for (UncertainField field :
             {UncertainField::kCapability, UncertainField::kSalience, UncertainField::kPosition}) {
          tasks.push_back(Task{result.size(), t, stance.actor, field});
        }
      }
    }
    result.push_back(std::move(issue));
    setups.push_back(std::move(setup));
  }
  std::vector<std::optional<TippingChange>> found(tasks.size());
  std::vector<std::optional<Error>> errors(tasks.size());
  auto run = [&](std::size_t n, int /*thread*/) {
    const Task& task = tasks[n];
    auto change = searcher.Search(setups[task.issue], result[task.issue].thresholds[task.threshold],
                                  task.actor, task.field);
    if (!change) {
      errors[n] = change.error();
    } else {
      found[n] = *change;
    }
  };
  // Blocks of searches, so that a progress line moves; each writes its own slot.
  constexpr std::size_t kTaskBlock = 16;
  for (std::size_t start = 0; start < tasks.size(); start += kTaskBlock) {
    const std::size_t count = std::min(kTaskBlock, tasks.size() - start);
    auto task = [&](std::size_t index, int thread) { run(start + index, thread); };
    if (pool != nullptr) {
      pool->ForEach(count, task);
    } else {
      for (std::size_t index = 0; index < count; ++index) task(index, 0);
    }
    if (options.progress) options.progress(start + count, tasks.size());
  }
  for (std::size_t n = 0; n < tasks.size(); ++n) {
    if (errors[n]) return tl::unexpected(*errors[n]);
    if (found[n])
      result[tasks[n].issue].thresholds[tasks[n].threshold].changes.push_back(*found[n]);
  }
  for (IssueTipping& issue : result) {
    for (TippingThreshold& threshold : issue.thresholds) {
      std::stable_sort(
          threshold.changes.begin(), threshold.changes.end(),
          [](const TippingChange& a, const TippingChange& b) { return a.size < b.size; });
    }
  }
  return result;
}

}  // namespace parley
