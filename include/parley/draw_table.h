// Every outcome of a Monte Carlo analysis: one cell per model, run and
// issue, in one block of memory, model by model, run by run, issue by issue.
// One block instead of a vector per run: an analysis of 10,000 draws then
// allocates once instead of 10,000 times, and the threads that fill it share
// no allocator.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "parley/draw_evaluation.h"

namespace parley {

// One issue's outcomes over many draws: `size` cells `stride` apart from
// `first`, as a DrawTable lays out an issue across runs (and across models
// side by side). Read in place: a summary of 1,000 draws then neither copies
// nor points at them first.
struct DrawColumn {
  const DrawOutcome* first = nullptr;
  std::size_t size = 0;
  std::size_t stride = 1;

  const DrawOutcome& operator[](std::size_t i) const { return first[i * stride]; }
};

class DrawTable {
 public:
  DrawTable() = default;
  // Every cell an outcome of 0 (DrawOutcome{}), to be overwritten.
  DrawTable(std::size_t models, std::size_t runs, std::size_t issues)
      : models_(models), runs_(runs), issues_(issues), cells_(models * runs * issues) {}

  std::size_t Models() const { return models_; }
  std::size_t Runs() const { return runs_; }
  std::size_t Issues() const { return issues_; }
  bool empty() const { return cells_.empty(); }

  // Model m's outcome on issue k in run r.
  const DrawOutcome& At(std::size_t m, std::size_t r, std::size_t k) const {
    return cells_[Index(m, r, k)];
  }
  DrawOutcome& At(std::size_t m, std::size_t r, std::size_t k) { return cells_[Index(m, r, k)]; }
  // Model m's outcomes in run r, one per issue in scenario order.
  std::span<const DrawOutcome> Run(std::size_t m, std::size_t r) const {
    return {cells_.data() + Index(m, r, 0), issues_};
  }
  std::span<DrawOutcome> Run(std::size_t m, std::size_t r) {
    return {cells_.data() + Index(m, r, 0), issues_};
  }

  // Issue k's outcomes of models [first_model, last_model), model by model,
  // run by run: consecutive models' runs follow each other in the table.
  DrawColumn Column(std::size_t first_model, std::size_t last_model, std::size_t k) const {
    return {cells_.data() + Index(first_model, 0, k), (last_model - first_model) * runs_, issues_};
  }

  friend bool operator==(const DrawTable& a, const DrawTable& b) {
    return a.models_ == b.models_ && a.runs_ == b.runs_ && a.issues_ == b.issues_ &&
           a.cells_ == b.cells_;
  }

 private:
  std::size_t Index(std::size_t m, std::size_t r, std::size_t k) const {
    return (m * runs_ + r) * issues_ + k;
  }

  std::size_t models_ = 0;
  std::size_t runs_ = 0;
  std::size_t issues_ = 0;
  std::vector<DrawOutcome> cells_;
};

}  // namespace parley
