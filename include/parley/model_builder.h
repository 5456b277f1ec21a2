// Builds a ModelSpec from a model's own options struct, one option per line:
//
//   return ModelBuilder<EumOptions>("eum", "Bueno de Mesquita's expected-utility model")
//       .Integer("max_rounds", &EumOptions::max_rounds, 1, 10000,
//                "Scholz et al. 2011, Appendix step 13", "round cap")
//       .Check(ValidateEumOptions)
//       .Run(RunEumOnScenario);
//
// Every option gets its default from a default-constructed Options, its range
// from the bounds given, and its reference and description as written.
#pragma once

#include <fmt/format.h>

#include <any>
#include <charconv>
#include <cmath>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "parley/model.h"

namespace parley {

namespace model_builder_detail {
// Parses a whole string as a finite double / a bool ("true", "false").
Result<double> ParseNumber(std::string_view text);
Result<bool> ParseFlag(std::string_view text);
// "eum.q 1.5 outside [0, 1]" style errors.
tl::unexpected<Error> OutOfRange(std::string_view model, std::string_view option,
                                 std::string_view value, std::string_view range);
std::string FormatNumber(double value);
}  // namespace model_builder_detail

template <typename Options>
class ModelBuilder {
 public:
  using Setter = std::function<Status(Options&, std::string_view)>;
  using Getter = std::function<std::string(const Options&)>;
  using Runner =
      std::function<Result<ScenarioForecast>(const Scenario&, const Options&, const RunContext&)>;

  ModelBuilder(std::string name, std::string description) {
    spec_.name = std::move(name);
    spec_.description = std::move(description);
  }

  // Any option: a setter from text and a getter to text.
  ModelBuilder& Option(std::string name, std::string range, std::string reference,
                       std::string description, Setter set, Getter get) {
    spec_.options.push_back(
        {name, get(Options{}), std::move(range), std::move(reference), std::move(description)});
    fields_.push_back({std::move(name), std::move(set), std::move(get)});
    return *this;
  }

  // A real number in [low, high].
  ModelBuilder& Number(std::string name, double Options::*member, double low, double high,
                       std::string reference, std::string description) {
    const std::string range = fmt::format("[{}, {}]", model_builder_detail::FormatNumber(low),
                                          model_builder_detail::FormatNumber(high));
    const std::string model = spec_.name;
    return Option(
        name, range, std::move(reference), std::move(description),
        [=](Options& options, std::string_view text) -> Status {
          auto value = model_builder_detail::ParseNumber(text);
          if (!value || *value < low || *value > high) {
            return model_builder_detail::OutOfRange(model, name, text, range);
          }
          options.*member = *value;
          return Ok();
        },
        [=](const Options& options) {
          return model_builder_detail::FormatNumber(options.*member);
        });
  }

  // An integer in [low, high].
  template <typename Int>
  ModelBuilder& Integer(std::string name, Int Options::*member, Int low, Int high,
                        std::string reference, std::string description) {
    const std::string range = fmt::format("[{}, {}]", low, high);
    const std::string model = spec_.name;
    return Option(
        name, range, std::move(reference), std::move(description),
        [=](Options& options, std::string_view text) -> Status {
          Int value{};
          const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
          if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
              value < low || value > high) {
            return model_builder_detail::OutOfRange(model, name, text, range);
          }
          options.*member = value;
          return Ok();
        },
        [=](const Options& options) { return fmt::format("{}", options.*member); });
  }

  // true or false.
  ModelBuilder& Flag(std::string name, bool Options::*member, std::string reference,
                     std::string description) {
    const std::string model = spec_.name;
    return Option(
        name, "true, false", std::move(reference), std::move(description),
        [=](Options& options, std::string_view text) -> Status {
          auto value = model_builder_detail::ParseFlag(text);
          if (!value) return model_builder_detail::OutOfRange(model, name, text, "true, false");
          options.*member = *value;
          return Ok();
        },
        [=](const Options& options) { return std::string(options.*member ? "true" : "false"); });
  }

  // One of an enum's names, through the enum's own FromString and ToString.
  template <typename Enum, typename Parse, typename Print>
  ModelBuilder& Choice(std::string name, Enum Options::*member, Parse parse, Print print,
                       std::string choices, std::string reference, std::string description) {
    const std::string model = spec_.name;
    return Option(
        name, choices, std::move(reference), std::move(description),
        [=](Options& options, std::string_view text) -> Status {
          auto value = parse(text);
          if (!value) return model_builder_detail::OutOfRange(model, name, text, choices);
          options.*member = *value;
          return Ok();
        },
        [=](const Options& options) { return std::string(print(options.*member)); });
  }

  ModelBuilder& RoundsOption(std::string option) {
    spec_.rounds_option = std::move(option);
    return *this;
  }
  ModelBuilder& MinRoundsOption(std::string option) {
    spec_.min_rounds_option = std::move(option);
    return *this;
  }
  ModelBuilder& Joint() {
    spec_.joint = true;
    return *this;
  }
  ModelBuilder& CombinesModels() {
    spec_.combines_models = true;
    return *this;
  }
  ModelBuilder& Check(std::function<Status(const Options&)> check) {
    check_ = std::move(check);
    return *this;
  }

  // Finishes the spec with the model's run function.
  ModelSpec Run(Runner run) {
    ModelSpec spec = spec_;
    spec.defaults = Options{};
    auto fields = fields_;
    const std::string model = spec.name;
    spec.set = [fields, model](std::any& options, std::string_view option,
                               std::string_view value) -> Status {
      for (const Field& field : fields) {
        if (field.name == option) return field.set(std::any_cast<Options&>(options), value);
      }
      return InvalidArgument(fmt::format("model '{}' has no option '{}'", model, option));
    };
    spec.get = [fields](const std::any& options, std::string_view option) -> std::string {
      for (const Field& field : fields) {
        if (field.name == option) return field.get(std::any_cast<const Options&>(options));
      }
      return {};
    };
    auto check = check_;
    spec.validate = [check](const std::any& options) -> Status {
      return check ? check(std::any_cast<const Options&>(options)) : Ok();
    };
    spec.run = [run](const Scenario& scenario, const std::any& options, const RunContext& context) {
      return run(scenario, std::any_cast<const Options&>(options), context);
    };
    return spec;
  }

 private:
  struct Field {
    std::string name;
    Setter set;
    Getter get;
  };
  ModelSpec spec_;
  std::vector<Field> fields_;
  std::function<Status(const Options&)> check_;
};

}  // namespace parley
